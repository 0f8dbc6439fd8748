import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'
import { dateHit } from '../dates'

// A decade named by its word: "الستينيات" (the 1960s).

export const ARDecadeParser: Parser = {
  name: 'ARDecade',
  starters: { words: L.decades.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const dec = L.decades.at(ctx.tokens, i)
    return dec ? dateHit({ from: i, to: i + dec.n, skip: prefixSkip(ctx.tokens[i].w, dec.pre), decade: dec.value }, 'ARDecade') : null
  },
}
