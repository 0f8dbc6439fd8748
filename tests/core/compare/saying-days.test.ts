import { describe, expect, it } from 'vitest'
import { sayingDays, withoutSayingDays } from '../../../src/core/compare/saying'
import { toldMoment } from '../../../src/core/compare/moment'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { compareTopics } from '../../../src/core/compare'
import { extractClaims } from '../../../src/core/extract'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// The day a statement was made dates the saying, not what it says; and a measure of one occasion
// keeps that occasion as its moment, never its report's day: two reports of it on two days are
// two accounts of one thing, not a series.

describe('sayingDays: a day between the speaker’s verb and what was said', () => {
  // Written on Wednesday 12 March 2025.
  const source = (lang: Source['lang'], text: string): Source => ({ id: 's', text, lang, published: '2025-03-12', window: null } as unknown as Source)
  const figure = (lang: Source['lang'], text: string, value: string) => {
    const c = extractClaims(source(lang, text)).find((x) => x.text === value)!
    const said = sayingDays(c, text)
    // (As the comparison reads it: without its saying day, which its sentence's weekday does not bring back.)
    return { said: said.map((s) => text.slice(s.start, s.end)), told: toldMoment(withoutSayingDays(c, said), text, '2025-03-12', said) }
  }
  it.each([
    ['en', 'The harbour master said on Sunday that 46 trawlers had left the bay.', '46', ['Sunday']],
    ['fr', 'La capitainerie a indiqué dimanche que 46 chalutiers avaient quitté la baie.', '46', ['dimanche']],
    ['ar', 'قالت إدارة الميناء يوم الأحد إن 46 سفينة صيد غادرت الخليج.', '46', ['يوم الأحد']],
    ['en', 'A port official told reporters on Sunday that 46 trawlers had left the bay.', '46', ['Sunday']],
  ] as const)('%s: “%s” → a saying day, and no moment of the figure', (lang, text, value, want) => {
    const got = figure(lang, text, value)
    expect(got.said).toEqual(want)
    // (Not even through the weekday its sentence names.)
    expect(got.told).toBeNull()
  })
  it.each([
    // The day is the figure's own: before the figure with the speaker after, in what was said, or a cut-off.
    ['en', 'On Sunday, 46 trawlers left the bay, the harbour master said.', '46'],
    ['en', 'The harbour master said that on Sunday 46 trawlers had left the bay.', '46'],
    ['fr', 'Dimanche, 46 chalutiers avaient quitté la baie, selon la capitainerie.', '46'],
    ['fr', "La capitainerie a indiqué qu'il y avait dimanche 46 chalutiers dans la baie.", '46'],
  ] as const)('%s: “%s” → no saying day; the day is the figure’s moment', (lang, text, value) => {
    const got = figure(lang, text, value)
    expect(got.said).toEqual([])
    expect(got.told).toEqual({ from: '2025-03-09', to: '2025-03-09' })
  })
})

describe('a measure of one occasion has no series by report days', () => {
  let n = 0
  const count = (source: string, lo: number, extra: Partial<Claim> = {}): Claim => {
    n++
    const quantity: Quantity = { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }
    return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity, counted: null, sentence: { start: 0, end: 1 }, attribution: null, scopes: [], ...extra }
  }
  const day: Record<string, string> = { a: '2025-05-03', b: '2025-05-06' }
  const ctx: DecideContext = { origin: (c) => `outlet:${c.source}`, asOf: (c) => ({ from: day[c.source], to: day[c.source] }), compared: () => true, tolerance: 0.1, told: () => null }
  it.each([
    'stewards on duty at the stadium when the stand collapsed',
    'guests inside the ballroom at the time of the blaze',
    'gendarmes déployés la nuit du drame',
    'المدعوون داخل القاعة لحظة اندلاع الحريق',
  ])('“%s”: 120 and 180 reported on two days conflict', (measure) => {
    const d = decide({ kind: 'count', measure }, [count('a', 120), count('b', 180)], ctx)
    expect(d.verdict).toBe('conflict')
    expect(d.reason).toMatchObject({ code: 'no-overlap', moment: { occasion: true } })
  })
  it('…but a measure that moves (people still in hospital), or one held at the time of each report, is a series', () => {
    expect(decide({ kind: 'count', measure: 'people still in hospital' }, [count('a', 120), count('b', 180)], ctx).verdict).toBe('time-series')
    expect(decide({ kind: 'count', measure: 'patients in intensive care at the time of the report' }, [count('a', 120), count('b', 180)], ctx).verdict).toBe('time-series')
  })
  it('…and figures its reports set at two days of their own are a series even of an occasion measure', () => {
    const time = (from: string) => ({ scopes: [{ kind: 'time' as const, label: from, from, to: from, span: { start: 0, end: 1 } }] })
    const told: DecideContext = { ...ctx, told: (c) => (c.scopes[0] ? { from: c.scopes[0].from!, to: c.scopes[0].to! } : null) }
    const d = decide({ kind: 'count', measure: 'stewards on duty when the stand collapsed' }, [count('a', 120, time('2025-05-01')), count('b', 180, time('2025-05-05'))], told)
    expect(d.verdict).toBe('time-series')
  })
})

describe('two reports of one count, each said on its own day: no series made of the saying days', () => {
  // Trawlers counted in the bay on the night of a storm, two outlets, two saying days.
  const texts: Record<string, [Source['lang'], string, string]> = {
    a: ['en', 'The harbour master said on Sunday that 46 trawlers were moored in the bay on the night of the storm.', '2025-03-10'],
    b: ['fr', 'La capitainerie a indiqué mardi que 61 chalutiers étaient amarrés dans la baie la nuit de la tempête.', '2025-03-12'],
  }
  const sources = Object.entries(texts).map(([id, [lang, text, published]]) => ({ id, text, lang, published, window: null, outlet: id }) as unknown as Source)
  const claims = sources.flatMap((s) => extractClaims(s)).filter((c) => c.quantity.kind === 'count')
  const topic = { id: 't', label: { en: 'Trawlers moored in the bay', ar: 'سفن الصيد الراسية في الخليج' }, entity: { name: 'bay', aliases: [] }, measure: 'trawlers moored in the bay on the night of the storm', kind: 'count', cues: [] } as unknown as Topic
  it('they conflict, about the one night they both describe', () => {
    const [c] = compareTopics([topic], claims, claims.map((x) => ({ claimId: x.id, topicId: 't', reasons: [] }) as never), sources)
    expect(claims.map((x) => x.text)).toEqual(['46', '61'])
    expect(c.verdict).toBe('conflict')
  })
})
