// The topic chart: one horizontal floating bar per figure (the interval), a marker for single
// values, open bounds drawn faded to the edge with an arrow, imprecise figures faded, and the
// consensus as a band with a line (chartjs-plugin-annotation). Numbers on a linear axis, dates
// on a time axis (milliseconds).
import type { ChartData } from 'chart.js'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import type { Claim, Consensus, QuantityKind, SourceMeta } from '../model'
import { cellStatus, type CellStatus } from './coverage'
import { claimInterval, consensusInterval, isDateKind, type AxisInterval } from './scale'
import { extent } from './strip'
import type { TopicRow } from './topics'
import { byPublication } from './topics'

/** Colours by cell status, plus the consensus, text and grid colours (the UI reads them from CSS). */
export type ChartPalette = Record<CellStatus | 'consensus' | 'text' | 'grid', string>

/** One figure of a topic as the chart and its table show it. */
export interface FigureRow {
  claim: Claim
  source: SourceMeta
  interval: AxisInterval
  status: CellStatus
  /** Imprecise: a part of a month, a month, a year, a vague amount or an "about" value. */
  fuzzy: boolean
}

/** The figures of a topic: those on its axis (`rows`) and those beside it (`aside`, e.g. a duration next to dates). */
export function figureRows(row: TopicRow, sources: SourceMeta[]): { rows: FigureRow[]; aside: FigureRow[] } {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const dateTopic = isDateKind(row.topic.kind)
  const all = row.claims
    .filter((c) => byId.has(c.source))
    .map((claim) => {
      const q = claim.quantity
      return {
        claim,
        source: byId.get(claim.source)!,
        interval: claimInterval(claim),
        status: cellStatus(row, [claim]),
        fuzzy: ['part-month', 'month', 'part-year', 'year', 'vague'].includes(q.precision) || q.qualifier === 'vague' || q.qualifier === 'about',
      }
    })
    .sort((a, b) => byPublication(a.source, b.source) || a.claim.span.start - b.claim.span.start)
  return {
    rows: all.filter((f) => isDateKind(f.claim.quantity.kind) === dateTopic),
    aside: all.filter((f) => isDateKind(f.claim.quantity.kind) !== dateTopic),
  }
}

/** A colour with an alpha: #rgb and #rrggbb become rgba(); anything else is returned as it is. */
export function withAlpha(color: string, alpha: number): string {
  const hex = color.trim().replace(/^#/, '')
  const full = hex.length === 3 ? hex.split('').map((c) => c + c).join('') : hex
  if (!/^[0-9a-f]{6}$/i.test(full)) return color
  const n = parseInt(full, 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

export interface IntervalChartOptions {
  kind: QuantityKind
  consensus: Consensus | null
  palette: ChartPalette
  /** One axis label per row. */
  labels: string[]
  /** The words on the consensus line. */
  consensusLabel: string
  /** Relative half-width drawn around an "about" value (default 0.1, the comparison's tolerance). */
  tolerance?: number
  /** Figures beside the axis; on a timeline a duration is drawn as a dashed box of its length inside its source's bar. */
  aside?: FigureRow[]
  /** One label per `aside` figure (e.g. "3 days"). */
  asideLabels?: string[]
}

export interface IntervalChart {
  time: boolean
  min: number
  max: number
  data: ChartData<'bar', [number, number][], string>
  annotations: Record<string, AnnotationOptions>
}

const DAY = 86_400_000
const UNIT_MS: Record<string, number> = { hour: DAY / 24, day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: 365.25 * DAY }

/** A duration's length in milliseconds (its lower bound, else its upper), or null when it has no time unit. */
export function durationMs(f: FigureRow): number | null {
  const q = f.claim.quantity
  const n = typeof q.lo === 'number' ? q.lo : typeof q.hi === 'number' ? q.hi : null
  const unit = UNIT_MS[q.unit ?? '']
  return q.kind === 'duration' && n !== null && unit ? n * unit : null
}

/** The chart data and annotations for a topic's figures. */
export function intervalChart(rows: FigureRow[], o: IntervalChartOptions): IntervalChart {
  const time = isDateKind(o.kind)
  const tol = o.tolerance ?? 0.1
  const cons = consensusInterval(o.consensus, o.kind)
  const ends = rows.flatMap((r) => [r.interval.lo, r.interval.hi]).filter((v): v is number => v !== null)
  const widened = time ? [] : rows.filter((r) => r.interval.about).flatMap((r) => [r.interval.lo! * (1 - tol), r.interval.lo! * (1 + tol)])
  let [min, max] = extent([...ends, ...widened, ...(cons ? [cons.lo, cons.hi] : [])], 0.15) ?? [0, 1]
  // Amounts that cannot be negative are measured from zero, so 2 and 3 look like 2 and 3 (and an open
  // lower bound reaches down to zero); dates are placed against each other, with a day's margin.
  if (time) { min -= DAY; max += DAY } else if (ends.every((v) => v >= 0)) min = 0
  const bars: [number, number][] = []
  const colors: string[] = []
  const borders: string[] = []
  const annotations: Record<string, AnnotationOptions> = {}
  rows.forEach((r, i) => {
    const iv = r.interval
    const color = o.palette[r.status]
    let lo = iv.lo ?? min
    let hi = iv.hi ?? max
    if (iv.about && !time && iv.lo !== null) { lo = iv.lo * (1 - tol); hi = iv.lo * (1 + tol) }
    bars.push([lo, hi])
    const open = iv.lo === null || iv.hi === null
    colors.push(withAlpha(color, open || r.fuzzy ? 0.3 : 0.75))
    borders.push(color)
    if (iv.exact && iv.lo !== null) {
      const at = time ? (iv.lo + iv.hi!) / 2 : iv.lo
      annotations[`mark${i}`] = { type: 'point', xValue: at, yValue: i, radius: 6, pointStyle: 'rectRot', backgroundColor: color, borderColor: o.palette.text, borderWidth: 1 }
    }
    if (iv.hi === null && iv.lo !== null) {
      annotations[`open${i}`] = { type: 'line', xMin: iv.lo, xMax: max, yMin: i, yMax: i, borderColor: color, borderWidth: 2, borderDash: [4, 4], arrowHeads: { end: { display: true, length: 10, width: 6, fill: true, backgroundColor: color } } }
    }
    if (iv.lo === null && iv.hi !== null) {
      annotations[`open${i}`] = { type: 'line', xMin: iv.hi, xMax: min, yMin: i, yMax: i, borderColor: color, borderWidth: 2, borderDash: [4, 4], arrowHeads: { end: { display: true, length: 10, width: 6, fill: true, backgroundColor: color } } }
    }
  })
  if (time) {
    (o.aside ?? []).forEach((f, j) => {
      const i = rows.findIndex((r) => r.source.id === f.source.id)
      const len = durationMs(f)
      if (i < 0 || len === null) return
      const [lo, hi] = bars[i]
      const mid = (lo + hi) / 2
      annotations[`duration${j}`] = {
        type: 'box', xMin: mid - len / 2, xMax: mid + len / 2, yMin: i - 0.32, yMax: i + 0.32,
        backgroundColor: withAlpha(o.palette[rows[i].status], 0.55), borderColor: o.palette.text, borderWidth: 1.5, borderDash: [3, 2],
        label: { display: !!o.asideLabels?.[j], content: o.asideLabels?.[j] ?? '', position: 'center', color: o.palette.text, font: { size: 11, weight: 'bold' } },
      }
    })
  }
  if (cons) {
    annotations.consensusBand = { type: 'box', xMin: cons.lo, xMax: cons.hi, backgroundColor: withAlpha(o.palette.consensus, 0.12), borderWidth: 0, drawTime: 'beforeDatasetsDraw' }
    const median = o.consensus?.median ?? null
    const at = median !== null && !time ? median : (cons.lo + cons.hi) / 2
    annotations.consensus = {
      type: 'line', scaleID: 'x', value: at, borderColor: o.palette.consensus, borderWidth: 2, borderDash: [6, 3],
      label: { display: true, content: o.consensusLabel, position: 'start', backgroundColor: o.palette.consensus, color: '#fff', font: { size: 11 } },
    }
  }
  return {
    time,
    min,
    max,
    data: {
      labels: o.labels,
      datasets: [{ data: bars, backgroundColor: colors, borderColor: borders, borderWidth: 1.5, borderSkipped: false, barPercentage: 0.6, categoryPercentage: 0.9, minBarLength: 3 }],
    },
    annotations,
  }
}

/** The verdicts chart: one bar per verdict with its count, coloured by verdict. */
export function verdictChart(counts: { verdict: string; count: number }[], labels: string[], colors: string[]): ChartData<'bar', number[], string> {
  return {
    labels,
    datasets: [{ data: counts.map((c) => c.count), backgroundColor: colors.map((c) => withAlpha(c, 0.8)), borderColor: colors, borderWidth: 1 }],
  }
}
