import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// A share written as so many of every so many ("واحد من كل 5", "3 من كل 10", "مواطناً من كل 4"),
// and a fraction of a whole made definite by a pronoun or a construct ("ربع مساكنها", "ثلث
// مزارع الإقليم") as well as by the article. A fraction of a unit is no share ("ثلث ساعة").
const cases: Case[] = [
  { text: 'فقد واحد من كل 5 سكان منزله.', span: 'واحد من كل 5', kind: 'percent', lo: 20, unit: '%' },
  { text: 'تضرر واحداً من كل أربعة مزارعين.', span: 'واحداً من كل أربعة', kind: 'percent', lo: 25, unit: '%' },
  { text: 'أصيب 3 من كل 10 أطفال بالحمى.', span: '3 من كل 10', kind: 'percent', lo: 30, unit: '%' },
  { text: 'نزح مواطناً من كل 4 في الإقليم.', span: 'مواطناً من كل 4', kind: 'percent', lo: 25, unit: '%' },
  { text: 'دمرت المياه ربع مساكنها.', span: 'ربع', kind: 'percent', lo: 25, unit: '%' },
  { text: 'أتلفت الأمطار ثلث مزارع الإقليم.', span: 'ثلث', kind: 'percent', lo: 33.33, unit: '%' },
]

describe('shares of every so many, and fractions of a whole', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))

  it('reads no share in a fraction of a unit, nor in "من كل" followed by no number', () => {
    expect(extract('انتظر الركاب ثلث ساعة.').map((c) => c.quantity.kind)).toEqual(['duration'])
    expect(extract('وصل 5 من كل المحافظات.').map((c) => [c.text, c.quantity.kind])).toEqual([['5', 'count']])
  })

  it('reads no share in a plural verb or in a noun from each of so many', () => {
    expect(extract('جاؤوا من كل 5 مدارس.').map((c) => c.quantity.kind)).not.toContain('percent')
    expect(extract('استقبلت العاصمة وفدا من كل 3 دول.').map((c) => c.quantity.kind)).not.toContain('percent')
  })
})
