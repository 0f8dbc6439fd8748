// Figures on an axis: numbers stay numbers, ISO days become milliseconds (local midnight, as the
// chart's date adapter reads them), an inclusive last day ends a millisecond before the next midnight.
import type { Bound, Claim, Consensus, QuantityKind } from '../model'

const DAY_MS = 86_400_000

/** True for kinds whose bounds are ISO days. */
export function isDateKind(kind: QuantityKind): boolean {
  return kind === 'date' || kind === 'daterange'
}

/** An ISO day (YYYY-MM-DD), moved by `days`, as local-midnight milliseconds; null when it is not one. */
export function dayMs(iso: string, days = 0): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return null
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days).getTime()
}

/** A bound on the axis: the start of its day for `lo`, the end of its day for `hi`; null when open or unreadable. */
export function boundValue(bound: Bound, side: 'lo' | 'hi'): number | null {
  if (bound === null) return null
  if (typeof bound === 'number') return Number.isFinite(bound) ? bound : null
  const ms = side === 'hi' ? dayMs(bound, 1) : dayMs(bound)
  if (ms === null) {
    const n = Number(bound)
    return Number.isFinite(n) && bound.trim() !== '' ? n : null
  }
  return side === 'hi' ? ms - 1 : ms
}

/** A figure as an interval on the axis, with what is known about its ends. */
export interface AxisInterval {
  lo: number | null
  hi: number | null
  /** A single value (lo = hi for numbers, one day for dates). */
  exact: boolean
  /** "about N": a point that stands for a neighbourhood. */
  about: boolean
}

/** A claim's quantity on the axis. */
export function claimInterval(claim: Pick<Claim, 'quantity'>): AxisInterval {
  const q = claim.quantity
  const lo = boundValue(q.lo, 'lo')
  const hi = boundValue(q.hi, 'hi')
  const exact = q.lo !== null && q.lo === q.hi
  return { lo, hi, exact, about: exact && q.qualifier === 'about' }
}

/**
 * The consensus interval on the same axis as claimInterval. For date kinds the core may count in
 * days since 1970, in milliseconds, or as YYYYMMDD numbers; each is recognised by its size.
 */
export function consensusInterval(consensus: Consensus | null, kind: QuantityKind): { lo: number; hi: number } | null {
  const iv = consensus?.interval
  if (!iv) return null
  if (!isDateKind(kind)) return { lo: iv.lo, hi: iv.hi }
  return { lo: dateNumberMs(iv.lo, 'lo'), hi: dateNumberMs(iv.hi, 'hi') }
}

function dateNumberMs(n: number, side: 'lo' | 'hi'): number {
  if (Math.abs(n) > 1e11) return n
  const iso = n >= 1e7 && n <= 3e7
    ? `${String(Math.trunc(n)).slice(0, 4)}-${String(Math.trunc(n)).slice(4, 6)}-${String(Math.trunc(n)).slice(6, 8)}`
    : new Date(Math.trunc(n) * DAY_MS).toISOString().slice(0, 10)
  return boundValue(iso, side) ?? n
}

/** Whether two closed intervals with possibly open ends share a point. */
export function overlaps(a: { lo: number | null; hi: number | null }, b: { lo: number | null; hi: number | null }): boolean {
  const aLo = a.lo ?? -Infinity
  const aHi = a.hi ?? Infinity
  const bLo = b.lo ?? -Infinity
  const bHi = b.hi ?? Infinity
  return aLo <= bHi && bLo <= aHi
}
