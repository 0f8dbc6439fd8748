import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit } from '../../../common/latin/dates'
import { dayFirstAt } from '../dates'

// A date written day first: "12 March 2019", "5 Aug 2020", "8 August, 2020", "12th of March".

export const ENDayMonthParser: Parser = {
  name: 'ENDayMonth',
  starters: { digits: true },
  extract(ctx: Context, i: number): Hit | null {
    const p = dayFirstAt(ctx, i)
    return p ? dateHit(p, 'ENDayMonth') : null
  },
}
