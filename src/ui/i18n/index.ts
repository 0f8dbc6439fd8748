import { createI18n } from 'vue-i18n'
import en from './en'
import ar from './ar'

export type UiLocale = 'en' | 'ar'
export const LOCALE_KEY = 'claim-compare.locale'

/** The locale remembered from the last visit, else English. */
export function storedLocale(): UiLocale {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'ar' ? 'ar' : 'en'
  } catch {
    return 'en'
  }
}

export function makeI18n(locale: UiLocale = storedLocale()) {
  return createI18n({ legacy: false, locale, fallbackLocale: 'en', messages: { en, ar } })
}
