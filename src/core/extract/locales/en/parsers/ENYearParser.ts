import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, yearAt } from '../../../common/latin/dates'
import { notAFigure } from '../../../common/latin/names'
import { LEX } from '../lexicon'
import { yearIsCount } from '../years'

// A year in digits: "2021", "the 2011 revolt"; "in 2021" and "since 2020" keep their preposition
// (a refiner adds it). Four digits that count something ("2000 troops") are left to the cardinal.

export const ENYearParser: Parser = {
  name: 'ENYear',
  starters: { digits: true },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const y = yearAt(tokens, i, LEX)
    if (y === null || notAFigure(ctx, i, LEX) || yearIsCount(tokens, i)) return null
    return dateHit({ from: i, to: i + 1, y, bareYear: true }, 'ENYear')
  },
}
