import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-naskh-arabic/arabic-400.css'
import '@fontsource/noto-naskh-arabic/arabic-700.css'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-700.css'
import './styles.css'
import App from './App.vue'
import { makeRouter } from './router'
import { makeI18n } from './i18n'

createApp(App).use(createPinia()).use(makeRouter()).use(makeI18n()).mount('#app')
