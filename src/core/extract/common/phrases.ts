import { foldKey } from '../../text/normalize'
import { tokenizeFolded, type Token } from './tokens'
import type { Peel } from './prefixes'

interface Entry<V> { words: string[]; value: V }

/** A word list folded once and matched over tokens as whole phrases, longest first. */
export class PhraseSet<V> {
  private byFirst = new Map<string, Entry<V>[]>()
  private byLast = new Map<string, Entry<V>[]>()

  /** `peel` gives the readings of a phrase's first word in the text (attached prefixes). */
  constructor(entries: Record<string, V> | [string, V][], private readonly peel: Peel) {
    const list = Array.isArray(entries) ? entries : Object.entries(entries)
    for (const [phrase, value] of list) {
      const words = tokenizeFolded(foldKey(phrase)).map((t) => t.w)
      if (words.length === 0) continue
      push(this.byFirst, words[0], { words, value })
      push(this.byLast, words[words.length - 1], { words, value })
    }
    for (const m of [this.byFirst, this.byLast]) for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length)
  }

  /**
   * The longest phrase starting at token i. The first word may carry attached prefixes unless
   * `exact`; `pre` says how many of its letters were prefix. Phrases never cross a line break.
   */
  at(tokens: Token[], i: number, exact = false): { n: number; value: V; pre: number } | null {
    const first = tokens[i]
    if (!first) return null
    if (exact) {
      // The common case in Latin scripts: no readings to build, no allocation but the result.
      const cands = this.byFirst.get(first.w)
      if (cands) for (const c of cands) if (matchesFrom(tokens, i, c.words)) return { n: c.words.length, value: c.value, pre: 0 }
      return null
    }
    for (const r of this.peel(first.w)) {
      const cands = this.byFirst.get(r.stem)
      if (!cands) continue
      for (const c of cands) if (matchesFrom(tokens, i, c.words)) return { n: c.words.length, value: c.value, pre: r.pre }
    }
    return null
  }

  /** The longest phrase ending at token i (inclusive); its first word may carry attached prefixes. */
  endingAt(tokens: Token[], i: number): { n: number; value: V; pre: number } | null {
    const last = tokens[i]
    if (!last) return null
    return this.endingWith(tokens, i, this.byLast.get(last.w)) ?? (this.peel(last.w).length > 1 ? this.endingWith(tokens, i, this.lastByReading(last.w)) : null)
  }

  private endingWith(tokens: Token[], i: number, cands: Entry<V>[] | undefined): { n: number; value: V; pre: number } | null {
    if (!cands) return null
    for (const c of cands) {
      const start = i - c.words.length + 1
      if (start < 0) continue
      let ok = true
      let pre = 0
      for (let k = 0; k < c.words.length && ok; k++) {
        const t = tokens[start + k]
        const want = c.words[k]
        if (k > 0 && t.nl) ok = false
        else if (t.w === want) continue
        else if (k === 0) {
          const r = this.peel(t.w).find((x) => x.stem === want)
          ok = !!r
          pre = r?.pre ?? 0
        } else ok = false
      }
      if (ok) return { n: c.words.length, value: c.value, pre }
    }
    return null
  }

  // A one-word phrase may itself carry a prefix ("وأكثر"): look it up by its readings.
  private lastByReading(w: string): Entry<V>[] | undefined {
    for (const r of this.peel(w)) {
      if (r.pre === 0) continue
      const l = this.byLast.get(r.stem)?.filter((c) => c.words.length === 1)
      if (l?.length) return l
    }
    return undefined
  }

  has(word: string): boolean { return this.byFirst.has(word) }

  /** The words any phrase can start with: what a parser built on this list declares as starters. */
  firstWords(): string[] { return [...this.byFirst.keys()] }
}

function push<T>(m: Map<string, T[]>, k: string, v: T) {
  const l = m.get(k)
  if (l) l.push(v)
  else m.set(k, [v])
}

function matchesFrom(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k]
    if (!t || t.w !== words[k] || t.nl) return false
  }
  return true
}
