// Lists in running text through Intl.ListFormat: "A, B and C"; "أ وب وج" (never a Latin comma in Arabic).
import { intlLocale, type UiLang } from './locale'
import { countNoun, type Noun } from './plural'

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
  const [open, close] = QUOTE_MARKS[lang]
  return `${open}${text}${close}`
}

/** The quotation marks of each language, apart, for a page that sets the quoted words in an element of their own. */
export const QUOTE_MARKS: Record<UiLang, readonly [string, string]> = { ar: ['«', '»'], en: ['“', '”'] }

/**
 * A list that may be long, said so that a sentence stays one sentence: up to `max` items as they
 * are, else how many there are and the first few that differ ("212 figures, among them A, B and
 * C"; "212 رقماً، منها أ وب وج"). A topic of an archive may hold thousands of figures and outlets.
 * `mid`: the sentence goes on after the list (its verb follows), so the "among them" aside is closed.
 */
export function someOf(items: string[], noun: Noun, lang: UiLang, { max = 4, mid = false } = {}): string {
  if (items.length <= max) return listOf(items, lang)
  const shown = listOf([...new Set(items)].slice(0, max - 1), lang)
  const close = mid ? (lang === 'ar' ? '،' : ',') : ''
  return lang === 'ar' ? `${countNoun(items.length, noun, 'ar')}، منها ${shown}${close}` : `${countNoun(items.length, noun, 'en')}, among them ${shown}${close}`
}
