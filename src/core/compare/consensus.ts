import type { Consensus } from '../model'
import { pointOf, type Interval } from './interval'
import { idTable } from '../ids'

// What the sources agree on, described, never decided: the interval most of them agree with
// (Marzullo's algorithm), a weighted median and spread of their point values, and outliers by
// median absolute deviation (only with three or more sources, where it means something).

export interface Voice { source: string; interval: Interval; weight: number }

/** Marzullo: the interval covered by the most voices (weighted), and how many cover it. */
export function marzullo(voices: Voice[]): { lo: number; hi: number; count: number } | null {
  const edges: { x: number; d: number; w: number }[] = []
  for (const v of voices) {
    if (v.weight <= 0) continue
    edges.push({ x: v.interval.lo, d: +1, w: v.weight }, { x: v.interval.hi, d: -1, w: v.weight })
  }
  if (!edges.length) return null
  // Starts before ends at the same point, so touching intervals count as agreeing.
  edges.sort((a, b) => a.x - b.x || b.d - a.d)
  let best = 0
  let cur = 0
  let curN = 0
  let out: { lo: number; hi: number; count: number } | null = null
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]
    cur += e.d * e.w
    curN += e.d
    if (e.d > 0 && cur > best + 1e-9) {
      best = cur
      out = { lo: e.x, hi: edges[i + 1]?.x ?? e.x, count: curN }
    }
  }
  return out
}

// When the weight below a value is exactly half of all (41 from one origin, 58 and 63 from another
// whose weight they share), no value holds the middle: the median lies halfway to the next value.
// Taking the lower one would make a lone 41 "the consensus" and the other origin's figures outliers.
const EPS = 1e-9
export function weightedMedian(points: { x: number; w: number }[]): number | null {
  const ps = points.filter((p) => p.w > 0 && Number.isFinite(p.x)).sort((a, b) => a.x - b.x)
  const total = ps.reduce((s, p) => s + p.w, 0)
  if (!total) return null
  let acc = 0
  for (let i = 0; i < ps.length; i++) {
    acc += ps[i].w
    if (Math.abs(acc - total / 2) <= EPS * total) {
      const next = ps.slice(i + 1).find((p) => p.x !== ps[i].x)
      return next ? (ps[i].x + next.x) / 2 : ps[i].x
    }
    if (acc > total / 2) return ps[i].x
  }
  return ps[ps.length - 1].x
}

export function consensus(voices: Voice[]): Consensus {
  // Keyed by source id: a table with no prototype, so an id such as "constructor" is just an id.
  const weights = idTable(voices.map((v) => [v.source, v.weight] as const))
  const points = voices.map((v) => ({ source: v.source, x: pointOf(v.interval), w: v.weight }))
  const median = weightedMedian(points)
  const deviations = median === null ? [] : points.map((p) => ({ x: Math.abs(p.x - median), w: p.w }))
  const mad = weightedMedian(deviations)
  const outliers = median !== null && mad !== null && points.length >= 3
    ? points.filter((p) => (mad > 0 ? Math.abs(p.x - median) > 3 * 1.4826 * mad : Math.abs(p.x - median) > Math.abs(median) * 0.5)).map((p) => p.source)
    : []
  // One voice is no consensus: an interval that no two voices share is not drawn, and no figure
  // is set against it.
  const found = marzullo(voices)
  const iv = found && found.count >= 2 ? found : null
  const finite = (n: number) => (Number.isFinite(n) ? n : null)
  return {
    interval: iv && finite(iv.lo) !== null && finite(iv.hi) !== null ? iv : iv ? { lo: finite(iv.lo) ?? iv.hi, hi: finite(iv.hi) ?? iv.lo, count: iv.count } : null,
    median,
    spread: mad,
    weights,
    outliers: [...new Set(outliers)],
  }
}
