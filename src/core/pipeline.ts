import { SET_ASIDE_STATUSES, type Analysis, type Assignment, type Claim, type Corrections, type Source, type Topic } from './model'
import { extractClaims } from './extract'
import { assignClaims, discoverCandidates } from './align'
import { compareTopics, type CompareOptions } from './compare'

export interface AnalyzeOptions extends CompareOptions {
  /** Claims extracted already (e.g. by a worker), by source id; others are extracted here. */
  extracted?: Record<string, Claim[]>
  /** The reviewer's layer: status marks, edited values, moves, added figures and topics. */
  corrections?: Corrections
}

const EXCLUDED = SET_ASIDE_STATUSES

/** Sources and topics in, the whole picture out: claims, their topics, verdicts and candidates. */
export function analyze(sources: Source[], baseTopics: Topic[], options: AnalyzeOptions = {}): Analysis {
  const fixes = options.corrections
  const topics = [...baseTopics, ...(fixes?.topics ?? [])]
  const extracted = sources.flatMap((s) => options.extracted?.[s.id] ?? extractClaims(s))
  const claims = [...extracted, ...(fixes?.added ?? [])].map((c) => {
    const q = fixes?.claims[c.id]?.quantity
    return q ? { ...c, quantity: { ...c.quantity, ...q } } : c
  })
  // Claims a reviewer rejected take part in nothing; moved ones go where the reviewer put them.
  const live = claims.filter((c) => !EXCLUDED.has(fixes?.claims[c.id]?.status ?? 'ok'))
  const moved = live.filter((c) => fixes?.claims[c.id]?.topicId !== undefined)
  const movedIds = new Set(moved.map((c) => c.id))
  const assignments: Assignment[] = [
    ...assignClaims(live.filter((c) => !movedIds.has(c.id)), topics, sources),
    ...moved.flatMap((c) => {
      const topicId = fixes!.claims[c.id].topicId
      return topicId ? [{ claimId: c.id, topicId, score: 1, reasons: ['placed by a reviewer'] }] : []
    }),
  ]
  const taken = new Set(assignments.map((a) => a.claimId))
  const unassigned = live.filter((c) => !taken.has(c.id)).map((c) => c.id)
  const weights = { ...(options.weights ?? {}), ...(fixes?.weights ?? {}) }
  const comparisons = compareTopics(topics, live, assignments, sources, { ...options, weights })
  const candidates = discoverCandidates(live.filter((c) => !taken.has(c.id)), sources)
  return { sources, claims, topics, assignments, comparisons, candidates, unassigned }
}
