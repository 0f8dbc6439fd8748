import type { Context, Hit, Parser } from '../../../common/contracts'
import { readOneIn } from '../../../common/latin/vague'
import { LEX } from '../lexicon'

// A share as one of every so many: "un habitant sur trois", "une maison sur deux", "un sur dix" →
// a percentage (33.33 %, 50 %, 10 %).

export const FROneInParser: Parser = {
  name: 'FROneIn',
  starters: { words: ['un', 'une'] },
  extract: (ctx: Context, i: number): Hit | null => readOneIn(ctx, LEX, i, 'FROneIn'),
}
