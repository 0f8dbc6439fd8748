// Lists in running text through Intl.ListFormat: "A, B and C"; "أ وب وج" (never a Latin comma in Arabic).
import { intlLocale, type UiLang } from './locale'

const formats = new Map<string, Intl.ListFormat>()

/**
 * Items joined as a language joins them: conjunction ("and", "و"), disjunction ("or", "أو"), or
 * unit for values side by side in a cell ("a, b, c"; "أ، وب").
 */
export function listOf(items: string[], lang: UiLang, type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  const key = `${lang}:${type}`
  let f = formats.get(key)
  if (!f) formats.set(key, (f = new Intl.ListFormat(intlLocale(lang), { type, style: type === 'unit' ? 'short' : 'long' })))
  return f.format(items)
}

/** Text quoted as the language quotes it: «…» in Arabic, “…” in English. */
export function quote(text: string, lang: UiLang): string {
  return lang === 'ar' ? `«${text}»` : `“${text}”`
}
