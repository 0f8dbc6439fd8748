// One way to say a quantity. Everything that shows a figure goes through here: the explanations,
// the screens, the reports and the exports.
//
// API (for compare/explain.{en,ar}.ts, the UI and the exports):
//   sayQuantity(q, lang)          prose for a sentence: "about 1,000", "50 مليون دولار", "mid-November 2025"
//   showQuantity(q, lang)         compact, for cells and charts: "≈ 1,000", "US$50m", "11–24 Nov 2025"
//   quantityFields(q)             raw columns for CSV/JSON (ISO days, plain numbers, unit and per apart)
//   quantityCode(q)               one language-neutral line for logs
//   partsOf(q, asOf?)             the parts every renderer reads; pass asOf to say "(as of 2022)"
//   countNoun(n, NOUNS.x, lang)   a number and its noun, agreeing: "11 يوماً", "مصدران", "3 sources"
//   sayAmount(x, unit, lang)      a number with its unit in words ("3 أيام", "5,200 US dollars")
//   sayDays(lo, hi, lang)         inclusive ISO days in words; listOf(items, lang) joins with Intl.ListFormat
// `lang` is 'ar' or 'en' (uiLang() narrows any code). Arabic uses Latin digits, like the texts.
export { uiLang, intlLocale, formatNumber, type UiLang } from './locale'
export { countNoun, nounAfter, pluralCategory, type Noun, type ArabicNoun, type EnglishNoun } from './plural'
export { NOUNS, TIME_NOUNS, MEASURE_NOUNS, CURRENCY_NOUNS, PER_PHRASES, type NounKey } from './nouns'
export { partsOf, isDateKind, type QuantityParts, type Value } from './parts'
export { sayAmount, sayNumber, scaleOf } from './amounts'
export { sayDay, sayDays } from './dates'
export { sayQuantity, sayPeriod } from './say'
export { showQuantity, showAmount, QUALIFIER_SIGNS } from './show'
export { quantityFields, quantityCode, type QuantityFields } from './machine'
export { listOf, quote, QUOTE_MARKS, someOf } from './list'
