import type { Token } from '../../common/tokens'
import { LEX, L } from './lexicon'

// Words after which four digits are a year whatever follows ("en 2012", "depuis 2020", "l'an 2000").
const STRONG_LEADS = new Set(['en', 'depuis', 'dès', 'jusqu', 'an', 'année', 'fin', 'début', 'mi', 'courant', 'avant', 'après', 'vers'])

/**
 * Whether four digits that could be a year count something instead: "environ 2000 soldats",
 * "2000 manifestants" are counts; "en 2001", "l'an 2000", "2013, quand" are years.
 */
export function yearIsCount(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (L.qualBefore.endingAt(tokens, i - 1)) return true
  if (prev && !tokens[i].nl && STRONG_LEADS.has(prev.w)) return false
  // "fait état de 2012 morts et 2059 blessés": a plural noun after the digits is what they count.
  if (next && !next.nl && next.t === 'w' && !LEX.stop.has(next.w) && /[^s]s$|[^x]x$/.test(next.w) && !L.months.at(tokens, i + 1, true)) return true
  if (prev && !tokens[i].nl && L.yearLeads.has(prev.w)) return false
  if (!next || next.nl || next.t !== 'w' || LEX.stop.has(next.w)) return false
  return Number(tokens[i].w) % 100 === 0
}
