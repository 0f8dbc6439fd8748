import type { Assignment, Claim, Topic } from '../model'

// A topic a reviewer accepted from a candidate holds what the candidate showed: of the reports
// present when it was accepted, only those figures (the acceptance moved them in as corrections).
// Placement would otherwise add every other figure of those reports that reads the same measure,
// figures the reviewer never saw in the candidate. A report added later is placed as usual.

export interface Holds { sources: Set<string>; claims: Set<string> }

/** The holds of the topics that have one, by topic id. */
export function holdsOf(topics: Topic[]): Map<string, Holds> {
  return new Map(topics.filter((t) => t.held).map((t) => [t.id, { sources: new Set(t.held!.sources), claims: new Set(t.held!.claims) }]))
}

/** Whether placement may not put this figure in the topic: a report the topic holds, a figure it does not. */
export function heldOut(holds: Map<string, Holds>, topicId: string, c: Claim): boolean {
  const h = holds.get(topicId)
  return !!h && h.sources.has(c.source) && !h.claims.has(c.id)
}

/**
 * The assignments, less those a topic's hold refuses (after the passes that move figures between
 * topics). `before`: the assignments before those passes; a figure a pass moved into a topic that
 * refuses it goes back where it was, rather than out of every topic.
 */
export function withoutHeldOut(out: Assignment[], holds: Map<string, Holds>, claims: Map<string, Claim>, before: Assignment[] = []): Assignment[] {
  if (!holds.size) return out
  const earlier = new Map(before.map((a) => [a.claimId, a]))
  return out.flatMap((a) => {
    const c = claims.get(a.claimId)
    if (!c || !heldOut(holds, a.topicId, c)) return [a]
    const prev = earlier.get(a.claimId)
    return prev && prev.topicId !== a.topicId && !heldOut(holds, prev.topicId, c) ? [prev] : []
  })
}
