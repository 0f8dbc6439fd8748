import { describe, expect, it } from 'vitest'
import type { Quantity } from '../../src/core/model'
import { formatQuantity, sourceName } from '../../src/ui/format'

const q = (o: Partial<Quantity>): Quantity => ({ kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...o })
const norm = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '')

describe('formatQuantity', () => {
  it.each([
    [q({ lo: 1000, hi: 1000, qualifier: 'about' }), '≈ 1,000', '≈ 1,000'],
    [q({ lo: null, hi: 1000, qualifier: 'at-most' }), '≤ 1,000', '≤ 1,000'],
    [q({ kind: 'money', lo: 50e6, hi: 50e6, unit: 'USD' }), 'US$50m', '50 مليون US$'],
    [q({ kind: 'rate', lo: 10e6, hi: 10e6, unit: 'USD/month' }), 'US$10m / month', '10 مليون US$ / شهر'],
    [q({ kind: 'rate', lo: 5200, hi: null, unit: 'USD/ounce', qualifier: 'more-than' }), '> US$5,200 / ounce', '> 5,200 US$ / أونصة'],
    [q({ kind: 'duration', lo: 3.5, hi: null, unit: 'year', qualifier: 'more-than' }), '> 3.5 years', '> 3.5 سنة'],
    [q({ kind: 'duration', lo: 3, hi: 3, unit: 'day' }), '3 days', '3 أيام'],
    [q({ kind: 'percent', lo: 70, hi: 80, unit: '%', qualifier: 'range' }), '70% – 80%', '70–80%'],
    [q({ lo: 20, hi: 99, qualifier: 'vague' }), '~ 20–99', '~ 20–99'],
    [q({ lo: 15, hi: 15, unit: 'km', qualifier: 'about' }), '≈ 15 km', '≈ 15 كم'],
    [q({ kind: 'date', lo: '2025-11-10', hi: '2025-11-20', precision: 'part-month' }), '10 – 20 Nov 2025', '10–20 نوفمبر 2025'],
    [q({ kind: 'date', lo: '2025-11-01', hi: '2025-11-30', precision: 'month' }), 'November 2025', 'نوفمبر 2025'],
    [q({ kind: 'date', lo: '2022-10-01', hi: '2022-12-31', precision: 'part-year' }), 'October – December 2022', 'أكتوبر – ديسمبر 2022'],
    [q({ kind: 'date', lo: '2022-01-01', hi: '2022-12-31', precision: 'year' }), '2022', '2022'],
    [q({ kind: 'date', lo: '2025-06-06', hi: '2025-06-06', precision: 'day' }), '6 Jun 2025', '6 يونيو 2025'],
    [q({ kind: 'daterange', lo: '2025-11-11', hi: '2025-11-24', precision: 'day', qualifier: 'range' }), '11 – 24 Nov 2025', '11–24 نوفمبر 2025'],
  ])('%# %j', (quantity, en, ar) => {
    expect(norm(formatQuantity(quantity, 'en'))).toBe(en)
    expect(norm(formatQuantity(quantity, 'ar'))).toBe(ar)
  })

  it('names a source by its outlet, else by the word for source and its id', () => {
    expect(sourceName({ id: '000', outlet: 'Le Monde' }, 'Source')).toBe('Le Monde')
    expect(sourceName({ id: '003', outlet: null }, 'المصدر')).toBe('المصدر 003')
  })
})
