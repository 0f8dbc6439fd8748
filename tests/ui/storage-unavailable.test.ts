// @vitest-environment jsdom
// A browser that gives the page no IndexedDB (private mode, storage disabled): one clear banner,
// the embedded corpus readable, every save refused in words, and never Dexie's raw error.
// No fake-indexeddb here: jsdom has no indexedDB, as such a browser.
import './chart-env'
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import App from '../../src/ui/App.vue'
import { useStorageStore } from '../../src/ui/stores/storage'
import { useWorkspaceStore } from '../../src/ui/stores/workspace'
import { useReviewStore } from '../../src/ui/stores/review'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { makeAnalysisClient, setAnalysisClient } from '../../src/ui/workers/client'
import { buildWorkspaceFile, emptyState, serializeWorkspace } from '../../src/core/workspace'
import { plugins } from './helpers'
import { until } from './until'

const BANNER = 'This browser does not allow storage: your work cannot be saved. The built-in articles can still be read.'
const RAW = /MissingAPIError|IndexedDB API missing|Dexie|DatabaseClosed|OpenFailed/i

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null })

async function mountApp(path: string, locale: 'en' | 'ar' = 'en') {
  const p = await plugins(locale, path)
  // A fresh analysis host on the page for each mount (no Worker in jsdom); it finds no IndexedDB either.
  setAnalysisClient(makeAnalysisClient(false))
  const wrapper = mount(App, { global: { plugins: [...p.all] }, attachTo: document.body })
  current = wrapper
  await until(() => useStorageStore().status !== 'unknown')
  await flushPromises()
  return { wrapper, ...p }
}

describe('without IndexedDB', () => {
  it('says so once, in one banner, and the overview still shows the embedded topics', async () => {
    const { wrapper } = await mountApp('/')
    expect(useStorageStore().status).toBe('unavailable')
    const banners = wrapper.findAll('[data-testid="storage-banner"]')
    expect(banners).toHaveLength(1)
    expect(banners[0].text()).toBe(BANNER)
    expect(banners[0].attributes('role')).toBe('alert')
    expect(wrapper.findAll('[data-testid="topic-card"]').length).toBeGreaterThan(3)
    expect(wrapper.text()).not.toMatch(RAW)
  })

  it('in Arabic too', async () => {
    const { wrapper } = await mountApp('/', 'ar')
    expect(wrapper.find('[data-testid="storage-banner"]').text()).toBe('هذا المتصفح لا يسمح بالتخزين: لا يمكن حفظ عملك. تبقى المقالات المضمّنة متاحة للقراءة.')
  })

  it('a topic reads as usual; its review forms are disabled, with no raw error', async () => {
    const { wrapper } = await mountApp('/topics/bamex-dates')
    await until(() => wrapper.find('[data-testid="review-panel"]').exists())
    expect(wrapper.findAll('[data-testid="source-column"]').length).toBeGreaterThan(1)
    expect(wrapper.find('[data-testid="reviewer-name"]').element.matches(':disabled')).toBe(true)
    expect(wrapper.find('[data-testid="decision-save"]').element.matches(':disabled')).toBe(true)
    expect(wrapper.find('[data-testid="reviewer"]').text()).toContain('Saving is not possible in this browser.')
    expect(wrapper.text()).not.toMatch(RAW)
  })

  it('every way to save answers with the storage problem, and nothing throws', async () => {
    await plugins('en')
    const workspace = useWorkspaceStore()
    const client = makeAnalysisClient(false)
    void useAnalysisStore().start(client)
    workspace.start(undefined, { worker: client })
    const review = useReviewStore()
    await until(() => useStorageStore().status !== 'unknown')
    expect(await review.setReviewer('Salma')).toBe('unavailable')
    expect(await review.decide('bamex-dates', { override: null, reason: '', note: 'n' })).toBe('unavailable')
    expect(await workspace.exportWorkspace()).toEqual({ problem: 'unavailable' })
    const file = serializeWorkspace(buildWorkspaceFile(emptyState(), '2025-12-01T10:00:00.000Z'))
    expect(await workspace.importWorkspace(file, 'ws.json')).toEqual({ ok: false, problem: 'unavailable' })
    expect(await workspace.clearAll()).toBe('unavailable')
    const key = await workspace.addText('اختتم معرض الصناعات الدفاعية في العاصمة يوم 24 نوفمبر 2025 بعد أسبوعين من العروض.')
    workspace.setForm(key, { title: 'A fair closes' })
    expect(await workspace.save(key)).toBeNull()
    // The draft stays, as filled in, with the reason.
    expect(workspace.drafts.find((d) => d.key === key)).toMatchObject({ status: 'ready', storage: 'unavailable', form: { title: 'A fair closes' } })
    // The embedded corpus is analysed as ever.
    await until(() => useAnalysisStore().rows.length > 3)
  })
})
