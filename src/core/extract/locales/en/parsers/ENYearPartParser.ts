import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, yearPartAt } from '../../../common/latin/dates'
import { L, LEX } from '../lexicon'

// A quarter or a half of a named year: "the first quarter of 2024" (January–March 2024), "the
// second half of 2023", "Q3 2024", "the fourth quarter of last year".

export const ENYearPartParser: Parser = {
  name: 'ENYearPart',
  starters: { digits: true, words: [...L.yearParts.ordinals.firstWords(), ...L.yearParts.letters] },
  extract(ctx: Context, i: number): Hit | null {
    const p = yearPartAt(ctx, LEX, L.yearParts, i)
    return p ? dateHit(p, 'ENYearPart') : null
  },
}
