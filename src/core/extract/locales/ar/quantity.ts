import type { Quantity, QuantityKind } from '../../../model'
import type { Context, Hit } from '../../common/contracts'
import { round6 } from '../../common/qualify'
import { L } from './lexicon'
import { countedPhrase, timeUnit, unitAt, type Unit } from './units'
import { countedAccusative } from './dates'

/** A number as a parser read it, before its unit: tokens [from, to), value, and how it was written. */
export interface Core {
  from: number
  to: number
  skip: number
  lo: number
  hi: number
  vague: boolean
  words: boolean
  yearLike: boolean
  ambiguity?: string
  /** A dual noun's time unit ("سنتين" → year), "%fraction" for a fraction read as a share. */
  dualUnit?: string | null
  /** A dual time unit's length in its unit ("عقدين": 10 years each). */
  dualFactor?: number
  /** A dual noun's phrase ends here (with its agreeing adjectives). */
  countedTo?: number
  /** The value before the scale word, and the scale. */
  base: number
  scale: number
  /** A currency sign before the digits ("$ 5"). */
  preSymbol?: string
}

/**
 * The quantity a number starts: its unit (percent, currency, time unit, measure), a rate after it
 * ("شهرياً", "للأونصة"), and the counted noun. Null for digits that look like a year and count
 * nothing: the date parsers read those.
 */
export function quantityHit(ctx: Context, core: Core, parser: string): Hit | null {
  const { tokens } = ctx
  // A dual noun is the thing counted: a time word after it starts a date, not a unit ("طائرتين يوم الأحد").
  const nounCounts = core.countedTo !== undefined && !core.dualUnit
  let unit: Unit = core.preSymbol ? { kind: 'money', unit: core.preSymbol, to: core.to } : nounCounts ? { kind: 'count', unit: null, to: core.to } : unitAt(ctx, core.to, core.vague)
  if (core.yearLike && unit.kind === 'count' && unit.unit === null && !ctx.whole && core.lo % 100 !== 0 && !L.qualBefore.endingAt(tokens, core.from - 1) && !(tokens[core.to] && !tokens[core.to].nl && countedAccusative(tokens[core.to].w))) return null
  let lo = core.lo
  let hi = core.hi
  if (core.dualUnit === '%fraction') {
    if (unit.kind !== 'count' || unit.unit !== null) return null
    unit = { kind: 'percent', unit: '%', to: core.to }
    lo = hi = Math.round(core.lo * 10000) / 100
  } else if (core.dualUnit) {
    // "عامين ونصف" (two and a half years): the half belongs to the dual's phrase.
    unit = timeUnit(tokens, core.to, core.dualUnit, core.dualFactor ?? 1)
  }
  if (unit.factor !== undefined || unit.add !== undefined) {
    lo = lo * (unit.factor ?? 1) + (unit.add ?? 0)
    hi = hi * (unit.factor ?? 1) + (unit.add ?? 0)
  }
  let to = unit.to
  // Rates: "10 ملايين دولار شهرياً", "5.200 دولار للأونصة".
  let per: string | null = null
  const pt = tokens[to]
  const pr = pt && !pt.nl && unit.kind !== 'duration' && unit.kind !== 'percent' ? L.per.at(tokens, to, true) : null
  if (pr) { per = pr.value; to += pr.n }
  const kind: QuantityKind = per ? 'rate' : unit.kind
  const q: Quantity = {
    kind, lo: round6(lo), hi: round6(hi),
    unit: per ? `${unit.unit ?? 'count'}/${per}` : unit.unit,
    per, precision: core.vague ? 'vague' : precisionOf(lo, core.words), qualifier: core.vague ? 'vague' : null,
  }
  if (core.ambiguity) q.ambiguity = core.ambiguity
  const counted = core.countedTo !== undefined
    ? (core.countedTo > core.to ? [core.to, core.countedTo] as [number, number] : null)
    : countedPhrase(tokens, to, kind)
  const from = core.preSymbol ? core.from - 1 : core.from
  const dayLike = !core.words && !core.vague && !core.preSymbol && unit.kind === 'count' && unit.unit === null && Number.isInteger(core.lo) && core.lo >= 1 && core.lo <= 31
  return {
    from, to, skip: core.preSymbol ? 0 : core.skip, quantity: q, counted, consumed: core.countedTo, parser,
    num: core.vague || core.dualUnit === '%fraction' ? undefined : { value: core.base, scale: core.scale, words: core.words, dayLike },
  }
}

function precisionOf(v: number, words: boolean): Quantity['precision'] {
  if (!Number.isInteger(v)) return 'exact'
  return words || (v >= 100 && v % 100 === 0) ? 'round' : 'exact'
}
