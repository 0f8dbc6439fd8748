import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Quantity } from '../../../src/core/model'

// Lengths of time in different units, two speakers of one article, and a measure that does not
// move (how many were on board): small claim sets made up for each case.

let n = 0
function fig(source: string, q: Partial<Quantity>, extra: Partial<Claim> = {}): Claim {
  n++
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(q.lo), quantity: { kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}
const by = (who: string) => ({ attribution: { who, cue: 'said', span: { start: 0, end: 1 } } })
const ctx: DecideContext = {
  origin: (c) => (c.attribution ? `who:${c.attribution.who}` : `outlet:${c.source}`),
  asOf: () => ({ from: '2025-10-30', to: '2025-10-30' }),
  compared: () => true,
  tolerance: 0.1,
}

describe('lengths of time in different units', () => {
  it('"about 18 months" and "more than a year and a half" are compared, and agree', () => {
    const d = decide({ kind: 'duration' }, [fig('a', { kind: 'duration', lo: 18, hi: 18, unit: 'month', qualifier: 'about' }), fig('b', { kind: 'duration', lo: 1.5, hi: null, unit: 'year', qualifier: 'more-than' })], ctx)
    expect(d.verdict).toBe('agree')
  })
  it('"three weeks" and "two days" conflict', () => {
    const d = decide({ kind: 'duration' }, [fig('a', { kind: 'duration', lo: 3, hi: 3, unit: 'week' }), fig('b', { kind: 'duration', lo: 2, hi: 2, unit: 'day' })], ctx)
    expect(d.verdict).toBe('conflict')
  })
})

describe('two speakers of one article', () => {
  it('who give different counts for one moment disagree: no count moving within the day', () => {
    const d = decide({ kind: 'count' }, [fig('a', { lo: 4, hi: 4 }, by('the health minister')), fig('a', { lo: 3, hi: 3 }, by('the general staff'))], ctx)
    expect(d.verdict).toBe('conflict')
  })
  it('an article telling how a count rose, with one known day only, is no series: the counts conflict', () => {
    const d = decide({ kind: 'count' }, [fig('a', { lo: 32, hi: 32 }, by('the coast guard')), fig('a', { lo: 59, hi: 59 }), fig('b', { lo: 59, hi: 59 }, by('Red Cross'))], ctx)
    expect(d.verdict).toBe('conflict')
    expect(d.reason).toMatchObject({ code: 'no-overlap' })
  })
})

describe('a measure that does not move', () => {
  it('how many were on board is no series: 400 and at least 750 conflict', () => {
    const days: Record<string, string> = { a: '2023-06-14', b: '2023-06-20' }
    const dated: DecideContext = { ...ctx, asOf: (c) => ({ from: days[c.source], to: days[c.source] }) }
    const d = decide({ kind: 'count', concept: 'aboard' }, [fig('a', { lo: 400, hi: 400, qualifier: 'about' }, by('IOM')), fig('b', { lo: 750, hi: null, qualifier: 'at-least' }, by('survivors'))], dated)
    expect(d.verdict).toBe('conflict')
  })
})
