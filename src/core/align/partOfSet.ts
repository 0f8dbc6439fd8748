import type { Claim } from '../model'
import { foldKey } from '../text/normalize'
import { PART_CUES_BEFORE } from './groups'

// A part of a group counted the way the group is: "11 detained, including the four gunmen" (four
// gunmen detained), "اعتقال 11 شخصاً، من بينهم 4 إرهابيين", "les corps de 84 victimes, parmi
// lesquels ceux de 5 enfants". The part's own noun says who they are; what happened to them is
// the group's. And a group said again ("Of those 2,323, …", "Parmi ces 400, …", "ومن بين هؤلاء
// الـ400") counts what it counted the first time.

// A word that introduces a part right after the group's figure and noun, with "those of" for a
// part named by what it is of ("parmi lesquels ceux de 5 enfants", "including those of 3 children").
// (A cue is a word of its own: "أمنها", "ثمنها" end like "منها", "abandont" like "dont".)
export const PART_BEFORE = new RegExp(`(?:^|[^\\p{L}])و?(?:${[...PART_CUES_BEFORE].sort((a, b) => b.length - a.length).join('|')})(?:\\s+(?:the|les|le|la|l['’]))?(?:\\s+(?:ceux|celles|celui|celle|those|that)\\s+(?:de|d['’]|des|of(?:\\s+the)?))?\\s*$`, 'iu')

/** Whether the text between a group's figure and the next one introduces the next as a part of the group. */
export const introducesPart = (between: string) => PART_BEFORE.test(between)

// A figure said as one already given ("those 2,323", "these 212", "ces 212 blessés", "هؤلاء الـ212").
const DEMONSTRATIVE = new RegExp(`(?<![\\p{L}])(?:those|these|ces|هؤلاء|هذه|هذا)\\s*(?:الـ?)?$`, 'iu')

/** The earlier figure (same value, before it in the text) that a figure said with "those", "ces", "هؤلاء" restates, or null. */
export function restatedBy(c: Claim, earlier: Claim[], text: string): Claim | null {
  if (c.quantity.kind !== 'count' || !DEMONSTRATIVE.test(foldKey(text.slice(Math.max(0, c.span.start - 12), c.span.start)))) return null
  const same = earlier.filter((o) => o.span.end <= c.span.start && o.quantity.kind === 'count' && o.quantity.lo === c.quantity.lo && o.quantity.hi === c.quantity.hi)
  return same[same.length - 1] ?? null
}
