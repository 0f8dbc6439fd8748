// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { bamexAnalysis } from './fixtures'
import { fixedClient } from './helpers'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { viewOf, viewPatch } from '../../src/core/incremental/view'
import type { AnalysisClient } from '../../src/ui/workers/client'
import type { HostMessage } from '../../src/ui/workers/host'

const noFixes = { claims: {}, added: [], topics: [], weights: {} }

describe('the analysis store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('holds what the worker sent: rows, sources, claim lookups, and a source’s figures when asked', async () => {
    const store = useAnalysisStore()
    expect(store.ready).toBe(false)
    await store.start(fixedClient(bamexAnalysis()))
    expect(store.ready).toBe(true)
    expect(store.rows.map((r) => r.topic.id)).toEqual(['bamex-dates', 'wagner-personnel', 'ransom'])
    expect(store.row('bamex-dates')?.verdict).toBe('conflict')
    expect(store.source('000')?.outlet).toBe('Le Monde')
    expect(store.topicOfClaim(store.row('ransom')!.claims[0].id)).toBe('ransom')
    // Figures in no topic are not sent with the view: the source's are fetched when a page asks.
    const stray = bamexAnalysis().unassigned[0]
    expect(store.claim(stray)).toBeUndefined()
    expect(store.claimsOf('000')).toEqual([])
    await vi.waitFor(() => expect(store.claimsOf('000').map((c) => c.text)).toEqual(['منتصف تشرين الثاني/نوفمبر 2025', 'ثلاثة أيام', 'نوفمبر 2024', 'نحو ألف']))
    expect(store.detail('000')?.unassigned).toEqual([stray])
    expect(store.claim(stray)?.text).toBe('نوفمبر 2024')
    expect((await store.search('فدية')).topics.map((t) => t.id)).toEqual(['ransom'])
  })

  it('shows the view kept from the last session first, tells the worker which one, then applies only what changed', async () => {
    const store = useAnalysisStore()
    const kept = viewOf(bamexAnalysis(), noFixes)
    let tell: (m: HostMessage) => void = () => {}
    let told: string | null | undefined
    const client: AnalysisClient = { ...fixedClient(bamexAnalysis()), start: async (listener) => { tell = listener }, shown: async (at) => { told = at } }
    await store.start(client, async () => ({ view: kept, decisions: new Map([['ransom', null]]), at: '2026-01-01T00:00:00.000Z' }))
    expect(told).toBe('2026-01-01T00:00:00.000Z')
    expect(store.ready).toBe(true)
    expect(store.settled).toBe(false)
    expect(store.rows.map((r) => r.topic.id)).toEqual(['bamex-dates', 'wagner-personnel', 'ransom'])
    expect(store.row('ransom')?.reviewed).toBe(true)
    const before = store.row('wagner-personnel')
    const a = bamexAnalysis()
    a.comparisons[0] = { ...a.comparisons[0], verdict: 'needs-review' }
    tell({ type: 'view', full: false, patch: viewPatch(a, noFixes, { sources: false, topicList: false, topics: new Set(['bamex-dates']), candidates: false }), decisions: new Map(), error: null, dbError: null, loadError: null, settled: true })
    expect(store.row('bamex-dates')?.verdict).toBe('needs-review')
    expect(store.row('wagner-personnel')).toBe(before)
    expect(store.settled).toBe(true)
  })

  it('tells the worker it shows no kept view when there is none', async () => {
    const store = useAnalysisStore()
    let told: string | null | undefined = 'unset'
    const client: AnalysisClient = { ...fixedClient(bamexAnalysis()), start: async () => {}, shown: async (at) => { told = at } }
    await store.start(client, async () => null)
    expect(told).toBeNull()
    expect(store.ready).toBe(false)
  })

  it('applies patches: only the changed rows are replaced, the others stay the same objects', async () => {
    const store = useAnalysisStore()
    await store.start(fixedClient(bamexAnalysis()))
    const before = store.row('wagner-personnel')
    const a = bamexAnalysis()
    a.comparisons[0] = { ...a.comparisons[0], verdict: 'needs-review' }
    const patch = viewPatch(a, noFixes, { sources: false, topicList: false, topics: new Set(['bamex-dates']), candidates: false })
    expect(patch.rows?.map((r) => r.topic.id)).toEqual(['bamex-dates'])
    store.receive({ type: 'view', full: false, patch, decisions: new Map(), error: null, dbError: null, loadError: null })
    expect(store.row('bamex-dates')?.verdict).toBe('needs-review')
    expect(store.row('wagner-personnel')).toBe(before)
  })

  it('lets a reviewer’s verdict stand, with the machine’s beside it', async () => {
    const store = useAnalysisStore()
    await store.start(fixedClient(bamexAnalysis(), { decisions: new Map([['bamex-dates', 'needs-review'], ['ransom', null]]) }))
    expect(store.row('bamex-dates')).toMatchObject({ verdict: 'needs-review', suggested: 'conflict', reviewed: true })
    expect(store.row('ransom')).toMatchObject({ verdict: 'single-source', reviewed: true })
    expect(store.row('ransom')?.suggested).toBeUndefined()
    expect(store.row('wagner-personnel')?.reviewed).toBeUndefined()
  })

  it('keeps the worker’s messages: why the analysis failed, extraction progress', async () => {
    const store = useAnalysisStore()
    await store.start(fixedClient(bamexAnalysis(), { error: 'boom' }))
    expect(store.error).toBe('boom')
    const progress: HostMessage = { type: 'extraction', states: { u1: { state: 'running', done: 2, total: 5, claims: 0, ms: null, message: null } } }
    store.receive(progress)
    expect(store.extraction.u1).toMatchObject({ done: 2, total: 5 })
  })
})
