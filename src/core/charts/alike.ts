// A topic chart a phone can read: a topic of many sources repeats a few values, and one bar per
// figure at 390 px is a column of unreadable labels. Figures drawn alike share one bar, labelled
// with how many sources give it; beyond `max` bars the most shared are kept.
import type { FigureRow } from './intervals'

/** One bar standing for the figures drawn alike: a representative, how many figures, from which sources. */
export interface AlikeRow { row: FigureRow; figures: number; sources: string[] }

/** The figures grouped by how they are drawn (interval, precision, standing, unit), in the order of their values. */
export function alikeRows(rows: readonly FigureRow[], max = 10): { rows: AlikeRow[]; hidden: number } {
  const groups = new Map<string, AlikeRow>()
  for (const r of rows) {
    const iv = r.interval
    const key = JSON.stringify([iv.lo, iv.hi, iv.exact, iv.about, r.fuzzy, r.status, r.claim.quantity.unit])
    const seen = groups.get(key)
    if (!seen) { groups.set(key, { row: r, figures: 1, sources: [r.source.id] }); continue }
    seen.figures++
    if (!seen.sources.includes(r.source.id)) seen.sources.push(r.source.id)
  }
  let kept = [...groups.values()]
  if (kept.length > max) {
    const most = new Set([...kept].sort((a, b) => b.sources.length - a.sources.length || b.figures - a.figures).slice(0, max))
    kept = kept.filter((g) => most.has(g))
  }
  const at = (g: AlikeRow) => g.row.interval.lo ?? g.row.interval.hi ?? 0
  kept.sort((a, b) => at(a) - at(b) || (a.row.interval.hi ?? Infinity) - (b.row.interval.hi ?? Infinity))
  return { rows: kept, hidden: rows.length - kept.reduce((n, g) => n + g.figures, 0) }
}
