import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Quantity } from '../../../src/core/model'

// A floor and a ceiling of one count ("more than 12,000 killed" from a UN office, "as high as
// 120,000" from an envoy) bracket it between them: they are compatible on any days, not a count
// that moved from near one end to near the other. Written for session 29 on an invented war.

let n = 0
function count(source: string, lo: number | null, hi: number | null, qualifier: Quantity['qualifier']): Claim {
  n++
  const quantity: Quantity = { kind: 'count', lo, hi, unit: null, per: null, precision: 'round', qualifier }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [] }
}
const PUBLISHED: Record<string, string> = { a: '2029-09-01', b: '2029-09-03' }
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: (c) => ({ from: PUBLISHED[c.source], to: PUBLISHED[c.source] }),
  compared: () => true,
  tolerance: 0.1,
}

describe('a floor and a ceiling of one count', () => {
  it('"more than 12,000" on one day and "as high as 120,000" two days later agree: the count lies between them', () => {
    const d = decide({ kind: 'count', concept: 'killed' }, [count('a', 12000, null, 'more-than'), count('b', null, 120000, 'at-most')], ctx)
    expect(d.verdict).toBe('agree')
  })

  it('…as do "up to 5 million" and "more than 1 million" at risk of hunger (a measure that may move)', () => {
    expect(decide({ kind: 'count' }, [count('a', null, 5e6, 'at-most'), count('b', 1e6, null, 'more-than')], ctx).verdict).toBe('agree')
  })

  it('a floor above the ceiling still cannot hold beside it: "more than 200,000" after "up to 120,000" is no agreement', () => {
    expect(decide({ kind: 'count', concept: 'killed' }, [count('a', null, 120000, 'at-most'), count('b', 200000, null, 'more-than')], ctx).verdict).not.toBe('agree')
  })

  it('two floors far apart on two days are still the count moving', () => {
    expect(decide({ kind: 'count', concept: 'killed' }, [count('a', 1000, null, 'more-than'), count('b', 16000, null, 'more-than')], ctx).verdict).toBe('time-series')
  })
})
