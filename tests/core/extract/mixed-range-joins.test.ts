import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// Ranges closed by another opener's join ("ما بين 20 إلى 30", "between 20 to 30", "entre 20 à 30"),
// ranges whose word before is no opener of theirs ("la guerre de 1990-1996": the dash joins the
// ends, the range starts at its first), and an age range after "âgés", whose "de" opens the range.
const en = (c: Case): Case => ({ ...c, lang: 'en' })
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  { text: 'أصيب ما بين 40 إلى 60 شخصا في التدافع.', span: 'ما بين 40 إلى 60', kind: 'count', lo: 40, hi: 60, qualifier: 'range' },
  { text: 'تراوحت الخسائر بين 3 حتى 5 ملايين دولار.', span: 'بين 3 حتى 5 ملايين دولار', kind: 'money', lo: 3e6, hi: 5e6, unit: 'USD', qualifier: 'range' },
  en({ text: 'Between 40 to 60 people were hurt in the crush.', span: 'Between 40 to 60', kind: 'count', lo: 40, hi: 60, qualifier: 'range' }),
  fr({ text: 'Entre 40 à 60 personnes ont été blessées.', span: 'Entre 40 à 60', kind: 'count', lo: 40, hi: 60, qualifier: 'range' }),
  fr({ text: 'Il a combattu pendant la guerre de 1990-1996.', span: '1990-1996', kind: 'daterange', lo: '1990-01-01', hi: '1996-12-31', qualifier: 'range' }),
  fr({ text: 'Trois élèves âgés de 11 à 14 ans ont été secourus.', span: 'de 11 à 14 ans', kind: 'duration', lo: 11, hi: 14, unit: 'year', qualifier: 'range' }),
]

describe('ranges with mixed joins', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))

  it('still reads "from" with its own join, and two years a word apart as two', () => {
    expect(extract('The plant ran from 1990-1996.', '2025-11-28', 'en').map((c) => c.text)).toEqual(['from 1990-1996'])
    expect(extract('Il est né en 1990 et mort en 1996.', '2025-11-28', 'fr').map((c) => c.text)).toEqual(['en 1990', 'en 1996'])
  })
})
