import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim } from '../../../src/core/model'

// Synthetic claim sets: who gives a number within one report, and what a report that gives a
// higher count beside a lower one says.

let n = 0
const count = (source: string, lo: number, origin: string, day: string): Claim & { origin: string; day: string } => {
  n++
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }, counted: null, sentence: { start: 0, end: 10 }, attribution: origin.startsWith('outlet:') ? null : { who: origin, cue: 'said', span: { start: 0, end: 1 } }, scopes: [], origin, day }
}
type Fig = ReturnType<typeof count>
const ctx: DecideContext = { origin: (c) => (c as Fig).origin, asOf: (c) => ({ from: (c as Fig).day, to: (c as Fig).day }), compared: () => true, tolerance: 0.1, body: (o) => o.startsWith('body:') }

describe('the same number from two origins of one report', () => {
  it('is two voices, not one figure stated twice: with another report of the ministry, two origins agree', () => {
    const cs = [count('a', 25, 'body:defence ministry', '2024-07-24'), count('b', 25, 'body:defence ministry', '2024-07-24'), count('b', 25, 'speaker:radio', '2024-07-24')]
    expect(decide({ kind: 'count' }, cs, ctx)).toMatchObject({ verdict: 'agree', reason: { code: 'same' } })
    // The same number twice from one origin of one report (headline and body) stays one figure.
    expect(decide({ kind: 'count' }, [cs[0], cs[1], count('b', 25, 'body:defence ministry', '2024-07-24')], ctx).verdict).toBe('single-source')
  })
})

describe('a running total a report recalls below its own count', () => {
  it('22 read as of the report’s day, beside 28 as of the day before and 28 as of the report’s day: no fall, a series', () => {
    const cs = [count('r', 28, 'speaker:health director', '2024-07-26'), count('r', 22, 'speaker:radio', '2024-07-27'), count('r', 28, 'outlet:r', '2024-07-27')]
    expect(decide({ kind: 'count', concept: 'killed' }, cs, ctx).verdict).toBe('time-series')
  })
  it('…while a later report that gives only the lower count says it fell: a conflict', () => {
    const cs = [count('r', 28, 'speaker:health director', '2024-07-26'), count('s', 22, 'speaker:radio', '2024-07-27')]
    expect(decide({ kind: 'count', concept: 'killed' }, cs, ctx).verdict).toBe('conflict')
  })
})
