// A source's metadata in the reader's language: the corpus may give a title, outlet, via line and
// date reasoning per language; when it gives one text only, it is shown as it is, marked with its
// own language so screens set lang/dir on it.
import type { Lang, Source, SourceWords } from '../model'
import type { UiLang } from '../quantity'

/** A text and the language it is written in (null when it cannot be told: show it with dir="auto"). */
export interface Said { text: string; lang: Lang | null }

const ARABIC = /\p{Script=Arabic}/u
const LATIN = /\p{Script=Latin}/u

/** The language a bare metadata text is in: the one the corpus files it under, else its script's. */
function langOf(text: string, s: SourceMeta): Lang | null {
  for (const [lang, words] of Object.entries(s.localized ?? {}) as [Lang, SourceWords][]) {
    if (Object.values(words).includes(text)) return lang
  }
  if (ARABIC.test(text) && !LATIN.test(text)) return 'ar'
  if (LATIN.test(text) && !ARABIC.test(text) && s.lang && s.lang !== 'ar') return s.lang
  return null
}

type Field = keyof SourceWords
/** What these functions read of a source; a bare { id, outlet } will do. */
export type SourceMeta = Pick<Source, 'outlet'> & Partial<Pick<Source, 'title' | 'via' | 'window' | 'lang' | 'localized'>>

function plain(s: SourceMeta, field: Field): string | null {
  if (field === 'how') return s.window?.how ?? null
  return s[field] ?? null
}

/** A source's title, outlet, via line or date reasoning in a language, else as given; null when absent. */
export function sourceWord(s: SourceMeta, field: Field, lang: UiLang): Said | null {
  const translated = s.localized?.[lang]?.[field]
  if (translated) return { text: translated, lang }
  const text = plain(s, field)
  return text ? { text, lang: langOf(text, s) } : null
}

/** The words a source is named by in a sentence: its outlet in the language, else "Source 002" / "المصدر 002". */
export function sourceName(s: SourceMeta & Pick<Source, 'id'>, lang: UiLang): string {
  return sourceWord(s, 'outlet', lang)?.text ?? (lang === 'ar' ? `المصدر ${s.id}` : `Source ${s.id}`)
}

/**
 * A source as an explanation names it: its outlet ("Le Monde"), else "source 002" / "المصدر 002".
 * (An id such as "u12485feb" is the code's, not the reader's: it is shown only when nothing else
 * names the source.) In an Arabic sentence a name in Latin letters is isolated (U+2068 … U+2069),
 * so that its brackets and digits do not take the Arabic words around them out of order.
 */
export function sourceRef(s: (SourceMeta & Pick<Source, 'id'>) | undefined, id: string, lang: UiLang): string {
  const outlet = s ? sourceWord(s, 'outlet', lang)?.text : null
  if (!outlet) return lang === 'ar' ? `المصدر ${id}` : `source ${id}`
  return lang === 'ar' && LATIN.test(outlet) ? `\u2068${outlet}\u2069` : outlet
}
