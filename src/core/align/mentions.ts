import type { Span } from '../model'
import { wordKeys } from '../entities/fold'

// Where a topic's entity is named in a text: windows of up to four words whose skeleton keys
// (any reading of the first word's attached prefix) spell an alias.

interface Word { start: number; end: number; keys: string[] }
const WORD = /[\p{L}\p{N}\p{M}ـ]+/gu
const MAX_WINDOW = 4

export function wordsOf(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, keys: wordKeys(m[0]) })
  return out
}

/** An alias as the concatenated keys of its words. */
export function aliasKey(alias: string): string {
  return (alias.match(WORD) ?? []).map((w) => wordKeys(w)[0] ?? '').join('')
}

/** Spans of every mention of any of the aliases, in text order. */
export function findMentions(words: Word[], aliasKeys: Set<string>): Span[] {
  const out: Span[] = []
  for (let i = 0; i < words.length; i++) {
    for (const first of words[i].keys) {
      let key = first
      let hit = -1
      for (let n = 1; n <= MAX_WINDOW && i + n <= words.length; n++) {
        if (n > 1) key += words[i + n - 1].keys[0]
        if (aliasKeys.has(key)) hit = i + n - 1
      }
      if (hit >= 0) { out.push({ start: words[i].start, end: words[hit].end }); i = hit; break }
    }
  }
  return out
}
