import type { Claim, Span } from '../model'
import { countryOf } from './facets'

// A count of one people named before its number, as "the number of … reached N" says it ("عدد
// المتوفين من الحجاج الأردنيين بلغ 14", "the number of Jordanian pilgrims who died rose to 14",
// "le nombre de pèlerins jordaniens décédés s'élève à 14"): the people is the counted noun's, said
// first. Only after "the number of": a country named before a count is more often its speaker
// ("Egypt said 14 had died").

const NUMBER_OF = /(?:(?<![\p{L}\p{N}])number\s+of(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])nombre\s+d[e']|(?<![\p{L}\p{N}])total\s+(?:of(?![\p{L}\p{N}])|d(?:e(?![\p{L}\p{N}])|'(?=[\p{L}\p{N}])))|(?:^|[\s،])(?:[وف]?(?:ال)?عدد|حصيلة))/giu
// How far before its number the "number of" may stand.
const REACH = 80
const WORD = /[\p{L}'’]+/gu

/** The country whose people a count names before its number, after "the number of", within its clause; else null. */
export function peopleBefore(c: Claim, text: string, clause: Span): string | null {
  const from = Math.max(clause.start, c.span.start - REACH)
  const before = text.slice(from, c.span.start)
  let at = -1
  for (const m of before.matchAll(NUMBER_OF)) at = m.index! + m[0].length
  if (at < 0) return null
  for (const w of before.slice(at).match(WORD) ?? []) {
    // (An Arabic people word with both its article and its plural ending: "الأردنيين".)
    const country = countryOf(w) ?? countryOf(w.replace(/^(?:[وفبل]?ال|لل)/u, ''))
    if (country) return country
  }
  return null
}
