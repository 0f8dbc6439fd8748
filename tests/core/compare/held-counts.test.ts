import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Quantity } from '../../../src/core/model'

// Counts that a story does not move while it is reported, written for session 29 on invented
// events: the missiles of one barrage, and the valid votes and spoiled ballots of a ballot already
// held (narrower measures of its votes). Two origins giving them differently on two days are two
// accounts of one thing, not a count growing.

let n = 0
function claim(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>, extra: Partial<Claim> = {}): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}
const count = (source: string, lo: number, hi: number | null = lo) => claim(source, { kind: 'count', lo, hi })
const PUBLISHED: Record<string, string> = { a: '2031-05-03', b: '2031-05-04', c: '2031-05-11' }
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: (c) => (PUBLISHED[c.source] ? { from: PUBLISHED[c.source], to: PUBLISHED[c.source] } : null),
  compared: () => true,
  tolerance: 0.1,
}

describe('the missiles of one barrage are a fact of the attack', () => {
  it('"more than 50 missiles" from the president, then 46 from the air force the next day: a conflict, not a series', () => {
    const bound = count('a', 50, null)
    const later = count('b', 46)
    expect(decide({ kind: 'count', concept: 'missiles' }, [bound, later], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
  })

  it('…while compatible accounts on two days agree', () => {
    expect(decide({ kind: 'count', concept: 'missiles' }, [count('a', 50, null), count('b', 54)], ctx).verdict).toBe('agree')
  })
})

describe('the valid votes and spoiled ballots of a ballot already held do not move', () => {
  it('a commission\'s provisional 61,204 spoiled ballots, then a court\'s final 61,377: a conflict (the final replaces the provisional)', () => {
    const provisional = count('a', 61204)
    const final = count('c', 61377)
    expect(decide({ kind: 'count', concept: 'spoiled' }, [provisional, final], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
  })

  it('…and so are valid votes given as 2,310,456 and then 2,310,402', () => {
    expect(decide({ kind: 'count', concept: 'valid-votes' }, [count('a', 2310456), count('c', 2310402)], ctx).verdict).toBe('conflict')
  })

  it('a measure that moves (the displaced) stays a series over the same days', () => {
    expect(decide({ kind: 'count', concept: 'displaced' }, [count('a', 61204), count('c', 61377)], ctx).verdict).toBe('time-series')
  })
})
