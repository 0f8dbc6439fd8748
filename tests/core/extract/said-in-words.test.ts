import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// Figures said rather than written: a year in Arabic words after "عام"/"سنة" ("عام ألفين وعشرين"),
// one of a measure or currency with "واحد" after its noun ("كيلومتر واحد", "دولاراً واحداً"), and
// comparatives of size as bounds ("higher than", "plus des deux tiers"), but not inside an idiom
// that holds their words ("en plus des dix soldats": besides the ten).
const en = (c: Case): Case => ({ ...c, lang: 'en' })
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  { text: 'افتُتح الجسر عام ألفين وتسعة عشر.', span: 'عام ألفين وتسعة عشر', kind: 'date', lo: '2019-01-01', hi: '2019-12-31' },
  { text: 'وُلد الشاعر سنة ألف وتسعمئة وخمسين.', span: 'سنة ألف وتسعمئة وخمسين', kind: 'date', lo: '1950-01-01', hi: '1950-12-31' },
  { text: 'سقطت القذيفة على بعد كيلومتر واحد من المدرسة.', span: 'كيلومتر واحد', kind: 'count', lo: 1, unit: 'km' },
  { text: 'لم يتقاضَ العامل دولاراً واحداً.', span: 'دولاراً واحداً', kind: 'money', lo: 1, unit: 'USD' },
  en({ text: 'The bill is higher than $4 billion, he said.', span: 'higher than $4 billion', kind: 'money', lo: 4e9, hi: null, unit: 'USD', qualifier: 'more-than' }),
  en({ text: 'Inflation stayed lower than 3% all year.', span: 'lower than 3%', kind: 'percent', lo: null, hi: 3, unit: '%', qualifier: 'less-than' }),
  fr({ text: 'La région produit plus des trois quarts du blé.', span: 'plus des trois quarts', kind: 'percent', lo: 75, hi: null, unit: '%', qualifier: 'more-than' }),
  fr({ text: 'Sept civils sont morts en plus des douze soldats.', span: 'douze', kind: 'count', lo: 12, qualifier: null }),
]

describe('figures said in words', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))

  it('reads a definite unit with "one" as no amount, and a number in words after "عام" as a year only in a year range', () => {
    expect(extract('ارتفع سعر الطن الواحد.').some((c) => c.quantity.unit === 'tonne')).toBe(false)
    expect(extract('عاش عام ثلاثمئة ألف لاجئ في المخيم.').some((c) => c.quantity.kind === 'date')).toBe(false)
  })
})
