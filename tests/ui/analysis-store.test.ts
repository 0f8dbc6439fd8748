// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { bamexAnalysis } from './fixtures'

const calls: unknown[] = []
vi.mock('../../src/core/pipeline', () => ({
  analyze: (_s: unknown, _t: unknown, options: unknown) => {
    calls.push(options)
    return bamexAnalysis()
  },
}))

const { useAnalysisStore, emptyCorrections, topicFromClaim, withClaimCorrection } = await import('../../src/ui/stores/analysis')

describe('the analysis store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    calls.length = 0
  })

  it('derives rows, claim lookups and the topic of each claim from analyze()', () => {
    const store = useAnalysisStore()
    expect(store.rows.map((r) => r.topic.id)).toEqual(['bamex-dates', 'wagner-personnel', 'ransom'])
    expect(store.row('bamex-dates')?.verdict).toBe('conflict')
    expect(store.claimsOf('001').map((c) => c.text)).toEqual(['من 11 إلى 24 نوفمبر', '50 مليون دولار', 'لا يتجاوز 1000'])
    expect(store.topicOfClaim.get(store.claimsOf('001')[1].id)).toBe('ransom')
    expect(store.source('000')?.outlet).toBe('Le Monde')
    expect(store.searchIndex.search('فدية').topics.map((t) => t.id)).toEqual(['ransom'])
  })

  it('recomputes when the reviewer’s corrections or weights change, passing them to analyze()', () => {
    const store = useAnalysisStore()
    void store.analysis
    expect(calls).toHaveLength(1)
    store.weights = { '000': 2 }
    void store.analysis
    store.assignClaim('000:1-2', 'ransom')
    void store.analysis
    expect(calls).toHaveLength(3)
    expect(calls[2]).toMatchObject({ weights: { '000': 2 }, corrections: { claims: { '000:1-2': { claimId: '000:1-2', topicId: 'ransom' } } } })
  })

  it('starts a topic from a figure: a new topic in the corrections, the figure placed in it', () => {
    const store = useAnalysisStore()
    const stray = store.analysis.unassigned[0]
    const id = store.startTopic(stray, 'Canik video')
    expect(id).toMatch(/^user-000-/)
    expect(store.corrections.topics).toMatchObject([{ id, label: { en: 'Canik video', ar: 'Canik video' }, kind: 'date' }])
    expect(store.corrections.claims[stray].topicId).toBe(id)
    expect(store.startTopic('no-such-claim', 'x')).toBeNull()
  })

  it('turns a failing analysis into a message instead of a blank page', async () => {
    const pipeline = await import('../../src/core/pipeline')
    const spy = vi.spyOn(pipeline, 'analyze').mockImplementation(() => { throw new Error('boom') })
    const store = useAnalysisStore()
    expect(store.error).toBe('boom')
    expect(store.rows.every((r) => r.verdict === null && r.claims.length === 0)).toBe(true)
    spy.mockRestore()
  })
})

describe('correction helpers', () => {
  it('merge one claim’s correction into a new object', () => {
    const c0 = emptyCorrections()
    const c1 = withClaimCorrection(c0, { claimId: 'a', status: 'ok' })
    const c2 = withClaimCorrection(c1, { claimId: 'a', topicId: 't' })
    expect(c0.claims).toEqual({})
    expect(c2.claims.a).toEqual({ claimId: 'a', status: 'ok', topicId: 't' })
  })

  it('give a started topic a fresh id', () => {
    const claim = bamexAnalysis().claims[0]
    const t1 = topicFromClaim(claim, 'x', new Set())
    const t2 = topicFromClaim(claim, 'x', new Set([t1.id]))
    expect(t2.id).toBe(`${t1.id}-2`)
    expect(t1.kind).toBe('date')
  })
})
