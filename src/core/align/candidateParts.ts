import type { Claim } from '../model'
import { foldKey } from '../text/normalize'

// A part of a toll said by who its people are ("133 dead, at least five of them children", "dont
// sept enfants", "بينهم ثلاثة أطفال"): reports that name the same group are stating one figure,
// whatever number each gives, and the numbers they disagree on are what a reader compares. The
// group is read in the figure's own words ("طفلان") and those right after the number (its
// counted noun, "of them children").

/** The groups a part may name, with their words in Arabic, English and French (lower case, Arabic folded and without clitics). */
const GROUPS: { id: string; words: string[]; label: { en: string; ar: string } }[] = [
  { id: 'children', words: ['children', 'child', 'kids', 'minors', 'enfants', 'enfant', 'mineurs', 'اطفال', 'طفل', 'طفلا', 'طفلان', 'طفلين', 'قاصرين', 'قاصرا'], label: { en: 'children', ar: 'أطفال' } },
  { id: 'women', words: ['women', 'woman', 'femmes', 'femme', 'نساء', 'امراه', 'امراتان', 'امراتين', 'سيدات'], label: { en: 'women', ar: 'نساء' } },
  { id: 'foreigners', words: ['foreigners', 'foreign nationals', 'étrangers', 'étranger', 'اجانب', 'اجنبيا', 'اجنبيان'], label: { en: 'foreigners', ar: 'أجانب' } },
]
const BY_WORD = new Map(GROUPS.flatMap((g) => g.words.map((w) => [w, g.id] as const)))
// How far past the number the group's noun may stand ("at least five of them children").
const REACH = 30
// An Arabic word's attached conjunction, preposition and article ("والأطفال", "للأطفال").
// ("لل" first: a bare "ل" would take its first letter and leave "لأطفال".)
const CLITICS = /^(?:[وف]?لل|[وف]?[بكل]?ال|[وفبكل])/u

/** The group a part's own words name, or null. `text`: the figure's report. */
export function partGroup(c: Claim, text: string): string | null {
  const after = text.slice(c.span.end, c.span.end + REACH).split(/[.،,;:\n()]/u)[0]
  const words = foldKey(`${c.text} ${c.counted ?? ''} ${after}`.toLowerCase()).match(/[\p{L}'’]+/gu) ?? []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const id = BY_WORD.get(w) ?? BY_WORD.get(w.replace(CLITICS, '')) ?? (i + 1 < words.length ? BY_WORD.get(`${w} ${words[i + 1]}`) : undefined)
    if (id) return id
  }
  return null
}

/** A group's name in each language ("children" / "أطفال"). */
export function partGroupName(id: string): { en: string; ar: string } {
  return GROUPS.find((g) => g.id === id)?.label ?? { en: id, ar: id }
}

/**
 * The group a count names as its own counted noun, said by itself rather than as a part of a total
 * ("at least 35 children were killed", "35 enfants figurent parmi les morts", "بمقتل 35 طفلاً"):
 * read in the noun right after its number only, since a total's clause often names a group further
 * on ("killed 104 people, children among them").
 */
export function ownGroup(c: Claim): string | null {
  const head = foldKey((c.counted ?? '').toLowerCase()).match(/[\p{L}'’]+/gu)?.[0]
  if (!head) return null
  return BY_WORD.get(head) ?? BY_WORD.get(head.replace(CLITICS, '')) ?? null
}
