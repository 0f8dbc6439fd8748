import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'

// A measure or a currency and "one" after it, as Arabic says one of a thing: "كيلومتر واحد" (one
// kilometre), "دولاراً واحداً", "بمتر واحد". The unit is in the span, as with any number
// ("5 كيلومترات"); durations of one ("يوم واحد") are read by ARDurationWord.

export const ARUnitThenOneParser: Parser = {
  name: 'ARUnitThenOne',
  starters: { words: [...L.measures.firstWords(), ...L.currencies.firstWords()] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const measure = L.measures.at(tokens, i)
    const currency = measure ? null : L.currencies.at(tokens, i)
    const u = measure ?? currency
    // A definite unit ("الكيلومتر الواحد", per kilometre) names a unit, not an amount.
    if (!u || tokens[i].w.slice(0, u.pre).endsWith('ال')) return null
    const one = tokens[i + u.n]
    if (!one || one.nl || one.t !== 'w' || L.units.at(tokens, i + u.n, true)?.value !== 1) return null
    const unit = u.value
    const kind = measure ? 'count' : 'money'
    return {
      from: i, to: i + u.n + 1, skip: prefixSkip(tokens[i].w, u.pre), counted: null, parser: 'ARUnitThenOne',
      quantity: { kind, lo: 1, hi: 1, unit, per: null, precision: 'exact', qualifier: null },
    }
  },
}
