import { describe, expect, it } from 'vitest'
import { extract } from './helpers'

// Numbers that are not figures: names, models, list markers, page furniture, ordinals.
const NOT_FIGURES: [string, string][] = [
  ['من طراز "بيرقدار تي بي 2" التابعة', 'تي بي 2'],
  ['من طراز بيرقدار TB2 في', 'TB2'],
  ['طائرات Mi-35M القتالية', 'Mi-35M'],
  ['طائرات إل-39 التدريبية', 'إل-39'],
  ['جنوب غربي القاعدة الجوية 101، التي', '101'],
  ['وقد حظي معرض BAMEX25، الذي', 'BAMEX25'],
  ['خلال معرض بامكس2025.', 'بامكس2025'],
  ['تقريرها الذي ترجمته "عربي21"، إن', 'عربي21'],
  ['ذكر الموقع aBamako.com أن', 'aBamako.com'],
  ['1. استمرار الفترة الانتقالية', '1.'],
  ['واحدة من أسوأ الفظائع', 'واحدة'],
  ['أولى الطائرات المسيرة', 'أولى'],
  ['بين بلدتي "باندياجارا" و"بانكاس"', 'بلدتي'],
  ['روسيا وتركيا شريكان متكاملان أكثر من كونهما خصمين', 'شريكان'],
  ['وكان القائدان قد زارا موسكو', 'القائدان'],
  ['العلاقات بين البلدين', 'البلدين'],
  ['اللتين تشكلان مع مالي', 'اللتين'],
  ['في نهاية المطاف، تم', 'نهاية'],
  ['اترك تعليقاً', 'اترك'],
  ['في الأشهر الأخيرة', 'الأشهر'],
  ['وقعت عقدًا مع روسيا', 'عقدًا'],
  ['تحرك الرئيس اليوم إلى', 'اليوم'],
]

describe('negative cases: what must not be extracted', () => {
  it.each(NOT_FIGURES)('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    const claims = extract(text)
    const overlapping = claims.filter((c) => c.span.start < at + word.length && c.span.end > at)
    expect(overlapping.map((c) => c.text)).toEqual([])
  })

  it('keeps the fair name out but the date of the fair in', () => {
    const text = 'إقامة معرض "بامكس 2025" في مالي. وفي منتصف نوفمبر 2025 أقيم معرض بامكس 2025 طوال ثلاثة أيام. خلال معرض بامكس2025.'
    const texts = extract(text).map((c) => c.text)
    expect(texts).toEqual(['منتصف نوفمبر 2025', 'ثلاثة أيام'])
  })
})

describe('names ending in a year', () => {
  it('a fair named once, with no glued spelling elsewhere, is still a name', () => {
    const text = 'اختتمت فعاليات معرض بامكس 2025 للصناعات الدفاعية. وأقيم المعرض في الفترة من 18 إلى 21 نوفمبر 2025.'
    expect(extract(text).map((c) => c.text)).toEqual(['من 18 إلى 21 نوفمبر 2025'])
  })
  it('a quoted name with a year is a name', () => {
    expect(extract('أقامت تركيا معرض "سامسون 2024" في باماكو').map((c) => c.text)).toEqual([])
  })
})
