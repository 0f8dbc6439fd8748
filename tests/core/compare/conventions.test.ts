import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import type { Claim, Quantity, Source } from '../../../src/core/model'

// The conventions a fact-checker reads evidence by, each on a small claim set made up for it: a
// bound says where its count stood, a running total does not fall by half, a length of time since
// an event dates it, two vague amounts are no finer one than the other. Each verdict's explanation,
// in English and Arabic, names the figures that drive it.

let n = 0
function claim(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>, extra: Partial<Claim> = {}): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}
const count = (source: string, lo: number | null, hi: number | null = lo, qualifier: Quantity['qualifier'] = null) => claim(source, { kind: 'count', lo, hi, qualifier })
const moreThan = (source: string, lo: number) => count(source, lo, null, 'more-than')

// Outlets a–d publish on these days; x has no known day.
const PUBLISHED: Record<string, string | null> = { a: '2025-10-30', b: '2025-10-30', c: '2025-11-02', d: '2025-11-10', x: null }
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: (c) => (PUBLISHED[c.source] ? { from: PUBLISHED[c.source]!, to: PUBLISHED[c.source]! } : null),
  compared: () => true,
  tolerance: 0.1,
}
const counts = { kind: 'count' as const }
const sources = new Map<string, Source>(['a', 'b', 'c', 'd', 'x'].map((id) => [id, { id, title: id, lang: 'fr', outlet: `Outlet ${id.toUpperCase()}`, via: null, kind: 'news', published: PUBLISHED[id], window: null, text: '', origin: 'embedded' }]))
const words = (d: ReturnType<typeof decide>, cs: Claim[]) => explain(d.reason, explainContext(cs, sources, [], new Set(cs.map((c) => c.source)).size, new Set(cs.map((c) => c.source)).size))

describe('a bound says where its count stood, on one day too', () => {
  it('"more than 26,000" and "more than 390,000" displaced the same day conflict, naming both', () => {
    const low = moreThan('a', 26000)
    const high = moreThan('b', 390000)
    const d = decide(counts, [low, high], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
    expect(new Set([(d.reason as { a: string }).a, (d.reason as { b: string }).b])).toEqual(new Set([low.id, high.id]))
    const w = words(d, [low, high])
    expect(w.en).toBe('Outlet A: more than 26,000, but Outlet B: more than 390,000: both cannot be right for the same time.')
    expect(w.ar).toMatch(/أكثر من 26,000، بينما .*أكثر من 390,000: لا يمكن أن يصح الرقمان للوقت نفسه/)
  })
  it('…with no known time either', () => {
    expect(decide(counts, [moreThan('x', 26000), moreThan('b', 390000)], ctx).verdict).toBe('conflict')
  })
  it('two bounds near each other the same day stay compatible: "more than 100" and "more than 150"', () => {
    expect(decide(counts, [moreThan('a', 100), moreThan('b', 150)], ctx).verdict).toBe('agree')
  })
  it('a bound beside a plain figure stays compatible, however far: "more than 2,000" and 9,000 the same day', () => {
    expect(decide(counts, [moreThan('a', 2000), count('b', 9000)], ctx)).toMatchObject({ verdict: 'agree', reason: { code: 'bound' } })
  })
  it('the same two bounds on days far apart are a count that moved: a time series', () => {
    expect(decide(counts, [moreThan('a', 1000), moreThan('d', 16000)], ctx).verdict).toBe('time-series')
  })
})

describe('a running total does not fall', () => {
  const injured = { kind: 'count' as const, concept: 'injured' }
  it('212 injured, then "about 100" from another body two days later: a conflict saying which replaced which', () => {
    const high = count('a', 212)
    const low = count('c', 100, 100, 'about')
    const d = decide(injured, [count('a', 190), high, low], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'fell', earlier: high.id, later: low.id, from: '2025-10-30', to: '2025-11-02' } })
    const w = words(d, [high, low])
    expect(w.en).toBe('Outlet C: about 100 on 2 November 2025 replaced Outlet A: 212 on 30 October 2025, but a count that only adds up cannot fall: both cannot be right.')
    expect(w.ar).toMatch(/^⁨Outlet C⁩: نحو 100 في .* حلّ محلّ ⁨Outlet A⁩: 212 في .*، لكن العدد التراكمي لا يمكن أن ينخفض: لا يمكن أن يصح الرقمان\.$/)
  })
  it('a slight fall, 223 then 222 weeks later, is a conflict too', () => {
    expect(decide({ kind: 'count', concept: 'killed' }, [count('a', 219), count('c', 223), count('d', 222)], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'fell' } })
  })
  it('one body revising its own toll down, reported by outlets on their days, is a conflict, not its single source', () => {
    const said = (who: string) => ({ attribution: { who, cue: 'said', span: { start: 0, end: 1 } } })
    const byBody: DecideContext = { ...ctx, origin: (c) => (c.attribution ? `body:${c.attribution.who}` : `outlet:${c.source}`) }
    const first = claim('a', { kind: 'count', lo: 40, hi: 40 }, said('the ministry'))
    const revised = claim('d', { kind: 'count', lo: 20, hi: 20 }, said('the ministry'))
    expect(decide({ kind: 'count', concept: 'killed' }, [first, revised], byBody)).toMatchObject({ verdict: 'conflict', reason: { code: 'fell', earlier: first.id, later: revised.id } })
    // …while its rising toll stays a series.
    expect(decide({ kind: 'count', concept: 'killed' }, [revised, claim('d', { kind: 'count', lo: 60, hi: 60 }, said('the ministry'))].map((c, i) => ({ ...c, source: i ? 'd' : 'a' })), byBody).verdict).toBe('time-series')
  })
  it('a measure that can fall (people missing, troops present) falls as a series', () => {
    expect(decide({ kind: 'count', concept: 'missing' }, [count('a', 78), count('d', 5)], ctx).verdict).toBe('time-series')
    expect(decide({ kind: 'count', concept: 'troops' }, [count('a', 1500), count('d', 157)], ctx).verdict).toBe('time-series')
  })
  it('a later report that recalls an earlier count ("the first toll, 50 dead") is history, not a fall', () => {
    expect(decide({ kind: 'count', concept: 'killed' }, [count('a', 50), count('c', 135), count('d', 50)], ctx).verdict).toBe('time-series')
  })
  it('a toll corrected slightly down to a number given before ("78 bodies, fewer than the 79 announced") fell: a conflict naming the two', () => {
    const first = count('a', 78)
    const raised = count('c', 79)
    const corrected = count('d', 78)
    const d = decide({ kind: 'count', concept: 'killed' }, [first, raised, corrected], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'fell', earlier: raised.id, later: corrected.id } })
    expect(words(d, [first, raised, corrected]).en).toBe('Outlet D: 78 on 10 November 2025 replaced Outlet C: 79 on 2 November 2025, but a count that only adds up cannot fall: both cannot be right.')
  })
  it('…while a report that gives the earlier number beside the count it rose to recalls it', () => {
    expect(decide({ kind: 'count', concept: 'killed' }, [count('a', 78), count('c', 79), count('d', 78), count('d', 82)], ctx).verdict).toBe('time-series')
  })
  it('a figure far below that the count is back above on a later day is no fall', () => {
    expect(decide(injured, [count('a', 300), count('c', 100), count('d', 450)], ctx).verdict).toBe('time-series')
  })
})

describe('a length of time since an event dates it', () => {
  const day = (source: string, lo: string, hi = lo) => claim(source, lo === hi ? { kind: 'date', lo, hi } : { kind: 'daterange', lo, hi, qualifier: 'range' })
  const since = (source: string, lo: number, unit: string) => claim(source, { kind: 'duration', lo, hi: lo, unit })
  it('"two weeks after" the 20th October, written on 2 November, fits that day: agree, naming both', () => {
    const d = day('a', '2025-10-20')
    const weeks = since('c', 2, 'week')
    const r = decide({ kind: 'date' }, [d, weeks], ctx)
    expect(r).toEqual({ verdict: 'agree', reason: { code: 'since', day: d.id, since: weeks.id, written: '2025-11-02' } })
    const w = words(r, [d, weeks])
    expect(w.en).toBe('They agree: Outlet A: 20 October 2025; Outlet C counts 2 weeks since it on 2 November 2025, which fits that day.')
    expect(w.ar).toBe('المصادر متفقة: ⁨Outlet A⁩: 20 أكتوبر 2025؛ و⁨Outlet C⁩ يذكر في 2 نوفمبر 2025 أنه مضى عليه أسبوعان، وهذا يوافق ذلك اليوم.')
  })
  it('one report’s date and other reports’ time since it are several voices, not a single source', () => {
    expect(decide({ kind: 'date' }, [day('a', '2025-10-20'), since('c', 13, 'day'), since('d', 3, 'week')], ctx).verdict).toBe('agree')
  })
  it('"a week" since an episode of two days, written a week later, is the time since it, not its length', () => {
    expect(decide({ kind: 'daterange' }, [day('a', '2025-10-20', '2025-10-21'), since('c', 2, 'week')], ctx).verdict).toBe('agree')
    expect(decide({ kind: 'daterange' }, [day('a', '2025-10-26', '2025-10-27'), since('c', 1, 'week')], ctx).verdict).toBe('agree')
  })
  it('…while a length that fits no time since the range is checked against it: "five days" against a range of two', () => {
    const range = day('a', '2025-10-20', '2025-10-21')
    const five = since('c', 5, 'day')
    expect(decide({ kind: 'daterange' }, [range, five], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'duration-vs-range', duration: five.id, range: range.id } })
  })
  it('a length from a report known only to date from some months ("after mid-November") counts back from no day: it is checked as a length', () => {
    const loose: DecideContext = { ...ctx, asOf: (c) => (c.source === 'x' ? { from: '2025-11-16', to: '2026-03-31' } : ctx.asOf(c)) }
    const three = since('x', 3, 'day')
    expect(decide({ kind: 'daterange' }, [day('a', '2025-11-11', '2025-11-24'), three], loose)).toMatchObject({ verdict: 'conflict', reason: { code: 'duration-vs-range', duration: three.id } })
  })
  it('a length from a report with no known day dates nothing', () => {
    expect(decide({ kind: 'date' }, [day('a', '2025-10-20'), day('b', '2025-10-20'), since('x', 2, 'week')], ctx).verdict).toBe('agree')
  })
})

describe('a vague amount is no range or period', () => {
  const hours = (source: string, lo: number, hi: number) => claim(source, { kind: 'duration', lo, hi, unit: 'hour', qualifier: 'vague' })
  it('"a few hours" and "several hours" agree', () => {
    const d = decide({ kind: 'duration' }, [hours('a', 3, 10), hours('b', 3, 9)], ctx)
    expect(d).toMatchObject({ verdict: 'agree', reason: { code: 'same', origins: 2 } })
  })
  it('a vague amount is no range a finer figure lies inside: "several hours" and 4–5 hours agree', () => {
    const few = hours('a', 3, 10)
    const range = claim('b', { kind: 'duration', lo: 4, hi: 5, unit: 'hour', qualifier: 'range' })
    expect(decide({ kind: 'duration' }, [few, range], ctx)).toMatchObject({ verdict: 'agree', reason: { code: 'same', origins: 2 } })
  })
  it('…while a point inside a stated range is more precise: 4 hours within 3–5 hours', () => {
    const range = claim('a', { kind: 'duration', lo: 3, hi: 5, unit: 'hour', qualifier: 'range' })
    const point = claim('b', { kind: 'duration', lo: 4, hi: 4, unit: 'hour' })
    expect(decide({ kind: 'duration' }, [range, point], ctx)).toEqual({ verdict: 'agree-precision', reason: { code: 'within', fine: point.id, coarse: range.id } })
  })
})

describe('a value inside a closed range is more precise, before any bound', () => {
  it('about 300,000 lies inside the governor’s 250,000–300,000, beside his "up to 300,000": agree-precision, naming both', () => {
    const range = count('a', 250_000, 300_000, 'range')
    const upTo = count('a', null, 300_000, 'at-most')
    const about = count('c', 300_000, 300_000, 'about')
    const d = decide(counts, [range, upTo, about], ctx)
    expect(d).toEqual({ verdict: 'agree-precision', reason: { code: 'within', fine: about.id, coarse: range.id } })
    const w = words(d, [range, upTo, about])
    expect(w.en).toBe('They agree, one more precisely: Outlet C: about 300,000 lies within Outlet A: between 250,000 and 300,000.')
    expect(w.ar).toMatch(/^المصادر متفقة وأحدها أدق: ⁨Outlet C⁩: نحو 300,000 يقع ضمن ⁨Outlet A⁩: /)
  })
  it('an approximate range is no closed range: "about 250,000–300,000" holds nothing more precisely', () => {
    expect(decide(counts, [count('a', 250_000, 300_000, 'about'), count('c', 280_000)], ctx).verdict).toBe('agree')
  })
})
