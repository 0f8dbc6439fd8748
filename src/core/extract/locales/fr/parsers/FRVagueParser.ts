import type { Context, Hit, Parser } from '../../../common/contracts'
import { readVague } from '../../../common/latin/vague'
import { LEX } from '../lexicon'

// Vague amounts with their conventional intervals: "des dizaines" [20, 99], "des centaines",
// "des milliers", "des dizaines de milliers", "quelques heures", "plusieurs tonnes", "plusieurs
// milliers"; and rounded ones, about their value: "une dizaine", "une centaine", "un millier",
// "une soixantaine de kilomètres".

export const FRVagueParser: Parser = {
  name: 'FRVague',
  starters: { words: LEX.vague.firstWords() },
  extract: (ctx: Context, i: number): Hit | null => readVague(ctx, LEX, i, 'FRVague'),
}
