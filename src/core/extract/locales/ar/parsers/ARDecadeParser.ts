import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'
import { dateHit } from '../dates'

// A decade named by its word: "الستينيات" (the 1960s); with "من العمر"/"من أعمارهم" after it,
// someone's age: "في العشرينيات من أعمارهم" (a duration of 20–29 years), as "in their twenties".

export const ARDecadeParser: Parser = {
  name: 'ARDecade',
  starters: { words: L.decades.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const dec = L.decades.at(tokens, i)
    if (!dec) return null
    const to = i + dec.n
    const skip = prefixSkip(tokens[i].w, dec.pre)
    const of = tokens[to]
    const age = of && !of.nl && of.w === 'من' && tokens[to + 1] && !tokens[to + 1].nl && L.ageOf.has(tokens[to + 1].w)
    if (age) {
      const v = dec.value - 1900
      return { from: i, to, skip, counted: null, parser: 'ARDecade', quantity: { kind: 'duration', lo: v, hi: v + 9, unit: 'year', per: null, precision: 'round', qualifier: 'range' } }
    }
    return dateHit({ from: i, to, skip, decade: dec.value }, 'ARDecade')
  },
}
