// Highlights built from offsets: a text cut into plain slices and marked slices, so the UI renders
// each slice as a text node (never as HTML). Overlapping marks: the higher-ranked one is drawn, the
// others are listed on it (`also`), so a link to any of them still finds a place in the text.
import type { Span } from '../model'

/** A span to highlight; a lower `rank` wins an overlap (then the longer, then the earlier one). */
export interface Mark extends Span { id: string; rank?: number }

/** A slice of the text: plain (mark null) or highlighted. Offsets are into the whole text. */
export interface Segment<M extends Mark = Mark> {
  start: number
  end: number
  text: string
  mark: M | null
  /** Ids of marks that overlap this one and were not drawn. */
  also: string[]
}

/** Cuts text[range] into slices around the marks that fall within it (clipped to it). */
export function highlightSegments<M extends Mark>(text: string, marks: M[], range: Span = { start: 0, end: text.length }): Segment<M>[] {
  const lo = Math.max(0, range.start)
  const hi = Math.min(text.length, range.end)
  const inside = marks
    .map((m) => ({ m, start: Math.max(m.start, lo), end: Math.min(m.end, hi) }))
    .filter((x) => x.end > x.start)
    .sort((a, b) => (a.m.rank ?? 0) - (b.m.rank ?? 0) || (b.end - b.start) - (a.end - a.start) || a.start - b.start)
  const kept: { m: M; start: number; end: number; also: string[] }[] = []
  for (const x of inside) {
    const hit = kept.find((k) => k.start < x.end && x.start < k.end)
    if (hit) hit.also.push(x.m.id)
    else kept.push({ ...x, also: [] })
  }
  kept.sort((a, b) => a.start - b.start)
  const out: Segment<M>[] = []
  let at = lo
  for (const k of kept) {
    if (k.start > at) out.push({ start: at, end: k.start, text: text.slice(at, k.start), mark: null, also: [] })
    out.push({ start: k.start, end: k.end, text: text.slice(k.start, k.end), mark: k.m, also: k.also })
    at = k.end
  }
  if (at < hi || out.length === 0) out.push({ start: at, end: hi, text: text.slice(at, hi), mark: null, also: [] })
  return out
}

/** The id of the drawn mark that stands for a given mark id (itself, or the one it was folded under). */
export function drawnMarkFor(segments: Segment[], id: string): string | null {
  const s = segments.find((x) => x.mark && (x.mark.id === id || x.also.includes(id)))
  return s?.mark?.id ?? null
}
