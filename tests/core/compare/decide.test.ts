import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import type { Claim, Quantity, Source } from '../../../src/core/model'

// Every verdict and every reason, on small claim sets made up for each case.

let n = 0
function claim(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>, extra: Partial<Claim> = {}): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}
const count = (source: string, lo: number | null, hi: number | null = lo, qualifier: Quantity['qualifier'] = null, extra: Partial<Claim> = {}) => claim(source, { kind: 'count', lo, hi, qualifier }, extra)
const money = (source: string, amount: number, unit: string, qualifier: Quantity['qualifier'] = null) => claim(source, { kind: 'money', lo: amount, hi: qualifier === 'more-than' ? null : amount, unit, qualifier })
const day = (source: string, lo: string, hi = lo, kind: 'date' | 'daterange' = lo === hi ? 'date' : 'daterange') => claim(source, { kind, lo, hi, qualifier: kind === 'daterange' ? 'range' : null })
const said = (who: string) => ({ attribution: { who, cue: 'قال', span: { start: 0, end: 1 } } })

const PUBLISHED: Record<string, string | null> = { a: '2025-10-20', b: '2025-10-20', c: '2025-10-21', d: '2025-10-25', x: null, y: null }
const ctx: DecideContext = {
  origin: (c) => (c.attribution ? `who:${c.attribution.who}` : `outlet:${c.source}`),
  asOf: (c) => (PUBLISHED[c.source] ? { from: PUBLISHED[c.source]!, to: PUBLISHED[c.source]! } : null),
  compared: (c) => !c.scopes.some((s) => s.kind === 'place'),
  tolerance: 0.1,
}
const counts = { kind: 'count' as const }
const dates = { kind: 'date' as const }

describe('decide: every verdict, with the reason that drives it', () => {
  it('no figures: needs review, nothing to compare', () => {
    expect(decide(counts, [], ctx)).toEqual({ verdict: 'needs-review', reason: { code: 'none' } })
  })

  it('only figures about a part, from two origins: other scope, naming them', () => {
    const part = count('a', 200, 200, null, { scopes: [{ kind: 'place', label: 'Ségou', span: { start: 0, end: 1 } }] })
    const other = count('b', 80, 80, null, { scopes: [{ kind: 'place', label: 'Mopti', span: { start: 0, end: 1 } }] })
    expect(decide(counts, [part, other], ctx)).toEqual({ verdict: 'other-scope', reason: { code: 'parts-only', parts: [part.id, other.id] } })
  })

  it('one outlet stating a figure twice is still one origin: single source', () => {
    const d = decide(counts, [count('a', 50), count('a', 50)], ctx)
    expect(d.verdict).toBe('single-source')
    expect(d.reason).toMatchObject({ code: 'one-origin', outlets: ['a'] })
  })

  it('three outlets citing one body are one origin: single source', () => {
    const cs = ['a', 'b', 'c'].map((s) => count(s, 11300, 11300, null, said('الهلال الأحمر')))
    const d = decide(counts, cs, ctx)
    expect(d.verdict).toBe('single-source')
    expect(d.reason).toMatchObject({ code: 'one-origin', outlets: ['a', 'b', 'c'] })
  })

  it('a duration that does not fit a date range conflicts, naming both and the range length', () => {
    const three = claim('a', { kind: 'duration', lo: 3, hi: 3, unit: 'day' })
    const range = day('b', '2025-11-11', '2025-11-24')
    expect(decide({ kind: 'daterange' }, [three, range], ctx)).toEqual({ verdict: 'conflict', reason: { code: 'duration-vs-range', duration: three.id, range: range.id, rangeDays: 14 } })
  })

  it('two complete ranges of one event that differ at the end conflict', () => {
    const short = day('a', '2025-11-11', '2025-11-14')
    const long = day('b', '2025-11-11', '2025-11-24')
    expect(decide({ kind: 'daterange' }, [short, long], ctx)).toEqual({ verdict: 'conflict', reason: { code: 'ranges-differ', a: short.id, b: long.id, ends: 'end' } })
  })

  it('a day inside a stated range agrees with different precision', () => {
    const range = day('a', '2025-11-11', '2025-11-24')
    const point = day('b', '2025-11-12')
    expect(decide({ kind: 'daterange' }, [range, point], ctx)).toEqual({ verdict: 'agree-precision', reason: { code: 'within', fine: point.id, coarse: range.id } })
  })

  it('dates that do not overlap conflict, or need review when the event can recur', () => {
    const a = day('a', '2020-08-01', '2020-08-31', 'date')
    const b = day('b', '2021-01-01', '2021-12-31', 'date')
    expect(decide(dates, [a, b], ctx).verdict).toBe('conflict')
    expect(decide({ ...dates, recurring: true }, [a, b], ctx)).toEqual({ verdict: 'needs-review', reason: { code: 'recurring', a: a.id, b: b.id } })
  })

  it('a lower bound is compatible with a larger figure: agree, saying one is a bound', () => {
    const bound = money('a', 20e6, 'USD', 'more-than')
    const value = money('b', 50e6, 'USD')
    expect(decide({ kind: 'money' }, [bound, value], ctx)).toEqual({ verdict: 'agree', reason: { code: 'bound', bound: bound.id, value: value.id, conversions: [] } })
  })

  it('figures for the same day that cannot both hold conflict, naming the pair furthest apart', () => {
    const a = count('a', 11300)
    const b = count('b', 3252)
    const c = count('b', 5000, 5000, null, said('وزير الصحة'))
    const d = decide(counts, [a, b, c], ctx)
    expect(d.verdict).toBe('conflict')
    expect(d.reason).toMatchObject({ code: 'no-overlap', a: a.id, b: b.id })
  })

  it('figures on different known days form a time series, one point a day', () => {
    const first = count('a', 2000)
    const next = count('c', 5300)
    const last = count('d', 11300)
    expect(decide(counts, [last, first, next], ctx)).toEqual({ verdict: 'time-series', reason: { code: 'series', points: [{ claim: first.id, from: '2025-10-20', to: '2025-10-20' }, { claim: next.id, from: '2025-10-21', to: '2025-10-21' }, { claim: last.id, from: '2025-10-25', to: '2025-10-25' }] } })
  })

  it('a figure of unknown time that clashes with none stays out of a series, and nothing breaks', () => {
    const jan = count('a', 100)
    const jun = count('d', 500)
    const undated = count('x', 50, null, 'more-than')
    const d = decide(counts, [jan, jun, undated], ctx)
    expect(d.verdict).toBe('time-series')
    expect(d.reason).toMatchObject({ code: 'series', points: [{ claim: jan.id }, { claim: jun.id }] })
  })

  it('two tolls of one day are no series (a series needs two known times): they conflict, naming both; so do two shares of one day', () => {
    const morning = count('a', 296)
    const night = count('b', 632)
    expect(decide(counts, [morning, night], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', a: morning.id, b: night.id } })
    // …while the same counts on two days are a series with both figures.
    const later = count('c', 632)
    expect(decide(counts, [morning, later], ctx)).toMatchObject({ verdict: 'time-series', reason: { code: 'series', points: [{ claim: morning.id }, { claim: later.id }] } })
    const p = (source: string, lo: number) => claim(source, { kind: 'percent', lo, hi: lo, unit: '%' })
    expect(decide({ kind: 'percent' }, [p('a', 40), p('b', 41)], ctx).verdict).toBe('conflict')
  })

  it('with no known time, different figures are no series: they conflict', () => {
    expect(decide(counts, [count('x', 1000), count('y', 3000)], ctx).verdict).toBe('conflict')
  })

  it('"about" widens a figure by the tolerance: about 1,000 and 1,050 agree', () => {
    const d = decide(counts, [count('a', 1000, 1000, 'about'), count('b', 1050)], ctx)
    expect(d.verdict).toBe('agree')
    expect(d.reason).toMatchObject({ code: 'same', origins: 2 })
  })

  it('an "about" figure stands for what rounds to it: about 70 km and about 60 km agree (65 km rounds to both), about 70 and about 50 km conflict', () => {
    const km = (source: string, lo: number) => claim(source, { kind: 'count', lo, hi: lo, unit: 'km', qualifier: 'about' })
    expect(decide({ kind: 'count', fixed: true }, [km('a', 70), km('b', 60)], ctx).verdict).toBe('agree')
    const d = decide({ kind: 'count', fixed: true }, [km('a', 70), km('b', 50)], ctx)
    expect(d.verdict).toBe('conflict')
    expect(d.reason).toMatchObject({ code: 'no-overlap' })
  })

  it('…and about 13 million and about 12 million agree: 12.5 million rounds to both', () => {
    const d = decide(counts, [count('a', 13_000_000, 13_000_000, 'about'), count('b', 12_000_000, 12_000_000, 'about')], ctx)
    expect(d.verdict).toBe('agree')
  })

  it('a point inside a stated range of numbers agrees with different precision', () => {
    const range = count('a', 18000, 20000, 'range')
    const point = count('b', 20000)
    expect(decide(counts, [range, point], ctx)).toEqual({ verdict: 'agree-precision', reason: { code: 'within', fine: point.id, coarse: range.id } })
  })

  it('a vague amount is a floor: "thousands" does not contradict 11,300, nor "dozens" "hundreds"; "hundreds" against 40 does conflict', () => {
    expect(decide(counts, [count('a', 2000, 9999, 'vague'), count('b', 11300)], ctx).verdict).toBe('agree')
    expect(decide(counts, [count('a', 20, 99, 'vague'), count('b', 200, 999, 'vague')], ctx).verdict).toBe('agree')
    expect(decide(counts, [count('a', 200, 999, 'vague'), count('b', 40)], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
  })

  it('amounts in currencies with no known rate cannot be compared: needs review', () => {
    const a = money('a', 1e6, 'USD')
    const b = money('b', 1e6, 'ZZZ')
    expect(decide({ kind: 'money' }, [a, b], ctx)).toEqual({ verdict: 'needs-review', reason: { code: 'incomparable', a: a.id, b: b.id, units: ['USD', 'ZZZ'] } })
  })

  it('"miles" beside nautical miles may be either: needs review, naming the miles', () => {
    const dist = (source: string, lo: number, unit: string) => claim(source, { kind: 'count', lo, hi: lo, unit, qualifier: 'about' })
    const miles = dist('a', 50, 'mi')
    const km = dist('b', 75, 'km')
    const nautical = dist('b', 47, 'nmi')
    expect(decide(counts, [km, miles, nautical], ctx)).toEqual({ verdict: 'needs-review', reason: { code: 'ambiguous-unit', a: miles.id, b: km.id } })
  })

  it('…while miles with no nautical miles beside them convert: 50 miles and 80 km agree', () => {
    const d = decide(counts, [claim('a', { kind: 'count', lo: 50, hi: 50, unit: 'mi' }), claim('b', { kind: 'count', lo: 80, hi: 80, unit: 'km', qualifier: 'about' })], ctx)
    expect(d.verdict).toBe('agree')
  })

  it('two speakers quoted in one article who disagree are a conflict between them, not the article contradicting itself', () => {
    const a = count('a', 300, 300, null, said('وزارة الصحة'))
    const b = count('a', 900, 900, null, said('الهلال الأحمر'))
    expect(decide(counts, [a, b], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', sameSource: true } })
  })

  it('…and the explanation says "two speakers" only when the article names both; figures of one article of two origins, one unnamed, are "both in the same article"', () => {
    const sources = new Map<string, Source>([['a', { id: 'a', title: 'a', lang: 'en', outlet: 'Outlet A', via: null, kind: 'news', published: PUBLISHED.a, window: null, text: '', origin: 'embedded' }]])
    const words = (cs: Claim[]) => { const d = decide(counts, cs, ctx); return explain(d.reason, explainContext(cs, sources, [], 1, 2)) }
    const quoted = words([count('a', 300, 300, null, said('the ministry')), count('a', 900, 900, null, said('the Red Crescent'))])
    expect(quoted.en).toContain('(two speakers in the same article)')
    expect(quoted.ar).toContain('(متحدثان في المقال نفسه)')
    const byBody: DecideContext = { ...ctx, origin: (c) => (c.attribution ? `who:${c.attribution.who}` : `outlet:${c.source}`) }
    const cs = [count('a', 300, 300, null, said('the ministry')), count('a', 900)]
    const d = decide(counts, cs, byBody)
    const one = explain(d.reason, explainContext(cs, sources, [], 1, 2))
    expect(one.en).toContain('(both in the same article)')
    expect(one.en).not.toContain('two speakers')
    expect(one.ar).toContain('(كلاهما في المقال نفسه)')
  })

  it('two speakers quoted in one article who agree leave it a single source', () => {
    const a = count('a', null, 1000, 'at-most', said('تقديرات غربية'))
    const b = count('a', 1000, 1000, 'about', said('مصادر محلية'))
    expect(decide(counts, [a, b], ctx)).toMatchObject({ verdict: 'single-source', reason: { code: 'one-origin', outlets: ['a'] } })
  })

  it('an amount restated in another currency in the same breath is not a second figure', () => {
    const dirhams = money('a', 140_000, 'MAD')
    const dollars = { ...money('a', 13_600, 'USD', 'about'), role: 'conversion' as const }
    const other = money('b', 140_000, 'MAD')
    // Without the restatement the two reports agree; with it counted, MAD against USD would need review.
    expect(decide({ kind: 'money' }, [dirhams, dollars, other], ctx)).toMatchObject({ verdict: 'agree', reason: { code: 'same' } })
  })
})

describe('explanations name the driving figures in English and Arabic', () => {
  const sources = new Map<string, Source>(['a', 'b'].map((id) => [id, { id, title: id, lang: 'ar', outlet: id === 'a' ? 'Outlet A' : 'Outlet B', via: null, kind: 'news', published: '2025-10-20', window: null, text: '', origin: 'embedded' }]))
  const cases: [string, Claim[], RegExp, RegExp][] = [
    ['bound', [money('a', 20e6, 'USD', 'more-than'), money('b', 50e6, 'USD')], /Compatible: .*more than 20 million.* gives only a bound.*50 million.* lies within it/, /متوافقان.*يقع ضمنه/],
    // A figure equal to the bound's own end is at it, not inside it.
    ['bound at its end', [count('a', 1000, null, 'more-than'), count('b', 1000)], /more than 1,000 gives only a bound, and .*1,000 is that bound itself/, /هو هذا الحد نفسه/],
    ['series', [count('a', 2000), count('d', 11300)], /changes over time/, /يتغير مع الوقت/],
    ['single', [count('a', 50), count('a', 50)], /Only Outlet A states it/, /وحده/],
    ['ambiguous miles', [claim('a', { kind: 'count', lo: 50, hi: 50, unit: 'mi' }), claim('b', { kind: 'count', lo: 46, hi: 46, unit: 'nmi' })], /Outlet A: 50 miles and Outlet B: 46 nautical miles cannot be compared yet: the miles may be statute or nautical miles/, /قد تكون الأميال برية أو بحرية/],
  ]
  it.each(cases)('%s', (_name, cs, en, ar) => {
    const d = decide(counts, cs, ctx)
    const words = explain(d.reason, explainContext(cs, sources, [], 2, 2))
    expect(words.en).toMatch(en)
    expect(words.ar).toMatch(ar)
    // Outlets keep their own names; every other word of the Arabic sentence is Arabic.
    expect(words.ar.replace(/\u2068Outlet [AB]\u2069/g, '')).not.toMatch(/[A-Za-z]{4,}/)
  })
})

describe('measures given in another unit', () => {
  // One reading that does not move (a day's peak temperature), so that two values are two readings.
  const counts = { kind: 'count' as const, fixed: true }
  const temp = (source: string, lo: number, unit: string, qualifier: Quantity['qualifier'] = null) => claim(source, { kind: 'count', lo, hi: qualifier === 'more-than' ? null : lo, unit, qualifier })
  it('51.8 °C and 125 °F agree: a converted reading is as precise as its written digits', () => {
    expect(decide(counts, [temp('a', 51.8, '°C'), temp('b', 51.8, '°C'), temp('c', 125, '°F')], ctx).verdict).toBe('agree')
  })
  it('…while 51.8 °C against 140 °F (60 °C) conflicts', () => {
    expect(decide(counts, [temp('a', 51.8, '°C'), temp('b', 140, '°F')], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
  })
  it('"more than 48 °C" fits 120 °F (about 48.9 °C), a bound keeping its side through the formula', () => {
    expect(decide(counts, [temp('a', 48, '°C', 'more-than'), temp('b', 120, '°F')], ctx)).toMatchObject({ verdict: 'agree', reason: { code: 'bound' } })
  })
})
