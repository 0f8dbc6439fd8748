import { SET_ASIDE_STATUSES, type Analysis, type Assignment, type Claim, type Corrections, type Source, type Topic } from './model'
import { extractClaims } from './extract'
import { assignClaims, discoverCandidates } from './align'
import { acrossReports, measureReadings, readStory } from './align/assign'
import { keepWithinStories, placeWithinStories, storyBounds } from './corpus/storyTopics'
import { compareTopics, type CompareOptions } from './compare'
import { idTable, own } from './ids'

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
  // Tables indexed by id: looked up as own entries only (an id may be "constructor" or "__proto__").
  const fix = (claimId: string) => own(fixes?.claims, claimId)
  const topics = [...baseTopics, ...(fixes?.topics ?? [])]
  const extracted = sources.flatMap((s) => own(options.extracted, s.id) ?? extractClaims(s))
  const claims = [...extracted, ...(fixes?.added ?? [])].map((c) => {
    const q = fix(c.id)?.quantity
    return q ? { ...c, quantity: { ...c.quantity, ...q } } : c
  })
  // Claims a reviewer rejected take part in nothing; moved ones go where the reviewer put them.
  const live = claims.filter((c) => !EXCLUDED.has(fix(c.id)?.status ?? 'ok'))
  const moved = live.filter((c) => fix(c.id)?.topicId !== undefined)
  const movedIds = new Set(moved.map((c) => c.id))
  const assignments: Assignment[] = [
    ...place(live.filter((c) => !movedIds.has(c.id)), topics, sources),
    ...moved.flatMap((c) => {
      const topicId = fix(c.id)!.topicId
      return topicId ? [{ claimId: c.id, topicId, score: 1, reasons: ['placed by a reviewer'] }] : []
    }),
  ]
  const taken = new Set(assignments.map((a) => a.claimId))
  const unassigned = live.filter((c) => !taken.has(c.id)).map((c) => c.id)
  const weights = idTable([...Object.entries(options.weights ?? {}), ...Object.entries(fixes?.weights ?? {})])
  const comparisons = compareTopics(topics, live, assignments, sources, { ...options, weights })
  const candidates = discoverCandidates(live.filter((c) => !taken.has(c.id)), sources)
  return { sources, claims, topics, assignments, comparisons, candidates, unassigned }
}

/**
 * Where the figures go. A topic bound to one story (Topic.story) is offered only the figures of that
 * story's sources: each source's figures are placed among the topics it may join, then the passes
 * that read other reports run on the whole, as the app's engine runs them.
 */
function place(claims: Claim[], topics: Topic[], sources: Source[]): Assignment[] {
  const bounds = storyBounds(topics, sources)
  if (!bounds) return assignClaims(claims, topics, sources)
  const placed = placeWithinStories(claims, topics, bounds, (cs, ts) => assignClaims(cs, ts, sources, { acrossReports: false, story: readStory(ts, sources) }))
  const reading = measureReadings(claims, sources)
  const sourceOf = new Map(claims.map((c) => [c.id, c.source]))
  return keepWithinStories(acrossReports(placed, claims, topics, reading, sources), bounds, (id) => sourceOf.get(id))
}
