import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'
import { inBothScripts, toIndic } from './both-scripts'

// Arabic durations written without a plain count: a bare unit after a time word, long units
// (decade, century), halves after singular and dual units, fractions of a unit, and a definite
// unit that gives its number with "past" ("الأسبوعين الماضيين", "الساعات الـ24 الماضية").
inBothScripts('Arabic durations', [
  { text: 'لم تتلق المدينة أي مساعدات منذ عقد', span: 'عقد', kind: 'duration', lo: 10, unit: 'year' },
  { text: 'لم يشهد البلد فيضانا مماثلا منذ قرن', span: 'قرن', kind: 'duration', lo: 100, unit: 'year' },
  { text: 'بقي السد مهملا لعقد كامل', span: 'عقد', kind: 'duration', lo: 10, unit: 'year' },
  { text: 'حكم البلاد على مدى عقدين من الزمن', span: 'عقدين', kind: 'duration', lo: 20, unit: 'year' },
  { text: 'دام النزاع عقدا ونصف', span: 'عقدا ونصف', kind: 'duration', lo: 15, unit: 'year' },
  { text: 'استمرت الهدنة نحو عقد ونصف', span: 'نحو عقد ونصف', kind: 'duration', lo: 15, unit: 'year', qualifier: 'about' },
  { text: 'منحته المحكمة مهلة ومدتها أسبوع للرد', span: 'أسبوع', kind: 'duration', lo: 1, unit: 'week' },
  { text: 'عاد النازحون بعد مرور شهر على الفيضان', span: 'شهر', kind: 'duration', lo: 1, unit: 'month' },
  { text: 'وعد الوزير بإصلاح الطريق في غضون أسبوع', span: 'أسبوع', kind: 'duration', lo: 1, unit: 'week' },
  { text: 'نفذت الأعمال على مدار أسبوع كامل', span: 'أسبوع', kind: 'duration', lo: 1, unit: 'week' },
  { text: 'استغرقت عمليات البحث سنة ونصف', span: 'سنة ونصف', kind: 'duration', lo: 1.5, unit: 'year' },
  { text: 'استغرقت عمليات البحث سنة ونصفاً', span: 'سنة ونصفاً', kind: 'duration', lo: 1.5, unit: 'year' },
  { text: 'تأخرت الطائرة ساعة ونصف الساعة', span: 'ساعة ونصف الساعة', kind: 'duration', lo: 1.5, unit: 'hour' },
  { text: 'استمر القتال عامين ونصف', span: 'عامين ونصف', kind: 'duration', lo: 2.5, unit: 'year' },
  { text: 'توقفت المفاوضات شهرين ونصف الشهر', span: 'شهرين ونصف الشهر', kind: 'duration', lo: 2.5, unit: 'month' },
  { text: 'غرق المركب في نصف ساعة', span: 'نصف ساعة', kind: 'duration', lo: 0.5, unit: 'hour' },
  { text: 'وصل الإسعاف بعد ربع ساعة', span: 'ربع ساعة', kind: 'duration', lo: 0.25, unit: 'hour' },
  { text: 'وصل الإسعاف بعد ثلاثة أرباع الساعة', span: 'ثلاثة أرباع الساعة', kind: 'duration', lo: 0.75, unit: 'hour' },
  { text: 'بني الجسر منذ نصف قرن', span: 'نصف قرن', kind: 'duration', lo: 50, unit: 'year' },
  { text: 'نزح الآلاف خلال الأسبوعين الماضيين', span: 'الأسبوعين الماضيين', kind: 'duration', lo: 2, unit: 'week' },
  { text: 'تضاعف عدد السكان خلال العقدين الأخيرين', span: 'العقدين الأخيرين', kind: 'duration', lo: 20, unit: 'year' },
  { text: 'سقط المطر خلال الساعات الـ24 الماضية', span: 'الساعات الـ24 الماضية', kind: 'duration', lo: 24, unit: 'hour' },
  { text: 'تغير الكثير في العقود الثلاثة الماضية', span: 'العقود الثلاثة الماضية', kind: 'duration', lo: 30, unit: 'year' },
  { text: 'سقط المطر في الساعات الأربع والعشرين الماضية', span: 'الساعات الأربع والعشرين الماضية', kind: 'duration', lo: 24, unit: 'hour' },
  { text: 'نزح 500 شخص خلال الأيام الخمسة عشر الماضية', span: 'الأيام الخمسة عشر الماضية', kind: 'duration', lo: 15, unit: 'day' },
  { text: 'استمرت المعارك 3 أيام ونصف', span: '3 أيام ونصف', kind: 'duration', lo: 3.5, unit: 'day' },
  { text: 'لم تتم صيانة السد منذ أكثر من 10 سنوات', span: 'أكثر من 10 سنوات', kind: 'duration', lo: 10, hi: null, unit: 'year', qualifier: 'more-than' },
  { text: 'انعقدت القمة بعد ساعات قليلة من انتهاء المهلة', span: 'ساعات قليلة', kind: 'duration', lo: 3, hi: 9, unit: 'hour', qualifier: 'vague' },
  { text: 'لم يبق سوى أيام معدودة على الموعد', span: 'أيام معدودة', kind: 'duration', lo: 3, hi: 9, unit: 'day', qualifier: 'vague' },
  { text: 'بقي المفقودون في البحر أياماً عدة', span: 'أياماً عدة', kind: 'duration', lo: 3, hi: 10, unit: 'day', qualifier: 'vague' },
  { text: 'عادت الحياة إلى القرية بعد سنوات قليلة', span: 'سنوات قليلة', kind: 'duration', lo: 3, hi: 9, unit: 'year', qualifier: 'vague' },
])

// Words that look like durations and are not: "عقد" as held or signed, a horn, a share of
// counted days, a dual that refers back, a single definite unit (a date, read elsewhere).
const NOT_DURATIONS: [string, string][] = [
  ['عقد الوزير اجتماعا مع الوفد', 'عقد'],
  ['بعد عقد الاجتماع أعلن الوزير النتائج', 'عقد'],
  ['منذ عقد الاتفاق لم يتغير شيء', 'عقد'],
  ['وقع الرئيس عقد الشراكة مع الشركة', 'عقد'],
  ['أمسك المزارع الثور من قرنيه', 'قرنيه'],
  ['قضى المرضى نصف الأيام في المستشفى', 'نصف الأيام'],
  ['اتفق البلدان على تمديد الهدنة خلال اليومين', 'اليومين'],
  ['كانت ساعة الصفر قريبة', 'ساعة'],
  ['شارك 3 آلاف شخص في عقد قران جماعي', 'عقد'],
  ['بقي لساعات طويلة تحت الركام', 'لساعات'],
]

describe('Arabic words that are no durations', () => {
  it.each([...NOT_DURATIONS, ...NOT_DURATIONS.map(([t, w]) => [toIndic(t), w] as [string, string])])('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    const hit = extract(text).filter((c) => c.quantity.kind === 'duration' && c.span.start < at + word.length && c.span.end > at)
    expect(hit.map((c) => c.text)).toEqual([])
  })
})
