import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'
import { inBothScripts } from './both-scripts'

// Duals are counts of two in every case; fractions and mixed numbers; Arabic separators.
inBothScripts('Arabic duals, fractions and mixed numbers', [
  { text: 'أسقطت الدفاعات طائرتين مسيرتين', span: 'طائرتين', kind: 'count', lo: 2 },
  { text: 'اختطف مواطنَين في الهجوم', span: 'مواطنَين', kind: 'count', lo: 2 },
  { text: 'سقط صاروخان على المدينة', span: 'صاروخان', kind: 'count', lo: 2 },
  { text: 'انهار سدّان في الوادي', span: 'سدّان', kind: 'count', lo: 2 },
  { text: 'ضبطت الشرطة بندقيتين في صندوق السيارة', span: 'بندقيتين', kind: 'count', lo: 2 },
  { text: 'أصيبت امرأتان بجروح طفيفة', span: 'امرأتان', kind: 'count', lo: 2 },
  { text: 'قتل شرطيان عند الحاجز', span: 'شرطيان', kind: 'count', lo: 2 },
  { text: 'انفجرت عبوتان ناسفتان قرب السوق', span: 'عبوتان', kind: 'count', lo: 2 },
  { text: 'التهم الحريق مصنعين في المنطقة الصناعية', span: 'مصنعين', kind: 'count', lo: 2 },
  { text: 'نزح نصف السكان', span: 'نصف', kind: 'percent', lo: 50, unit: '%' },
  { text: 'دمر ربع المنازل', span: 'ربع', kind: 'percent', lo: 25, unit: '%' },
  { text: 'تضرر نحو ثلث المساكن', span: 'نحو ثلث', kind: 'percent', lo: 33.33, unit: '%', qualifier: 'about' },
  { text: 'يعيش ثلاثة أرباع السكان في المخيمات', span: 'ثلاثة أرباع', kind: 'percent', lo: 75, unit: '%' },
  { text: 'بلغ عدد النازحين مليون ونصف نازح', span: 'مليون ونصف', kind: 'count', lo: 1.5e6 },
  { text: 'استمر الحصار ثلاث سنوات ونصف', span: 'ثلاث سنوات ونصف', kind: 'duration', lo: 3.5, unit: 'year' },
  { text: 'عاد بعد سنة ونصف السنة', span: 'سنة ونصف السنة', kind: 'duration', lo: 1.5, unit: 'year' },
  { text: 'رصدت الحكومة واحد فاصلة خمسة مليون دولار', span: 'واحد فاصلة خمسة مليون دولار', kind: 'money', lo: 1.5e6, unit: 'USD' },
  { text: 'وصلت دزينة من الجنود', span: 'دزينة', kind: 'count', lo: 12, qualifier: 'about' },
  { text: 'بلغ الدين 2 ترليون دولار', span: '2 ترليون دولار', kind: 'money', lo: 2e12, unit: 'USD' },
  { text: 'بلغ الدين 3 تريليون دولار', span: '3 تريليون دولار', kind: 'money', lo: 3e12, unit: 'USD' },
  { text: 'نزح ١٬٢٣٤ شخصا', span: '١٬٢٣٤', kind: 'count', lo: 1234 },
  { text: 'تضخم بنسبة ١،٥ بالمئة', span: '١،٥ بالمئة', kind: 'percent', lo: 1.5, unit: '%' },
])

// A definite dual tells a number where it is the first word for the things counted; it refers
// back once the report has named them, and a pair of parties is never counted.
describe('a definite dual first telling how many is a count of two', () => {
  it.each([
    ['أفرجت السلطات عن الرهينتين يوم الأحد', 'الرهينتين'],
    ['انهار السدّان المقامان على الوادي', 'السدّان'],
    ['وصل الرهينتان الإماراتيان إلى بلدهما', 'الرهينتان'],
    ['تحطمت الطائرتان قرب الحدود', 'الطائرتان'],
    ['نقل الجريحين إلى المستشفى', 'الجريحين'],
  ])('%s (%s)', (text, word) => {
    expect(extract(text).filter((c) => c.text === word).map((c) => [c.quantity.kind, c.quantity.lo])).toEqual([['count', 2]])
  })
})

describe('definite duals refer back and plurals are no duals', () => {
  it.each([
    ['خطف المسلحون رهينة ثانية الشهر الماضي. وأفرج عن الرهينتين أمس', 'الرهينتين'],
    ['العلاقات بين البلدين', 'البلدين'],
    ['وقع الرئيسان الاتفاق ثم زار الوزير البلدين', 'البلدين'],
    ['اشترت الوزارة طائرة ثانية، ثم عادت الطائرتان إلى القاعدة', 'الطائرتان'],
    ['انهار سد أبو منصور ثم سد البلاد، وكان السدّان قديمين', 'السدّان'],
    ['وكان القائدان قد زارا موسكو', 'القائدان'],
    ['زار وفد عدة بلدان أفريقية', 'بلدان'],
  ])('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    expect(extract(text).filter((c) => c.span.start < at + word.length && c.span.end > at).map((c) => c.text)).toEqual([])
  })
})

// A dual noun is the thing counted: a time word after it opens a date, it is not the count's unit.
describe('a dual noun before a time word', () => {
  it.each([
    ['أسقطت الدفاعات طائرتين يوم الأحد', 'طائرتين'],
    ['أفرج الخاطفون عن رهينتين صباح الاثنين', 'رهينتين'],
    ['أفرجت السلطات عن الرهينتين يوم الأحد', 'الرهينتين'],
  ])('%s', (text, word) => {
    const c = extract(text).filter((x) => x.text === word)
    expect(c.map((x) => [x.quantity.kind, x.quantity.lo, x.quantity.unit])).toEqual([['count', 2, null]])
  })
})

// A figure in two scales joined by و is one figure; vague tens and hundreds of thousands with or
// without the article; the two names of a month side by side are one month.
inBothScripts('Arabic compound scales, vague scales and paired month names', [
  { text: 'أشار إلى وجود أكثر من 3 ملايين و400 ألف نازح', span: 'أكثر من 3 ملايين و400 ألف', kind: 'count', lo: 3.4e6, hi: null, qualifier: 'more-than' },
  { text: 'بلغت الكلفة 2 مليار و500 مليون دولار', span: '2 مليار و500 مليون دولار', kind: 'money', lo: 2.5e9, unit: 'USD' },
  { text: 'تراوح العدد بين 200 ألف و300 ألف', span: 'بين 200 ألف و300 ألف', kind: 'count', lo: 2e5, hi: 3e5, qualifier: 'range' },
  { text: 'خلف الزلزال عشرات آلاف الجرحى', span: 'عشرات آلاف', kind: 'count', lo: 20000, hi: 99999, qualifier: 'vague' },
  { text: 'نزح مئات آلاف السكان', span: 'مئات آلاف', kind: 'count', lo: 200000, hi: 999999, qualifier: 'vague' },
  { text: 'كان العدد يقدر في شهر مارس آذار الماضي بنصف مليون', span: 'مارس آذار الماضي', kind: 'date', lo: '2024-03-01', hi: '2024-03-31', published: '2025-01-10' },
  { text: 'وصل الوفد في 5 نيسان أبريل 2023', span: '5 نيسان أبريل 2023', kind: 'date', lo: '2023-04-05' },
])
