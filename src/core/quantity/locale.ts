// The languages figures are written in, and the Intl locale each one uses.

/** A language the product writes in (screens, reports, explanations). */
export type UiLang = 'ar' | 'en'

/** Narrows any language code to one the product writes in: Arabic, else English. */
export function uiLang(lang: string): UiLang {
  return lang === 'ar' ? 'ar' : 'en'
}

/**
 * The Intl locale of a language: Arabic with Latin digits, as the source texts and most
 * newsrooms write them; British English for day-month-year dates.
 */
export function intlLocale(lang: string): string {
  return lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB'
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/** A number in a language's digits and grouping ("1,000", "3.5"); at most two decimals. */
export function formatNumber(n: number, lang: string, maximumFractionDigits = 2): string {
  const key = `${lang}:${maximumFractionDigits}`
  let f = numberFormats.get(key)
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits })))
  return f.format(n)
}
