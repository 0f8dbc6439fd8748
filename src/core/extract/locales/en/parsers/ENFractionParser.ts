import type { Context, Hit, Parser } from '../../../common/contracts'
import { LEX } from '../lexicon'

// A share of a whole: "half of them", "a third of the population", "two-thirds of the city",
// "nearly half the houses" → a percentage (33.33 % for a third). "half a million" is a number,
// read by the cardinal parser; "the first half of 2023" is no share.

const WHOLE = new Set(['of', 'the', 'them', 'its', 'their', 'his', 'her', 'our', 'all', 'those', 'these', 'this', 'that'])
const NOT_SHARE = new Set(['first', 'second', 'other', 'latter', 'final', 'last'])

export const ENFractionParser: Parser = {
  name: 'ENFraction',
  starters: { words: LEX.fractions.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const fr = LEX.fractions.at(tokens, i, true)
    if (!fr) return null
    const next = tokens[i + fr.n]
    if (!next || next.nl || !WHOLE.has(next.w) || NOT_SHARE.has(tokens[i - 1]?.w ?? '')) return null
    const v = Math.round(fr.value * 10000) / 100
    return { from: i, to: i + fr.n, skip: 0, counted: null, parser: 'ENFraction', quantity: { kind: 'percent', lo: v, hi: v, unit: '%', per: null, precision: 'round', qualifier: null } }
  },
}
