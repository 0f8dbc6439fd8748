import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

const cases: Case[] = [
  // Digits of every script, with thousands and decimal marks.
  { text: 'أرسلت 300 شاحنة إلى باماكو', span: '300', kind: 'count', lo: 300, counted: 'شاحنة' },
  { text: 'أرسلت ٣٠٠ شاحنة', span: '٣٠٠', kind: 'count', lo: 300 },
  { text: 'أرسلت ۳۰۰ شاحنة', span: '۳۰۰', kind: 'count', lo: 300 },
  { text: 'بلغ عدد السكان 1,250,000 نسمة', span: '1,250,000', kind: 'count', lo: 1250000 },
  { text: 'بلغ عدد السكان ١٬٢٥٠٬٠٠٠ نسمة', span: '١٬٢٥٠٬٠٠٠', kind: 'count', lo: 1250000 },
  { text: 'معدل 2.5 طفل لكل امرأة', span: '2.5', kind: 'count', lo: 2.5 },
  { text: 'معدل ٢٫٥ طفل', span: '٢٫٥', kind: 'count', lo: 2.5 },
  // Number words, masculine and feminine, compounds and scales.
  { text: 'قتل خمسة وأربعين ألف شخص', span: 'خمسة وأربعين ألف', kind: 'count', lo: 45000 },
  { text: 'نشرت ثلاث كتائب', span: 'ثلاث', kind: 'count', lo: 3, counted: 'كتائب' },
  { text: 'نشرت ثلاثة آلاف جندي', span: 'ثلاثة آلاف', kind: 'count', lo: 3000 },
  { text: 'وصل مئتان وخمسون جندياً', span: 'مئتان وخمسون', kind: 'count', lo: 250 },
  { text: 'وصل مائتي جندي', span: 'مائتي', kind: 'count', lo: 200 },
  { text: 'نحو ثلاثمائة وخمسين مقاتلا', span: 'نحو ثلاثمائة وخمسين', kind: 'count', lo: 350, qualifier: 'about' },
  { text: 'أكثر من ألفي لاجئ', span: 'أكثر من ألفي', kind: 'count', lo: 2000, hi: null, qualifier: 'more-than' },
  { text: 'نزح مليونان من السكان', span: 'مليونان', kind: 'count', lo: 2e6 },
  { text: 'بتكلفة 50 مليون دولار', span: '50 مليون دولار', kind: 'money', lo: 5e7, unit: 'USD' },
  { text: 'بتكلفة 3.5 مليار يورو', span: '3.5 مليار يورو', kind: 'money', lo: 3.5e9, unit: 'EUR' },
  { text: 'بتكلفة نصف مليون دولار', span: 'نصف مليون دولار', kind: 'money', lo: 5e5, unit: 'USD' },
  { text: 'بتكلفة مليون ونصف دولار', span: 'مليون ونصف دولار', kind: 'money', lo: 1.5e6, unit: 'USD' },
  { text: 'شارك إحدى عشرة دولة', span: 'إحدى عشرة', kind: 'count', lo: 11 },
  { text: 'شارك اثنا عشر وفداً', span: 'اثنا عشر', kind: 'count', lo: 12 },
  { text: 'قتل سبعة عشر جنديا', span: 'سبعة عشر', kind: 'count', lo: 17 },
  { text: 'وكانت الحصيلة واحدا وعشرين قتيلا', span: 'واحدا وعشرين', kind: 'count', lo: 21 },
  // Diacritics and tatweel inside number words keep exact offsets.
  { text: 'قُتِلَ ثلاثـة آلافٍ من المدنيين', span: 'ثلاثـة آلافٍ', kind: 'count', lo: 3000 },
  // The ambiguous dot: thousands before a unit, and the ambiguity recorded.
  { text: 'متجاوزة 5.200 دولار للأونصة', span: 'متجاوزة 5.200 دولار للأونصة', kind: 'rate', lo: 5200, hi: null, unit: 'USD/ounce' },
  { text: 'ارتفع بنسبة 5.2%', span: '5.2%', kind: 'percent', lo: 5.2, unit: '%' },
]

describe('numbers: digits, words, scales', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})
