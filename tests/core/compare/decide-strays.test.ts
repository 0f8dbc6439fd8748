import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
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

describe('a running total given lower on a later day, then back up', () => {
  const count = (source: string, lo: number, hi: number | null = lo, qualifier: Quantity['qualifier'] = null) => claim(source, { kind: 'count', lo, hi, qualifier })
  const killed = { kind: 'count' as const, concept: 'killed' }

  it('somewhat below ("at least five" children dead, then three, then five again) is the count given lower: a conflict', () => {
    const d = decide(killed, [count('a', 5, null, 'at-least'), count('c', 3), count('d', 5)], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'fell' } })
  })

  it('far below (three among tolls of fifty) with the count back up is a figure of something else, not the count falling', () => {
    const d = decide(killed, [count('a', 50, null, 'at-least'), count('c', 3), count('d', 52)], ctx)
    expect(d.reason.code).not.toBe('fell')
  })
})

describe('a topic about when something began or ended reads a full range at that end', () => {
  const period = (source: string, lo: string, hi: string) => claim(source, { kind: 'date', lo, hi, qualifier: null })
  const start = (en: string, ar: string, measure = '') => ({ kind: 'date' as const, label: { en, ar }, measure })

  it('"from 3 to 15 March" gives the start a topic of a start is about: it lies inside "early March"', () => {
    const cs = [day('a', '2026-03-03', '2026-03-15'), period('b', '2026-03-01', '2026-03-10')]
    const d = decide(start('Start of the strike', 'بدء الإضراب'), cs, ctx)
    expect(d).toMatchObject({ verdict: 'agree-precision', reason: { code: 'within', fine: cs[0].id, readAt: { end: 'start', days: { [cs[0].id]: '2026-03-03' } } } })
    // The explanation says which end of the range was read.
    const words = explain(d.reason, explainContext(cs, new Map(), [], 2, 2))
    expect(words.en).toMatch(/, which begins on 3 March 2026, lies within/)
    expect(words.ar).toMatch(/أي بدءاً من/)
    expect(decide(start('Grève', 'الإضراب', 'quand la grève a commencé'), cs, ctx).verdict).toBe('agree-precision')
    // Read whole, the range only overlaps early March.
    expect(decide(start('Days of the strike', 'أيام الإضراب'), cs, ctx).verdict).toBe('agree')
  })

  it('a topic of an end reads the range at its end: a day inside it is another end', () => {
    const cs = [day('a', '2026-03-03', '2026-03-15'), day('b', '2026-03-10')]
    expect(decide(start('End of the curfew', 'نهاية حظر التجول'), cs, ctx).verdict).toBe('conflict')
    expect(decide(start('Curfew', 'حظر التجول'), cs, ctx).verdict).toBe('agree-precision')
  })

  it('a topic is of a start or an end by the words placement reads it by (align/dateSiblings)', () => {
    const cs = [day('a', '2026-03-03', '2026-03-15'), period('b', '2026-03-01', '2026-03-10')]
    expect(decide(start('When the strike kicked off', 'متى بدأ الإضراب'), cs, ctx).verdict).toBe('agree-precision')
    expect(decide(start('Lancement de la grève', 'Lancement de la grève'), cs, ctx).verdict).toBe('agree-precision')
    expect(decide(start('Grève', 'الإضراب', 'la grève a débuté'), cs, ctx).verdict).toBe('agree-precision')
    const ends = [day('a', '2026-03-03', '2026-03-15'), day('b', '2026-03-10')]
    expect(decide(start('Curfew in force until', 'حظر التجول ساري حتى'), ends, ctx).verdict).toBe('conflict')
  })

  it('a night ("from Sunday into Monday") is when the event began, not a period it began at one end of', () => {
    const cs = [day('a', '2026-03-08', '2026-03-09'), day('b', '2026-03-09'), day('c', '2026-03-08')]
    expect(decide(start('When the fires broke out', 'اندلاع الحرائق'), cs, ctx).verdict).toBe('agree-precision')
  })
})
