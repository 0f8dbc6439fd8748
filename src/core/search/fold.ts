// Folding for search: spelling variants of Arabic (and accents of Latin scripts) meet in one form,
// so that "أفريقيا", "إفريقيا" and "افريقيا" find each other and "١١" finds "11".
import { foldKey } from '../text/normalize'

// The Arabic folding is the core's (digits, alef, yeh, teh marbuta, harakat, tatweel); search adds
// Latin accents, hamza and madda split off their carriers, Quranic annotation marks and full lower case.
const ARABIC_MARKS = /[\u0610-\u061A\u0653-\u0655\u06D6-\u06ED]/g
const LATIN_MARKS = /[\u0300-\u036f]/g

/** Text folded for matching: no diacritics or tatweel, one alef, yeh and heh, Latin digits, lower case, no accents. */
export function fold(text: string): string {
  // NFD splits hamza and madda off their carriers (أ ئ ؤ آ → bare letter + mark); they go before NFC can rejoin them.
  return foldKey(text.normalize('NFD').replace(LATIN_MARKS, '').replace(ARABIC_MARKS, '').normalize('NFC')).toLowerCase()
}

// Attached prefixes, longest first: a conjunction or preposition (و ف ب ل ك) and the article (ال, لل).
// A one-letter prefix needs four letters left, the article three, so "بلاد" and "مالي" stay whole.
const PREFIXES: [string, number][] = [
  ['وبال', 3], ['وال', 3], ['بال', 3], ['فال', 3], ['كال', 3], ['ولل', 3], ['لل', 3], ['ال', 3],
  ['و', 4], ['ف', 4], ['ب', 4], ['ل', 4], ['ك', 4],
]
const ARABIC = /^[\u0621-\u064A]+$/

/** A folded Arabic word without its attached prefixes (كالاسلحه → اسلحه); other words unchanged. */
export function stripPrefixes(word: string): string {
  if (!ARABIC.test(word)) return word
  for (const [p, rest] of PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= rest) return word.slice(p.length)
  }
  return word
}

/** Splits text into words of letters and digits in any script (numbers keep their inner . and ,). */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:[.,٫٬][\p{N}]+)*/gu) ?? []
}

/** The terms indexed for a word: the folded word and, when it differs, the word without prefixes. */
export function indexTerms(word: string): string[] {
  const f = fold(word)
  const s = stripPrefixes(f)
  return s === f ? [f] : [f, s]
}

/** The term searched for a query word: folded and without prefixes, so it meets both indexed forms. */
export function queryTerm(word: string): string {
  return stripPrefixes(fold(word))
}
