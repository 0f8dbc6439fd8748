// Bringing a workspace file into the current one. Keys decide identity (a source by its text
// hash, a correction by claim id, a review by topic id); where both hold an entry the newer wins.
import type { AuditEntry } from '../model'
import type { WorkspaceFile, WorkspaceState } from './schema'
import { idTable } from '../ids'

/** What a merge did, for the message after an import. */
export interface MergeSummary {
  sourcesAdded: number
  /** Sources of the file whose text the workspace already had (kept once). */
  sourcesKnown: number
  corrections: number
  reviews: number
  topics: number
  audit: number
}

/** Result of merging: the new state, or a conflict that stops the import with nothing changed. */
export type MergeResult = { ok: true; state: WorkspaceState; summary: MergeSummary } | { ok: false; error: string }

// Times are compared as instants, not as strings ("…T10:00+02:00" is before "…T09:00Z").
const ms = (at: string) => Date.parse(at)

function newer<T extends { at: string }>(a: T | undefined, b: T): boolean {
  return a === undefined || ms(b.at) > ms(a.at)
}

/** A time no later than `now`: a clock set wrong (or a hand-edited file) must not win every merge. */
export function clampTime(at: string, now: string): string {
  return ms(at) > ms(now) ? now : at
}

function clampAll<T extends { at: string }>(list: T[], now: string): T[] {
  return list.map((t) => (ms(t.at) > ms(now) ? { ...t, at: clampTime(t.at, now) } : t))
}

function byKey<T extends { at: string }>(current: T[], incoming: T[], key: (t: T) => string): { list: T[]; changed: number } {
  const map = new Map(current.map((t) => [key(t), t]))
  let changed = 0
  for (const t of incoming) {
    if (newer(map.get(key(t)), t)) { map.set(key(t), t); changed++ }
  }
  return { list: [...map.values()], changed }
}

/** An audit entry's identity: the same entry read twice (a merge, another tab) is one. */
export const auditKey = (e: AuditEntry) => `${e.at}\u0001${e.reviewer}\u0001${e.target}\u0001${e.action}\u0001${e.detail}`

/**
 * Merges a validated file into the current state. Sources already present (same text) are kept
 * once. The file's times are brought back to `now` when they lie in the future.
 */
export function mergeWorkspace(current: WorkspaceState, incoming: WorkspaceFile, embeddedHashes: Record<string, string> = {}, now = new Date().toISOString()): MergeResult {
  const file: WorkspaceFile = {
    ...incoming,
    corrections: {
      ...incoming.corrections,
      claims: clampAll(incoming.corrections.claims, now),
      added: clampAll(incoming.corrections.added, now),
      topics: clampAll(incoming.corrections.topics, now),
    },
    reviews: clampAll(incoming.reviews, now),
    audit: clampAll(incoming.audit, now),
    stories: clampAll(incoming.stories ?? [], now),
  }
  const byHash = new Map(current.sources.map((s) => [s.hash, s]))
  const byId = new Map(current.sources.map((s) => [s.id, s]))
  const embedded = new Set(Object.values(embeddedHashes))
  const sources = [...current.sources]
  let sourcesAdded = 0, sourcesKnown = 0
  for (const s of file.sources) {
    if (byHash.has(s.hash) || embedded.has(s.hash)) {
      const known = byHash.get(s.hash)
      if (known && known.id !== s.id) return { ok: false, error: `source ${s.id}: the workspace holds the same text as source ${known.id}; corrections made under one id cannot be moved to the other` }
      sourcesKnown++
      continue
    }
    if (byId.has(s.id)) return { ok: false, error: `source ${s.id}: the workspace has a different text under the same id` }
    sources.push(s)
    sourcesAdded++
  }
  const claims = byKey(current.corrections.claims, file.corrections.claims, (c) => c.claimId)
  const added = byKey(current.corrections.added, file.corrections.added, (c) => c.id)
  const topics = byKey(current.corrections.topics, file.corrections.topics, (t) => t.id)
  const reviews = byKey(current.reviews, file.reviews, (r) => r.topicId)
  const stories = byKey(current.stories ?? [], file.stories ?? [], (n) => n.source)
  const seen = new Set(current.audit.map(auditKey))
  const fresh = file.audit.filter((e) => !seen.has(auditKey(e)))
  const audit = [...current.audit, ...fresh].sort((a, b) => ms(a.at) - ms(b.at))
  return {
    ok: true,
    state: {
      reviewer: current.reviewer ?? file.reviewer,
      sources,
      corrections: { claims: claims.list, added: added.list, topics: topics.list, weights: idTable([...Object.entries(current.corrections.weights), ...Object.entries(file.corrections.weights)]) },
      reviews: reviews.list,
      audit,
      // (The newer name of each story; none named, none written, as files before stories could be renamed.)
      ...(stories.list.length ? { stories: stories.list } : {}),
    },
    summary: { sourcesAdded, sourcesKnown, corrections: claims.changed + added.changed, reviews: reviews.changed, topics: topics.changed, audit: fresh.length },
  }
}
