import type { Assignment, Claim, Source, Topic } from '../model'
import { groupStories } from './stories'

// Topics bound to one story (Topic.story): which sources each may take figures from, and placement
// that offers a figure only the topics its source may join. Shared by analyze() and the app's
// engine so both place alike. A workspace without such topics never reaches this code.

/** The sources each story-bound topic may take figures from, and a key that changes when they do. */
export interface StoryBounds {
  key: string
  /** By topic id: the ids of the sources of its story. */
  allowed: Map<string, Set<string>>
}

/** The bounds of the story-bound topics among `topics`, or null when there are none. */
export function storyBounds(topics: Topic[], sources: Pick<Source, 'id' | 'lang' | 'text' | 'published'>[]): StoryBounds | null {
  const bound = topics.filter((t) => t.story)
  if (!bound.length) return null
  const groups = groupStories(sources)
  const groupOf = new Map(groups.flatMap((g) => g.map((id) => [id, g] as const)))
  const allowed = new Map<string, Set<string>>()
  for (const t of bound) {
    // The story is every group holding one of its seed sources (a seed no longer in the
    // workspace leads nowhere: with none left, the topic takes only what a reviewer puts in it).
    allowed.set(t.id, new Set(t.story!.flatMap((id) => groupOf.get(id) ?? [])))
  }
  const key = [...allowed].map(([id, s]) => `${id}:${[...s].sort().join(',')}`).join('\n')
  return { key, allowed }
}

/** Whether a topic may take a figure of a source. */
export function mayJoin(bounds: StoryBounds | null, topicId: string, sourceId: string): boolean {
  const a = bounds?.allowed.get(topicId)
  return !a || a.has(sourceId)
}

/** The topics a source's figures may join, and a key naming that list (the same for sources of one story). */
export function topicsOf(bounds: StoryBounds, topics: Topic[], sourceId: string): { key: string; topics: Topic[] } {
  const own = topics.filter((t) => mayJoin(bounds, t.id, sourceId))
  // '' for all the topics; any shorter list (even none) has a key of its own.
  return { key: own.length === topics.length ? '' : `-${own.map((t) => t.id).join('\u0000')}`, topics: own }
}

/**
 * Places figures with each source offered only the topics it may join: `place` is called once per
 * list of topics, with the figures of the sources that see that list; the result keeps the order
 * of `claims`.
 */
export function placeWithinStories(claims: Claim[], topics: Topic[], bounds: StoryBounds, place: (claims: Claim[], topics: Topic[], key: string) => Assignment[]): Assignment[] {
  const groups = new Map<string, { topics: Topic[]; claims: Claim[] }>()
  const seen = new Map<string, string>()
  for (const c of claims) {
    let key = seen.get(c.source)
    if (key === undefined) {
      const own = topicsOf(bounds, topics, c.source)
      key = own.key
      seen.set(c.source, key)
      if (!groups.has(key)) groups.set(key, { topics: own.topics, claims: [] })
    }
    groups.get(key)!.claims.push(c)
  }
  const byClaim = new Map<string, Assignment>()
  for (const [key, g] of groups) for (const a of place(g.claims, g.topics, key)) byClaim.set(a.claimId, a)
  return claims.flatMap((c) => byClaim.get(c.id) ?? [])
}

/** The placements a story-bound topic may not hold removed (a pass that reads other reports may propose them). */
export function keepWithinStories(assignments: Assignment[], bounds: StoryBounds | null, sourceOf: (claimId: string) => string | undefined): Assignment[] {
  if (!bounds) return assignments
  return assignments.filter((a) => { const s = sourceOf(a.claimId); return s === undefined || mayJoin(bounds, a.topicId, s) })
}
