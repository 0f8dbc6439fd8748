import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { config as zodConfig } from 'zod'
import '@fontsource/noto-naskh-arabic/arabic-400.css'
import '@fontsource/noto-naskh-arabic/arabic-700.css'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-700.css'
import './styles.css'
import App from './App.vue'
import { makeRouter } from './router'
import { makeI18n } from './i18n'

// The page's CSP forbids eval: stop zod from probing for it with Function('') (a CSP violation report each time).
zodConfig({ jitless: true })

createApp(App).use(createPinia()).use(makeRouter()).use(makeI18n()).mount('#app')
