import { describe, expect, it } from 'vitest'
import { decideWeighed } from '../../../src/core/compare/weak'
import type { DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import type { Claim, Source } from '../../../src/core/model'

// A count of one report more than thirty times away from every other report's, placed on whatever
// evidence, is most likely a count of something else ("three" rescuers among tolls of 3,000): when
// it alone makes the others a conflict, it is set aside and named. Synthetic claim sets.

let n = 0
const count = (source: string, lo: number, day: string, hi: number = lo, qualifier: 'vague' | null = null): Claim & { day: string } => {
  n++
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi, unit: null, per: null, precision: 'exact', qualifier }, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], day }
}
const ctx: DecideContext = { origin: (c) => `outlet:${c.source}`, asOf: (c) => { const d = (c as Claim & { day: string }).day; return { from: d, to: d } }, compared: () => true, tolerance: 0.1 }
const killed = { kind: 'count' as const, concept: 'killed' }
const strong = () => null

describe('a figure far from every other report’s', () => {
  it('three among tolls of 3,000, 3,252 and 3,958 on three days: set aside, the tolls a series', () => {
    const cs = [count('a', 3000, '2023-09-12'), count('b', 3252, '2023-09-17'), count('c', 3958, '2023-09-19'), count('d', 3, '2023-09-17')]
    const { decision, weak } = decideWeighed(killed, cs, ctx, strong)
    expect(decision.verdict).toBe('time-series')
    expect(weak).toEqual([{ claim: cs[3].id, why: 'outlier' }])
    const sources = new Map<string, Source>(['a', 'b', 'c', 'd'].map((id) => [id, { id, title: id, lang: 'en', outlet: `Outlet ${id}`, via: null, kind: 'news', published: null, window: null, text: '', origin: 'imported' }]))
    const words = explain(decision.reason, explainContext(cs, sources, [], 4, 4, weak))
    expect(words.en).toMatch(/One figure is set aside: Outlet d: 3 \(more than ten times away from the figures the topic rests on: most likely a figure of something else\)\.$/)
    expect(words.ar).toContain('يبعد أكثر من عشرة أضعاف عن الأرقام التي يقوم عليها الموضوع')
    expect(words.ar).not.toContain('دليل ضعيف')
  })

  it('a vague "hundreds of thousands" among counts of about 2,000 the same day: set aside, the counts agree', () => {
    const cs = [count('a', 2000, '2025-10-29'), count('b', 2227, '2025-10-30'), count('c', 2200, '2025-10-30'), count('d', 200000, '2025-10-30', 999999, 'vague')]
    const { decision, weak } = decideWeighed(killed, cs, ctx, strong)
    expect(decision.verdict).not.toBe('conflict')
    expect(weak.map((w) => w.why)).toEqual(['outlier'])
  })

  it('does not hide a real conflict: 11,300 against about 3,000 the same day is less than thirty times away', () => {
    const cs = [count('a', 3000, '2023-09-14'), count('b', 3100, '2023-09-14'), count('c', 11300, '2023-09-14')]
    const { decision, weak } = decideWeighed(killed, cs, ctx, strong)
    expect(decision.verdict).toBe('conflict')
    expect(weak).toEqual([])
  })

  it('needs two other reports: one report’s 3 against another’s 3,000 stays a conflict', () => {
    const cs = [count('a', 3000, '2023-09-14'), count('b', 3, '2023-09-14')]
    expect(decideWeighed(killed, cs, ctx, strong)).toMatchObject({ decision: { verdict: 'conflict' }, weak: [] })
  })

  it('when the other reports disagree among themselves too, the conflict stands, named by their figures, not the stray', () => {
    const cs = [count('a', 3000, '2023-09-14'), count('b', 9000, '2023-09-14'), count('c', 3, '2023-09-14')]
    const { decision, weak } = decideWeighed(killed, cs, ctx, strong)
    expect(decision).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', a: cs[0].id, b: cs[1].id } })
    expect(weak).toEqual([{ claim: cs[2].id, why: 'outlier' }])
  })

  it('"five" survivors in one report beside 104 in three others, twenty times away: set aside, the others agree', () => {
    const cs = [count('a', 104, '2023-06-15'), count('b', 104, '2023-06-16'), count('c', 104, '2023-06-16'), count('c', 5, '2023-06-16')]
    const { decision, weak } = decideWeighed({ kind: 'count', concept: 'survivors' }, cs, ctx, strong)
    expect(decision.verdict).toBe('agree')
    expect(weak).toEqual([{ claim: cs[3].id, why: 'outlier' }])
  })

  it('a stray group two reports give (about 8,000 firefighters) among ten soldiers killed that five reports give: set aside', () => {
    const cs = [count('a', 10, '2023-07-24'), count('b', 10, '2023-07-25'), count('b', 8000, '2023-07-25'), count('c', 10, '2023-07-25'), count('c', 7900, '2023-07-25'), count('d', 10, '2023-07-25'), count('e', 10, '2023-07-24')]
    const { decision, weak } = decideWeighed(killed, cs, ctx, strong)
    expect(decision.verdict).toBe('agree')
    expect(weak.map((w) => w.claim)).toEqual([cs[2].id, cs[4].id])
  })

  it('a stray said twice in one report (headline and body) is named once', () => {
    const cs = [count('a', 10, '2023-07-25'), count('b', 10, '2023-07-25'), count('c', 10, '2023-07-25'), count('c', 8000, '2023-07-25'), count('c', 8000, '2023-07-25')]
    const { decision, weak } = decideWeighed(killed, cs, ctx, strong)
    expect(weak).toHaveLength(2)
    const sources = new Map<string, Source>(['a', 'b', 'c'].map((id) => [id, { id, title: id, lang: 'en', outlet: `Outlet ${id}`, via: null, kind: 'news', published: null, window: null, text: '', origin: 'imported' }]))
    const words = explain(decision.reason, explainContext(cs, sources, [], 3, 3, weak))
    expect(words.en).toMatch(/ One figure is set aside: Outlet c: 8,000 \(more than ten times away from the figures the topic rests on: most likely a figure of something else\)\.$/)
    expect(words.ar).toMatch(/واستُبعد من الحكم: ⁨Outlet c⁩: 8,000 \(يبعد/)
  })

  it('two groups that as many reports give are no strays: 10 in two reports against 8,000 in two others stays a conflict', () => {
    const cs = [count('a', 10, '2023-07-25'), count('b', 10, '2023-07-25'), count('c', 8000, '2023-07-25'), count('d', 8000, '2023-07-25')]
    expect(decideWeighed(killed, cs, ctx, strong)).toMatchObject({ decision: { verdict: 'conflict' }, weak: [] })
  })

  it('"several" in one report far below the 140,000 another gives confirms nothing: the number stays its single source, the vague amount named', () => {
    const cs = [count('a', 140_000, '2024-11-20'), count('b', 3, '2024-11-21', 10, 'vague')]
    const { decision, weak } = decideWeighed({ kind: 'count', concept: 'claims' }, cs, ctx, strong)
    expect(decision.verdict).toBe('single-source')
    expect(weak).toEqual([{ claim: cs[1].id, why: 'outlier' }])
  })

  it('…while "thousands" beside 4,500 is a reading of it, not a stray: they agree', () => {
    const cs = [count('a', 4500, '2024-11-20'), count('b', 1000, '2024-11-21', 9999, 'vague')]
    expect(decideWeighed({ kind: 'count', concept: 'claims' }, cs, ctx, strong)).toMatchObject({ decision: { verdict: 'agree' }, weak: [] })
  })

  it('lengths of time are read in days: "three hours" beside seven days and a week in two reports is a stray', () => {
    const len = (source: string, x: number, unit: string) => ({ ...count(source, x, '2023-07-30'), quantity: { kind: 'duration' as const, lo: x, hi: x, unit, per: null, precision: 'exact' as const, qualifier: null } })
    const cs = [len('a', 7, 'day'), len('b', 1, 'week'), len('c', 3, 'hour')]
    const { decision, weak } = decideWeighed({ kind: 'duration', concept: 'deadline' }, cs, ctx, strong)
    expect(decision.verdict).not.toBe('conflict')
    expect(weak).toEqual([{ claim: cs[2].id, why: 'outlier' }])
  })

  it('an early forecast of 250 dead, then 18,000 and 20,000 in two reports two days later, is a series: nothing set aside', () => {
    const cs = [count('a', 250, '2023-09-12'), count('b', 18_000, '2023-09-14', 20_000), count('c', 20_000, '2023-09-15')]
    expect(decideWeighed(killed, cs, ctx, strong)).toMatchObject({ decision: { verdict: 'time-series' }, weak: [] })
  })

  it('amounts too: 12,000 euros per family beside a fund of 900 million euros in two other reports', () => {
    const eur = (source: string, x: number) => ({ ...count(source, x, '2024-11-05'), quantity: { kind: 'money' as const, lo: x, hi: x, unit: 'EUR', per: null, precision: 'exact' as const, qualifier: null } })
    const cs = [eur('a', 900e6), eur('b', 900e6), eur('c', 12_000)]
    const { decision, weak } = decideWeighed({ kind: 'money', concept: 'aid' }, cs, ctx, strong)
    expect(decision.verdict).toBe('agree')
    expect(weak.map((w) => w.why)).toEqual(['outlier'])
  })

  it('dates: a year 1931 among days of March 2025 is another event’s date, set aside and named as such in both languages', () => {
    const date = (source: string, lo: string, hi = lo) => ({ ...count(source, 0, '2025-03-20'), quantity: { kind: (lo === hi ? 'date' : 'daterange') as 'date' | 'daterange', lo, hi, unit: null, per: null, precision: (lo === hi ? 'day' : 'year') as 'day' | 'year', qualifier: null } })
    const cs = [date('a', '1931-01-01', '1931-12-31'), date('b', '2025-03-08'), date('c', '2025-03-08')]
    const { decision, weak } = decideWeighed({ kind: 'date', concept: 'struck' }, cs, ctx, strong)
    expect(decision.verdict).toBe('agree')
    expect(weak).toEqual([{ claim: cs[0].id, why: 'outlier-date' }])
    const sources = new Map<string, Source>(['a', 'b', 'c'].map((id) => [id, { id, title: id, lang: 'fr', outlet: `Outlet ${id}`, via: null, kind: 'news', published: null, window: null, text: '', origin: 'imported' }]))
    const words = explain(decision.reason, explainContext(cs, sources, [], 3, 3, weak))
    expect(words.en).toMatch(/One figure is set aside: Outlet a: 1931 \(years away from the dates the topic rests on: most likely the date of something else\)\.$/)
    expect(words.ar).toContain('يبعد سنوات عن التواريخ التي يقوم عليها الموضوع')
  })

  it('two days a few days apart are no strays: 8 March against 14 March stays a conflict', () => {
    const date = (source: string, lo: string) => ({ ...count(source, 0, '2025-03-20'), quantity: { kind: 'date' as const, lo, hi: lo, unit: null, per: null, precision: 'day' as const, qualifier: null } })
    const cs = [date('a', '2025-03-08'), date('b', '2025-03-08'), date('c', '2025-03-14')]
    expect(decideWeighed({ kind: 'date', concept: 'struck' }, cs, ctx, strong)).toMatchObject({ decision: { verdict: 'conflict' }, weak: [] })
  })
})
