import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'
import type { Lang } from '../../../src/core/model'
import { source, topic } from './placed'

// A weekday (or a day said in full, in prose) in a sentence that names no event of its own joins a date topic when it falls on
// the one day other reports give for it in full. (Reports of Tuesday 12 March 2024: "Saturday" is
// 9 March.)
const QUAKE = topic('quake', 'Date of the earthquake', 'date')
const FULL = source('full', 'en', 'The earthquake struck the mountain villages on 9 March 2024, killing at least 40 people.')

function placedIn(lang: Lang, text: string, others = [FULL]): string[] {
  const own = source('own', lang, text)
  const claims = [...others.flatMap(extractClaims), ...extractClaims(own)]
  return assignClaims(claims, [QUAKE], [...others, own]).filter((a) => a.topicId === 'quake').map((a) => claims.find((c) => c.id === a.claimId)!).filter((c) => c.source === 'own').map((c) => c.text)
}

describe('a weekday on the day other reports give in full', () => {
  it.each([
    ['en', 'Thousands of residents gathered in the main square on Saturday night.', 'Saturday night'],
    ['fr', 'Samedi soir, des milliers d’habitants étaient réunis sur la place principale.', 'Samedi soir'],
    ['ar', 'ومساء السبت، تجمّع آلاف السكان في الساحة الرئيسية للبلدة.', 'مساء السبت'],
  ] as [Lang, string, string][])('%s: %s → %s', (lang, text, figure) => {
    expect(placedIn(lang, text)).toEqual([figure])
  })

  it.each([
    // Another day.
    ['en', 'Thousands of residents gathered in the main square on Friday night.'],
    // The day a saying was said.
    ['en', 'Officials said on Saturday that the mountain roads had reopened.'],
    ['fr', 'Samedi, le préfet a affirmé que les routes de montagne étaient rouvertes.'],
    ['ar', 'وقالت السلطات مساء السبت إن الطرق الجبلية أعيد فتحها.'],
    // One day of several listed, and a bound.
    ['fr', 'Les blessés ont été évacués samedi, dimanche et lundi vers la capitale.'],
    ['en', 'The square has been full of tents since Saturday.'],
  ] as [Lang, string][])('%s: %s → nothing', (lang, text) => {
    expect(placedIn(lang, text)).toEqual([])
  })

  it('not when the other reports disagree on the day', () => {
    const other = source('other', 'fr', 'Le séisme a frappé les villages de montagne le 8 mars 2024.')
    expect(placedIn('en', 'Thousands of residents gathered in the main square on Saturday night.', [FULL, other])).toEqual([])
  })
})

describe('a day said in full on the day other reports give for it', () => {
  it.each([
    ['en', 'Rescuers worked through the night of March 9 to pull families from the rubble.', 'March 9'],
    ['fr', 'Dans la soirée du samedi 9 mars, les secouristes fouillaient encore les décombres des maisons.', 'soirée du samedi 9 mars'],
    ['ar', 'وفي ليلة ٩ مارس، واصل المسعفون البحث عن العائلات تحت أنقاض المنازل المهدمة.', 'ليلة ٩ مارس'],
  ] as [Lang, string, string][])('%s: %s → %s', (lang, text, figure) => {
    expect(placedIn(lang, text)).toEqual([figure])
  })

  it.each([
    // The page's furniture: a byline, a dateline.
    ['en', 'By Staff Reporter | March 9, 2024'],
    ['fr', 'Publié le 09/03/2024'],
    ['ar', 'شبكة الأخبار | السبت 9 مارس 2024'],
    // Another day, and a day a saying was said.
    ['en', 'Rescuers worked through the night of March 10 to pull families from the rubble.'],
    ['en', 'Officials said on March 9 that the mountain roads had reopened.'],
  ] as [Lang, string][])('%s: %s → nothing', (lang, text) => {
    expect(placedIn(lang, text)).toEqual([])
  })
})
