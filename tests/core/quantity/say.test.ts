import { describe, expect, it } from 'vitest'
import type { Quantity } from '../../../src/core/model'
import { listOf, partsOf, quantityCode, quantityFields, sayQuantity, showQuantity } from '../../../src/core/quantity'

const q = (o: Partial<Quantity>): Quantity => ({ kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...o })
// Intl puts thin or no-break spaces around range dashes and bidi marks in Arabic; compare the words.
const norm = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '')

// [quantity, prose en, prose ar, compact en, compact ar]
const TABLE: [Quantity, string, string, string, string][] = [
  [q({ lo: 1000, hi: 1000, qualifier: 'about' }), 'about 1,000', 'نحو 1,000', '≈ 1,000', '≈ 1,000'],
  [q({ lo: null, hi: 1000, qualifier: 'at-most' }), 'at most 1,000', 'ما لا يزيد على 1,000', '≤ 1,000', '≤ 1,000'],
  [q({ lo: 100, hi: null, qualifier: 'more-than' }), 'more than 100', 'أكثر من 100', '> 100', '> 100'],
  [q({ kind: 'money', lo: 50e6, hi: 50e6, unit: 'USD' }), '50 million US dollars', '50 مليون دولار', 'US$50m', '50 مليون دولار'],
  [q({ kind: 'money', lo: 2e6, hi: 2e6, unit: 'USD' }), '2 million US dollars', 'مليونا دولار', 'US$2m', 'مليونا دولار'],
  [q({ kind: 'money', lo: 3e6, hi: 3e6, unit: 'XOF' }), '3 million CFA francs', '3 ملايين فرنك أفريقي', 'F CFA 3m', '3 ملايين فرنك أفريقي'],
  [q({ kind: 'money', lo: 20e6, hi: null, unit: 'EUR', qualifier: 'more-than' }), 'more than 20 million euros', 'أكثر من 20 مليون يورو', '> €20m', '> 20 مليون يورو'],
  [q({ kind: 'money', lo: 20e6, hi: 50e6, unit: 'USD', qualifier: 'range' }), 'between 20 and 50 million US dollars', 'بين 20 و50 مليون دولار', 'US$20–50m', '20–50 مليون دولار'],
  [q({ kind: 'money', lo: 5, hi: 5, unit: 'USD' }), '5 US dollars', '5 دولارات', 'US$5', '5 دولارات'],
  [q({ kind: 'rate', lo: 10e6, hi: 10e6, unit: 'USD/month', per: 'month' }), '10 million US dollars a month', '10 ملايين دولار شهرياً', 'US$10m a month', '10 ملايين دولار شهرياً'],
  [q({ kind: 'rate', lo: 5200, hi: null, unit: 'USD/ounce', per: 'ounce', qualifier: 'more-than' }), 'more than 5,200 US dollars an ounce', 'أكثر من 5,200 دولار للأونصة', '> US$5,200 an ounce', '> 5,200 دولار للأونصة'],
  [q({ kind: 'duration', lo: 3.5, hi: null, unit: 'year', qualifier: 'more-than' }), 'more than 3.5 years', 'أكثر من 3.5 سنة', '> 3.5 years', '> 3.5 سنة'],
  [q({ kind: 'duration', lo: 3, hi: 3, unit: 'day' }), '3 days', '3 أيام', '3 days', '3 أيام'],
  [q({ kind: 'duration', lo: 14, hi: 14, unit: 'day' }), '14 days', '14 يوماً', '14 days', '14 يوماً'],
  [q({ kind: 'duration', lo: 2, hi: 2, unit: 'week' }), '2 weeks', 'أسبوعان', '2 weeks', 'أسبوعان'],
  [q({ kind: 'duration', lo: 3, hi: 5, unit: 'day', qualifier: 'range' }), 'between 3 and 5 days', 'بين 3 و5 أيام', '3–5 days', '3–5 أيام'],
  [q({ kind: 'percent', lo: 70, hi: 80, unit: '%', qualifier: 'range' }), 'between 70 and 80%', 'بين 70 و80%', '70–80%', '70–80%'],
  [q({ lo: 20, hi: 99, qualifier: 'vague', precision: 'vague' }), 'dozens (20–99)', 'عشرات (20–99)', '~ 20–99', '~ 20–99'],
  [q({ lo: 200, hi: 999, qualifier: 'vague', precision: 'vague' }), 'hundreds (200–999)', 'مئات (200–999)', '~ 200–999', '~ 200–999'],
  [q({ lo: 30, hi: 60, qualifier: 'vague', precision: 'vague' }), 'between 30 and 60 (an imprecise figure)', 'بين 30 و60 (رقم تقريبي)', '~ 30–60', '~ 30–60'],
  [q({ lo: 15, hi: 15, unit: 'km', qualifier: 'about' }), 'about 15 kilometres', 'نحو 15 كيلومتراً', '≈ 15 km', '≈ 15 كم'],
  [q({ lo: 6.8, hi: 6.8, unit: 'magnitude' }), 'magnitude 6.8', '6.8 درجة', 'M6.8', '6.8 درجة'],
  [q({ lo: 3000, hi: 3000, unit: 'm3', qualifier: 'about' }), 'about 3,000 cubic metres', 'نحو 3,000 متر مكعب', '≈ 3,000 m³', '≈ 3,000 م³'],
  [q({ lo: 1.5e6, hi: 1.5e6 }), '1.5 million', '1.5 مليون', '1.5 million', '1.5 مليون'],
  [q({ lo: 1234567, hi: 1234567 }), '1,234,567', '1,234,567', '1,234,567', '1,234,567'],
  [q({ kind: 'date', lo: '2025-11-10', hi: '2025-11-20', precision: 'part-month' }), 'mid-November 2025', 'منتصف نوفمبر 2025', '10–20 Nov 2025', '10–20 نوفمبر 2025'],
  [q({ kind: 'date', lo: '2025-11-01', hi: '2025-11-30', precision: 'month' }), 'November 2025', 'نوفمبر 2025', 'Nov 2025', 'نوفمبر 2025'],
  [q({ kind: 'date', lo: '2022-10-01', hi: '2022-12-31', precision: 'part-year' }), 'late 2022', 'أواخر 2022', 'Oct – Dec 2022', 'أكتوبر – ديسمبر 2022'],
  [q({ kind: 'date', lo: '2022-01-01', hi: '2022-12-31', precision: 'year' }), '2022', '2022', '2022', '2022'],
  [q({ kind: 'daterange', lo: '1960-01-01', hi: '1969-12-31', precision: 'year' }), 'the 1960s', 'ستينيات القرن العشرين', '1960–1969', '1960–1969'],
  [q({ kind: 'date', lo: '2025-06-06', hi: '2025-06-06', precision: 'day' }), '6 June 2025', '6 يونيو 2025', '6 Jun 2025', '6 يونيو 2025'],
  [q({ kind: 'daterange', lo: '2025-11-11', hi: '2025-11-24', precision: 'day', qualifier: 'range' }), '11–24 November 2025', '11–24 نوفمبر 2025', '11–24 Nov 2025', '11–24 نوفمبر 2025'],
  // "until at least 2030": the end is 2030 or later, not "from 1 January 2030".
  [q({ kind: 'date', lo: '2030-01-01', hi: null, precision: 'year', qualifier: 'at-least' }), '2030 or later', '2030 أو ما بعده', '≥ 2030', '≥ 2030'],
  [q({ kind: 'date', lo: null, hi: '2021-12-31', precision: 'year', qualifier: 'at-most' }), '2021 or earlier', '2021 أو ما قبله', '≤ 2021', '≤ 2021'],
  [q({ kind: 'date', lo: '2025-09-03', hi: '2025-09-03', precision: 'day', unresolved: true }), 'an unanchored date', 'تاريخ غير محدد', '?', '?'],
]

describe('one way to say a quantity', () => {
  it.each(TABLE)('%# %j', (quantity, en, ar, showEn, showAr) => {
    expect(norm(sayQuantity(quantity, 'en'))).toBe(en)
    expect(norm(sayQuantity(quantity, 'ar'))).toBe(ar)
    expect(norm(showQuantity(quantity, 'en'))).toBe(showEn)
    expect(norm(showQuantity(quantity, 'ar'))).toBe(showAr)
  })

  it('never writes a unit twice or eight raw digits, and no Latin letter in Arabic prose', () => {
    for (const [quantity] of TABLE) {
      for (const lang of ['en', 'ar'] as const) {
        const text = sayQuantity(quantity, lang)
        expect(text).not.toMatch(/\d{8}/)
        const words: string[] = text.match(/\p{L}{3,}/gu) ?? []
        expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([])
        if (lang === 'ar') expect(text).not.toMatch(/[A-Za-z]/)
      }
    }
  })

  it('says the time a figure is about when it is known', () => {
    const parts = partsOf(q({ lo: 1000, hi: 1000, qualifier: 'about' }), { from: '2022-01-01', to: '2022-12-31' })
    expect(sayQuantity(parts, 'en')).toBe('about 1,000 (as of 2022)')
    expect(sayQuantity(parts, 'ar')).toBe('نحو 1,000 (في 2022)')
  })

  it('keeps a rate’s unit and period apart in the parts and in the raw fields', () => {
    const rate = q({ kind: 'rate', lo: 10e6, hi: 10e6, unit: 'USD/month', per: 'month' })
    expect(partsOf(rate)).toMatchObject({ unit: 'USD', period: 'month', value: { shape: 'point', at: 10e6 } })
    expect(quantityFields(rate)).toEqual({ kind: 'rate', lo: 10e6, hi: 10e6, unit: 'USD', per: 'month', qualifier: '', precision: 'exact' })
    expect(quantityCode(rate)).toBe('10000000 USD/month')
    expect(quantityCode(q({ kind: 'daterange', lo: '2025-11-11', hi: '2025-11-24' }))).toBe('2025-11-11/2025-11-24')
  })

  it('joins lists as each language does', () => {
    expect(listOf(['A', 'B', 'C'], 'en')).toBe('A, B and C')
    expect(listOf(['أ', 'ب', 'ج'], 'ar')).toBe('أ وب وج')
    expect(listOf(['أ', 'ب'], 'ar')).not.toContain(',')
  })
})
