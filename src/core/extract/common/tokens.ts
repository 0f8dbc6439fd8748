import { HASH_SEED, hashStep, intern, internHashed } from '../../text/intern'
import { compact, type Compact } from '../../text/normalize'

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

export interface Tokenized { c: Compact; tokens: Token[] }

export function tokenize(text: string): Tokenized {
  const c = compact(text)
  return { c, tokens: tokenizeFolded(c.text) }
}

// Character classes of the BMP, filled on first sight: 1 letter, 2 ASCII digit, 3 space, 4 other.
const CLASS = new Uint8Array(0x10000)
const LETTER = /\p{L}/u
const SPACE = /\s/u
function classOf(c: number): number {
  let k = CLASS[c]
  if (k === 0) {
    const ch = String.fromCharCode(c)
    k = c >= 0x30 && c <= 0x39 ? 2 : c >= 0xd800 && c <= 0xdfff ? 4 : LETTER.test(ch) ? 1 : SPACE.test(ch) ? 3 : 4
    CLASS[c] = k
  }
  return k
}

/** Tokens of already folded text: runs of letters, digits (with . or , between digits), single other characters. */
export function tokenizeFolded(text: string): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let nl = false
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const k = classOf(c)
    if (k === 3) { if (c === 10) nl = true; i++; continue }
    let j = i + 1
    let t: Token['t'] = 'p'
    // A word's hash for intern, taken as its letters are read rather than in a second pass.
    let h = 0
    if (k === 2) {
      t = 'n'
      for (;;) {
        while (j < n && classOf(text.charCodeAt(j)) === 2) j++
        const sep = text.charCodeAt(j)
        // A dot or comma between digits, or the Arabic comma some writers use for a decimal ("١،٥").
        if ((sep === 46 || sep === 44 || sep === 0x60c) && j + 1 < n && classOf(text.charCodeAt(j + 1)) === 2) j += 2
        else break
      }
      // A leading decimal point (".77") joins its digits when nothing is glued before it.
      const prev = tokens[tokens.length - 1]
      if (prev && prev.w === '.' && prev.e === i && (tokens.length < 2 || tokens[tokens.length - 2].e < prev.s)) {
        prev.e = j
        prev.w = intern(text, prev.s, j)
        prev.t = 'n'
        i = j
        nl = false
        continue
      }
    } else if (k === 1 || isPair(text, i)) {
      j = i + (k === 1 ? 1 : 2)
      if (k === 1 || LETTER.test(text.slice(i, j))) {
        t = 'w'
        h = hashStep(HASH_SEED, c)
        if (j > i + 1) h = hashStep(h, text.charCodeAt(i + 1))
        while (j < n) {
          const d = text.charCodeAt(j)
          if (classOf(d) === 1) { h = hashStep(h, d); j++ }
          else if (isPair(text, j) && LETTER.test(text.slice(j, j + 2))) { h = hashStep(hashStep(h, d), text.charCodeAt(j + 1)); j += 2 }
          else break
        }
      }
    }
    tokens.push({ s: i, e: j, w: t === 'w' ? internHashed(text, i, j, h) : intern(text, i, j), t, nl })
    nl = false
    i = j
  }
  return tokens
}

const isPair = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  const d = text.charCodeAt(i + 1)
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff
}

/** True when nothing (no space) stands between two tokens. */
export const glued = (a: Token, b: Token): boolean => a.e === b.s
