import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, futureBefore } from '../../../common/latin/dates'
import { monthYearAt } from '../dates'
import { L, LEX } from '../lexicon'

// A month, with its year or a relative word: "août 2020", "février 1960", "avril dernier",
// "juillet prochain", "mars de l'année dernière", "juillet" (after "en", "depuis", "de").

export const FRMonthParser: Parser = {
  name: 'FRMonth',
  starters: { words: L.months.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const p = monthYearAt(ctx, i)
    if (!p) return null
    // "Le Conseil se réunira le 3 décembre": a yearless date the sentence sets in the future is the next one.
    if (p.y === undefined && !p.past && !p.next && !p.relative && futureBefore(ctx, i, LEX)) p.next = true
    return dateHit(p, 'FRMonth')
  },
}
