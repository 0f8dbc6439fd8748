import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, shortYearSpan, yearAt } from '../../../common/latin/dates'
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
    // "2023-24": two years.
    const span = shortYearSpan(tokens, i)
    if (span) return dateHit({ from: i, to: span.to, y: span.y }, 'ENYear', { y: span.y2 })
    const y = yearAt(tokens, i, LEX)
    if (y === null || notAFigure(ctx, i, LEX) || yearIsCount(tokens, i)) return null
    return dateHit({ from: i, to: i + 1, y, bareYear: true }, 'ENYear')
  },
}
