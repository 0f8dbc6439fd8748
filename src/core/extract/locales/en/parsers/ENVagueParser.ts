import type { Context, Hit, Parser } from '../../../common/contracts'
import { readVague } from '../../../common/latin/vague'
import { LEX } from '../lexicon'

// Vague amounts with their conventional intervals: "dozens" [20, 99], "hundreds of thousands",
// "thousands", "millions of dollars", "a few hours", "several days", "several thousand",
// "hundreds of kilometres"; "a dozen" is about 12.

export const ENVagueParser: Parser = {
  name: 'ENVague',
  starters: { words: LEX.vague.firstWords() },
  extract: (ctx: Context, i: number): Hit | null => readVague(ctx, LEX, i, 'ENVague'),
}
