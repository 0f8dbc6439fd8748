import type { Span } from '../model'
import { HASH_SEED, SpellingTable, hashStep } from '../text/spellings'
import { foldKey } from '../text/normalize'

// The words attribution reads: runs of letters, digits, marks, tatweel, apostrophes and hyphens,
// and single punctuation marks. A sentence, the text before it and a look back further still
// overlap, so the text is scanned once, as far as asked, and every span shares those words.

/** A word or punctuation mark: folded, where it stands, and as written; `sp` is its spelling's record. */
export interface Word { w: string; start: number; end: number; raw: string; sp: Spelling }

/**
 * One spelling as written: its folded form, and bits a reader may set on it once for all its
 * occurrences (attribution's "can this word open a cue?"), which a lookup by the word would
 * otherwise answer again at each of them.
 */
export interface Spelling { readonly raw: string; readonly w: string; flags: number }

/** What a regex run from any offset reads; the scan below reads the same from the text's start. */
const WORD = /[\p{L}\p{N}\p{M}ـ'’-]+|[،,؛;:."“”«»()!?؟]/gu
const IN_WORD = /^[\p{L}\p{N}\p{M}ـ'’-]$/u
const PUNCTUATION = /^[،,؛;:."“”«»()!?؟]$/u

// Classes of code points, filled on first sight: 1 inside a word, 2 a punctuation mark, 3 neither.
const BMP = new Uint8Array(0x10000)
const ASTRAL = new Map<number, number>()
const classOf = (ch: string) => (IN_WORD.test(ch) ? 1 : PUNCTUATION.test(ch) ? 2 : 3)

// Each spelling folded once (texts repeat their words), found by its units in place.
const SPELLINGS = new SpellingTable<Spelling>((raw) => ({ raw, w: foldKey(raw).replace(/’/g, "'"), flags: 0 }))

/**
 * The words of one text, each read once while it stays within reach: spans are asked for in
 * roughly text order, and words before the point given to `forget` are let go (a text's words
 * kept all at once would outlive the collector's young generation and cost more than reading).
 */
export class TextWords {
  /** Words in text order, from `all[first]` on; those before it are forgotten. */
  private all: Word[] = []
  private first = 0
  /** Where the kept words start: a span starting before it is read afresh. */
  private keptFrom = 0
  /** Every word starting before this offset (and not forgotten) is in `all`; the scan goes on from it. */
  private scanned = 0
  private readonly re = new RegExp(WORD)

  constructor(private readonly text: string) {}

  /**
   * The words of text[span] as a regex run from span.start reads them: every word starting
   * inside the span (the last may run past its end), the first cut at span.start when the span
   * starts inside a word.
   */
  in(span: Span): Word[] {
    const re = this.re
    re.lastIndex = span.start
    const m = re.exec(this.text)
    if (!m || m.index >= span.end) return []
    const end = m.index + m[0].length
    if (span.start < this.keptFrom) {
      const out = [this.word(m.index, end)]
      for (let w = re.exec(this.text); w && w.index < span.end; w = re.exec(this.text)) out.push(this.word(w.index, w.index + w[0].length))
      return out
    }
    this.scanTo(span.end)
    const all = this.all
    let k = this.firstAtOrAfter(end)
    const same = all[k - 1]
    const out = [k > this.first && same.start === m.index && same.end === end ? same : this.word(m.index, end)]
    for (; k < all.length && all[k].start < span.end; k++) out.push(all[k])
    return out
  }

  /** Lets go of the words ending before an offset: spans before it will be read afresh. */
  forget(before: number): void {
    if (before <= this.keptFrom) return
    this.keptFrom = before
    const all = this.all
    let k = this.first
    while (k < all.length && all[k].start < before) k++
    this.first = k
    if (k > 1024 && k * 2 > all.length) { this.all = all.slice(k); this.first = 0 }
  }

  private word(start: number, end: number): Word {
    let h = HASH_SEED
    for (let i = start; i < end; i++) h = hashStep(h, this.text.charCodeAt(i))
    return this.spelled(start, end, h)
  }

  private spelled(start: number, end: number, h: number): Word {
    const sp = SPELLINGS.get(this.text, start, end, h)
    return { w: sp.w, start, end, raw: sp.raw, sp }
  }

  private firstAtOrAfter(offset: number): number {
    const all = this.all
    let lo = this.first
    let hi = all.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (all[mid].start < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private scanTo(limit: number): void {
    const text = this.text
    const n = text.length
    let i = this.scanned
    while (i < limit && i < n) {
      let k = classAt(text, i)
      const width = k >> 2
      k &= 3
      if (k === 3) { i += width; continue }
      const start = i
      // The word's hash for the spelling table, taken as its units are read rather than in a second pass.
      let h = hashStep(HASH_SEED, text.charCodeAt(i))
      if (width === 2) h = hashStep(h, text.charCodeAt(i + 1))
      i += width
      if (k === 1) {
        while (i < n) {
          const next = classAt(text, i)
          if ((next & 3) !== 1) break
          h = hashStep(h, text.charCodeAt(i))
          if (next >> 2 === 2) h = hashStep(h, text.charCodeAt(i + 1))
          i += next >> 2
        }
      }
      this.all.push(this.spelled(start, i, h))
    }
    this.scanned = i >= n ? Infinity : i
  }
}

/** The class of the code point at i (low two bits) and its width in code units (above them). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000
      let k = ASTRAL.get(cp)
      if (k === undefined) { k = classOf(text.slice(i, i + 2)); ASTRAL.set(cp, k) }
      return k | 8
    }
  }
  let k = BMP[c]
  if (k === 0) { k = classOf(String.fromCharCode(c)); BMP[c] = k }
  return k | 4
}
