import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { decideWeighed } from '../../../src/core/compare/weak'
import { explain, explainContext } from '../../../src/core/compare/explain'
import type { Claim, Quantity, Scope, Source } from '../../../src/core/model'

// Each rule of the verdict definitions the gold annotator followed (the "verdicts" field of
// tests/fixtures/news/comparisons.json), on claim sets made up for it: who says what, on which day.

let n = 0
interface Fig extends Claim { day: string | null; by: string }
function fig(source: string, day: string | null, q: Partial<Quantity> & Pick<Quantity, 'kind'>, by = `outlet:${source}`, scopes: Scope[] = []): Fig {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes, day, by }
}
const count = (source: string, day: string | null, lo: number | null, hi: number | null = lo, qualifier: Quantity['qualifier'] = null, by?: string) => fig(source, day, { kind: 'count', lo, hi, qualifier, precision: qualifier === 'vague' ? 'vague' : 'exact' }, by)
const ctx: DecideContext = {
  origin: (c) => (c as Fig).by,
  asOf: (c) => { const d = (c as Fig).day; return d ? { from: d, to: d } : null },
  compared: (c) => !c.scopes.some((s) => s.kind === 'place'),
  tolerance: 0.1,
  body: (o) => o.startsWith('body:'),
}
const killed = { kind: 'count' as const, concept: 'killed' }
const missing = { kind: 'count' as const, concept: 'missing' }
const struck = { kind: 'date' as const, concept: 'struck' }
const day = (source: string, d: string, lo: string, hi = lo, qualifier: Quantity['qualifier'] = lo === hi ? null : 'range') => fig(source, d, { kind: lo === hi ? 'date' : 'daterange', lo, hi, qualifier, precision: lo === hi ? 'day' : 'part-month' })

describe('a cumulative count cannot fall', () => {
  it('a later lower toll from another origin is a conflict that says which replaced which', () => {
    const a = count('a', '2024-03-01', 120)
    const b = count('b', '2024-03-03', 100)
    const d = decide(killed, [a, b], ctx)
    expect(d.verdict).toBe('conflict')
    expect(d.reason).toMatchObject({ code: 'fell', earlier: a.id, later: b.id })
  })
  it('…even one body revising its own toll down', () => {
    const d = decide(killed, [count('a', '2024-03-01', 120, 120, null, 'body:health ministry'), count('b', '2024-03-03', 100, 100, null, 'body:health ministry')], ctx)
    expect(d.verdict).toBe('conflict')
  })
  it('people who fled since the event are counted up too: fewer said to have fled since it, later, is a conflict', () => {
    const since: Scope = { kind: 'time', label: 'since 15 April', from: '2024-04-15', to: '2024-04-15', span: { start: 0, end: 1 } }
    const fled = (s: string, d: string, x: number) => fig(s, d, { kind: 'count', lo: x, hi: x }, `outlet:${s}`, [since])
    expect(decide({ kind: 'count' as const, concept: 'displaced' }, [fled('a', '2024-05-01', 80_000), fled('b', '2024-05-09', 52_000)], ctx).reason.code).toBe('fell')
  })
  it('…while the displaced counted as they are now may fall: a series', () => {
    expect(decide({ kind: 'count' as const, concept: 'displaced' }, [count('a', '2024-05-01', 80_000), count('b', '2024-05-09', 52_000)], ctx).verdict).toBe('time-series')
  })
  it('…but a later lower bound that the earlier toll meets ("more than 460" the day after "about 1,200") still holds: they agree', () => {
    expect(decide(killed, [count('a', '2024-03-01', 1200, 1200, 'about'), count('b', '2024-03-02', 460, null, 'more-than')], ctx).verdict).toBe('agree')
  })
  it('a count of a present state may fall: the missing, fewer as people are found, are a series', () => {
    expect(decide(missing, [count('a', '2024-03-01', 500), count('b', '2024-03-03', 300)], ctx).verdict).toBe('time-series')
  })
})

describe('time series', () => {
  it('a toll that rises from day to day, from several origins, is a series', () => {
    expect(decide(killed, [count('a', '2024-03-01', 100), count('b', '2024-03-03', 150), count('c', '2024-03-05', 210)], ctx).verdict).toBe('time-series')
  })
  it('the same value restated at different dates agrees', () => {
    expect(decide(killed, [count('a', '2024-03-01', 104), count('b', '2024-03-03', 104), count('c', '2024-03-09', 104)], ctx).verdict).toBe('agree')
  })
  it('"500 days", then "more than 500 days" a week later, agree', () => {
    const days = (s: string, d: string, q: Quantity['qualifier']) => fig(s, d, { kind: 'duration', lo: 500, hi: q ? null : 500, unit: 'day', qualifier: q })
    expect(decide({ kind: 'duration' }, [days('a', '2024-03-01', null), days('b', '2024-03-08', 'more-than')], ctx).verdict).toBe('agree')
  })
  it('one origin whose count changes between known dates, relayed by two outlets, is a series, not a single source', () => {
    expect(decide(missing, [count('a', '2024-03-01', 40, 40, null, 'body:civil defence'), count('b', '2024-03-04', 65, 65, null, 'body:civil defence')], ctx).verdict).toBe('time-series')
  })
  it('…and so within one article that gives the count on two known days', () => {
    const early = fig('a', '2024-03-01', { kind: 'count', lo: 40, hi: 40 }, 'body:civil defence', [{ kind: 'time', label: 'by Friday', from: '2024-03-01', to: '2024-03-01', span: { start: 0, end: 1 } } as Scope])
    const late = count('a', '2024-03-04', 65, 65, null, 'body:civil defence')
    expect(decide(missing, [early, late], ctx).verdict).toBe('time-series')
  })
  it('figures of unknown time that differ are no series: they conflict', () => {
    expect(decide(missing, [count('a', null, 40), count('b', null, 65)], ctx).verdict).toBe('conflict')
  })
})

describe('agree or agree-precision', () => {
  it('a point inside another origin’s closed range is agree-precision', () => {
    expect(decide(missing, [count('a', '2024-03-01', 250_000, 300_000, 'range'), count('b', '2024-03-01', 280_000)], ctx).verdict).toBe('agree-precision')
  })
  it('an approximation and a nearby figure agree', () => {
    expect(decide(missing, [count('a', '2024-03-01', 1000, 1000, 'about'), count('b', '2024-03-01', 1050)], ctx).verdict).toBe('agree')
  })
  it('an open bound and a figure above it agree', () => {
    expect(decide(missing, [count('a', '2024-03-01', 200, null, 'more-than'), count('b', '2024-03-01', 252)], ctx).verdict).toBe('agree')
  })
  it('a vague amount and a figure inside it agree', () => {
    expect(decide(missing, [count('a', '2024-03-01', 200, 999, 'vague'), count('b', '2024-03-01', 450)], ctx).verdict).toBe('agree')
  })
  it('a day inside a month is agree-precision', () => {
    expect(decide(struck, [day('a', '2024-03-20', '2024-03-09'), fig('b', '2024-03-20', { kind: 'daterange', lo: '2024-03-01', hi: '2024-03-31', precision: 'month' })], ctx).verdict).toBe('agree-precision')
  })
  it('a day inside a night over two days is agree-precision', () => {
    expect(decide(struck, [day('a', '2024-03-20', '2024-03-09'), day('b', '2024-03-20', '2024-03-09', '2024-03-10')], ctx).verdict).toBe('agree-precision')
  })
  it('a day and an open bound that holds it ("before 1 April") agree, without a precision claim', () => {
    expect(decide(struck, [day('a', '2024-03-20', '2024-03-09'), fig('b', '2024-03-20', { kind: 'date', lo: null, hi: '2024-03-31', qualifier: 'less-than', precision: 'day' })], ctx).verdict).toBe('agree')
  })
  it('the same day restated agrees', () => {
    expect(decide(struck, [day('a', '2024-03-20', '2024-03-09'), day('b', '2024-03-21', '2024-03-09')], ctx).verdict).toBe('agree')
  })
})

describe('conflicts', () => {
  it('two complete ranges of one event that differ at an end', () => {
    expect(decide({ kind: 'daterange' as const, concept: 'summit' }, [day('a', '2024-11-01', '2024-11-11', '2024-11-14'), day('b', '2024-11-01', '2024-11-11', '2024-11-24')], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'ranges-differ', ends: 'end' } })
  })
  it('a duration that does not fit a date range', () => {
    const three = fig('b', '2024-11-01', { kind: 'duration', lo: 3, hi: 3, unit: 'day' })
    expect(decide({ kind: 'daterange' as const, concept: 'summit' }, [day('a', '2024-11-01', '2024-11-11', '2024-11-24'), three], ctx).reason.code).toBe('duration-vs-range')
  })
  it('…in a topic of lengths of time too: "three days" against 11–24 November', () => {
    const three = fig('b', '2024-11-01', { kind: 'duration', lo: 3, hi: 3, unit: 'day' })
    expect(decide({ kind: 'duration' as const, concept: 'mourning' }, [three, day('a', '2024-11-01', '2024-11-11', '2024-11-24')], ctx).reason.code).toBe('duration-vs-range')
  })
  it('…while a length that fits the range agrees: "two weeks" and 11–24 November', () => {
    const two = fig('b', '2024-11-01', { kind: 'duration', lo: 2, hi: 2, unit: 'week' })
    expect(decide({ kind: 'duration' as const, concept: 'mourning' }, [two, day('a', '2024-11-01', '2024-11-11', '2024-11-24')], ctx).verdict).not.toBe('conflict')
  })
  it('two tolls of the same moment that cannot both hold, among other reports: 3,000 against 11,300 stays a conflict', () => {
    const cs = [count('a', '2024-03-01', 3000), count('b', '2024-03-01', 3050), count('c', '2024-03-01', 11_300)]
    expect(decideWeighed(killed, cs, ctx, () => null)).toMatchObject({ decision: { verdict: 'conflict' }, weak: [] })
  })
  it('amounts in two currencies that differ once converted', () => {
    const m = (s: string, x: number, unit: string) => fig(s, '2024-03-01', { kind: 'money', lo: x, hi: x, unit })
    expect(decide({ kind: 'money' as const, concept: 'ransom' }, [m('a', 50e6, 'EUR'), m('b', 20e6, 'USD')], ctx).verdict).toBe('conflict')
  })
})

describe('single source, other scope, needs review', () => {
  it('three outlets relaying one body’s same figure: single source', () => {
    const cs = ['a', 'b', 'c'].map((s) => count(s, '2024-03-01', 40, 40, null, 'body:civil defence'))
    expect(decide(missing, cs, ctx).verdict).toBe('single-source')
  })
  it('two outlets relaying one body’s figure for the same day differently conflict', () => {
    const d = decide({ kind: 'count' as const, concept: 'vehicles' }, [count('a', '2024-03-01', 525, 525, null, 'body:interior ministry'), count('b', '2024-03-01', 529, 529, null, 'body:interior ministry')], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', sameSource: false, relayed: 'interior ministry' } })
  })
  it('…and the sentence says they are two reports of what that body said, in English and Arabic', () => {
    const said = { attribution: { who: 'وزارة الداخلية', cue: 'قالت', span: { start: 0, end: 1 } } }
    const a = { ...count('a', '2024-03-01', 525, 525, null, 'body:interior ministry'), ...said }
    const b = { ...count('b', '2024-03-01', 529, 529, null, 'body:interior ministry'), ...said }
    const d = decide({ kind: 'count' as const, concept: 'vehicles' }, [a, b], ctx)
    const sources = new Map<string, Source>(['a', 'b'].map((id) => [id, { id, title: id, lang: 'ar', outlet: `Outlet ${id}`, via: null, kind: 'news', published: '2024-03-01', window: null, text: '', origin: 'imported' }]))
    const w = explain(d.reason, explainContext([a, b], sources, [], 2, 1))
    expect(w.en).toMatch(/^Outlet a: 525, but Outlet b: 529: two reports of what .*وزارة الداخلية.* said, which cannot both be right\.$/)
    expect(w.ar).toMatch(/525، بينما .*529: روايتان لتصريح وزارة الداخلية لا يمكن أن تصحا معاً\.$/)
    expect(w.ar).not.toMatch(/interior ministry/)
  })
  it('…and one article giving one body’s two counts for one day contradicts itself: a conflict within the article (session 31)', () => {
    const d = decide({ kind: 'count' as const, concept: 'vehicles' }, [count('a', '2024-03-01', 525, 525, null, 'body:interior ministry'), count('a', '2024-03-01', 529, 529, null, 'body:interior ministry')], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', sameSource: true } })
  })
  it('…while two figures of one article far apart stay a single source that does not agree with itself', () => {
    const d = decide({ kind: 'count' as const, concept: 'vehicles' }, [count('a', '2024-03-01', 52, 52, null, 'body:interior ministry'), count('a', '2024-03-01', 529, 529, null, 'body:interior ministry')], ctx)
    expect(d).toMatchObject({ verdict: 'single-source', reason: { code: 'one-origin', selfConflict: [expect.any(String), expect.any(String)] } })
  })
  it('units that cannot be converted need a reviewer', () => {
    const m = (s: string, x: number, unit: string) => fig(s, '2024-03-01', { kind: 'money', lo: x, hi: x, unit })
    expect(decide({ kind: 'money' as const, concept: 'aid' }, [m('a', 5e6, 'EUR'), m('b', 1e11, 'XYZ')], ctx).verdict).toBe('needs-review')
  })
})
