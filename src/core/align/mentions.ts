import type { Span } from '../model'
import { wordKeys } from '../entities/fold'
import { foldKey } from '../text/normalize'

// Where a topic's entity is named in a text: windows of up to four words whose skeleton keys
// (any reading of the first word's attached prefix) spell an alias.

interface Word { start: number; end: number; keys: string[] }
const WORD = /[\p{L}\p{N}\p{M}ـ]+/gu
const MAX_WINDOW = 4
const LATIN = /^[\p{Script=Latin}\p{N}]+$/u

// A Latin word of fewer than three consonants has too short a skeleton to tell names apart
// ("Saudi" and "said" are both s-d): in a Latin text such a word is matched by its spelling. An
// alias keeps its skeleton too, so that the Arabic spelling (السعودية) still finds it.
// An acronym ("FSR", "RSF", "UN") is matched by its letters too: its skeleton is any word's.
const ACRONYM = /^\p{Lu}{2,6}$/u
const short = (word: string, keys: string[]) => LATIN.test(word) && (ACRONYM.test(word) || (keys[0] ?? '').replace(/^a/, '').length < 3)
function keysOf(word: string): string[] {
  const keys = wordKeys(word)
  return short(word, keys) ? [`=${foldKey(word)}`] : keys
}
function aliasWordKeys(word: string): string[] {
  const keys = wordKeys(word)
  if (ACRONYM.test(word)) return [`=${foldKey(word)}`]
  return short(word, keys) ? [`=${foldKey(word)}`, keys[0] ?? ''] : keys.slice(0, 1)
}

export function wordsOf(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) {
    // The English possessive is no word of its own: "Morocco's" is Morocco, not "Morocco s".
    if (m[0] === 's' && /['’]/.test(text[m.index - 1] ?? '')) continue
    out.push({ start: m.index, end: m.index + m[0].length, keys: keysOf(m[0]) })
  }
  return out
}

// Latin spellings of Arabic names write و as "w" or "ou" ("Tawila" طويلة, "Ouarzazate" ورزازات),
// which the skeleton reads as a consonant f or a leading vowel: an alias also takes those readings.
const VARIANTS: [RegExp, string][] = [[/w/gi, ''], [/^ou[aeiou]?/i, '']]

/** An alias as the concatenated keys of its words, with the readings its Latin spellings allow. */
export function aliasKeys(alias: string): string[] {
  let keys = ['']
  for (const w of alias.match(WORD) ?? []) {
    const spellings = LATIN.test(w) ? [w, ...VARIANTS.filter(([re]) => w.search(re) >= 0).map(([re, to]) => w.replace(re, to))] : [w]
    const wk = [...new Set(spellings.flatMap(aliasWordKeys))]
    keys = keys.flatMap((k) => wk.map((x) => k + x))
  }
  return [...new Set(keys)]
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
