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

/** Mentions of every topic's aliases in one pass: alias key → topic ids in, topic id → spans out. */
export function findAllMentions(words: Word[], topicsByKey: Map<string, string[]>): Map<string, Span[]> {
  const out = new Map<string, Span[]>()
  for (let i = 0; i < words.length; i++) {
    for (const first of words[i].keys) {
      let key = first
      for (let n = 1; n <= MAX_WINDOW && i + n <= words.length; n++) {
        if (n > 1) key += words[i + n - 1].keys[0]
        for (const id of topicsByKey.get(key) ?? []) {
          const list = out.get(id) ?? []
          const span = { start: words[i].start, end: words[i + n - 1].end }
          // Keep the longest mention starting at a word.
          if (list.length && list[list.length - 1].start === span.start) list[list.length - 1] = span
          else list.push(span)
          out.set(id, list)
        }
      }
    }
  }
  return out
}
