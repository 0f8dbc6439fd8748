import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { makeRouter } from '../../src/ui/router'
import { makeI18n, type UiLocale } from '../../src/ui/i18n'

/** The plugins a mounted component needs: a fresh pinia, a memory router and i18n. */
export async function plugins(locale: UiLocale = 'en', path = '/') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = makeRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  return { pinia, router, i18n: makeI18n(locale), all: [pinia, router, makeI18n(locale)] as const }
}
