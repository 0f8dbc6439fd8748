import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'
import { toIndic } from './both-scripts'

// What is no count: numeric dates (read as dates), clock times, phone numbers, ids, page numbers
// and editions, in both scripts of digits.
const NONE: [string, string][] = [
  ['نشر في 09-11 الماضي', '09-11'],
  ['آخر تحديث الساعة 10:45 بتوقيت مكة', '10:45'],
  ['وقع الانفجار الساعة العاشرة صباحا', 'العاشرة'],
  ['للاتصال بخلية الأزمة: 00218912345678', '00218912345678'],
  ['للاستفسار: +218 91 234 5678', '218 91 234 5678'],
  ['رقم المقال: 123456', '123456'],
  ['التفاصيل في الصفحة 12', '12'],
  ['انطلقت أعمال مؤتمر كوب 28 في دبي', '28'],
  ['افتتح معرض إيدكس 25 أبوابه', '25'],
  ['وقعت الهزة الثانية (1024 بتوقيت غرينتش) قرب الحدود', '1024'],
  ['أعلن الخبر عند 2211 ت.غ أمس', '2211'],
  ['ضرب الزلزال عند 0417 بالتوقيت المحلي', '0417'],
  ['رمز الخبر: 1619', '1619'],
  ['المشاهدات: 245', '245'],
  ['وبعده وصلت فرق الإنقاذ', 'عده'],
  ['ومن بعده جاء الوزير', 'عده'],
]

describe('not figures', () => {
  it.each([...NONE, ...NONE.map(([t, w]) => [toIndic(t), toIndic(w)] as [string, string])])('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    const hit = extract(text, '2024-06-12').filter((c) => c.quantity.kind !== 'date' && c.span.start < at + word.length && c.span.end > at)
    expect(hit.map((c) => c.text)).toEqual([])
  })

  it.each(['نشر بتاريخ 16.11.2025', toIndic('نشر بتاريخ 16.11.2025')])('%s is a date, never a count', (text) => {
    const cs = extract(text)
    expect(cs.map((c) => [c.quantity.kind, c.quantity.lo])).toEqual([['date', '2025-11-16']])
  })

  it('a dash before digits is a list marker, not a negative count, and digit strings past 15 figures are ids', () => {
    expect(extract('- 3 طائرات').map((c) => c.quantity.lo)).toEqual([3])
    expect(extract('-3 طائرات').map((c) => c.quantity.lo)).toEqual([3])
    expect(extract('المعرف 12345678901234567890').map((c) => c.text)).toEqual([])
  })
})

describe('a word after a number is no currency because its end spells one', () => {
  // "بين" (between) is ب + ين, as "yen" would be with a preposition; a currency after its number takes none.
  it.each([['سقط 300 بين قتيل وجريح', 300, 'count'], ['سقط المئات بين قتيل وجريح', 200, 'count'], ['دفعت الشركة 5 ملايين ين', 5_000_000, 'money'], ['بلغت الكلفة 300 مليون بالدولار', 300_000_000, 'money']] as const)('%s', (text, lo, kind) => {
    const cs = extract(text)
    expect(cs.map((c) => [c.quantity.kind, c.quantity.lo])).toEqual([[kind, lo]])
  })
})

// Four digits are a count unless a time zone follows them ("1024 بتوقيت غرينتش" is 10:24).
describe('four digits with no zone stay a count', () => {
  it.each([['قتل 1024 شخصا في الزلزال', 1024], [toIndic('قتل 1024 شخصا في الزلزال'), 1024], ['انتشرت فرق الإنقاذ بعدة مناطق منكوبة', 3]] as const)('%s', (text, lo) => {
    expect(extract(text).map((c) => c.quantity.lo)).toEqual([lo])
  })
})
