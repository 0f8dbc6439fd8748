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

/** Mounts the page at `path` as the app shows it (a RouterView), with fresh plugins. */
export async function mountRoute(path: string, locale: UiLocale = 'en') {
  const { mount, flushPromises } = await import('@vue/test-utils')
  const { defineComponent, h } = await import('vue')
  const { RouterView } = await import('vue-router')
  const p = await plugins(locale, path)
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), { global: { plugins: [...p.all] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, ...p }
}
