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
}

export interface Strip { bars: StripBar[]; consensus: { x0: number; x1: number } | null }

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

/** The strip of one topic row: one bar per claim on the topic's axis, ordered by source. */
export function rangeStrip(row: TopicRow): Strip {
  const dateTopic = isDateKind(row.topic.kind)
  const order = new Map(row.sourceIds.map((id, i) => [id, i]))
  const claims = row.claims
    .filter((c) => isDateKind(c.quantity.kind) === dateTopic)
    .sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || a.span.start - b.span.start)
  const ivs = claims.map((c) => ({ c, iv: claimInterval(c) }))
  const cons = consensusInterval(row.comparison?.consensus ?? null, row.topic.kind)
  const dom = extent([...ivs.flatMap(({ iv }) => [iv.lo ?? NaN, iv.hi ?? NaN]), ...(cons ? [cons.lo, cons.hi] : [])])
  if (!dom) return { bars: [], consensus: null }
  const [d0, d1] = dom
  const x = (v: number) => Math.min(1, Math.max(0, (v - d0) / (d1 - d0)))
  const statusOf = (c: Claim) => cellStatus(row, [c])
  return {
    bars: ivs.map(({ c, iv }) => ({
      claimId: c.id,
      sourceId: c.source,
      x0: iv.lo === null ? 0 : x(iv.lo),
      x1: iv.hi === null ? 1 : x(iv.hi),
      openLo: iv.lo === null,
      openHi: iv.hi === null,
      exact: iv.exact,
      status: statusOf(c),
    })),
    consensus: cons ? { x0: x(cons.lo), x1: x(cons.hi) } : null,
  }
}
