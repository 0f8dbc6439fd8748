// The coverage matrix: topics × sources, each cell saying whether that source states the figure
// and how it stands against what most sources say.
import { isCompared as comparedInTopic } from '../compare'
import type { Claim, Source } from '../model'
import { byPublication, type TopicRow } from './topics'
import { claimInterval, consensusInterval, isDateKind, overlaps } from './scale'

/**
 * agree: in line with the consensus; differ: away from it (or in a conflict with no consensus);
 * alone: the only source; unjudged: not comparable (other scope, time series, needs review, no verdict);
 * empty: the source states no figure on the topic.
 */
export type CellStatus = 'agree' | 'differ' | 'alone' | 'unjudged' | 'empty'

export interface CoverageCell { sourceId: string; claimIds: string[]; status: CellStatus }
export interface CoverageRow { row: TopicRow; cells: CoverageCell[] }
export interface CoverageMatrix { sources: Source[]; rows: CoverageRow[] }

/** The claims of a topic that sit on its main axis (a duration beside a date range does not). */
function onAxis(row: TopicRow, claims: Claim[]): Claim[] {
  const dateTopic = isDateKind(row.topic.kind)
  return claims.filter((c) => isDateKind(c.quantity.kind) === dateTopic)
}

/** Whether a claim takes part in its topic's comparison (the comparison's own rule). */
export function isCompared(row: Pick<TopicRow, 'topic'>, claim: Claim): boolean {
  return comparedInTopic(row.topic, claim)
}

/** How the claims one source states on a topic stand against the topic's consensus. */
export function cellStatus(row: TopicRow, claims: Claim[]): CellStatus {
  if (claims.length === 0) return 'empty'
  const cmp = row.comparison
  if (!cmp) return 'unjudged'
  const compared = claims.filter((c) => isCompared(row, c))
  if (compared.length === 0) return 'unjudged'
  claims = compared
  const outliers = new Set(cmp.consensus?.outliers ?? [])
  const isOutlier = claims.some((c) => outliers.has(c.id) || outliers.has(c.source))
  switch (cmp.verdict) {
    case 'single-source':
      return 'alone'
    case 'agree':
    case 'agree-precision':
      return isOutlier ? 'differ' : 'agree'
    case 'conflict': {
      if (outliers.size > 0) return isOutlier ? 'differ' : 'agree'
      const iv = consensusInterval(cmp.consensus, row.topic.kind)
      const all = onAxis(row, row.claims.filter((c) => isCompared(row, c)))
      if (iv && (cmp.consensus?.interval?.count ?? 0) >= 2 && all.some((c) => !overlaps(claimInterval(c), iv))) {
        return onAxis(row, claims).some((c) => overlaps(claimInterval(c), iv)) ? 'agree' : 'differ'
      }
      return 'differ'
    }
    default:
      return 'unjudged'
  }
}

/** The matrix for the given rows, over the sources that state at least one of their figures. */
export function coverageMatrix(rows: TopicRow[], sources: Source[]): CoverageMatrix {
  const used = new Set(rows.flatMap((r) => r.sourceIds))
  const cols = sources.filter((s) => used.has(s.id)).sort(byPublication)
  return {
    sources: cols,
    rows: rows.map((row) => ({
      row,
      cells: cols.map((s) => {
        const claims = row.claims.filter((c) => c.source === s.id)
        return { sourceId: s.id, claimIds: claims.map((c) => c.id), status: cellStatus(row, claims) }
      }),
    })),
  }
}
