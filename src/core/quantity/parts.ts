// The one model of a quantity's parts that every renderer reads: the value (a point, an interval
// or a bound open on one side), the qualifier, the unit, the period of a rate, the precision and
// the time the figure is about. It is decoded once from the extractor's Quantity, so no renderer
// has to know that a rate's unit is stored as "USD/month" beside per "month".
import type { Bound, Precision, Qualifier, Quantity, QuantityKind } from '../model'

/** A value: one point, a closed interval, a bound open above or below, or nothing known. */
export type Value<T extends number | string> =
  | { shape: 'point'; at: T }
  | { shape: 'interval'; lo: T; hi: T }
  | { shape: 'from'; lo: T }
  | { shape: 'to'; hi: T }
  | { shape: 'unknown' }

export interface QuantityParts {
  kind: QuantityKind
  /** Numbers for numeric kinds; inclusive ISO days for dates (a month is an interval of days). */
  value: Value<number> | Value<string>
  qualifier: Qualifier | null
  /** An ISO currency (or "USD-cent"), "%", a unit of time or measure; null for a plain count. */
  unit: string | null
  /** For a rate: what it is per (month, year, ounce, …). */
  period: string | null
  precision: Precision
  /** The time the figure is about (inclusive ISO days), when known. */
  asOf: { from: string; to: string } | null
  /** A relative or yearless date that could not be anchored. */
  unresolved: boolean
}

export const isDateKind = (kind: QuantityKind) => kind === 'date' || kind === 'daterange'

/** The kinds that are numbers on a line (a consensus, a range of two figures, a qualifier's bound). */
export const NUMERIC_KINDS: ReadonlySet<QuantityKind> = new Set(['count', 'money', 'percent', 'rate', 'duration'])

function valueOf<T extends number | string>(lo: T | null, hi: T | null): Value<T> {
  if (lo !== null && hi !== null) return lo === hi ? { shape: 'point', at: lo } : { shape: 'interval', lo, hi }
  if (lo !== null) return { shape: 'from', lo }
  if (hi !== null) return { shape: 'to', hi }
  return { shape: 'unknown' }
}

const num = (b: Bound): number | null => (typeof b === 'number' && Number.isFinite(b) ? b : null)
const day = (b: Bound): string | null => (typeof b === 'string' && /^\d{4}-\d{2}-\d{2}/.test(b) ? b.slice(0, 10) : null)

/** Decodes a Quantity into its parts; `asOf` is the time the figure is about, when the caller knows it. */
export function partsOf(q: Pick<Quantity, 'kind' | 'lo' | 'hi' | 'unit' | 'per' | 'precision' | 'qualifier'> & { unresolved?: boolean }, asOf: QuantityParts['asOf'] = null): QuantityParts {
  const dates = isDateKind(q.kind)
  // A rate's unit is stored as "<unit>/<per>" ("USD/month", "count/day"); the period is kept once.
  const [unitPart, perPart] = (q.unit ?? '').split('/')
  const unit = dates || !unitPart || unitPart === 'count' ? null : unitPart
  return {
    kind: q.kind,
    value: dates ? valueOf(day(q.lo), day(q.hi)) : valueOf(num(q.lo), num(q.hi)),
    qualifier: q.qualifier,
    unit,
    period: q.per ?? (perPart || null),
    precision: q.precision,
    asOf,
    unresolved: !!q.unresolved,
  }
}
