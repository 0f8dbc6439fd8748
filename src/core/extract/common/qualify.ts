import type { Qualifier, Quantity } from '../../model'

// A qualifier turned into an interval, the same way in every language:
//   about N → [N, N] with qualifier "about" (the tolerance belongs to the comparison);
//   more than / at least N → [N, open); less than / at most N → (open, N];
//   a range stays [a, b]; a vague amount keeps its conventional interval.

/** The quantity with a qualifier applied to its interval. A range keeps "range" unless the qualifier opens it. */
export function qualify(q: Quantity, qualifier: Qualifier): Quantity {
  const ranged = q.qualifier === 'range'
  if (qualifier === 'more-than' || qualifier === 'at-least') return { ...q, hi: null, qualifier }
  if (qualifier === 'less-than' || qualifier === 'at-most') return { ...q, lo: null, qualifier }
  if (ranged || q.qualifier === 'vague') return q
  return { ...q, qualifier }
}

/** Rounds away binary noise (0.1 × 3). */
// From a billion up, six decimals are past what a double holds: "128.7 مليار" is 128.7 × 1e9 =
// 128699999999.99998, so fifteen significant digits round it there (a string round trip, kept off the common path).
export const round6 = (v: number | null) => (v === null ? null : Math.abs(v) < 1e9 ? Math.round(v * 1e6) / 1e6 : Number(v.toPrecision(15)))
