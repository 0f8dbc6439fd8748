import type { Span } from '../model'
import { compact, foldKey } from '../text/normalize'
import { alternation } from '../text/alternation'
import { PART_CUES_AFTER, PART_CUES_BEFORE } from './groups'

// A sentence that gives several figures of one kind gives each its own phrase: "$800 million in
// humanitarian aid and $200 million for the security forces", "800 millions iront à l'aide
// humanitaire et 200 millions à l'armée", "بلغت المساعدات الإنسانية 800 مليون دولار و200 مليون
// للجيش"; "150 survivors, 40 of them children"; "11 suspects, dont les quatre assaillants";
// "اعتقال 11 شخصاً، بينهم 4 إرهابيين". A figure's phrase runs from the last bound before it to the
// first after it: the figures of its kind beside it, a coordinating "and", "et", "و", a contrast
// ("while", "tandis que", "في حين"), a word that introduces a part ("including", "dont", "بينهم"),
// a semicolon or a colon. Its words say what the figure is before the rest of the sentence does.

/** How a phrase is joined to what stands before it: `and`, a coordination; `part`, a word that introduces a part; `other`, a contrast, a mark or the figure before; `start`, nothing (it opens its sentence). */
export type Joined = 'and' | 'part' | 'other' | 'start'
export interface Phrase extends Span { joined: Joined }

const AND = 1
const PART = 2
// (Arabic "و" bounds as a word of its own or before a figure: "و200 مليون", not "وزارة".)
const words = (list: string[]) => `(?<![\\p{L}])(?:${alternation(list, { fold: foldKey, spaces: 'spaces' })})(?![\\p{L}])`
const BOUND = new RegExp(`(${words(['and', 'et'])}|(?<![\\p{L}])و(?=\\s|\\p{N}|$))|(${words(PART_CUES_BEFORE)})|[;:؛]|${words(['while', 'whereas', 'but', 'mais', 'alors que', 'tandis que', 'في حين', 'بينما', 'فيما'])}`, 'giu')
// A part said right after its figure ("40 of them children", "ثمانية منهم") is the figure's own noun, no bound.
const AFTER_CUE = new RegExp(`^\\s*(?:${alternation(PART_CUES_AFTER, { fold: foldKey, spaces: 'spaces' })})(?![\\p{L}])`, 'iu')

// Where the last comma of a stretch stands, or -1 (nor is a comma between digits one: "1,980").
const lastComma = (s: string) => { const all = [...s.matchAll(/[,،](?!\d)/gu)]; return all.length ? all[all.length - 1].index : -1 }

/**
 * The stretch of a figure's sentence that is its own phrase, and how it is joined to what stands
 * before it. `figure`: its span; `sentence`: its sentence; `others`: the other figures of its kind
 * in that sentence.
 */
export function ownPhrase(text: string, figure: Span, sentence: Span, others: Span[]): Phrase {
  const prev = others.filter((o) => o.end <= figure.start).reduce((a, o) => Math.max(a, o.end), sentence.start)
  const next = others.filter((o) => o.start >= figure.end).reduce((a, o) => Math.min(a, o.start), sentence.end)
  // (Read folded, vowel marks dropped, with the offsets that lead back to the text.)
  const before = compact(text.slice(prev, figure.start))
  let start = prev
  let joined: Joined = prev === sentence.start ? 'start' : 'other'
  for (const m of before.text.matchAll(BOUND)) {
    start = prev + before.offsets[m.index + m[0].length]
    joined = m[AND] ? 'and' : m[PART] ? 'part' : 'other'
  }
  // (With no bound between two figures, the last comma parts them: "40 dead confirmed, 41 missing".)
  if (start === prev && prev > sentence.start) start = prev + before.offsets[lastComma(before.text) + 1]
  const after = compact(text.slice(figure.end, next))
  const cue = AFTER_CUE.exec(after.text)
  // ("32 of them dead" is a part as "including 32 dead" is.)
  if (cue) joined = 'part'
  BOUND.lastIndex = cue?.[0].length ?? 0
  const m = BOUND.exec(after.text)
  BOUND.lastIndex = 0
  const end = m ? figure.end + after.offsets[m.index] : next < sentence.end && lastComma(after.text) >= 0 ? figure.end + after.offsets[lastComma(after.text)] : next
  return { start, end, joined }
}

/** The first words of a figure's phrase after it: the noun it counts ("4 إرهابيين", "les quatre assaillants"). */
export function nounAfter(text: string, figure: Span, phrase: Span, words = 2): Span {
  const after = text.slice(figure.end, phrase.end)
  const m = new RegExp(`^(?:[^\\p{L}\\p{N}]*[\\p{L}\\p{M}'’-]+){1,${words}}`, 'u').exec(after)
  return { start: figure.end, end: figure.end + (m ? m[0].length : 0) }
}
