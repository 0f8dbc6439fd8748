// What every export reads: the analysis, the reviewer's decisions and corrections, and lookups.
import type { Analysis, Claim, Comparison, Corrections, Source, Topic, TopicReview } from '../model'

/** The inputs of an export. */
export interface ExportInput {
  analysis: Analysis
  reviews: TopicReview[]
  corrections: Corrections
  /** For claims set aside (no longer in any topic): the topic each stood in when it was marked. */
  setAsideFrom?: Record<string, string>
}

/** Lookups over an export's inputs, built once. */
export interface ExportIndex {
  source: Map<string, Source>
  claim: Map<string, Claim>
  topic: Map<string, Topic>
  comparison: Map<string, Comparison>
  review: Map<string, TopicReview>
  /** Topic ids each claim is placed in. */
  topicsOf: Map<string, string[]>
  /** Claim ids each topic holds (from its comparison when there is one, else its assignments). */
  claimsOf: Map<string, string[]>
}

export function indexExport(input: ExportInput): ExportIndex {
  const { analysis } = input
  const topicsOf = new Map<string, string[]>()
  const assigned = new Map<string, string[]>()
  for (const a of analysis.assignments) {
    topicsOf.set(a.claimId, [...(topicsOf.get(a.claimId) ?? []), a.topicId])
    assigned.set(a.topicId, [...(assigned.get(a.topicId) ?? []), a.claimId])
  }
  const comparison = new Map(analysis.comparisons.map((c) => [c.topic, c]))
  const claimsOf = new Map(analysis.topics.map((t) => [t.id, comparison.get(t.id)?.claims ?? assigned.get(t.id) ?? []]))
  return {
    source: new Map(analysis.sources.map((s) => [s.id, s])),
    claim: new Map(analysis.claims.map((c) => [c.id, c])),
    topic: new Map(analysis.topics.map((t) => [t.id, t])),
    comparison,
    review: new Map(input.reviews.map((r) => [r.topicId, r])),
    topicsOf,
    claimsOf,
  }
}

/** The distinct sources of some claims, in order of first appearance. */
export function sourcesOf(claimIds: string[], ix: ExportIndex): Source[] {
  const out: Source[] = []
  for (const id of claimIds) {
    const s = ix.source.get(ix.claim.get(id)?.source ?? '')
    if (s && !out.includes(s)) out.push(s)
  }
  return out
}
