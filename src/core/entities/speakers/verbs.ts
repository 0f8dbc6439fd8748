import type { Word } from '../words'
import { FR_SEQUENCE_ADVERBS } from '../cues'
import type { Lang } from '../../model'
import { FR_AUX, VALUING, withoutFirstLetter } from './vocabulary'
import { type Compiled } from './reading'

// Verbs of saying as they stand in a sentence: their length in words ("a indiqué", "a toutefois
// estimé"), French inversion ("a-t-il ajouté"), and where the subject may follow them.

// A French gerund at word k ("en survolant la région"): how the speaker spoke, not what was said.
// ("en citant le ministre" relays: the one cited speaks, read as a preposition of its own.)
export const gerundAt = (c: Compiled, words: Word[], k: number) => words[k]?.w === 'en' && /ant$/.test(words[k + 1]?.w ?? '') && !c.prepStarts.has(words[k + 1].w)
// What French puts between an auxiliary and its participle, or inside "fait état": adverbs, "pour sa
// part", "quant à lui", "par ailleurs" ("fait désormais état", "a par ailleurs indiqué").
const FR_INSERTS = new Set(['désormais', 'ailleurs', "d'ailleurs", 'par', 'toutefois', 'cependant', 'pourtant', 'néanmoins', 'également', 'aussi', 'déjà', 'encore', 'ensuite', 'enfin', 'alors', 'ainsi', 'notamment', 'même', 'quant', 'à', 'lui', 'elle', 'eux', 'elles', 'pour', 'sa', 'son', 'leur', 'part', 'de', 'côté', 'plus', 'tard', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'soir', 'matin', ...FR_SEQUENCE_ADVERBS])

// English and French put the subject after the verb only after a quotation or a comma:
// "…, said Marie el-Drese", "…, a indiqué le maire".
export function verbSubjectOrder(words: Word[], i: number): boolean {
  const prev = words[i - 1]
  // "C'est ce qu'a fait savoir le gouvernement", "les chiffres qu'a publiés la préfecture":
  // French inverts the subject after "que".
  return !!prev && (/^[,"”»:]$/.test(prev.w) || /^qu['’](a|ont|avait|avaient)$/.test(prev.w))
}

// A French verb of saying with its pronoun subject hyphenated after it: "estime-t-il" (one word),
// "a-t-elle ajouté" (the auxiliary, then the participle, with adverbs between). Its length in words, or 0.
const INVERTED = /^(\p{L}+)-(?:t-)?(?:il|elle|ils|elles|on)$/u
export function frenchInversion(c: Compiled, words: Word[], i: number): number {
  const m = INVERTED.exec(words[i].w)
  if (!m) return 0
  if (c.verbs.has(m[1])) return 1
  if (!FR_AUX.has(m[1])) return 0
  let k = i + 1
  while (k < words.length && k - i <= 4 && FR_INSERTS.has(words[k].w)) k++
  return c.verbPhrases.some((p) => p.length === 2 && p[0] === m[1] && p[1] === words[k]?.w) ? k - i + 1 : 0
}

export function isVerb(c: Compiled, words: Word[], i: number, lang: Lang): boolean {
  return verbLength(c, words, i, lang) > 0
}

// "a crowd estimated at 100,000", "damage put at $5 billion": a participle that values the noun
// before it, not a verb of saying (whose "at" opens "at least", "at most").
function passiveAt(words: Word[], i: number): boolean {
  return VALUING.has(words[i].w) && words[i + 1]?.w === 'at' && !/^(least|most)$/.test(words[i + 2]?.w ?? '')
}

export function verbLength(c: Compiled, words: Word[], i: number, lang: Lang): number {
  const w = words[i]
  if (!w) return 0
  if (c.verbStarts.has(w.w)) for (const p of c.verbPhrases) if (p.every((x, k) => words[i + k]?.w === x)) return p.length
  // "a toutefois estimé", "a pour sa part évoqué", "a quant à lui fait état": words between the
  // auxiliary and its participle.
  if (lang === 'fr' && (FR_AUX.has(w.w) || c.verbStarts.has(w.w))) {
    let m = i + 1
    while (m < words.length && m - i <= 4 && FR_INSERTS.has(words[m].w)) m++
    if (m > i + 1) for (const p of c.verbPhrases) if (p[0] === w.w && p.slice(1).every((x, k) => words[m + k]?.w === x)) return m - i + p.length - 1
  }
  if (c.verbs.has(w.w)) return lang === 'en' && passiveAt(words, i) ? 0 : 1
  // Arabic verbs take a conjunction: "وقال", "فأكد".
  return lang === 'ar' && w.w.length > 3 && /^[وف]/.test(w.w) && c.verbs.has(withoutFirstLetter(w.w)) ? 1 : 0
}

export function matchPhrase(phrases: string[][], words: Word[], i: number, lang: Lang): { n: number; gluedPrefix: boolean } | null {
  for (const p of phrases) {
    let ok = true
    for (let k = 0; k < p.length && ok; k++) {
      const w = words[i + k]?.w ?? ''
      const want = p[k]
      if (k === 0 && lang === 'ar') ok = w === want || w === 'و' + want || w === 'ف' + want
      // The last part of "وفقا ل" is a prefix glued to the next word ("لتقديرات").
      else if (k === p.length - 1 && want.length === 1 && lang === 'ar') ok = w.startsWith(want) && w.length > 2
      else ok = w === want
    }
    if (ok) {
      const glued = lang === 'ar' && p[p.length - 1].length === 1
      return { n: glued ? p.length - 1 : p.length, gluedPrefix: glued }
    }
  }
  return null
}
