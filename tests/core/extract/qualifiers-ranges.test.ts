import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

const cases: Case[] = [
  { text: 'انتشار نحو ألف من مقاتلي فاجنر', span: 'نحو ألف', kind: 'count', lo: 1000, qualifier: 'about', counted: 'مقاتلي فاجنر' },
  { text: 'حوالي 200 عنصر', span: 'حوالي 200', kind: 'count', lo: 200, qualifier: 'about' },
  { text: 'قرابة 40 قتيلا', span: 'قرابة 40', kind: 'count', lo: 40, qualifier: 'about' },
  { text: 'زهاء 40 قتيلا', span: 'زهاء 40', kind: 'count', lo: 40, qualifier: 'about' },
  { text: 'ما يقارب 40 قتيلا', span: 'ما يقارب 40', kind: 'count', lo: 40, qualifier: 'about' },
  { text: 'ما يقرب من 12 طائرة', span: 'ما يقرب من 12', kind: 'count', lo: 12, qualifier: 'about' },
  { text: 'قتل 40 شخصا تقريباً في الهجوم', span: '40', kind: 'count', lo: 40 },
  { text: 'أكثر من 100 رجل روسي', span: 'أكثر من 100', kind: 'count', lo: 100, hi: null, qualifier: 'more-than' },
  { text: 'ما يزيد على 30 هجوما', span: 'ما يزيد على 30', kind: 'count', lo: 30, hi: null, qualifier: 'more-than' },
  { text: 'أزيد من 30 هجوما', span: 'أزيد من 30', kind: 'count', lo: 30, hi: null, qualifier: 'more-than' },
  { text: 'أقل من 50 جنديا', span: 'أقل من 50', kind: 'count', lo: null, hi: 50, qualifier: 'less-than' },
  { text: 'ما لا يقل عن 20 مدنيا', span: 'ما لا يقل عن 20', kind: 'count', lo: 20, hi: null, qualifier: 'at-least' },
  { text: 'لا يتجاوز 1000 عنصر', span: 'لا يتجاوز 1000', kind: 'count', lo: null, hi: 1000, qualifier: 'at-most' },
  { text: 'لا يزيد على 500 جندي', span: 'لا يزيد على 500', kind: 'count', lo: null, hi: 500, qualifier: 'at-most' },
  { text: 'قد يصل إلى 300 مقاتل', span: 'قد يصل إلى 300', kind: 'count', lo: null, hi: 300, qualifier: 'at-most' },
  // Ranges.
  { text: 'حوالي 70-80% من أعضاء الفيلق', span: 'حوالي 70-80%', kind: 'percent', lo: 70, hi: 80, unit: '%', qualifier: 'range' },
  { text: 'بين 200 و300 مقاتل', span: 'بين 200 و300', kind: 'count', lo: 200, hi: 300, qualifier: 'range' },
  { text: 'لمدة ثلاثة إلى أربعة أشهر', span: 'ثلاثة إلى أربعة أشهر', kind: 'duration', lo: 3, hi: 4, unit: 'month' },
  { text: 'من 10 إلى 20 دولار', span: 'من 10 إلى 20 دولار', kind: 'money', lo: 10, hi: 20, unit: 'USD' },
  // Vague amounts.
  { text: 'عشرات العسكريين', span: 'عشرات', kind: 'count', lo: 20, hi: 99, qualifier: 'vague' },
  { text: 'مجزرة بحق مئات مدنيين', span: 'مئات', kind: 'count', lo: 200, hi: 999, qualifier: 'vague' },
  { text: 'فر آلاف السكان', span: 'آلاف', kind: 'count', lo: 2000, hi: 9999, qualifier: 'vague' },
  { text: 'بعد بضعة أيام', span: 'بضعة أيام', kind: 'duration', lo: 3, hi: 9, unit: 'day', qualifier: 'vague' },
  { text: 'أفادت عدة مصادر', span: 'عدة', kind: 'count', lo: 3, hi: 10, qualifier: 'vague' },
  { text: 'سقوط العشرات من المدنيين', span: 'العشرات', kind: 'count', lo: 20, hi: 99, qualifier: 'vague' },
]

describe('qualifiers, ranges and vague amounts', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))

  it('keeps "about" on the figure and leaves tolerance to the comparison', () => {
    const [c] = extract('نحو 200 شاحنة')
    expect(c.quantity).toMatchObject({ lo: 200, hi: 200, qualifier: 'about' })
  })
})
