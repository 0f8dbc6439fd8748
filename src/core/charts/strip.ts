// The small inline range chart of an overview row: each source's interval on one shared scale,
// in fractions of the width (0 = start, 1 = end), drawn by the UI as a tiny SVG.
import type { Claim } from '../model'
import { cellStatus, type CellStatus } from './coverage'
import { claimInterval, consensusInterval, isDateKind } from './scale'
import type { TopicRow } from './topics'

export interface StripBar {
  claimId: string
  sourceId: string
  /** Positions in [0, 1]; x0 = x1 for a single value. */
  x0: number
  x1: number
  openLo: boolean
  openHi: boolean
  exact: boolean
  status: CellStatus
  /** Figures drawn by this bar: those with the same position and status share one (the first named). */
  count: number
}

/** `hidden`: figures left out of the drawing (beyond `STRIP_BARS` distinct bars). */
export interface Strip { bars: StripBar[]; consensus: { x0: number; x1: number } | null; hidden: number }

/** Distinct bars a strip draws at most: it is a glance, 160 pixels wide; the topic page has them all. */
export const STRIP_BARS = 12

/** The finite ends of a set of intervals, widened a little so nothing sits on the edge. */
export function extent(values: number[], pad = 0.08): [number, number] | null {
  const finite = values.filter(Number.isFinite)
  if (finite.length === 0) return null
  let lo = Math.min(...finite)
  let hi = Math.max(...finite)
  const span = hi - lo || Math.abs(hi) * 0.2 || 1
  lo -= span * pad
  hi += span * pad
  return [lo, hi]
}

/**
 * The strip of one topic row: one bar per claim on the topic's axis, ordered by source; claims
 * drawn alike share a bar, and beyond `max` bars the most shared are kept (an archive's topic
 * holds thousands of figures, most of them repeating a few values).
 */
export function rangeStrip(row: TopicRow, max = STRIP_BARS): Strip {
  const dateTopic = isDateKind(row.topic.kind)
  const order = new Map(row.sourceIds.map((id, i) => [id, i]))
  const claims = row.claims
    .filter((c) => isDateKind(c.quantity.kind) === dateTopic)
    .sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || a.span.start - b.span.start)
  const ivs = claims.map((c) => ({ c, iv: claimInterval(c) }))
  const cons = consensusInterval(row.comparison?.consensus ?? null, row.topic.kind)
  const dom = extent([...ivs.flatMap(({ iv }) => [iv.lo ?? NaN, iv.hi ?? NaN]), ...(cons ? [cons.lo, cons.hi] : [])])
  if (!dom) return { bars: [], consensus: null, hidden: 0 }
  const [d0, d1] = dom
  const x = (v: number) => Math.min(1, Math.max(0, (v - d0) / (d1 - d0)))
  const statusOf = (c: Claim) => cellStatus(row, [c])
  const alike = new Map<string, StripBar>()
  for (const { c, iv } of ivs) {
    const bar: StripBar = {
      claimId: c.id,
      sourceId: c.source,
      x0: iv.lo === null ? 0 : x(iv.lo),
      x1: iv.hi === null ? 1 : x(iv.hi),
      openLo: iv.lo === null,
      openHi: iv.hi === null,
      exact: iv.exact,
      status: statusOf(c),
      count: 1,
    }
    // Alike to the drawing's precision (a thousandth of the width is less than a pixel).
    const key = [bar.x0.toFixed(3), bar.x1.toFixed(3), bar.openLo, bar.openHi, bar.exact, bar.status].join('|')
    const seen = alike.get(key)
    if (seen) seen.count++
    else alike.set(key, bar)
  }
  let bars = [...alike.values()]
  if (bars.length > max) {
    const kept = new Set([...bars].sort((a, b) => b.count - a.count).slice(0, max))
    bars = bars.filter((b) => kept.has(b))
  }
  return {
    bars,
    consensus: cons ? { x0: x(cons.lo), x1: x(cons.hi) } : null,
    hidden: ivs.length - bars.reduce((n, b) => n + b.count, 0),
  }
}
