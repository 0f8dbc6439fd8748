import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, futureBefore } from '../../../common/latin/dates'
import { dayMonthAt } from '../dates'
import { LEX } from '../lexicon'

// A day and its month: "4 août 2020", "1er août", "8 septembre", "26 octobre dernier". A leading
// "le" stays outside the span.

export const FRDayMonthParser: Parser = {
  name: 'FRDayMonth',
  starters: { digits: true, words: ['premier'] },
  extract(ctx: Context, i: number): Hit | null {
    const p = dayMonthAt(ctx, i)
    if (!p) return null
    // "Le Conseil se réunira le 3 décembre": a yearless date the sentence sets in the future is the next one.
    if (p.y === undefined && !p.past && !p.next && !p.relative && futureBefore(ctx, i, LEX)) p.next = true
    return dateHit(p, 'FRDayMonth')
  },
}
