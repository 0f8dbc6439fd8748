import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, futureBefore } from '../../../common/latin/dates'
import { LEX } from '../lexicon'
import { dayFirstAt } from '../dates'

// A date written day first: "12 March 2019", "5 Aug 2020", "8 August, 2020", "12th of March".

export const ENDayMonthParser: Parser = {
  name: 'ENDayMonth',
  starters: { digits: true },
  extract(ctx: Context, i: number): Hit | null {
    const p = dayFirstAt(ctx, i)
    if (!p) return null
    if (p.y === undefined && futureBefore(ctx, i, LEX)) p.next = true
    return dateHit(p, 'ENDayMonth')
  },
}
