import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, yearPartAt } from '../../../common/latin/dates'
import { L, LEX } from '../lexicon'

// A quarter or a half of a named year: "au premier trimestre 2024" (January–March 2024), "le
// second semestre de 2023", "le 1er trimestre de l'année dernière", "T3 2024". Without a year ("au
// premier trimestre") nothing places it, so it is no date.

export const FRYearPartParser: Parser = {
  name: 'FRYearPart',
  starters: { digits: true, words: [...L.yearParts.ordinals.firstWords(), ...L.yearParts.letters] },
  extract(ctx: Context, i: number): Hit | null {
    const p = yearPartAt(ctx, LEX, L.yearParts, i)
    return p ? dateHit(p, 'FRYearPart') : null
  },
}
