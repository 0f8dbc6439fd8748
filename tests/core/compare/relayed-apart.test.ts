import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Quantity } from '../../../src/core/model'

// One origin's figure for one day, as two reports relay it, cannot be two different numbers: one
// relay misquotes it. That holds beside other origins too, as it does when that origin is alone,
// except for a count that moves within the day (a toll given at dawn and again at night). Figures
// made up for the tests.

let n = 0
function fig(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind' | 'lo' | 'hi'>, who: string | null): Claim {
  n++
  const quantity: Quantity = { unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: who ? { who, cue: 'said', span: { start: 0, end: 1 } } : null, scopes: [] }
}
const years = (source: string, lo: number, who: string | null, qualifier: Quantity['qualifier'] = null) => fig(source, { kind: 'duration', lo, hi: qualifier === 'more-than' ? null : lo, unit: 'year', qualifier }, who)
const dead = (source: string, lo: number, who: string | null) => fig(source, { kind: 'count', lo, hi: lo }, who)
// Reports a, b and c of one day; d a week later.
const DAY: Record<string, string> = { a: '2026-02-10', b: '2026-02-10', c: '2026-02-10', d: '2026-02-17' }
const ctx: DecideContext = {
  origin: (c) => (c.attribution ? `body:${c.attribution.who}` : `outlet:${c.source}`),
  asOf: (c) => ({ from: DAY[c.source], to: DAY[c.source] }),
  compared: () => true,
  tolerance: 0.1,
}

describe('one origin relayed two ways on one day, beside other origins', () => {
  it('the bank’s war of 13 years in one report and of 14 in another conflict, whatever a third outlet’s “more than a decade” says', () => {
    const thirteen = years('a', 13, 'the bank')
    const fourteen = years('b', 14, 'the bank')
    const d = decide({ kind: 'duration' }, [thirteen, fourteen, years('c', 10, null, 'more-than')], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', a: thirteen.id, b: fourteen.id } })
  })

  it('…but not one report giving both (its own words, read elsewhere), nor two days of it', () => {
    expect(decide({ kind: 'duration' }, [years('a', 13, 'the bank'), years('a', 14, 'the bank'), years('c', 10, null, 'more-than')], ctx).verdict).not.toBe('conflict')
    expect(decide({ kind: 'duration' }, [years('a', 13, 'the bank'), years('d', 14, 'the bank'), years('c', 10, null, 'more-than')], ctx).verdict).not.toBe('conflict')
  })

  it('a ministry’s toll of 40 in one report and 52 in another the same day is the toll rising, not a misquote', () => {
    const atLeast = fig('c', { kind: 'count', lo: 30, hi: null, qualifier: 'more-than' }, null)
    const d = decide({ kind: 'count', concept: 'killed' }, [dead('a', 40, 'the ministry'), dead('b', 52, 'the ministry'), atLeast], ctx)
    expect(d.verdict).not.toBe('conflict')
  })
})
