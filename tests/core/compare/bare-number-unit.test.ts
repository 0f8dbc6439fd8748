import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Quantity } from '../../../src/core/model'

// A bare number that repeats a number another figure writes with its unit is in that unit, even
// when the topic's figures come in two units of one measure (feet and metres). Invented figures
// (session 31).

let n = 0
const fig = (source: string, q: Partial<Quantity>): Claim => {
  n++
  return { id: `${source}:${n}`, source, span: { start: n * 10, end: n * 10 + 2 }, text: String(q.lo), quantity: { kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }, counted: null, sentence: { start: 0, end: 300 }, attribution: null, scopes: [] }
}
const ctx: DecideContext = { origin: (c) => `outlet:${c.source}`, asOf: () => ({ from: '2025-07-05', to: '2025-07-05' }), compared: () => true, tolerance: 0.1 }

describe('a bare number beside figures in two units of one measure', () => {
  it('a bare 26 beside "about 26 feet" and "about 8 metres" is 26 feet: they agree', () => {
    const cs = [fig('a', { lo: 26, hi: 26 }), fig('b', { lo: 26, hi: 26, unit: 'ft', qualifier: 'about' }), fig('c', { lo: 8, hi: 8, unit: 'm', qualifier: 'about' })]
    expect(decide({ kind: 'count' }, cs, ctx).verdict).toBe('agree')
  })
  it('a bare number that repeats no number with a unit stays a bare number a reviewer must read', () => {
    const cs = [fig('a', { lo: 31, hi: 31 }), fig('b', { lo: 26, hi: 26, unit: 'ft', qualifier: 'about' }), fig('c', { lo: 8, hi: 8, unit: 'm', qualifier: 'about' })]
    expect(decide({ kind: 'count' }, cs, ctx).verdict).toBe('needs-review')
  })
})
