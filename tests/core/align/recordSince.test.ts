import { describe, expect, it } from 'vitest'
import { namesRecord } from '../../../src/core/align/recordSince'
import type { Lang } from '../../../src/core/model'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { placed, source, topic } from './placed'

// A record is said by a superlative measured since an earlier day or over a length of time, and
// a topic named so ("Deadliest in a century") takes the lengths of time and the years said so.

describe('a topic named for a superlative over a length of time', () => {
  it.each([
    ['Deadliest in a century', true], ['Worst derailment in how long', true], ['Worst floods in decades', true],
    ['Le plus meurtrier en un siècle', true], ['Pire inondation en trente ans', true],
    ['الأسوأ في عقدين', true], ['أعنف عاصفة منذ قرن', true],
    // A superlative alone, or with a place or a year, names the story's own day.
    ['Day of the deadliest protests', false], ['Deadliest protests in the capital', false], ['Most dead in 2024', false],
  ] as [string, boolean][])('%s → %s', (name, record) => expect(namesRecord(name)).toBe(record))
})

describe('a length of time since the last time something as strong happened', () => {
  // Reports dated Tuesday 12 March 2024.
  const CENTURY = topicFromText({ id: 'century', label: 'Deadliest in a century', measure: 'how long since floods were as deadly', kind: 'duration' })!
  const LASTED = topic('lasted', 'How long the floods lasted', 'duration')
  const cases: [Lang, string, string][] = [
    ['en', 'The floods that hit the valley are the deadliest in the country in more than a century, officials said.', 'more than a century'],
    ['fr', 'Ces inondations sont les plus meurtrières qu’ait connues le pays depuis plus d’un siècle, selon les autorités.', "plus d’un siècle"],
    ['ar', 'وتعد هذه الفيضانات الأشد فتكاً في البلاد منذ أكثر من قرن بحسب السلطات.', 'أكثر من قرن'],
  ]
  it.each(cases)('%s: %s → %s is the record, not how long the floods lasted', (lang, text, figure) => {
    const got = placed(source('s', lang, text), [CENTURY, LASTED])
    expect(got.century ?? []).toContain(figure)
    expect(got.lasted ?? []).not.toContain(figure)
  })

  // A date topic of the record takes the years counted since it, as it takes the year itself.
  const RECORD = topic('record', 'Last storm as strong', 'date')
  const years: [Lang, string, string][] = [
    ['en', 'The storm, the strongest the island has seen in 80 years, struck on Saturday.', '80 years'],
    ['fr', 'La tempête, la plus violente qu’ait connue l’île depuis 80 ans, a frappé samedi.', '80 ans'],
    ['fr', 'Samedi, la tempête a frappé l’île avec une force jamais vue depuis près de quatre-vingts ans.', 'près de quatre-vingts ans'],
    ['ar', 'ضربت العاصفة الجزيرة يوم السبت، وهي الأقوى منذ 80 عاماً.', '80 عاماً'],
  ]
  it.each(years)('%s: %s → %s dates the record', (lang, text, figure) => {
    expect(placed(source('s', lang, text), [RECORD]).record ?? []).toContain(figure)
  })
  // Not a length of time that runs since the story's own event.
  it.each([
    ['en', 'The storm has battered the island for 80 hours since it struck on Saturday.', '80 hours'],
    ['fr', 'La tempête frappe l’île depuis 80 heures.', '80 heures'],
  ] as [Lang, string, string][])('%s: %s → %s is no record', (lang, text, figure) => {
    expect(placed(source('s', lang, text), [RECORD]).record ?? []).not.toContain(figure)
  })
})
