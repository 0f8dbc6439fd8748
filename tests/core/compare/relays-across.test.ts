import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { baseOrigin, compareTopic } from '../../../src/core/compare'
import { topicOrigins } from '../../../src/core/compare/relays'
import { originOf } from '../../../src/core/compare/origins'
import type { Claim, Lang, Quantity, Source, Topic } from '../../../src/core/model'

// Relays read across a report and across reports: a figure no one is credited with, right after
// its report named the body whose number it is; a body that one report shows passing on another's
// count; the many ways a report says whose figures a body passes on. Texts made up for the tests.

const src = (id: string, lang: Lang, text: string): Source => ({ id, title: id, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', origin: 'imported', text, lang, published: '2024-05-02', window: null, url: null })
const figure = (s: Source, text: string): Claim => {
  const c = extractClaims(s).find((x) => x.text === text)
  expect(c, `"${text}" must be read in ${s.id}`).toBeDefined()
  return c!
}
const topic: Topic = { id: 't', label: { en: 'Homes destroyed', ar: 'المنازل المدمرة' }, entity: { name: 'Tizi', aliases: ['Tizi'] }, measure: 'homes', kind: 'count', cues: [], scope: null, time: null }
const judge = (pairs: [Source, string][]) => {
  const sources = new Map(pairs.map(([s]) => [s.id, s]))
  return compareTopic(topic, pairs.map(([s, t]) => figure(s, t)), sources, new Map(), [])
}

describe('an unattributed figure right after its report named the body whose number it is', () => {
  it.each([
    ['en', 'The interior ministry announced an emergency housing plan on Thursday.\nThe plan covers 12,400 homes that collapsed in the five worst-hit provinces.', '12,400'],
    ['fr', "Le ministère de l'Intérieur a annoncé jeudi un plan de relogement d'urgence.\nLe plan concerne 12 400 logements effondrés dans les cinq provinces les plus touchées.", '12 400'],
    ['ar', 'أعلنت وزارة الداخلية، الخميس، خطة عاجلة لإعادة الإيواء.\nوتشمل الخطة 12400 منزل انهارت في الأقاليم الخمسة الأكثر تضررا.', '12400'],
  ] as [Lang, string, string][])('%s: relays that body, so the topic has one origin', (lang, text, number) => {
    const ministry = src('m', 'en', 'The interior ministry said 12,400 homes had collapsed in Tizi.')
    const c = judge([[ministry, '12,400'], [src('r', lang, text), number]])
    expect(c.verdict).toBe('single-source')
    expect(c.independentSources).toBe(1)
  })

  it('a body named only after the figure, or not at all, leaves the figure the outlet’s own: two origins agree', () => {
    const ministry = src('m', 'en', 'The interior ministry said 12,400 homes had collapsed in Tizi.')
    const after = src('r2', 'en', 'The quake left 12,400 homes collapsed in the five provinces.\nThe interior ministry later announced a housing plan.')
    const none = src('r3', 'fr', 'Le séisme a laissé 12 400 logements effondrés dans la région.')
    expect(judge([[ministry, '12,400'], [after, '12,400']]).verdict).toBe('agree')
    expect(judge([[ministry, '12,400'], [none, '12 400']]).independentSources).toBe(2)
  })

  it('a number two bodies give says no single body it relays', () => {
    let n = 0
    const fig = (source: string, lo: number, who: string | null): Claim => ({ id: `${source}:${++n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null } as Quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: who ? { who, cue: 'said', span: { start: 0, end: 1 } } : null, scopes: [] })
    const base = (c: Claim) => (c.attribution ? originOf(c.attribution.who).key : `outlet:${c.source}`)
    const cs = [fig('a', 300, 'WHO'), fig('b', 300, 'UNICEF'), fig('c', 300, null)]
    expect(topicOrigins(cs, base, { names: () => true }).get(cs[2].id)).toBe('outlet:c')
    const two = [fig('a', 300, 'WHO'), fig('c', 300, null)]
    expect(topicOrigins(two, base, { names: () => true }).get(two[1].id)).toBe('body:WHO')
    expect(topicOrigins(two, base, { names: () => false }).get(two[1].id)).toBe('outlet:c')
  })
})

describe('a bound an outlet states on its own beside the one body its report credits', () => {
  const ministry = src('m', 'en', 'The interior ministry said 12,400 homes had been destroyed in Tizi.')
  it.each([
    ['en', 'More than 12,000 homes destroyed in Tizi\nThe interior ministry said on Thursday that 12,400 homes had been destroyed.', 'More than 12,000', '12,400'],
    ['fr', "Plus de 12 000 logements détruits à Tizi\nLe ministère de l'Intérieur a indiqué jeudi que 12 400 logements avaient été détruits.", 'Plus de 12 000', '12 400'],
    ['ar', 'أكثر من 12 ألف منزل مدمر في تيزي\nوقالت وزارة الداخلية الخميس إن 12400 منزل دمرت.', 'أكثر من 12 ألف', '12400'],
  ] as [Lang, string, string, string][])('%s: restates that body’s figure (a headline’s rounding): one origin', (lang, text, bound, exact) => {
    const r = src('r', lang, text)
    const c = judge([[ministry, '12,400'], [r, bound], [r, exact]])
    expect(c.verdict).toBe('single-source')
    expect(c.independentSources).toBe(1)
  })

  it('a bound in a report that credits no body is the outlet’s own: two origins agree', () => {
    const own = src('o', 'en', 'More than 12,000 homes were destroyed in Tizi, our correspondent found.')
    expect(judge([[ministry, '12,400'], [own, 'More than 12,000']]).independentSources).toBe(2)
  })
})

describe('a body one report shows passing on another’s count passes it on in every report', () => {
  it('OCHA citing the Red Crescent in one report: OCHA’s same count in another report is the Red Crescent’s, one origin', () => {
    const citing = src('c1', 'en', 'Quoting figures from the Red Crescent, OCHA said 4,100 people had died in Tizi.')
    const plain = src('c2', 'en', 'In its latest update, OCHA said 4,100 people had died in Tizi.')
    const c = judge([[citing, '4,100'], [plain, '4,100']])
    expect(c.verdict).toBe('single-source')
  })

  it('…but a body seen passing on two bodies’ counts keeps its own voice elsewhere', () => {
    let n = 0
    const fig = (source: string, lo: number, who: string): Claim => ({ id: `${source}:${++n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null } as Quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: { who, cue: 'said', span: { start: 0, end: 1 } }, scopes: [] })
    const a = fig('a', 10, 'Red Crescent')
    const b = fig('b', 20, 'WHO')
    const c = fig('c', 30, 'OCHA')
    const base = (x: Claim) => originOf(x.attribution!.who).key
    const via = (x: Claim) => (x === a || x === b ? 'body:UN OCHA' : null)
    expect(topicOrigins([a, b, c], base, { passesOn: via }).get(c.id)).toBe('body:UN OCHA')
    expect(topicOrigins([a, c], base, { passesOn: (x) => (x === a ? 'body:UN OCHA' : null) }).get(c.id)).toBe('body:Red Crescent')
  })
})

describe('the ways a report says whose count a body passes on', () => {
  const originIn = (lang: Lang, text: string, number: string) => { const s = src('s', lang, text); return baseOrigin(figure(s, number), (x) => x, new Map([['s', s]])) }
  it.each([
    ['en', 'The UN humanitarian office put the toll at 2,700, referring to the Red Crescent.', '2,700'],
    ['en', 'OCHA said 2,700 people were dead and cited the Red Crescent for the count.', '2,700'],
    ['fr', "L'Ocha a fait état de 2 700 morts, en attribuant ce décompte au Croissant-Rouge.", '2 700'],
    ['fr', "L'Ocha, se référant au Croissant-Rouge, a fait état de 2 700 morts.", '2 700'],
    ['ar', 'وأعلن مكتب تنسيق الشؤون الإنسانية أن 2700 شخص لقوا حتفهم، عازياً الأرقام إلى الهلال الأحمر.', '2700'],
  ] as [Lang, string, string][])('%s: %s', (lang, text, number) => expect(originIn(lang, text, number)).toBe('body:Red Crescent'))

  it('a toll "attributed to" an armed group names who killed, not who counted: the speaker keeps the count', () => {
    expect(originIn('en', 'OCHA said 2,700 deaths were attributed to the militia.', '2,700')).toBe('body:UN OCHA')
  })
})

describe('a news agency’s dispatch and the stories republished from it are one origin', () => {
  const from = (id: string, outlet: string, text: string): Source => ({ ...src(id, 'en', text), outlet })
  it('a Reuters dispatch and a paper "citing Reuters" that both state 104 with no one credited: one origin, the agency', () => {
    const c = judge([[from('w1', 'Reuters', 'The storm destroyed 104 homes in Tizi overnight.'), '104'], [from('w2', 'Daily Courier, citing Reuters', 'The storm destroyed 104 homes in Tizi.'), '104']])
    expect(c.verdict).toBe('single-source')
    expect(c.explanation.en).toContain('all from Reuters')
  })
  it('…the same as a paper that credits the figure to the agency ("according to AFP"), in another language', () => {
    const paper: Source = { ...src('w4', 'ar', 'دمرت العاصفة 104 منازل في تيزي، بحسب وكالة فرانس برس.'), outlet: 'Al Waha' }
    const c = judge([[from('w3', 'AFP', 'The storm destroyed 104 homes in Tizi overnight.'), '104'], [paper, '104']])
    expect(c.verdict).toBe('single-source')
  })
  it('…while a paper stating the number on its own authority is an origin of its own', () => {
    const c = judge([[from('w5', 'Reuters', 'The storm destroyed 104 homes in Tizi overnight.'), '104'], [from('w6', 'Daily Courier', 'The storm destroyed 104 homes in Tizi.'), '104']])
    expect(c.verdict).toBe('agree')
    expect(c.independentSources).toBe(2)
  })
})

describe('relays read again until none is left: a chain within a topic', () => {
  let n = 0
  const fig = (source: string, lo: number, who: string | null): Claim => ({ id: `${source}:${++n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null } as Quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: who ? { who, cue: 'said', span: { start: 0, end: 1 } } : null, scopes: [] })
  const base = (c: Claim) => (c.attribution ? originOf(c.attribution.who).key : `outlet:${c.source}`)
  it('a report’s own figure that repeats what its nameless speaker gives, when that speaker gives a body’s number, relays the body', () => {
    const ministry = fig('a', 26, 'the interior ministry')
    const speaker = fig('b', 26, 'state media')
    const own = fig('b', 26, null)
    const o = topicOrigins([ministry, speaker, own], base)
    expect(o.get(speaker.id)).toBe('body:interior ministry')
    expect(o.get(own.id)).toBe('body:interior ministry')
  })
})

describe('"the ministry" is the ministry last named', () => {
  const originIn = (lang: Lang, text: string, number: string) => { const s = src(`m-${lang}-${text.length}`, lang, text); return baseOrigin(figure(s, number), (x) => x, new Map([[s.id, s]])) }
  it.each([
    ['en', 'Fires broke out on Sunday night, the interior ministry said in a statement.\nThe ministry said that 11 provinces were still fighting the flames.', '11', 'body:interior ministry'],
    ['fr', "Le ministère de l'Intérieur a publié un communiqué lundi.\nLe ministère a indiqué que 11 wilayas luttaient encore contre les flammes.", '11', 'body:interior ministry'],
    ['ar', 'أصدرت وزارة الداخلية بيانا مساء الإثنين.\nوقالت الوزارة إن 11 ولاية ما زالت تكافح النيران.', '11', 'body:interior ministry'],
  ] as [Lang, string, string, string][])('%s: %s', (lang, text, number, key) => expect(originIn(lang, text, number)).toBe(key))

  it('…and no ministry at all when none was named before', () => {
    expect(originIn('en', 'The ministry said that 11 provinces were still fighting the flames.', '11')).not.toMatch(/^body:/)
  })
})
