import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// "The next day", "la veille", "اليوم التالي" count from the last day the report gave, not from the
// day it was published: a toll "the day before" a Thursday press conference is Wednesday's. Written
// on 2024-03-08 (a Friday) so that a reading from publication would give another day.
const PUB = '2024-03-08'
const cases: Case[] = [
  { lang: 'en', published: PUB, text: 'The storm made landfall on Monday, March 4. The next day, officials counted 41 dead.', span: 'The next day', kind: 'date', lo: '2024-03-05' },
  { lang: 'en', published: PUB, text: 'By Wednesday the ministry listed 130 victims. The previous day the same tally had stood at 96.', span: 'The previous day', kind: 'date', lo: '2024-03-05' },
  { lang: 'en', published: PUB, text: 'Rescuers said on Tuesday that the quake of the day before had flattened 3,000 homes.', span: 'the day before', kind: 'date', lo: '2024-03-04' },
  { lang: 'en', published: PUB, text: 'The dam gave way on March 2; by the following day, 700 people had fled.', span: 'by the following day', kind: 'date', lo: '2024-03-03' },
  { lang: 'fr', published: PUB, text: 'Le cyclone a touché terre mardi. Le lendemain, la préfecture recensait 22 morts.', span: 'Le lendemain', kind: 'date', lo: '2024-03-06' },
  { lang: 'fr', published: PUB, text: "Jeudi, le ministère a annoncé 58 morts, contre 40 la veille.", span: 'la veille', kind: 'date', lo: '2024-03-06' },
  { lang: 'ar', published: PUB, text: 'أعلنت الوزارة مساء الثلاثاء مقتل 14 شخصا، وفي اليوم التالي ارتفعت الحصيلة إلى 19.', span: 'اليوم التالي', kind: 'date', lo: '2024-03-06' },
  { lang: 'ar', published: PUB, text: 'سجلت السلطات يوم الخميس 210 وفيات، بزيادة 35 على حصيلة اليوم السابق.', span: 'اليوم السابق', kind: 'date', lo: '2024-03-06' },
]

// Counted from an event the phrase names, or from no day at all, it says nothing of when. ("A day
// later" is a length of time after an event, as "two days ago" is before publication.)
const none: { lang: 'en' | 'fr' | 'ar'; text: string; phrase: string }[] = [
  { lang: 'en', text: 'The day after the vote, 12 people were arrested.', phrase: 'day after' },
  { lang: 'en', text: 'On Monday the toll was 5. The day before Easter it had been 3.', phrase: 'day before' },
  { lang: 'en', text: 'The next day, aid trucks reached the valley with 40 tonnes of flour.', phrase: 'next day' },
  { lang: 'fr', text: 'Mardi, 4 morts. La veille du scrutin, 12 personnes avaient été arrêtées.', phrase: 'veille' },
  { lang: 'fr', text: 'Le lendemain, 300 familles avaient quitté le quartier.', phrase: 'lendemain' },
  { lang: 'ar', text: 'قتل 6 أشخاص يوم الاثنين، وفي اليوم التالي للانفجار أغلقت المدارس.', phrase: 'التالي' },
]

describe('a day counted from the last day the report gave', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
  it.each(none)('$text: no date for "$phrase"', ({ lang, text, phrase }) => {
    const claims = extract(text, PUB, lang)
    expect(claims.filter((c) => c.text.includes(phrase))).toEqual([])
  })
})

// "يوم" before a weekday or a day's number opens the date a figure was given on: "12 يوم الثلاثاء"
// is 12 of something on Tuesday, not twelve days.
describe('"يوم" after a number and before a date', () => {
  it.each([
    { text: 'ارتفعت الحصيلة إلى 12 يوم الثلاثاء بعد انتشال جثث جديدة.', count: '12', date: 'يوم الثلاثاء' },
    { text: 'وصل عدد النازحين إلى 4500 يوم 3 مارس بحسب المنظمة.', count: '4500', date: 'يوم 3 مارس' },
  ])('$text', ({ text, count, date }) => {
    const claims = extract(text, PUB, 'ar')
    expect(claims.find((c) => c.text === count)?.quantity.kind).toBe('count')
    expect(claims.find((c) => c.text === date)?.quantity.kind).toBe('date')
  })
  it('a duration in days still reads as one', () => {
    expect(extract('استمر الحصار 12 يوما قبل أن يرفع.', PUB, 'ar').find((c) => c.text === '12 يوما')?.quantity).toMatchObject({ kind: 'duration', lo: 12, unit: 'day' })
  })
})

// A temperature is read with its scale: "49 °C", "51.8 degrees Celsius", "120 Fahrenheit".
describe('temperatures', () => {
  it.each([
    { lang: 'en', published: PUB, text: 'The thermometer reached 47 °C (117 °F) in the city on Sunday.', span: '47 °C', kind: 'count', lo: 47, unit: '°C' },
    { lang: 'en', published: PUB, text: 'The thermometer reached 47 °C (117 °F) in the city on Sunday.', span: '117 °F', kind: 'count', lo: 117, unit: '°F' },
    { lang: 'en', published: PUB, text: 'Forecasters expect 44.5 degrees Celsius by the weekend.', span: '44.5 degrees Celsius', kind: 'count', lo: 44.5, unit: '°C' },
    { lang: 'en', published: PUB, text: 'It felt like 110 Fahrenheit in the shade.', span: '110 Fahrenheit', kind: 'count', lo: 110, unit: '°F' },
    { lang: 'fr', published: PUB, text: 'Le mercure a atteint 46,3 degrés Celsius à Tunis.', span: '46,3 degrés Celsius', kind: 'count', lo: 46.3, unit: '°C' },
    { lang: 'fr', published: PUB, text: 'Il faisait 41°C à l’ombre vendredi.', span: '41°C', kind: 'count', lo: 41, unit: '°C' },
  ] as Case[])('$text → $span', (c) => expectCase(c))
})
