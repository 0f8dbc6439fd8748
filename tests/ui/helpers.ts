import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import type { Analysis, Corrections, Verdict } from '../../src/core/model'
import { sourceDetail, viewOf } from '../../src/core/incremental/view'
import { buildSearchIndex } from '../../src/core/search'
import type { AnalysisClient } from '../../src/ui/workers/client'
import { makeRouter } from '../../src/ui/router'
import { makeI18n, type UiLocale } from '../../src/ui/i18n'
import { useAnalysisStore } from '../../src/ui/stores/analysis'

const NO_CORRECTIONS: Corrections = { claims: {}, added: [], topics: [], weights: {} }

/**
 * A client that answers as the analysis worker would, from a hand-built analysis, through the same
 * core functions the worker uses (view, source detail, search): pages are tested on known data.
 */
export function fixedClient(analysis: Analysis, opts: { decisions?: Map<string, Verdict | null>; error?: string | null } = {}): AnalysisClient {
  return {
    inWorker: false,
    async start(onNews) {
      onNews({ type: 'view', full: true, patch: viewOf(analysis, NO_CORRECTIONS), decisions: opts.decisions ?? new Map(), error: opts.error ?? null, dbError: null, loadError: null })
    },
    shown: async () => {},
    prepare: () => Promise.reject(new Error('not in this test')),
    detail: async (id) => sourceDetail(analysis, id),
    search: async (q) => buildSearchIndex(analysis).search(q),
    whole: async () => analysis,
    terminate() {},
  }
}

/** The plugins a mounted component needs: a fresh pinia, a memory router and i18n. */
export async function plugins(locale: UiLocale = 'en', path = '/') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = makeRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  return { pinia, router, i18n: makeI18n(locale), all: [pinia, router, makeI18n(locale)] as const }
}

/** Mounts the page at `path` as the app shows it (a RouterView), with fresh plugins and, when given, the analysis it shows. */
export async function mountRoute(path: string, locale: UiLocale = 'en', analysis?: Analysis | AnalysisClient) {
  const { mount, flushPromises } = await import('@vue/test-utils')
  const { defineComponent, h } = await import('vue')
  const { RouterView } = await import('vue-router')
  const p = await plugins(locale, path)
  if (analysis) await useAnalysisStore().start('claims' in analysis ? fixedClient(analysis) : analysis)
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), { global: { plugins: [...p.all] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, ...p }
}
