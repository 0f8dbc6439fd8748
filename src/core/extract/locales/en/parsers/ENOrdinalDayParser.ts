import type { Context, Hit, Parser } from '../../../common/contracts'
import { bareDayAt, type BareDayWords } from '../../../common/latin/bareDay'
import { L, LEX } from '../lexicon'

// A day written as an ordinal alone, after a preposition of time: "said on the 28th that",
// "the blast on the 26th had left", "since the 3rd". The span keeps "the".

const WORDS: BareDayWords = {
  articles: new Set(['the']),
  articleInSpan: true,
  leads: L.bareDayLeads,
  suffixes: LEX.ordinalSuffixes,
  suffixRequired: true,
  notAfter: L.bareDayNotAfter,
}

export const ENOrdinalDayParser: Parser = {
  name: 'ENOrdinalDay',
  starters: { digits: true },
  extract: (ctx: Context, i: number): Hit | null => bareDayAt(ctx, LEX, WORDS, i, 'ENOrdinalDay'),
}
