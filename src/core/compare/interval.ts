import type { Quantity } from '../model'
import { parseIso } from '../extract/common/dates'

// Interval algebra over numbers and days. A date becomes its day number, so "November 2025"
// contains "11 November 2025" and "end of 2022" lies inside "2022". Open bounds are infinite.

export interface Interval { lo: number; hi: number }

export const DEFAULT_TOLERANCE = 0.1

/** An ISO day as a day number (days since 1970-01-01). */
export const dayNumber = (iso: string) => { const { y, m, d } = parseIso(iso); return Date.UTC(y, m - 1, d) / 86400000 }

/** A quantity as an interval; "about" figures are widened by the tolerance (numbers only). */
export function toInterval(q: Pick<Quantity, 'kind' | 'lo' | 'hi' | 'qualifier'>, tolerance = DEFAULT_TOLERANCE): Interval | null {
  const conv = (b: Quantity['lo']) => (b === null ? null : typeof b === 'string' ? dayNumber(b) : b)
  const lo = conv(q.lo)
  const hi = conv(q.hi)
  if (lo === null && hi === null) return null
  let iv = { lo: lo ?? -Infinity, hi: hi ?? Infinity }
  if (q.qualifier === 'about' && typeof q.lo === 'number') iv = widen(iv, tolerance)
  return iv
}

export function widen(a: Interval, tolerance: number): Interval {
  const d = (v: number) => Math.abs(v) * tolerance
  return { lo: a.lo - (Number.isFinite(a.lo) ? d(a.lo) : 0), hi: a.hi + (Number.isFinite(a.hi) ? d(a.hi) : 0) }
}

export const overlaps = (a: Interval, b: Interval) => a.lo <= b.hi && b.lo <= a.hi
export const contains = (outer: Interval, inner: Interval) => outer.lo <= inner.lo && inner.hi <= outer.hi
/** The gap between two intervals, 0 when they overlap. */
export const distance = (a: Interval, b: Interval) => Math.max(0, a.lo - b.hi, b.lo - a.hi)
export const width = (a: Interval) => a.hi - a.lo

/** The length in days of an inclusive date interval. */
export const days = (a: Interval) => a.hi - a.lo + 1

/** Days in one unit of time. */
export const DAYS_PER_UNIT: Record<string, number> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25 }

/** Converts a duration to days (for checking it against a date range). */
export function durationDays(q: Pick<Quantity, 'lo' | 'hi' | 'unit'>): Interval | null {
  const k = DAYS_PER_UNIT[q.unit ?? '']
  if (k === undefined || (q.lo === null && q.hi === null)) return null
  return { lo: typeof q.lo === 'number' ? q.lo * k : -Infinity, hi: typeof q.hi === 'number' ? q.hi * k : Infinity }
}

/** The point that best stands for an interval: its middle, or its finite bound when open. */
export function pointOf(a: Interval): number {
  if (Number.isFinite(a.lo) && Number.isFinite(a.hi)) return (a.lo + a.hi) / 2
  return Number.isFinite(a.lo) ? a.lo : a.hi
}
