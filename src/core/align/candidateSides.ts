import type { Claim, Span } from '../model'
import { WORD_END, WORD_START } from '../text/words'
import { fold } from '../text/normalize'
import { clauses } from '../text/segment'
import { countryAliases, isCountryWord } from '../entities/countries'

// The side of a divided land a figure is counted on: a toll in the government-held areas beside
// one in the rebel-held north, deaths on the side Kyiv holds beside those on the side Moscow
// occupies. Each side's authority counts its own, so a reader names one figure per side, and the
// sum (or a third count) as another. Reports say it with a construction around the holder
// ("rebel-held", "held by Ukraine", "under Russian control", "tenues par le régime", "sous contrôle
// russe", "côté ukrainien", "zones rebelles", "الخاضعة لسيطرة الحكومة", "تحت سيطرة الفصائل",
// "الذي تسيطر عليه روسيا", "الجانب الأوكراني"); the holder is a country (by its name or its
// adjective, in any language) or one of the two sides of a civil war.

/** The two sides of a civil war, by the words that name their holder (folded as the text is). */
const HOLDERS: Record<string, string[]> = {
  government: ['government', 'regime', 'loyalist', 'loyalists', 'gouvernement', 'régime', 'gouvernementales', 'gouvernementaux', 'gouvernementale', 'loyalistes', 'الحكومة', 'النظام', 'الحكومية', 'القوات الحكومية'],
  rebels: ['rebel', 'rebels', 'opposition', 'insurgent', 'insurgents', 'rebelles', 'rebelle', 'insurgés', 'insurgées', 'المعارضة', 'الفصائل', 'الفصائل المسلحة', 'المتمردين', 'المسلحين'],
}
const HOLDER_OF = new Map(Object.entries(HOLDERS).flatMap(([side, words]) => words.map((w) => [fold(w), side] as const)))

// Up to two words after a construction: the holder and what may follow it ("the armed factions").
const WORDS = "([\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?)"
const L = WORD_START
const R = WORD_END
// Holder before: "rebel-held", "Russian-occupied", "government-controlled", "the Ukrainian side".
const BEFORE = [
  `${L}([\\p{L}]+)[- ](?:held|controlled|occupied)${R}`,
  `${L}([\\p{L}]+)(?:-held)?\\s+(?:side|bank)${R}`,
]
// Holder after.
const AFTER = [
  `${L}(?:held|controlled|occupied|run)\\s+by\\s+(?:the\\s+)?${WORDS}`,
  `${L}under\\s+(?:the\\s+)?control\\s+of\\s+(?:the\\s+)?${WORDS}`,
  `${L}under\\s+${WORDS}\\s+(?:control|occupation)${R}`,
  `${L}(?:tenu|contrôlé|occupé)e?s?\\s+par\\s+(?:le\\s+|la\\s+|les\\s+|l['’])?${WORDS}`,
  `${L}sous\\s+(?:le\\s+)?contrôle\\s+(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’])?${WORDS}`,
  // "Côté ukrainien", "du côté ukrainien", never "de son côté" (for its part).
  `(?<!(?:son|leur|notre|votre|mon|ce|autre|un|au|à)\\s)${L}côté\\s+${WORDS}`,
  `${L}(?:ال)?خاضع(?:ه|ين)?\\s+ل(?:ل)?سيطره\\s+${WORDS}`,
  `${L}تحت\\s+سيطره\\s+${WORDS}`,
  `${L}(?:مناطق|المناطق)\\s+سيطره\\s+${WORDS}`,
  `${L}(?:ت|ي)سيطر\\s+عليه(?:ا|م)?\\s+${WORDS}`,
  // ("إلى جانب" is "alongside", no side.)
  `(?<![اإ]ل[ىي]\\s)${L}(?:ال)?(?:جانب|ضفه|شطر)\\s+${WORDS}`,
]
// Land named by its holder's adjective ("zones rebelles", "rebel areas", "government territory"):
// only a side of a civil war, since a country's adjective there says where ("Syrian territory").
const WAR_ONLY = [
  `${L}(?:zones?|territoires?|régions?|secteurs?|provinces?)\\s+([\\p{L}]+)${R}`,
  `${L}([\\p{L}]+)\\s+(?:areas?|territory|territories|regions?|zones?|strongholds?)${R}`,
]
const PATTERNS = [...BEFORE, ...AFTER].map((p) => ({ re: new RegExp(p, 'gu'), war: false }))
  .concat(WAR_ONLY.map((p) => ({ re: new RegExp(p, 'gu'), war: true })))

/** A side named where it is said: its key (a country's English name, "government" or "rebels") and where. */
export interface SideMention { key: string; start: number; end: number }

/** The holder a construction's words name, if any: the first word that names a side or a country. */
export function holderOf(words: string): string | null {
  for (const w of words.split(/\s+/)) {
    const bare = w.replace(/^(?:[وفبل]?ال|لل)(?=\p{L}{3})/u, '')
    const side = HOLDER_OF.get(w) ?? HOLDER_OF.get(bare)
    if (side) return side
    // A country's name or its adjective ("Russian", "russe", "روسيا"); an Arabic adjective is its
    // name's stem with a nisba ending ("الروسية", "الأوكراني" → "روسيا", "أوكرانيا").
    for (const form of [w, bare, bare.replace(/(?:يه|ي|يين|يون)$/u, 'يا'), bare.replace(/(?:يه|ي|يين|يون)$/u, '')]) {
      if (isCountryWord(form)) return countryAliases(form)[0]
    }
  }
  return null
}

/** Every side a sentence names, in text order. */
export function sidesIn(text: string, sentence: Span): SideMention[] {
  const s = fold(text.slice(sentence.start, sentence.end))
  const out: SideMention[] = []
  for (const { re, war } of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const key = holderOf(m[1])
      if (key && (!war || HOLDERS[key])) out.push({ key, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * The side a figure is counted on: the nearest one its own clause names outside the figure ("711
 * dead and 1,431 injured in the government-held areas"), else the nearest one named before it in
 * its sentence ("In the rebel-held north, the White Helmets counted 733 dead"); else null.
 */
export function sideOf(text: string, c: Pick<Claim, 'span' | 'sentence'>, mentions: SideMention[] = sidesIn(text, c.sentence)): string | null {
  const outside = mentions.filter((m) => m.end <= c.span.start || m.start >= c.span.end)
  if (!outside.length) return null
  const clause = clauses(text, c.sentence).find((k) => k.start <= c.span.start && c.span.end <= k.end) ?? c.sentence
  const distance = (m: SideMention) => (m.end <= c.span.start ? c.span.start - m.end : m.start - c.span.end)
  const own = outside.filter((m) => m.start >= clause.start && m.end <= clause.end).sort((a, b) => distance(a) - distance(b))
  if (own.length) return own[0].key
  const before = outside.filter((m) => m.end <= c.span.start).sort((a, b) => distance(a) - distance(b))
  return before[0]?.key ?? null
}

/** A side's name, for a candidate's label ("rebel-held areas", "مناطق سيطرة المعارضة"). */
export function sideName(key: string): { en: string; ar: string } {
  if (key === 'government') return { en: 'government-held areas', ar: 'مناطق سيطرة الحكومة' }
  if (key === 'rebels') return { en: 'rebel-held areas', ar: 'مناطق سيطرة المعارضة' }
  const ar = countryAliases(key).find((n) => /\p{Script=Arabic}/u.test(n)) ?? key
  return { en: `areas held by ${key}`, ar: `مناطق سيطرة ${ar}` }
}
