import type { Context, Hit, Parser } from '../../../common/contracts'
import { readCardinal } from '../../../common/latin/cardinal'
import { LEX } from '../lexicon'
import { yearIsCount } from '../years'

// A cardinal in digits or words, with its currency, scale, unit, rate and counted noun: "11,300",
// "$71.4 million", "€252.7m", "$2.5bn", "Dh11 billion", "twenty-five", "one hundred and five",
// "two and a half years", "a decade", "a million", "five-day", "two-and-a-half-year",
// "three-member", "60-plus", "20- to 30-metre", "30 percent", "2,750 tons", "140,000 dirhams".
// Qualifiers and ranges are attached by the refiners.

const SUSPENDED = new Set(['to', 'or', 'and'])

export const ENCardinalParser: Parser = {
  name: 'ENCardinal',
  starters: { digits: true, symbols: ['$', '€', '£', '₹'], words: [...LEX.numberWords.firstWords(), ...LEX.currencyBefore.firstWords(), ...LEX.scaleFractions.firstWords()] },
  extract: (ctx: Context, i: number): Hit | null => readCardinal(ctx, LEX, i, 'ENCardinal', { yearIsCount, suspendedJoins: SUSPENDED }),
}
