import { compact, type Compact } from '../../../text/normalize'

/** A token of the compact (folded, mark-free) text. */
export interface Token {
  /** Offsets in the compact text. */
  s: number
  e: number
  /** The folded token. */
  w: string
  /** n: digits (with . or , inside), w: letters, p: any other single character. */
  t: 'n' | 'w' | 'p'
  /** True when a line break stands between this token and the previous one. */
  nl: boolean
}

// A leading decimal point counts only at the start of a word (".77"), never after digits or letters.
const TOKEN = /((?<![\p{L}\p{N}.])\.\d+|\d+(?:[.,]\d+)*)|(\p{L}+)|(\S)/gu

export interface Tokenized { c: Compact; tokens: Token[] }

export function tokenize(text: string): Tokenized {
  const c = compact(text)
  return { c, tokens: tokenizeFolded(c.text) }
}

/** Tokens of already folded text (also used to split the word lists the same way). */
export function tokenizeFolded(folded: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  let prevEnd = 0
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
    const s = m.index
    const e = s + m[0].length
    const gap = s > prevEnd ? folded.slice(prevEnd, s) : ''
    tokens.push({ s, e, w: m[0], t: m[1] ? 'n' : m[2] ? 'w' : 'p', nl: gap.includes('\n') })
    prevEnd = e
  }
  return tokens
}

/** True when nothing (no space) stands between two tokens. */
export const glued = (a: Token, b: Token): boolean => a.e === b.s

const CONJ = new Set(['و', 'ف'])
const PREP = new Set(['ب', 'ل', 'ك'])

/**
 * The readings of a word with its attached prefixes peeled off, longest word first:
 * "وبالمائة" → [وبالمائة, بالمائة, المائة, مائة]. Each reading says how many letters were peeled.
 */
export function readings(w: string): { stem: string; pre: number }[] {
  const out = [{ stem: w, pre: 0 }]
  let i = 0
  if (w.length > 2 && CONJ.has(w[0])) { i = 1; out.push({ stem: w.slice(1), pre: 1 }) }
  if (w.length > i + 2 && PREP.has(w[i])) {
    // "لل" is ل + ال with the alef dropped.
    if (w[i] === 'ل' && w[i + 1] === 'ل' && w.length > i + 3) out.push({ stem: 'ا' + w.slice(i + 1), pre: i + 1 })
    i += 1
    out.push({ stem: w.slice(i), pre: i })
  }
  if (w.length > i + 3 && w[i] === 'ا' && w[i + 1] === 'ل') out.push({ stem: w.slice(i + 2), pre: i + 2 })
  return out
}
