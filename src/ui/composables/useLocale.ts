import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { LOCALE_KEY, type UiLocale } from '../i18n'

/** The UI language, kept on <html lang dir> and remembered across reloads. */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })
  watchEffect(() => {
    const l = locale.value as UiLocale
    document.documentElement.lang = l
    document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr'
    try { localStorage.setItem(LOCALE_KEY, l) } catch { /* private mode: not remembered */ }
  })
  function setLocale(l: UiLocale) { locale.value = l }
  return { locale, setLocale }
}
