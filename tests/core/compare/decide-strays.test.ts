import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Quantity } from '../../../src/core/model'

// Verdicts that stay right when a report gives, beside the figure it shares with others, a stray
// one of its own: a day reckoned from another anchor, the date of something else it tells.

let n = 0
function claim(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>, extra: Partial<Claim> = {}): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}
const day = (source: string, lo: string, hi = lo) => claim(source, { kind: lo === hi ? 'date' : 'daterange', lo, hi, qualifier: lo === hi ? null : 'range' })
const month = (source: string, lo: string, hi: string) => claim(source, { kind: 'date', lo, hi, qualifier: null })

const PUBLISHED: Record<string, string> = { a: '2026-02-14', b: '2026-02-14', c: '2026-02-15', d: '2026-02-18' }
const ctx: DecideContext = {
  origin: (c) => (c.attribution ? `who:${c.attribution.who}` : `outlet:${c.source}`),
  asOf: (c) => ({ from: PUBLISHED[c.source], to: PUBLISHED[c.source] }),
  compared: () => true,
  tolerance: 0.1,
}
const dates = { kind: 'date' as const }

describe('a report that dates the event twice', () => {
  it('is read at the day others confirm: its other day is no second date ("the 13th", and "the day before" read as the 12th)', () => {
    const d = decide(dates, [day('a', '2026-02-13'), day('a', '2026-02-12'), day('b', '2026-02-13'), day('c', '2026-02-13')], ctx)
    expect(d.verdict).toBe('agree')
  })

  it('a photograph’s day beside the night it gives as a range, which another report gives too', () => {
    const range = day('a', '2026-02-08', '2026-02-09')
    const d = decide(dates, [range, day('a', '2026-02-11'), day('b', '2026-02-08', '2026-02-09'), day('c', '2026-02-08')], ctx)
    expect(d.verdict).toBe('agree-precision')
  })

  it('a report that gives only the other day still conflicts', () => {
    const stray = day('a', '2026-02-12')
    const d = decide(dates, [stray, day('b', '2026-02-13'), day('c', '2026-02-13')], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
    expect([d.reason.code === 'no-overlap' && d.reason.a, d.reason.code === 'no-overlap' && d.reason.b]).toContain(stray.id)
  })

  it('a loose period that holds the day others give says no day: the report’s own day stays, and conflicts', () => {
    const d = decide(dates, [month('a', '2026-02-01', '2026-02-28'), day('a', '2026-02-12'), day('b', '2026-02-13'), day('c', '2026-02-13')], ctx)
    expect(d.verdict).toBe('conflict')
  })

  it('two reports that each give both days are read as they are', () => {
    const d = decide(dates, [day('a', '2026-02-13'), day('a', '2026-02-12'), day('b', '2026-02-12'), day('c', '2026-02-13')], ctx)
    expect(d.verdict).toBe('conflict')
  })
})
