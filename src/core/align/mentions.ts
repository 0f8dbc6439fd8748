import type { Span } from '../model'
import { wordKeys } from '../entities/fold'
import { foldKey } from '../text/normalize'
import { memoWords } from '../text/memo'
import { countryAliases, isPeopleWord } from '../entities/countries'

// Where a topic's entity is named in a text: windows of up to six words (a body's full Arabic
// name: "المجموعة الاقتصادية لدول غرب أفريقيا") whose skeleton keys
// (any reading of the first word's attached prefix) spell an alias.

interface Word { start: number; end: number; keys: string[]; arabic: boolean; /** Its keys as a window's first word looks them up (script marked). */ heads: string[] }
const WORD = /[\p{L}\p{N}\p{M}ـ]+/gu
const MAX_WINDOW = 6
const LATIN = /^[\p{Script=Latin}\p{N}]+$/u
const ARABIC = /\p{Script=Arabic}/u

// A Latin word of fewer than three consonants has too short a skeleton to tell names apart
// ("Saudi" and "said" are both s-d): in a Latin text such a word is matched by its spelling. An
// alias keeps its skeleton too, so that the Arabic spelling (السعودية) still finds it.
// An acronym ("FSR", "RSF", "UN") is matched by its letters too: its skeleton is any word's.
const ACRONYM = /^\p{Lu}{2,6}$/u
const short = (word: string, keys: string[]) => LATIN.test(word) && (ACRONYM.test(word) || (keys[0] ?? '').replace(/^a/, '').length < 3)
// Latin scripts write names with a capital: a word in lower case ("plus", "said") is a name only
// when spelt as one (the French "égyptiens" of the people table), never by its skeleton (Pylos).
const LOWER = /^\p{Ll}/u
// An Arabic name whose skeleton is too short to tell it apart (اليونان is "n") is matched by its
// spelling, without the article and the attached prefixes (واليونان, باليونان).
const AR_PREFIX = /^(?:[وفبلك]?ال|لل|[وفبلك])/
const shortArabic = (word: string, keys: string[]) => ARABIC.test(word) && (keys[0] ?? '').length < 3
const bare = (word: string) => foldKey(word).replace(/^(?:[وفبلك]?ال|لل)/, '')
const IN_ARABIC = 'ar:'
// Latin spellings of an Arabic name write its article "al", "el" or "ul" ("Ras El-Hekma", "Ras
// al-Hekma", "El Fasher", "al-Fasher"): such short words are matched by spelling, so the three are
// one spelling. (The assimilated "ad-", "as-", "ash-" are English and French words too: left as spelt.)
const LATIN_ARTICLE = /^(?:al|el|ul)$/
const byLetters = (word: string) => {
  const k = foldKey(word)
  return LATIN_ARTICLE.test(k) ? 'al' : k
}
// A text repeats its spellings many times over: each is read once.
const spellingOf = memoWords((word: string) => {
  const keys = keysOf(word)
  const arabic = ARABIC.test(word)
  return { keys, arabic, heads: arabic ? keys.map((k) => IN_ARABIC + k) : keys }
}, 200_000)
// Latin names lose their accents in one report and keep them in another ("Béjaïa", "Bejaia"):
// a Latin word is read without them, and so is an alias.
const PLAIN = /[\u0300-\u036f]/g
const plain = (word: string) => (LATIN.test(word) && /[^ -~]/.test(word) ? word.normalize('NFD').replace(PLAIN, '').normalize('NFC') : word)
function keysOf(spelt: string): string[] {
  const word = plain(spelt)
  // "لليبيا" is ل + ليبيا (the article's alef drops after ل only when there is one): read it both ways.
  const keys = /^لل/.test(word) && word.length > 4 ? [...new Set([...wordKeys(word), ...wordKeys(word.slice(1))])] : wordKeys(word)
  if (shortArabic(word, keys)) return [...keys, ...new Set([foldKey(word), foldKey(word).replace(AR_PREFIX, ''), bare(word)].map((w) => `=${w}`))]
  if (LATIN.test(word) && LOWER.test(word)) return [`=${byLetters(word)}`, ...peopleSpellings(spelt)]
  return [...(short(word, keys) ? [`=${byLetters(word)}`] : keys), ...(LATIN.test(word) ? peopleSpellings(spelt) : [])]
}
// A people inflected ("jordaniens", "tunisiennes", "Jordanians") is also read as the people's
// listed Latin spellings ("jordanien", "Jordanian"), which topics take as aliases.
function peopleSpellings(word: string): string[] {
  if (!isPeopleWord(word)) return []
  return countryAliases(word).filter((n) => LATIN.test(n) && foldKey(n) !== foldKey(word)).flatMap(aliasWordKeys)
}
function aliasWordKeys(spelt: string): string[] {
  const word = plain(spelt)
  const keys = wordKeys(word)
  if (ACRONYM.test(word)) return [`=${foldKey(word)}`]
  if (shortArabic(word, keys)) return [keys[0] ?? '', `=${bare(word)}`]
  if (!LATIN.test(word)) return keys.slice(0, 1)
  return short(word, keys) ? [`=${byLetters(word)}`, keys[0] ?? ''] : [keys[0] ?? '', `=${byLetters(word)}`]
}

export function wordsOf(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) {
    // The English possessive is no word of its own: "Morocco's" is Morocco, not "Morocco s".
    if (m[0] === 's' && /['’]/.test(text[m.index - 1] ?? '')) continue
    out.push({ start: m.index, end: m.index + m[0].length, ...spellingOf(m[0]) })
  }
  return out
}

// Latin spellings of Arabic names write و as "w" or "ou" ("Tawila" طويلة, "Ouarzazate" ورزازات),
// which the skeleton reads as a consonant f or a leading vowel: an alias also takes those readings.
// A leading "Wa" is that و with its vowel ("Wad Madani" ود مدني), and a final "ah" the feminine
// ending ة, which Arabic folds to none and French often drops ("Wad al-Nourah" ود النورة, "Noura").
// A "c" before e, i or y is soft, and Arabic writes it with س ("Cianjur" سيانجور, "Nice" نيس).
const VARIANTS: [RegExp, string][] = [[/w/gi, ''], [/^ou[aeiou]?/i, ''], [/^w[aeiou](?=[^aeiouwy])/i, ''], [/(?<=[aeiou])h$/i, ''], [/c(?=[eiy])/gi, 's']]
// The Arabic article spelt as a word of its own ("Wad al-Nourah") is attached in Arabic script,
// where the skeleton peels it: an alias also reads it as no word at all.
const ARTICLE_WORD = /^(?:al|el|ul)$/i

/** An alias as the concatenated keys of its words, with the readings its Latin spellings allow. */
export function aliasKeys(alias: string): string[] {
  let keys = ['']
  for (const w of alias.match(WORD) ?? []) {
    const spellings = LATIN.test(w) ? [w, ...VARIANTS.filter(([re]) => w.search(re) >= 0).map(([re, to]) => w.replace(re, to))] : [w]
    const wk = [...new Set([...spellings.flatMap(aliasWordKeys), ...(ARTICLE_WORD.test(w) && keys[0] !== '' ? [''] : [])])]
    keys = keys.flatMap((k) => wk.map((x) => k + x))
  }
  return [...new Set(keys)]
}


/**
 * The key table of several topics' names: alias key → topic ids. A name is read across scripts by
 * its skeleton (Wagner finds فاغنر) only when the topic gives no spelling in the word's own script:
 * a topic that has اليونان for Greece is not found in خارج, whose skeleton is Greek's.
 */
export function mentionTable(topics: { id: string; aliases: string[] }[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const add = (key: string, id: string) => { const l = out.get(key) ?? []; if (!l.includes(id)) l.push(id); out.set(key, l) }
  for (const t of topics) {
    const arabic = t.aliases.filter((a) => ARABIC.test(a))
    const other = t.aliases.filter((a) => !ARABIC.test(a))
    for (const [aliases, own, across] of [[arabic, IN_ARABIC, ''], [other, '', IN_ARABIC]] as const) {
      const crossing = (own === IN_ARABIC ? other : arabic).length === 0
      for (const k of aliases.flatMap(aliasKeys).filter((x) => x.length >= 2)) {
        add(own + k, t.id)
        if (crossing) add(across + k, t.id)
      }
    }
  }
  return out
}

// Every beginning of a key of the table: a window of words stops growing as soon as its key begins
// none (most words of a text begin no name, so they are looked up once, not four times).
const prefixCache = new WeakMap<Map<string, string[]>, Set<string>>()
function prefixesOf(topicsByKey: Map<string, string[]>): Set<string> {
  let set = prefixCache.get(topicsByKey)
  if (set) return set
  set = new Set()
  for (const key of topicsByKey.keys()) for (let k = 1; k <= key.length; k++) set.add(key.slice(0, k))
  prefixCache.set(topicsByKey, set)
  return set
}

/** Mentions of every topic's aliases in one pass: the key table (mentionTable) in, topic id → spans out. */
export function findAllMentions(words: Word[], topicsByKey: Map<string, string[]>): Map<string, Span[]> {
  const out = new Map<string, Span[]>()
  const prefixes = prefixesOf(topicsByKey)
  for (let i = 0; i < words.length; i++) windowsAt(words, i, Math.min(words.length, i + MAX_WINDOW), topicsByKey, prefixes, out)
  return out
}

/**
 * The same, read from a text as it goes: only the last few words are kept, so a 5 MB paste does
 * not hold a million word objects at once (their collection was most of the time placement took).
 */
export function findMentionsIn(text: string, topicsByKey: Map<string, string[]>): Map<string, Span[]> {
  const out = new Map<string, Span[]>()
  const prefixes = prefixesOf(topicsByKey)
  const buf: Word[] = []
  for (const m of text.matchAll(WORD)) {
    if (m[0] === 's' && /['’]/.test(text[m.index - 1] ?? '')) continue
    buf.push({ start: m.index, end: m.index + m[0].length, ...spellingOf(m[0]) })
    if (buf.length === MAX_WINDOW) { windowsAt(buf, 0, MAX_WINDOW, topicsByKey, prefixes, out); buf.shift() }
  }
  for (; buf.length; buf.shift()) windowsAt(buf, 0, buf.length, topicsByKey, prefixes, out)
  return out
}

/** The mentions that start at words[i], over the words up to `end`. */
function windowsAt(words: Word[], i: number, end: number, topicsByKey: Map<string, string[]>, prefixes: Set<string>, out: Map<string, Span[]>): void {
  for (const head of words[i].heads) {
    let key = head
    for (let n = 1; i + n <= end; n++) {
      if (n > 1) key += words[i + n - 1].keys[0]
      if (!prefixes.has(key)) break
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
