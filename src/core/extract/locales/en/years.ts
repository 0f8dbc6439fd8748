import type { Token } from '../../common/tokens'
import { LEX, L } from './lexicon'

/**
 * Whether four digits that could be a year count something instead: "about 2000 soldiers",
 * "2000 troops" are counts; "the 2011 revolt", "in 2021", "2013, when" are years.
 */
export function yearIsCount(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (L.qualBefore.endingAt(tokens, i - 1)) return true
  if (prev && !tokens[i].nl && L.yearLeads.has(prev.w)) return false
  if (!next || next.nl || next.t !== 'w' || LEX.stop.has(next.w)) return false
  // (A plural by its ending, or one that has none: "1995 people were evacuated".)
  return Number(tokens[i].w) % 100 === 0 || /[^s]s$/.test(next.w) || L.anaphora.people.has(next.w)
}
