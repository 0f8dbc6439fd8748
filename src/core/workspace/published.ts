// The publication day a report states about itself: a dateline, a byline or a "Published …" line
// at its head. Read with the extractor's own date parsers, so every form they read (Arabic-Indic
// digits, month names in three languages, 12/08/2023) is read here too.
import type { Lang } from '../model'
import { extractHits } from '../extract/common/engine'
import type { Locale } from '../extract/common/contracts'
import { toOriginal } from '../text/normalize'
import { AR } from '../extract/locales/ar'
import { EN } from '../extract/locales/en'
import { FR } from '../extract/locales/fr'

/** A publication day read from a text, with the words that state it. */
export interface PublishedGuess {
  /** ISO day. */
  day: string
  /** The date as the text writes it, and where (UTF-16 offsets into the text). */
  text: string
  start: number
  end: number
  /** The line it was read from, when that line is a dateline and nothing more (so not a title). */
  dateline: { start: number; end: number } | null
}

const LOCALES: Record<Lang, Locale> = { ar: AR, en: EN, fr: FR }
/** How many non-blank lines make a report's head. */
const HEAD_LINES = 6
/** Enough characters for the head: HEAD_LINES short lines, or the start of a first paragraph. */
const HEAD_CHARS = 4000
/** A line longer than this is a paragraph: the body has begun. */
const SHORT_LINE = 90
/** A dateline opening the first paragraph ("CITY, date (Agency) — …") ends within this many characters. */
const DATELINE_PREFIX = 70
/** A headline line counts as a dateline when no more letters than "Publié le" or "Updated" sit beside its date. */
const HEADLINE_LETTERS = 12
// The dash or colon that closes a dateline opening a paragraph.
const DATELINE_END = /\s[-–—]\s|:\s/u
const SENTENCE_END = /[.!?؟]["»”']?$/u
const LETTERS = /\p{L}/gu

/**
 * The publication day a report's head states, or null. Only a full day (day, month and year),
 * never after `today`, and only where a head carries one: a short line that is not a sentence (a
 * dateline, a byline, "Published …"), or the dateline opening the first paragraph before its dash.
 * The first line is the headline, so a date there counts only when the line is little else.
 * `lang` null (a text too short for its language to be told): each language read is tried.
 */
export function guessPublished(text: string, lang: Lang | null, today: string): PublishedGuess | null {
  let at = 0
  let seen = 0
  // The head is a few short lines: a 5 MB paste is not split whole for them.
  for (const raw of text.slice(0, HEAD_CHARS).split('\n')) {
    const lineStart = at
    at += raw.length + 1
    const line = raw.trimEnd()
    if (!/\p{L}|\p{N}/u.test(line)) continue
    const first = seen === 0
    seen++
    const short = line.length <= SHORT_LINE
    const head = short && !SENTENCE_END.test(line) ? line : datelineOf(line)
    if (head) {
      const found = dayIn(head, lang, today)
      const alone = head === line && lettersOutside(line, found ?? { start: 0, end: 0 }) <= HEADLINE_LETTERS
      if (found && (!first || alone)) {
        return { day: found.day, text: line.slice(found.start, found.end), start: lineStart + found.start, end: lineStart + found.end, dateline: alone ? { start: lineStart, end: lineStart + raw.length } : null }
      }
    }
    if (!short || seen >= HEAD_LINES) return null
  }
  return null
}

/** The dateline opening a paragraph: the words before its first dash, when they are few. */
function datelineOf(line: string): string | null {
  const m = DATELINE_END.exec(line)
  return m && m.index <= DATELINE_PREFIX ? line.slice(0, m.index) : null
}

/** A text without its dateline line, for guessing its title. */
export function withoutDateline(text: string, g: PublishedGuess | null): string {
  return g?.dateline ? text.slice(0, g.dateline.start) + text.slice(g.dateline.end) : text
}

/** The first full, past or present day in a piece of text. */
function dayIn(s: string, lang: Lang | null, today: string): { day: string; start: number; end: number } | null {
  for (const locale of lang ? [LOCALES[lang]] : Object.values(LOCALES)) {
    const found = dayInLocale(s, locale, today)
    if (found) return found
  }
  return null
}

function dayInLocale(s: string, locale: Locale, today: string): { day: string; start: number; end: number } | null {
  const { hits, tokenized } = extractHits(locale, s, null)
  for (const h of hits) {
    const q = h.quantity
    if (q.kind !== 'date' || q.unresolved || q.precision !== 'day' || typeof q.lo !== 'string' || q.lo !== q.hi || q.lo > today) continue
    const { tokens, c } = tokenized
    return { day: q.lo, ...toOriginal(c, tokens[h.from].s + h.skip, tokens[h.to - 1].e) }
  }
  return null
}

const lettersOutside = (s: string, span: { start: number; end: number }) => (s.slice(0, span.start) + s.slice(span.end)).match(LETTERS)?.length ?? 0

/** A part of a written day. */
export type DayPart = 'day' | 'month' | 'year'

/**
 * The order in which a browser writes a day's parts in its own locale (and so in a native date
 * field, which follows the browser, not the page): en-US month/day/year, fr day/month/year.
 */
export function dayPartOrder(locale: string): DayPart[] {
  let parts: Intl.DateTimeFormatPart[]
  try {
    parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2001, 10, 22)))
  } catch {
    return ['day', 'month', 'year']
  }
  return parts.map((p) => p.type).filter((t): t is DayPart => t === 'day' || t === 'month' || t === 'year')
}
