import type { Context, Hit, Parser } from '../../../common/contracts'
import { readShare } from '../../../common/latin/vague'
import { LEX } from '../lexicon'

// A share of a whole: "half of them", "a third of the population", "two-thirds of the city",
// "nearly half the houses" → a percentage (33.33 % for a third). "half a million" is a number,
// read by the cardinal parser; "the first half of 2023" is no share.

export const ENFractionParser: Parser = {
  name: 'ENFraction',
  starters: { words: LEX.fractions.firstWords() },
  extract: (ctx: Context, i: number): Hit | null => readShare(ctx, LEX, i, 'ENFraction'),
}
