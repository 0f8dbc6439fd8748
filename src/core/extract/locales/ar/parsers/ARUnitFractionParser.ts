import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { round6 } from '../../../common/qualify'
import { L } from '../lexicon'

// A fraction of one time unit is a duration: "نصف ساعة" (half an hour), "ربع ساعة", "نصف قرن"
// (50 years), "ثلاثة أرباع الساعة", "نصف يوم". The unit may be definite ("نصف الساعة"), but a
// dual or a plural is a share of something counted ("نصف الأيام"), left to the fraction parser.

export const ARUnitFractionParser: Parser = {
  name: 'ARUnitFraction',
  starters: { words: L.fractions.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const fr = L.fractions.at(tokens, i)
    if (!fr) return null
    const k = i + fr.n
    const t = tokens[k]
    if (!t || t.nl) return null
    const tu = L.timeUnits.at(tokens, k)
    if (!tu || tu.value.dual || tu.value.plural || tu.pre !== t.w.length - t.w.replace(/^ال/, '').length) return null
    const v = round6(fr.value * (tu.value.factor ?? 1))
    return {
      from: i, to: k + 1, skip: prefixSkip(tokens[i].w, fr.pre), counted: null, parser: 'ARUnitFraction',
      quantity: { kind: 'duration', lo: v, hi: v, unit: tu.value.unit, per: null, precision: 'round', qualifier: null },
    }
  },
}
