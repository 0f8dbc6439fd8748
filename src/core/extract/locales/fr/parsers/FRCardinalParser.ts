import type { Context, Hit, Parser } from '../../../common/contracts'
import { readCardinal } from '../../../common/latin/cardinal'
import { LEX } from '../lexicon'
import { yearIsCount } from '../years'

// A cardinal in digits or words, with its currency, scale, unit, rate and counted noun: "2 750
// tonnes", "11 300" (any space between groups of three), "2.901" (a dot between thousands), "7,2",
// "1,5 million d'euros", "100 milliards de livres libanaises", "252,7 millions €", "50 M$",
// "trois milliards de dollars", "vingt-cinq", "quatre-vingt-dix", "deux cents", "quarante-huit
// heures", "un an et demi", "30 %", "30 pour cent". "un"/"une" is a figure only with a time unit or
// a scale ("un mois", "un million"). Qualifiers and ranges are attached by the refiners.

export const FRCardinalParser: Parser = {
  name: 'FRCardinal',
  starters: { digits: true, symbols: ['$', '€', '£', '₹'], words: [...LEX.numberWords.firstWords(), ...LEX.currencyBefore.firstWords(), ...LEX.scaleFractions.firstWords()] },
  extract: (ctx: Context, i: number): Hit | null => readCardinal(ctx, LEX, i, 'FRCardinal', { yearIsCount }),
}
