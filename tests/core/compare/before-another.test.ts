import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { compareTopic } from '../../../src/core/compare'
import { beforeAnother } from '../../../src/core/compare/before'
import type { Claim, Lang, Source, Topic } from '../../../src/core/model'

// A length of time set before another moment ("ten days before the vote", "quelques jours avant
// l'expiration", "قبل ثلاثة أيام من انقضاء المهلة") is counted from that moment, not from the day
// its report was written: it is no time since the event. Texts and names invented for these tests
// (session 31).

const source = (id: string, lang: Lang, published: string, text: string): Source => ({ id, title: id, lang, outlet: id, via: null, kind: 'news', published, window: null, text, origin: 'imported' })
const figure = (s: Source, words: string): Claim => {
  const c = extractClaims(s).find((x) => x.text === words)
  if (!c) throw new Error(`no figure «${words}» in ${s.id}: ${extractClaims(s).map((x) => x.text).join(' | ')}`)
  return c
}
const topic: Topic = { id: 't', label: { en: 'Release of Amadou Kane', ar: 'الإفراج عن أمادو كان' }, entity: { name: 'Amadou Kane', aliases: [] }, measure: 'day Amadou Kane was released from prison', kind: 'date', cues: [], concept: 'release' }

describe('a length of time before another moment dates nothing from its report’s day', () => {
  const DAY = source('fr-1', 'fr', '2024-03-25', 'Amadou Kane a été libéré le 14 mars après onze mois de détention.')
  it('"ten days before the vote", written two weeks after the day, agrees with that day', () => {
    const EN = source('en-1', 'en', '2024-03-28', 'Amadou Kane was released on 14 March, ten days before the vote.')
    const cs = [figure(DAY, '14 mars'), figure(EN, '14 March'), figure(EN, 'ten days')]
    expect(compareTopic(topic, cs, new Map([DAY, EN].map((s) => [s.id, s])), new Map(), []).verdict).toBe('agree')
  })
  it('in Arabic, "قبل عشرة أيام من" names the moment after the length', () => {
    const AR = source('ar-1', 'ar', '2024-03-28', 'أفرج عن أمادو كان في 14 مارس، قبل عشرة أيام من الاقتراع.')
    const cs = [figure(DAY, '14 mars'), figure(AR, 'عشرة أيام')]
    expect(compareTopic(topic, cs, new Map([DAY, AR].map((s) => [s.id, s])), new Map(), []).verdict).not.toBe('conflict')
    expect(beforeAnother(figure(AR, 'عشرة أيام'), AR.text)).toBe(true)
  })
  it('"ten days ago" still counts back from the report, and contradicts a day it does not fit', () => {
    const EN = source('en-2', 'en', '2024-03-28', 'Amadou Kane walked out of prison ten days ago.')
    expect(beforeAnother(figure(EN, 'ten days'), EN.text)).toBe(false)
    const cs = [figure(DAY, '14 mars'), figure(EN, 'ten days')]
    expect(compareTopic(topic, cs, new Map([DAY, EN].map((s) => [s.id, s])), new Map(), []).verdict).toBe('conflict')
  })
  it('reads French "avant" and leaves a bare Arabic "قبل" (ago) alone', () => {
    const FR = source('fr-2', 'fr', '2024-03-28', 'La libération est intervenue quelques jours avant l’expiration de l’ultimatum.')
    expect(beforeAnother(figure(FR, 'quelques jours'), FR.text)).toBe(true)
    const AR = source('ar-2', 'ar', '2024-03-28', 'خرج أمادو كان من السجن قبل عشرة أيام.')
    expect(beforeAnother(figure(AR, 'عشرة أيام'), AR.text)).toBe(false)
  })
})
