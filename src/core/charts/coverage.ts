// The coverage matrix: topics × sources, each cell saying whether that source states the figure
// and how it stands against what most sources say.
import { isCompared as comparedInTopic } from '../compare/parts'
import type { Claim, SourceMeta } from '../model'
import { byPublication, type TopicRow } from './topics'
import { claimInterval, consensusInterval, isDateKind, overlaps } from './scale'
import { statedCount } from './restated'

/**
 * agree: in line with the consensus; differ: away from it (or in a conflict with no consensus);
 * alone: the only source; unjudged: not comparable (other scope, time series, needs review, no verdict);
 * empty: the source states no figure on the topic.
 */
export type CellStatus = 'agree' | 'differ' | 'alone' | 'unjudged' | 'empty'

/**
 * `figures`: how many figures the cell's claims come to, a restatement in the same article (its
 * headline and its text) counted once; `restated`: how many were folded so ("×2" is two figures,
 * not one said twice).
 */
export interface CoverageCell { sourceId: string; claimIds: string[]; status: CellStatus; figures: number; restated: number }
/** The sources of a row beyond the matrix's columns, counted by status. */
export interface CoverageOthers { sources: number; agree: number; differ: number; alone: number; unjudged: number }
export interface CoverageRow { row: TopicRow; cells: CoverageCell[]; others: CoverageOthers | null }
/** `hidden`: sources that state a figure but have no column (summed up in each row's `others`). */
export interface CoverageMatrix { sources: SourceMeta[]; rows: CoverageRow[]; hidden: number }

/** The claims of a topic that sit on its main axis (a duration beside a date range does not). */
function onAxis(row: TopicRow, claims: Claim[]): Claim[] {
  const dateTopic = isDateKind(row.topic.kind)
  return claims.filter((c) => isDateKind(c.quantity.kind) === dateTopic)
}

/** Whether a claim takes part in its topic's comparison (the comparison's own rule). */
export function isCompared(row: Pick<TopicRow, 'topic'>, claim: Claim): boolean {
  return comparedInTopic(row.topic, claim)
}

/** What every cell of a row reads: its outliers, and whether its figures straddle the consensus. */
interface RowFacts { outliers: Set<string>; straddles: boolean; iv: ReturnType<typeof consensusInterval> }
// Once per row object, not once per cell: a topic of an archive holds thousands of figures and
// its matrix row and strip thousands of cells.
const facts = new WeakMap<TopicRow, RowFacts>()
function rowFacts(row: TopicRow): RowFacts {
  let f = facts.get(row)
  if (f) return f
  const cmp = row.comparison
  const iv = consensusInterval(cmp?.consensus ?? null, row.topic.kind)
  const straddles = !!iv && (cmp?.consensus?.interval?.count ?? 0) >= 2 &&
    onAxis(row, row.claims.filter((c) => isCompared(row, c))).some((c) => !overlaps(claimInterval(c), iv))
  f = { outliers: new Set(cmp?.consensus?.outliers ?? []), straddles, iv }
  facts.set(row, f)
  return f
}

/** How the claims one source states on a topic stand against the topic's consensus. */
export function cellStatus(row: TopicRow, claims: Claim[]): CellStatus {
  if (claims.length === 0) return 'empty'
  const cmp = row.comparison
  if (!cmp) return 'unjudged'
  const compared = claims.filter((c) => isCompared(row, c))
  if (compared.length === 0) return 'unjudged'
  claims = compared
  const { outliers, straddles, iv } = rowFacts(row)
  const isOutlier = claims.some((c) => outliers.has(c.id) || outliers.has(c.source))
  switch (cmp.verdict) {
    case 'single-source':
      return 'alone'
    case 'agree':
    case 'agree-precision':
      return isOutlier ? 'differ' : 'agree'
    case 'conflict': {
      if (outliers.size > 0) return isOutlier ? 'differ' : 'agree'
      if (straddles && iv) return onAxis(row, claims).some((c) => overlaps(claimInterval(c), iv)) ? 'agree' : 'differ'
      return 'differ'
    }
    default:
      return 'unjudged'
  }
}

/** The sources the matrix draws as columns; beyond them, each row sums up the others. */
export const MATRIX_COLUMNS = 24

/**
 * The matrix for the given rows, over the sources that state at least one of their figures. Beyond
 * `maxColumns` sources (an archive), the columns are the sources that state the most of these
 * figures, still by publication date, and each row counts the other sources by status.
 */
export function coverageMatrix(rows: TopicRow[], sources: SourceMeta[], maxColumns = MATRIX_COLUMNS): CoverageMatrix {
  // Each row's claims by source, once: rows × sources × claims would not do for thousands of sources.
  const grouped = rows.map((row) => {
    const by = new Map<string, Claim[]>()
    for (const c of row.claims) { const l = by.get(c.source); if (l) l.push(c); else by.set(c.source, [c]) }
    return by
  })
  const weight = new Map<string, number>()
  for (const by of grouped) for (const [id, list] of by) weight.set(id, (weight.get(id) ?? 0) + list.length)
  let used = sources.filter((s) => weight.has(s.id))
  const hidden = Math.max(0, used.length - maxColumns)
  if (hidden) {
    const keep = new Set([...used].sort((a, b) => weight.get(b.id)! - weight.get(a.id)! || byPublication(a, b)).slice(0, maxColumns).map((s) => s.id))
    used = used.filter((s) => keep.has(s.id))
  }
  const cols = used.sort(byPublication)
  const shown = new Set(cols.map((s) => s.id))
  return {
    sources: cols,
    hidden,
    rows: rows.map((row, i) => {
      const by = grouped[i]
      const cell = (id: string): CoverageCell => {
        const claims = by.get(id) ?? []
        // (Every figure of a cell is the row's topic's: two values of it are two figures whatever nouns they count.)
        const { figures, restated } = statedCount(claims, () => row.topic.id)
        return { sourceId: id, claimIds: claims.map((c) => c.id), status: cellStatus(row, claims), figures, restated }
      }
      const others = hidden ? [...by.keys()].filter((id) => !shown.has(id)).map(cell) : []
      const count = (st: CellStatus) => others.filter((c) => c.status === st).length
      return {
        row,
        cells: cols.map((s) => cell(s.id)),
        others: hidden ? { sources: others.length, agree: count('agree'), differ: count('differ'), alone: count('alone'), unjudged: count('unjudged') } : null,
      }
    }),
  }
}
