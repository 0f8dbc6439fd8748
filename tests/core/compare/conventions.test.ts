import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import type { Claim, Quantity, Source } from '../../../src/core/model'

// The conventions a fact-checker reads evidence by, each on a small claim set made up for it: a
// bound says where its count stood, a running total does not fall by half, a length of time since
// an event dates it, two vague amounts are no finer one than the other. Each verdict's explanation,
// in English and Arabic, names the figures that drive it.

let n = 0
function claim(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>, extra: Partial<Claim> = {}): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}
const count = (source: string, lo: number | null, hi: number | null = lo, qualifier: Quantity['qualifier'] = null) => claim(source, { kind: 'count', lo, hi, qualifier })
const moreThan = (source: string, lo: number) => count(source, lo, null, 'more-than')

// Outlets a–d publish on these days; x has no known day.
const PUBLISHED: Record<string, string | null> = { a: '2025-10-30', b: '2025-10-30', c: '2025-11-02', d: '2025-11-10', x: null }
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: (c) => (PUBLISHED[c.source] ? { from: PUBLISHED[c.source]!, to: PUBLISHED[c.source]! } : null),
  compared: () => true,
  tolerance: 0.1,
}
const counts = { kind: 'count' as const }
const sources = new Map<string, Source>(['a', 'b', 'c', 'd', 'x'].map((id) => [id, { id, title: id, lang: 'fr', outlet: `Outlet ${id.toUpperCase()}`, via: null, kind: 'news', published: PUBLISHED[id], window: null, text: '', origin: 'embedded' }]))
const words = (d: ReturnType<typeof decide>, cs: Claim[]) => explain(d.reason, explainContext(cs, sources, [], new Set(cs.map((c) => c.source)).size, new Set(cs.map((c) => c.source)).size))

describe('a bound says where its count stood, on one day too', () => {
  it('"more than 26,000" and "more than 390,000" displaced the same day conflict, naming both', () => {
    const low = moreThan('a', 26000)
    const high = moreThan('b', 390000)
    const d = decide(counts, [low, high], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
    expect(new Set([(d.reason as { a: string }).a, (d.reason as { b: string }).b])).toEqual(new Set([low.id, high.id]))
    const w = words(d, [low, high])
    expect(w.en).toBe('Outlet A [a]: more than 26,000, but Outlet B [b]: more than 390,000: both cannot be right for the same time.')
    expect(w.ar).toMatch(/أكثر من 26,000، بينما .*أكثر من 390,000: لا يمكن أن يصح الرقمان للوقت نفسه/)
  })
  it('…with no known time either', () => {
    expect(decide(counts, [moreThan('x', 26000), moreThan('b', 390000)], ctx).verdict).toBe('conflict')
  })
  it('two bounds near each other the same day stay compatible: "more than 100" and "more than 150"', () => {
    expect(decide(counts, [moreThan('a', 100), moreThan('b', 150)], ctx).verdict).toBe('agree')
  })
  it('a bound beside a plain figure stays compatible, however far: "more than 2,000" and 9,000 the same day', () => {
    expect(decide(counts, [moreThan('a', 2000), count('b', 9000)], ctx)).toMatchObject({ verdict: 'agree', reason: { code: 'bound' } })
  })
  it('the same two bounds on days far apart are a count that moved: a time series', () => {
    expect(decide(counts, [moreThan('a', 1000), moreThan('d', 16000)], ctx).verdict).toBe('time-series')
  })
})

describe('a running total does not fall by half', () => {
  const injured = { kind: 'count' as const, concept: 'injured' }
  it('212 injured, then "about 100" from another body two days later: a conflict naming both', () => {
    const high = count('a', 212)
    const low = count('c', 100, 100, 'about')
    const d = decide(injured, [count('a', 190), high, low], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', a: high.id, b: low.id } })
    const w = words(d, [high, low])
    expect(w.en).toBe('Outlet A [a]: 212, but Outlet C [c]: about 100: both cannot be right for the same time.')
    expect(w.ar).toMatch(/^Outlet A \[a\]: 212، بينما Outlet C \[c\]: نحو 100: لا يمكن أن يصح الرقمان للوقت نفسه\.$/)
  })
  it('a slight revision, 223 then 222 weeks later, stays a time series', () => {
    expect(decide({ kind: 'count', concept: 'killed' }, [count('a', 223), count('d', 222)], ctx).verdict).toBe('time-series')
  })
  it('a measure that can fall (people missing, troops present) falls as a series', () => {
    expect(decide({ kind: 'count', concept: 'missing' }, [count('a', 78), count('d', 5)], ctx).verdict).toBe('time-series')
    expect(decide({ kind: 'count', concept: 'troops' }, [count('a', 1500), count('d', 157)], ctx).verdict).toBe('time-series')
  })
  it('a later report that recalls an earlier count ("the first toll, 50 dead") is history, not a fall', () => {
    expect(decide({ kind: 'count', concept: 'killed' }, [count('a', 50), count('c', 135), count('d', 50)], ctx).verdict).toBe('time-series')
  })
  it('a low figure the count is back above on a later day is no fall', () => {
    expect(decide(injured, [count('a', 300), count('c', 100), count('d', 450)], ctx).verdict).toBe('time-series')
  })
})
