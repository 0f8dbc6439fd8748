// Checks on text a user brings in, before it becomes a source: is it text at all, is it too big,
// which language is it in. Pure: the browser reads files and strips HTML, this decides.
import { francAll } from 'franc-min'
import type { Lang } from '../model'

export { MAX_TEXT_LENGTH, checkText, describeTextProblem, type TextProblem } from '../text/check'
export { decodeText, stripBom } from '../text/decode'

/** The file names import accepts, by extension. */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const

/** How a file should be read: as plain text, as Markdown or HTML to strip, or not at all. */
export function fileFormat(name: string, mime = ''): 'text' | 'markdown' | 'html' | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.html') || lower.endsWith('.htm') || mime === 'text/html') return 'html'
  if (lower.endsWith('.md') || lower.endsWith('.markdown') || mime === 'text/markdown') return 'markdown'
  if (IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'text'
  if (mime === 'text/plain') return 'text'
  return null
}

/** A language guess: the product's language when it is one, otherwise the ISO 639-3 code franc gave. */
export interface LangGuess {
  /** One of the languages the extractor reads, or null when the text is in another (or too short to tell). */
  lang: Lang | null
  /** What franc said (ISO 639-3, "und" when it could not tell). */
  detected: string
}

const FRANC_TO_LANG: Record<string, Lang> = { arb: 'ar', ary: 'ar', arz: 'ar', apc: 'ar', acm: 'ar', eng: 'en', fra: 'fr' }

/**
 * The language of an article, by franc-min's trigram model over samples from its start and
 * middle (franc reads at most 2,048 characters, and an article's first lines are often a title
 * or page furniture).
 */
export function detectLanguage(text: string): LangGuess {
  const body = text.replace(/https?:\/\/\S+/g, ' ').replace(/[\p{N}\p{P}\p{S}\s]+/gu, ' ').trim()
  if (body.length < 20) return { lang: null, detected: 'und' }
  const samples = body.length > 4000 ? [body.slice(0, 2000), body.slice(Math.floor(body.length / 2), Math.floor(body.length / 2) + 2000)] : [body]
  const score = new Map<string, number>()
  for (const s of samples) {
    const [best] = francAll(s, { minLength: 20 })
    if (best && best[0] !== 'und') score.set(best[0], (score.get(best[0]) ?? 0) + 1)
  }
  const detected = [...score.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und'
  return { lang: FRANC_TO_LANG[detected] ?? null, detected }
}

/** A title for a text that has none: its first non-blank line, cut at a word near 90 characters. */
export function guessTitle(text: string, fallback = ''): string {
  const line = text.split('\n').map((l) => l.trim()).find((l) => /[\p{L}]/u.test(l))
  if (!line) return fallback
  if (line.length <= 90) return line
  const cut = line.slice(0, 90)
  const space = cut.lastIndexOf(' ')
  return `${space > 40 ? cut.slice(0, space) : cut}…`
}

/** The title a file name suggests: no extension, separators as spaces. */
export function titleFromFileName(name: string): string {
  return name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim()
}
