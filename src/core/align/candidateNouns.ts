import type { Claim, Lang } from '../model'
import { PEOPLE_WORDS } from './measures'
import { nounKey } from './coverageCues'
import { plain } from './labelHead'
import type { Unread } from './candidateValues'

// Counts whose measure no word of the lexicon names, that two reports give of one thing named by
// the same noun ("60 lits" and "70 lits" in a burnt ward; "12 ferries" and "15 ferries"): the
// reports differ on the number, which is what a reader compares, so no shared value ties them; the
// figure's own counted noun does. Nouns that count people in general ("people", "personnes",
// "أشخاص") name any count of a story and tie nothing.

const ARABIC = /\p{Script=Arabic}/u
const keyOf = (word: string, lang: Lang) => nounKey(plain(word), lang === 'ar' || ARABIC.test(word) ? 'ar' : 'en')
const GENERIC = new Set(Object.entries(PEOPLE_WORDS).flatMap(([lang, ws]) => ws.map((w) => keyOf(w, lang as Lang))))
// Keys this short are clitics or stems that name too many words.
const MIN_KEY = 3

/** A count's head noun as a key (the first word of its counted noun), or null when it names people in general or nothing. */
export function headNoun(c: Claim, lang: Lang): string | null {
  if (c.quantity.kind !== 'count' || c.quantity.unit || !c.counted) return null
  const word = c.counted.split(/\s+/)[0]
  const key = word ? keyOf(word, lang) : ''
  return key.length >= MIN_KEY && !GENERIC.has(key) ? key : null
}

/**
 * Counts no word of the lexicon measures, grouped by their head noun when two reports of two
 * origins give one (their numbers may differ), named by the noun in each language (another
 * language's quoted when a language has none). `taken`: figures another candidate already holds.
 */
export function sameNouns(unread: Unread[], originOf: (c: Claim) => string, taken: (c: Claim) => boolean): { key: string; label: { en: string; ar: string }; claims: Claim[]; cues: string[] }[] {
  const groups = new Map<string, Unread[]>()
  for (const u of unread) {
    if (taken(u.c)) continue
    const k = headNoun(u.c, u.lang)
    if (!k) continue
    const l = groups.get(k)
    if (l) l.push(u)
    else groups.set(k, [u])
  }
  const out: ReturnType<typeof sameNouns> = []
  for (const [k, us] of groups) {
    const cs = us.map((u) => u.c)
    if (new Set(cs.map(originOf)).size < 2 || new Set(cs.map((c) => c.source)).size < 2) continue
    // (Named by the noun alone: the words after it are what the sentence goes on to say.)
    const noun = (lang: Lang) => us.find((u) => u.lang === lang)?.c.counted?.split(/\s+/)[0]
    const en = noun('en') ?? noun('fr')
    const ar = noun('ar')
    out.push({
      key: `~noun|${k}`,
      label: { en: en ?? `«${ar}»`, ar: ar ?? `«${en}»` },
      claims: cs,
      cues: [...new Set(us.flatMap((u) => (u.c.counted ? [u.c.counted.split(/\s+/).slice(0, 3).join(' ')] : [])))],
    })
  }
  return out
}
