import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit } from '../../../common/latin/dates'
import { monthYearAt } from '../dates'
import { L } from '../lexicon'

// A month, with its year or a relative word: "août 2020", "février 1960", "avril dernier",
// "juillet prochain", "mars de l'année dernière", "juillet" (after "en", "depuis", "de").

export const FRMonthParser: Parser = {
  name: 'FRMonth',
  starters: { words: L.months.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const p = monthYearAt(ctx, i)
    return p ? dateHit(p, 'FRMonth') : null
  },
}
