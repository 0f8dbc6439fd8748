import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

// A rate is also written with the counted noun between the number and the period ("51 ships a
// day", "50 navires par jour"), or with "each/every day" of something ("for every day of the
// closure", "pour chaque jour de fermeture", "عن كل يوم"). Words after the period that say when
// ("a day earlier") make it no rate. And "back up to 288" is the level a toll returned to, no ceiling.
const en = (c: Case): Case => ({ ...c, lang: 'en' })
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  en({ text: 'Before the closure the port handled about 70 vessels a day.', span: 'about 70 vessels a day', kind: 'rate', lo: 70, unit: 'count/day', qualifier: 'about' }),
  en({ text: 'Some 300 lorries per day cross at Rafah when it is open.', span: 'Some 300 lorries per day', kind: 'rate', lo: 300, unit: 'count/day', qualifier: 'about' }),
  en({ text: 'The insurers put the loss at $9 million for every day of the strike.', span: '$9 million for every day', kind: 'rate', lo: 9e6, unit: 'USD/day' }),
  en({ text: 'Officials had counted 40 bodies a day earlier.', span: '40', kind: 'count', lo: 40 }),
  en({ text: 'The toll is back up to 212 after the review of hospital lists.', span: '212', kind: 'count', lo: 212 }),
  fr({ text: "En temps normal, le détroit voit passer 120 navires par jour.", span: '120 navires par jour', kind: 'rate', lo: 120, unit: 'count/day' }),
  fr({ text: "La grève coûte 4 millions d'euros pour chaque jour d'arrêt.", span: "4 millions d'euros pour chaque jour", kind: 'rate', lo: 4e6, unit: 'EUR/day' }),
  fr({ text: "L'usine perd 2 millions de dollars chaque jour.", span: '2 millions de dollars chaque jour', kind: 'rate', lo: 2e6, unit: 'USD/day' }),
  { lang: 'ar', text: 'وتخسر الشركة نحو 6 ملايين دولار عن كل يوم توقف.', span: 'نحو 6 ملايين دولار عن كل يوم', kind: 'rate', lo: 6e6, unit: 'USD/day', qualifier: 'about' },
]

describe('rates of counted things and of each day', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})

// Two lengths of time in two units, one a whole number of the other, are one range in the smaller.
describe('a range of durations in two units', () => {
  it.each([
    en({ text: 'Engineers said the repairs could take a week to 10 days.', span: 'a week to 10 days', kind: 'duration', lo: 7, hi: 10, unit: 'day', qualifier: 'range' }),
    en({ text: 'Rebuilding will take from 18 months to two years.', span: 'from 18 months to two years', kind: 'duration', lo: 18, hi: 24, unit: 'month', qualifier: 'range' }),
    fr({ text: 'La reconstruction prendra de 18 mois à deux ans.', span: 'de 18 mois à deux ans', kind: 'duration', lo: 18, hi: 24, unit: 'month', qualifier: 'range' }),
  ])('$text → $span', (c) => expectCase(c))
})
