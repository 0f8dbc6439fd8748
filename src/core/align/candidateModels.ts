import type { Claim, Lang } from '../model'
import { wordKeys } from '../entities/fold'
import { isCountryWord } from '../entities/countries'
import { transliterate } from '../text/transliterate'
import { MONTHS as EN_MONTHS, WEEKDAYS as EN_WEEKDAYS } from '../extract/locales/en/constants'
import { MONTHS as FR_MONTHS, WEEKDAYS as FR_WEEKDAYS } from '../extract/locales/fr/constants'

// Counts of things of one kind by their model or type ("8 Kestrel K2 drones" beside "three Harrow
// HX drones", "huit drones Kestrel", "10 طائرات من طراز كيستريل"): two models counted in one story
// are two figures a reader compares, never one count whose reports disagree. The model is a name
// the figure's own words give right after its number: a capitalised or lettered-and-numbered word in
// Latin script ("Kestrel", "K2", "Mi-8"), or in Arabic the word after "طراز" / "نوع" (model, type)
// or a Latin word kept inside the Arabic text; names meet across scripts by their skeleton.

// How far past its number a figure's model may be named.
const REACH = 40
const LATIN_NAME = /^(?:\p{Lu}[\p{L}\p{N}-]*|[\p{L}]+\d[\p{L}\p{N}-]*)$/u
const ARABIC_TYPE = /(?:طراز|نوع)\s+([\p{Script=Arabic}]+|[A-Za-z][\w-]*)/gu
const WHEN = new Set([EN_MONTHS, FR_MONTHS, EN_WEEKDAYS, FR_WEEKDAYS].flatMap((m) => Object.keys(m)))
// Skeletons this short name too many words to match a model across scripts.
const MIN_KEY = 3

/** A model a figure names: its skeleton keys and the words that spell it. */
export interface Model { keys: string[]; word: string; arabic: boolean }

/** The models a count's own words name right after its number (empty when none). `text`: its report. */
export function modelsOf(c: Claim, text: string, lang: Lang): Model[] {
  const after = text.slice(c.span.end, Math.min(c.sentence.end, c.span.end + REACH)).split(/[.,;:،؛()\n]/u)[0]
  const out: Model[] = []
  const add = (word: string, arabic: boolean) => {
    // (A day or a month after a count says when, a country where: "12 drones on Monday", "in March".)
    if (out.some((m) => m.word === word) || WHEN.has(word.toLowerCase()) || isCountryWord(word) || isCountryWord(word.replace(/^(?:ال)/u, ''))) return
    const keys = wordKeys(word).filter((k) => k.length >= MIN_KEY || /\d/.test(k))
    if (keys.length) out.push({ keys, word, arabic })
  }
  if (lang === 'ar') {
    for (const m of after.matchAll(ARABIC_TYPE)) add(m[1], /\p{Script=Arabic}/u.test(m[1]))
    for (const w of after.match(/[A-Za-z][\w-]*\d[\w-]*|[A-Z][a-z]+/gu) ?? []) add(w, false)
    return out
  }
  // The model is named right after the number or its noun: the first three words.
  for (const w of (after.match(/[\p{L}\p{N}-]+/gu) ?? []).slice(0, 3)) if (LATIN_NAME.test(w)) add(w, false)
  return out
}

/**
 * The model each figure of a group counts, by a key two sources or more give, when two models or
 * more are so given (else no figure has one): Map from figure to its model's key.
 */
export function modelSplit(figures: { c: Claim; models: Model[] }[]): Map<Claim, string> {
  const sources = new Map<string, Set<string>>()
  for (const f of figures) for (const k of new Set(f.models.flatMap((m) => m.keys))) {
    const s = sources.get(k) ?? new Set<string>()
    s.add(f.c.source)
    sources.set(k, s)
  }
  const shared = new Set([...sources].filter(([, s]) => s.size >= 2).map(([k]) => k))
  const out = new Map<Claim, string>()
  for (const f of figures) {
    const k = f.models.flatMap((m) => m.keys).find((x) => shared.has(x))
    if (k) out.set(f.c, k)
  }
  return new Set(out.values()).size >= 2 ? out : new Map()
}

/** A model's name in each language, from the words that spell it: as a Latin report writes it, and in Arabic letters. */
export function modelName(key: string, figures: { models: Model[] }[]): { en: string; ar: string } {
  const spelt = figures.flatMap((f) => f.models.filter((m) => m.keys.includes(key)))
  const latin = spelt.find((m) => !m.arabic)?.word
  const arabic = spelt.find((m) => m.arabic)?.word
  const en = latin ?? arabic ?? key
  return { en, ar: arabic ?? (/\p{Script=Arabic}/u.test(en) ? en : transliterate(en)) }
}
