import type { Context, Hit, Parser } from '../../../common/contracts'
import { readOneIn } from '../../../common/latin/vague'
import { LEX } from '../lexicon'

// A share as one of every so many: "one in three", "one resident in five", "one child in ten" →
// a percentage (33.33 %, 20 %, 10 %).

export const ENOneInParser: Parser = {
  name: 'ENOneIn',
  starters: { words: ['one'] },
  extract: (ctx: Context, i: number): Hit | null => readOneIn(ctx, LEX, i, 'ENOneIn'),
}
