import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { compareTopic } from '../../../src/core/compare'
import { isOwnMedia, saysOfficial } from '../../../src/core/compare/origins'
import type { Claim, Lang, Source, Topic } from '../../../src/core/model'

// A broadcaster or newspaper named as the speaker gives a count of its own, even when a ministry
// gives the same number: two origins agree. It passes the ministry's on only when the text says
// so (it cites the ministry, it calls the count official) or it is the state's own medium. Texts
// made up for the tests.

const src = (id: string, lang: Lang, text: string): Source => ({ id, title: id, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', origin: 'imported', text, lang, published: '2024-05-02', window: null, url: null })
const figure = (s: Source, text: string): Claim => {
  const c = extractClaims(s).find((x) => x.text === text)
  expect(c, `"${text}" must be read in ${s.id}`).toBeDefined()
  return c!
}
const topic: Topic = { id: 't', label: { en: 'Firefighters injured', ar: 'رجال الإطفاء المصابون' }, entity: { name: '', aliases: [] }, measure: 'injured', kind: 'count', cues: [], scope: null, time: null }
const judge = (pairs: [Source, string][]) => compareTopic(topic, pairs.map(([s, t]) => figure(s, t)), new Map(pairs.map(([s]) => [s.id, s])), new Map(), [])

describe('a named broadcaster or newspaper keeps its own count', () => {
  it.each([
    ['en', 'The civil defence ministry said 17 firefighters were injured.', '17', 'According to Radio Kalima, 17 firefighters were treated at the regional hospital.', '17'],
    ['fr', 'Le ministère de la Défense a fait état de 17 pompiers blessés.', '17', "Selon le quotidien El Khabar, 17 pompiers ont été soignés à l'hôpital de la ville.", '17'],
    ['ar', 'أعلنت وزارة الدفاع إصابة 17 من رجال الإطفاء.', '17', 'وبحسب إذاعة الساحل، فقد عولج 17 من رجال الإطفاء في مستشفى المدينة.', '17'],
  ] as [Lang, string, string, string, string][])('%s: the ministry’s number and the radio’s or paper’s own are two origins that agree', (lang, a, x, b, y) => {
    const c = judge([[src('m', lang, a), x], [src('r', lang, b), y]])
    expect(c.verdict).toBe('agree')
    expect(c.independentSources).toBe(2)
  })

  it('a state broadcaster, or a count it calls official, passes the ministry’s on: one origin', () => {
    const ministry = src('m', 'en', 'The civil defence ministry said 17 firefighters were injured.')
    const state = src('s', 'en', 'According to state television, 17 firefighters were injured.')
    const official = src('o', 'en', 'According to Radio Kalima, the official toll stands at 17 firefighters injured.')
    expect(judge([[ministry, '17'], [state, '17']]).verdict).toBe('single-source')
    expect(judge([[ministry, '17'], [official, '17']]).verdict).toBe('single-source')
  })

  it('tells a broadcaster or newspaper from other speakers, in three languages', () => {
    for (const who of ['Radio Kalima', 'the daily El Watan', 'la chaîne Canal Sud', 'le quotidien Liberté', 'إذاعة الساحل', 'صحيفة الخبر', 'قناة النهار']) expect(isOwnMedia(who), who).toBe(true)
    for (const who of ['state television', 'la radio nationale', 'التلفزيون الرسمي', 'le ministère de la Santé', 'a local official', 'وزارة الداخلية']) expect(isOwnMedia(who), who).toBe(false)
    expect(saysOfficial('Le bilan officiel fait état de 17 blessés.')).toBe(true)
    expect(saysOfficial('وبلغت الحصيلة الرسمية 17 مصابا.')).toBe(true)
    expect(saysOfficial('17 firefighters were treated.')).toBe(false)
  })
})
