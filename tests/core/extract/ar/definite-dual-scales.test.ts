import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'
import { inBothScripts, toIndic } from './both-scripts'

// A definite dual scale before a currency is an amount: "الملياري دينار" (the two billion dinars),
// "المليوني دولار". Without a currency a definite scale stays a name or a reference ("الألف").
inBothScripts('Arabic definite dual scales', [
  { text: 'فإن الملياري دينار موجهان إلى إعمار البلديات', span: 'الملياري دينار', kind: 'money', lo: 2e9, unit: 'DZD' },
  { text: 'قال الوزير في ليبيا إن الملياري دينار ستصرف خلال 30 يوما', span: 'الملياري دينار', kind: 'money', lo: 2e9, unit: 'LYD' },
  { text: 'وصلت المليوني دولار إلى الحساب يوم 3 مارس', span: 'المليوني دولار', kind: 'money', lo: 2e6, unit: 'USD' },
])

describe('definite scales that are no amount', () => {
  const NONE: [string, string][] = [
    ['سقط الألف قتيل في المعركة الأولى', 'الألف'],
    ['احتفلت المدينة بالألفية في عام 2000', 'بالألفية'],
    ['وقع الملياري اتفاقا في 2023', 'الملياري'],
  ]
  it.each([...NONE, ...NONE.map(([t, w]) => [toIndic(t), w] as [string, string])])('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    expect(extract(text).filter((c) => c.quantity.kind !== 'date' && c.span.start < at + word.length && c.span.end > at).map((c) => c.text)).toEqual([])
  })
})
