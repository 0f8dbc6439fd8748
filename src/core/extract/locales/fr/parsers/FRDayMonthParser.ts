import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit } from '../../../common/latin/dates'
import { dayMonthAt } from '../dates'

// A day and its month: "4 août 2020", "1er août", "8 septembre", "26 octobre dernier". A leading
// "le" stays outside the span.

export const FRDayMonthParser: Parser = {
  name: 'FRDayMonth',
  starters: { digits: true, words: ['premier'] },
  extract(ctx: Context, i: number): Hit | null {
    const p = dayMonthAt(ctx, i)
    return p ? dateHit(p, 'FRDayMonth') : null
  },
}
