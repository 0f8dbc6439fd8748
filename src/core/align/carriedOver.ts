import type { Span } from '../model'
import { foldKey } from '../text/normalize'

// A figure whose own words name no measure may point back to one named before it: "more than
// 26,000 of them", "some estimates put the number as high as 150,000", "he expected it to climb
// to around 250", "ceux-ci arrivaient par dizaines", "des premiers décomptes d'environ 400
// personnes", "وصل العدد إلى 300". A reader takes the measure last named before the pointer, in
// its sentence or the one before; nothing further back, and no pointer means no measure.

/** A measure named in the text, with where (as conceptsIn gives it). */
export interface Named { start: number; end: number }

// "of them" right after the figure: a part of a set named before.
const PARTITIVE = /^\s*(?:of them|of whom|d['’]entre eux|d['’]entre elles|منهم|منهن)(?![\p{L}])/iu
// Verbs that put a value on something ("estimated it at", "l'évalue à", "قدّرها بـ").
const ESTIMATE_EN = '(?:put|puts|putting|estimated|estimates|estimate|estimating|valued|values|pegged|pegs|priced|prices|set|sets|placed|places|calculated|calculates|assessed|assesses|revised|raised|lowered|cut|tallied)'
const ESTIMATE_FR = 'évalue|évaluent|estime|estiment|chiffre|chiffrent|situe|situent|fixe|fixent|porte|portent|ramène|ramènent|relève|relèvent'
const ESTIMATE_FR_DONE = 'évalué|estimé|chiffré|situé|fixé|porté|ramené|relevé|abaissé'
const ESTIMATE_AR = ['قدر', 'يقدر', 'تقدر', 'قدرت', 'يقدرون', 'قدروا', 'حدد', 'يحدد', 'حددت', 'تحدد', 'وضع', 'يضع', 'وضعت', 'تضع', 'رفع', 'رفعت', 'خفض', 'خفضت', 'ثبت', 'ثبتت'].map(foldKey).join('|')
// A word that stands for a measure already named, before the figure in its clause. "The number"
// and "le chiffre" only alone ("the number of workers" names its own); in Arabic only with the
// article ("العدد", not "عدد العمال"); "it" and "il" only as the subject of a rise ("it rose to",
// "expected it to climb to", "il a atteint").
// A pointer with "of" and a figure names no measure of its own either ("the figure of 174", "an
// earlier police tally of 129", "au chiffre de 131"); a verb of holding to a figure points back
// too ("the police have kept to 131", "after standing at 46"), and so does a figure said as the
// official or the same one ("the official 37"), or counted with "en" in French ("l'AFP en compte
// près de 200", "en recensait encore 132").
const OF_NO_FIGURE = '(?! of\\s*\\p{L})'
const DE_NO_FIGURE = "(?! (?:de|du|des|d['’])\\s*\\p{L})"
const POINTERS = [
  `(?:the|that|this) (?:number|figure|count|tally|total)${OF_NO_FIGURE}`, `(?:a|an|its|their|the) (?:[\\p{L}-]+ ){0,2}(?:figure|count|tally)${OF_NO_FIGURE}`, 'these',
  '(?:kept|keeps|keeping|stuck|sticks|sticking|held|holds|holding|stood|stands|standing) (?:to|by|at)', 'the (?:official|same|earlier|previous|initial|latest|revised|provisional) ?$',
  '(?:en|s[\'’]en) (?:compte|comptait|comptent|comptaient|recense|recensait|recensent|recensaient|dénombre|dénombrait|dénombrent|tient|tiennent|tenait|a compté|a recensé|a dénombré|avait recensé|avait dénombré)', 'it (?:(?:could|would|will|may|might) )?(?:to )?(?:rise|rose|risen|climb|climbed|reach|reached|jump|jumped|stand|stood|stands|increase|increased)',
  `(?:ce|le|au|du|un|son|leur) (?:chiffre|nombre|total|décompte)${DE_NO_FIGURE}`,  'décomptes?', 'ceux-ci', 'celles-ci', 'il (?:a atteint|atteint|s[\'’]élève|s[\'’]établit|grimpe|pourrait atteindre)',
  'هذا العدد', 'هذا الرقم', 'العدد', 'الرقم', 'هؤلاء',
  // An amount or a count put at a value by one who estimates it: "CaixaBank put it at €400m",
  // "La CEOE l'évalue à 1,6 milliard", "les assureurs les chiffrent à", "قدّرها بنحو 1.6 مليار".
  `${ESTIMATE_EN} (?:it|them)`, `l['’](?:${ESTIMATE_FR})`, `les (?:${ESTIMATE_FR})`, `l['’]a (?:${ESTIMATE_FR_DONE})e?`, `les a (?:${ESTIMATE_FR_DONE})e?s`,
  `(?:${ESTIMATE_AR})(?:ها|هم|هما)`,
]
const POINTER = new RegExp(`(?<![\\p{L}])(?:${POINTERS.map((p) => (/\p{Script=Arabic}/u.test(p) ? `[وف]?${foldKey(p)}` : p)).join('|')})(?![\\p{L}])`, 'giu')
const REACH = 70

/**
 * Where the pointer back stands for a figure (its start), or -1: "of them" right after it, or a
 * pointer word before it in its clause with no measure word between (`named`: the measure words
 * of the clause).
 */
export function pointerOf(own: Span, text: string, clause: Span, named: Named[]): number {
  if (isPartitive(own, text)) return own.start
  const from = Math.max(clause.start, own.start - REACH)
  const before = foldKey(text.slice(from, own.start))
  let at = -1
  let end = -1
  for (const m of before.matchAll(POINTER)) { at = from + m.index; end = at + m[0].length }
  if (at < 0) return -1
  // (The pointer's own words name nothing: "kept" in "kept to 131" is no storage.)
  return named.some((x) => x.start >= end && x.end <= own.start) ? -1 : at
}

/** Whether "of them" ("d'entre eux", "منهم") stands right after a figure. */
export const isPartitive = (own: Span, text: string) => PARTITIVE.test(text.slice(own.end, own.end + 16))

/** The start of the sentence before `sentence` (its own start when it is the first). */
export function previousSentenceStart(text: string, sentence: Span): number {
  const before = text.slice(Math.max(0, sentence.start - 600), sentence.start).replace(/\s+$/u, '')
  const base = Math.max(0, sentence.start - 600)
  // The last sentence end before the one that closes the previous sentence (a full stop, a
  // question mark, a line break).
  const body = before.slice(0, -1)
  let cut = -1
  for (const m of body.matchAll(/[.!?؟\n]/gu)) cut = m.index
  return cut < 0 ? base : base + cut + 1
}
