import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Quantity } from '../../../src/core/model'

// One report giving two close counts of one thing for one moment gives two accounts that cannot
// both be right: a conflict the reader must see, not a single source. Counts far apart, a figure
// and its own rounding, and measures in a unit (a river's level and its peak) stay a single
// source. Invented figures (session 31).

let n = 0
const fig = (q: Partial<Quantity>, who: string | null = null): Claim => {
  n++
  return { id: `r:${n}`, source: 'r', span: { start: n * 10, end: n * 10 + 2 }, text: String(q.lo), quantity: { kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }, counted: null, sentence: { start: 0, end: 300 }, attribution: who ? { who, cue: 'said', span: { start: 0, end: 1 } } : null, scopes: [] }
}
const ctx: DecideContext = { origin: () => 'outlet:r', asOf: () => ({ from: '2024-08-03', to: '2024-08-03' }), compared: () => true, tolerance: 0.1 }
const count = (x: number) => fig({ lo: x, hi: x })

describe('two counts of one moment in one report', () => {
  it('85 still in hospital and 84 in the same report conflict, named as the same article', () => {
    const d = decide({ kind: 'count', concept: 'injured' }, [count(85), count(84)], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', sameSource: true } })
  })
  it('16,000 and 22,000 people at risk, each credited to a speaker, conflict too', () => {
    expect(decide({ kind: 'count' }, [fig({ lo: 16000, hi: 16000 }, 'the regional governor'), fig({ lo: 22000, hi: 22000 }, 'the occupation authorities')], ctx).verdict).toBe('conflict')
  })
  it('a figure and its own rounding stay one source: "11.2 million" holds 11,226,065', () => {
    expect(decide({ kind: 'count' }, [count(11_200_000), count(11_226_065)], ctx).verdict).toBe('single-source')
  })
  it('counts far apart are more likely two things (a region’s share and the total): one source', () => {
    expect(decide({ kind: 'count' }, [count(14), count(200)], ctx).verdict).toBe('single-source')
  })
  it('levels in metres (a peak and a later level) stay one source', () => {
    expect(decide({ kind: 'count' }, [fig({ lo: 5.3, hi: 5.3, unit: 'm' }), fig({ lo: 5.06, hi: 5.06, unit: 'm' })], ctx).verdict).toBe('single-source')
  })
})
