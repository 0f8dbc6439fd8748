import type { Context, Hit, Parser } from '../../../common/contracts'
import { bareDayAt, type BareDayWords } from '../../../common/latin/bareDay'
import { L, LEX } from '../lexicon'

// A day of the month written without its month: "a annoncé le 28 que", "depuis le 1er". The span
// leaves "le" out, as for "le 4 août".

const WORDS: BareDayWords = {
  articles: new Set(['le']),
  articleInSpan: false,
  leads: null,
  suffixes: new Set(['er']),
  suffixRequired: false,
  notAfter: L.bareDayNotAfter,
}

export const FRBareDayParser: Parser = {
  name: 'FRBareDay',
  starters: { digits: true },
  extract: (ctx: Context, i: number): Hit | null => bareDayAt(ctx, LEX, WORDS, i, 'FRBareDay'),
}
