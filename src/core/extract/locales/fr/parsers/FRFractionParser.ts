import type { Context, Hit, Parser } from '../../../common/contracts'
import { readShare } from '../../../common/latin/vague'
import { LEX } from '../lexicon'

// A share of a whole: "la moitié de la ville", "un tiers de la population", "les deux tiers des
// maisons" → a percentage (33.33 % for a tiers).

export const FRFractionParser: Parser = {
  name: 'FRFraction',
  starters: { words: LEX.fractions.firstWords() },
  extract: (ctx: Context, i: number): Hit | null => readShare(ctx, LEX, i, 'FRFraction'),
}
