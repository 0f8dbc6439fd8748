import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { placed, source } from './placed'

// Lengths of time said of people: the prison term a charge carries and a pilot's flying hours, in
// every language, beside the other lengths of time a report gives. Reports written for the test.
const topics = [
  topicFromText({ id: 'term', label: 'Maximum prison sentence', measure: 'prison term the suspects face if convicted', kind: 'duration' })!,
  topicFromText({ id: 'hours', label: 'Pilot flying hours', measure: 'flying experience of the pilot', kind: 'duration' })!,
  topicFromText({ id: 'search', label: 'Length of the search', measure: 'how long the search for survivors lasted', kind: 'duration' })!,
]

describe('a prison term and flying hours are measures of their own', () => {
  it.each([
    ['en', 'Rescuers searched for three days. The two suspects face up to 12 years in prison, prosecutors said. The pilot had 5,300 flying hours.', '12 years', '5,300 flying hours'],
    ['fr', "Les secours ont cherché pendant trois jours. Les deux suspects encourent jusqu'à 12 ans de prison. Le pilote totalisait 5 300 heures de vol.", '12 ans', '5 300 heures'],
    ['ar', 'وبحثت فرق الإنقاذ لمدة ثلاثة أيام. ويواجه المشتبه بهما عقوبة السجن حتى 12 عاما. وكان الطيار يملك 5300 ساعة طيران.', '12 عاما', '5300 ساعة'],
  ] as const)('%s', (lang, text, term, hours) => {
    const got = placed(source('a', lang, text), topics)
    expect(got.term?.some((x) => x.includes(term))).toBe(true)
    expect(got.hours?.some((x) => x.includes(hours))).toBe(true)
    expect(got.term?.length).toBe(1)
    expect(got.hours?.length).toBe(1)
  })
})

it('"8,200 flying hours" and "41,000 flight hours" are lengths of time in hours', () => {
  const claims = extractClaims(source('a', 'en', 'The captain had 8,200 flying hours, and the aircraft had logged about 41,000 flight hours.'))
  expect(claims.map((c) => [c.text, c.quantity.kind, c.quantity.unit, c.quantity.lo])).toEqual([
    ['8,200 flying hours', 'duration', 'hour', 8200],
    ['about 41,000 flight hours', 'duration', 'hour', 41000],
  ])
})

it('"à peine dix minutes" is barely ten minutes, no prison term', () => {
  const got = placed(source('a', 'fr', "L'évacuation a duré à peine dix minutes."), topics)
  expect(got.term).toBeUndefined()
})
