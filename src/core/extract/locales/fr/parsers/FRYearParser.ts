import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, shortYearSpan, yearAt } from '../../../common/latin/dates'
import { notAFigure } from '../../../common/latin/names'
import { LEX } from '../lexicon'
import { yearIsCount } from '../years'

// A year in digits: "2001", "l'an 2000"; "en 2001" and "depuis 2020" keep their preposition (a
// refiner adds it). Four digits that count something ("2000 manifestants") are left to the cardinal.

export const FRYearParser: Parser = {
  name: 'FRYear',
  starters: { digits: true },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    // "2023-24": two years.
    const span = shortYearSpan(tokens, i)
    if (span) return dateHit({ from: i, to: span.to, y: span.y }, 'FRYear', { y: span.y2 })
    const y = yearAt(tokens, i, LEX)
    if (y === null || notAFigure(ctx, i, LEX) || yearIsCount(tokens, i)) return null
    // "2 000" is a count written in groups, not the year 2000 (the cardinal joins the groups).
    if (tokens[i + 1]?.t === 'n' && /^\d{3}$/.test(tokens[i + 1].w) && tokens[i + 1].s === tokens[i].e + 1) return null
    return dateHit({ from: i, to: i + 1, y, bareYear: true }, 'FRYear')
  },
}
