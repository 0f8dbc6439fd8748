import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// Ways reports write a day, a count of seven and a dual that were read wrongly or not at all.
const PUB = '2024-03-08'
const cases: Case[] = [
  // A day "of" a month, as the Levant writes it with digits ("الأول من يوليو" with an ordinal).
  { lang: 'ar', published: PUB, text: 'وقعت الكارثة في 2 من آذار/مارس 2024 وأودت بحياة 40 شخصا.', span: '2 من آذار/مارس 2024', kind: 'date', lo: '2024-03-02' },
  { lang: 'ar', published: PUB, text: 'أغلقت المدارس منذ 27 من شباط بسبب الفيضانات.', span: 'منذ 27 من شباط', kind: 'date', lo: '2024-02-27' },
  // A day part with "on" before the weekday belongs to the date.
  { lang: 'en', published: PUB, text: 'The ministry raised the toll to 63 late on Wednesday.', span: 'late on Wednesday', kind: 'date', lo: '2024-03-06' },
  { lang: 'en', published: PUB, text: 'Early on Monday, rescuers pulled 11 people from the rubble.', span: 'Early on Monday', kind: 'date', lo: '2024-03-04' },
  // "sept" after "et" or "à" in a list of counts is seven, not September.
  { lang: 'fr', published: PUB, text: 'On compte douze foyers à Tizi Ouzou, neuf à Jijel et sept à Sétif.', span: 'sept', kind: 'count', lo: 7 },
  { lang: 'fr', published: PUB, text: 'Les pluies ont duré de juin à sept 2023 dans la région.', span: 'de juin à sept 2023', kind: 'daterange', lo: '2023-06-01', hi: '2023-09-30' },
  // A dual marked by its fatha, whichever order the fatha and the shadda are typed in.
  { lang: 'ar', published: PUB, text: 'نقلت الوكالة عن دبلوماسيَّين أن 90 حاجا توفوا.', span: 'دبلوماسيَّين', kind: 'count', lo: 2 },
  { lang: 'ar', published: PUB, text: 'وقعت الانفجارات على موجتين متتاليتين.', span: 'موجتين', kind: 'count', lo: 2 },
]

describe('written forms', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
  it('"sept" led by a word that only leads a month stays September', () => {
    expect(extract('Les travaux ont commencé début sept.', PUB, 'fr').map((c) => c.quantity.kind)).toEqual(['date'])
  })
  it('a thousand written in words after the same number in digits is read, not taken for a definite numeral', () => {
    const claims = extract('الوزارة تعلن 1204 وفيات\n\nوقالت الوزارة إن عدد الوفيات بلغ ألف و204 حالات.', PUB, 'ar')
    expect(claims.map((c) => c.text)).toEqual(['1204', 'ألف و204'])
  })
  it('a plural marked with a kasra is no dual', () => {
    expect(extract('نقلت الوكالة عن دبلوماسيِّين غربيين تأكيدهم.', PUB, 'ar')).toEqual([])
  })
})
