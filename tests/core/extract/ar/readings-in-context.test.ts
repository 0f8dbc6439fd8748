import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'
import { inBothScripts, toIndic } from './both-scripts'

// The Arabic forms of what a sentence makes no figure ("يوماً ما", a denied figure, a vague
// distance that places the narrative, the pieces an article is cut into), each in both scripts
// of digits, with the readings beside them that must still be made.

const NOT_FIGURES: [string, string][] = [
  ['يأمل الوزير أن يعلن يوماً ما حصيلة نهائية.', 'يوماً'],
  ['وقال إن المدينة ستعود يوما ما كما كانت.', 'يوما'],
  ['تحدث رئيس الوزراء عن عشرات الضحايا وليس آلاف.', 'آلاف'],
  ['بلغت الحصيلة 300 قتيل وليس 3000.', '3000'],
  ['وقال إن عدد المفقودين 40 لا 400.', '400'],
  ['وعلى بعد بضعة أمتار، ينتظر رجل تحت خيمة.', 'بضعة أمتار'],
  ['الفيضانات في خمسة أرقام.', 'خمسة'],
  ['الزلزال في 10 صور.', '10'],
]

describe('Arabic numbers whose sentence makes them no figure', () => {
  const both = [...NOT_FIGURES, ...NOT_FIGURES.filter(([t]) => /[0-9]/.test(t)).map(([t, w]): [string, string] => [toIndic(t), toIndic(w)])]
  it.each(both)('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    const claims = extract(text, '2025-11-28', 'ar')
    expect(claims.filter((c) => c.span.start < at + word.length && c.span.end > at).map((c) => c.text)).toEqual([])
  })
})

inBothScripts('the same words where the sentence makes them figures', [
  { text: 'أعلنت الحكومة الحداد يوماً.', span: 'يوماً', kind: 'duration', lo: 1, unit: 'day' },
  { text: 'استمر الحداد يوما واحدا.', span: 'يوما واحدا', kind: 'duration', lo: 1, unit: 'day' },
  { text: 'بلغت الحصيلة 300 قتيل وليس 3000.', span: '300', kind: 'count', lo: 300 },
  { text: 'تحدث عن عشرات الضحايا وليس آلاف.', span: 'عشرات', kind: 'count', lo: 20, hi: 99, qualifier: 'vague' },
  { text: 'سقط ما لا يقل عن 300 قتيل.', span: 'ما لا يقل عن 300', kind: 'count', lo: 300, hi: null, qualifier: 'at-least' },
  { text: 'تقع القرية على بعد 70 كيلومترا من مراكش.', span: '70 كيلومترا', kind: 'count', lo: 70, unit: 'km' },
  { text: 'نشرت الوكالة 12 صورة للدمار.', span: '12', kind: 'count', lo: 12 },
  { text: 'خصصت الحكومة 2 مليون دولار بدلا من 20 مليون دولار.', span: '20 مليون دولار', kind: 'money', lo: 20e6, unit: 'USD' },
])
