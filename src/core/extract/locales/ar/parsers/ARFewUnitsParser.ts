import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { foldKey } from '../../../../text/normalize'
import { L } from '../lexicon'

// A plural time unit with "few" or "several" after it is a vague duration, as "بضعة" or "عدة"
// before it would be: "ساعات قليلة" [3, 9] hours, "أيام معدودة", "أياماً عدة" [3, 10] days.
const AFTER: Record<string, [number, number]> = Object.fromEntries([
  ['قليلة', [3, 9]], ['قليلة فقط', [3, 9]], ['معدودة', [3, 9]], ['معدودات', [3, 9]], ['عدة', [3, 10]],
].map(([w, v]) => [foldKey(w as string), v as [number, number]]))

export const ARFewUnitsParser: Parser = {
  name: 'ARFewUnits',
  starters: { words: L.timeUnits.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const tu = L.timeUnits.at(tokens, i)
    if (!tu || !tu.value.plural || tokens[i].w.slice(0, tu.pre).endsWith('ال')) return null
    const next = tokens[i + tu.n]
    const range = next && !next.nl ? AFTER[next.w] : undefined
    if (!range) return null
    const f = tu.value.factor ?? 1
    return {
      from: i, to: i + tu.n + 1, skip: prefixSkip(tokens[i].w, tu.pre), counted: null, parser: 'ARFewUnits',
      quantity: { kind: 'duration', lo: range[0] * f, hi: range[1] * f, unit: tu.value.unit, per: null, precision: 'vague', qualifier: 'vague' },
    }
  },
}
