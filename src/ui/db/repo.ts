// Reads and writes of the user's layer. Every change that a reviewer makes is written together
// with its audit entries in one transaction: both land, or neither does.
import { liveQuery, type Subscription } from 'dexie'
import type { AuditEntry, TopicReview } from '../../core/model'
import { emptyState, sameDecision, type StoredClaim, type StoredCorrection, type StoredSource, type StoredTopic, type WorkspaceState } from '../../core/workspace'
import { workTables, type AuditRow, type ClaimCompareDb } from './schema'
import { asIdTable } from '../../core/ids'
import type { StoredStoryName } from '../../core/corpus/workspaceStories'

/** The review layer (everything but the source texts), as one snapshot. */
export interface ReviewLayer {
  reviewer: string | null
  corrections: StoredCorrection[]
  added: StoredClaim[]
  topics: StoredTopic[]
  weights: Record<string, number>
  reviews: TopicReview[]
  audit: AuditEntry[]
  /** The names editors gave stories (kept in the settings table: a handful of rows). */
  stories: StoredStoryName[]
}

const stripSeq = ({ seq: _seq, ...e }: AuditRow): AuditEntry => e

/** The review layer; `audit: false` leaves the (possibly huge) audit trail out, for watchAudit to follow. */
export async function readReviewLayer(db: ClaimCompareDb, opts: { audit?: boolean } = {}): Promise<ReviewLayer> {
  const withAudit = opts.audit ?? true
  return db.transaction('r', [db.corrections, db.added, db.topics, db.reviews, db.audit, db.settings], async () => {
    const [corrections, added, topics, reviews, audit, reviewer, weights, stories] = await Promise.all([
      db.corrections.toArray(), db.added.toArray(), db.topics.toArray(), db.reviews.toArray(),
      withAudit ? db.audit.orderBy('seq').toArray() : [], db.settings.get('reviewer'), db.settings.get('weights'), db.settings.get('stories'),
    ])
    return {
      reviewer: (reviewer?.value as string | undefined) ?? null,
      // Keyed by source id: a table without a prototype (see core/ids.ts).
      weights: asIdTable(weights?.value as Record<string, number> | undefined),
      stories: (stories?.value as StoredStoryName[] | undefined) ?? [],
      corrections, added, topics, reviews, audit: audit.map(stripSeq),
    }
  })
}

export async function readSources(db: ClaimCompareDb): Promise<StoredSource[]> {
  return db.sources.orderBy('importedAt').toArray()
}

/** The whole user layer, for export. */
export async function readState(db: ClaimCompareDb): Promise<WorkspaceState> {
  const [sources, layer] = await Promise.all([readSources(db), readReviewLayer(db)])
  return {
    reviewer: layer.reviewer,
    sources,
    corrections: { claims: layer.corrections, added: layer.added, topics: layer.topics, weights: layer.weights },
    reviews: layer.reviews,
    audit: layer.audit,
    // (Only when a story was named: the state of a workspace that named none is as before.)
    ...(layer.stories.length ? { stories: layer.stories } : {}),
  }
}

/** Replaces the whole user layer with `state`, in one transaction (a failed write leaves the old one). */
export async function writeState(db: ClaimCompareDb, state: WorkspaceState): Promise<void> {
  // The cache of derived results stays: it is keyed by content, so it is right for any workspace.
  await db.transaction('rw', workTables(db), async () => {
    await Promise.all(workTables(db).map((t) => t.clear()))
    await db.sources.bulkPut(state.sources)
    await db.corrections.bulkPut(state.corrections.claims)
    await db.added.bulkPut(state.corrections.added)
    await db.topics.bulkPut(state.corrections.topics)
    await db.reviews.bulkPut(state.reviews)
    await db.audit.bulkAdd(state.audit)
    if (state.reviewer !== null) await db.settings.put({ key: 'reviewer', value: state.reviewer })
    if (Object.keys(state.corrections.weights).length) await db.settings.put({ key: 'weights', value: state.corrections.weights })
    if (state.stories?.length) await db.settings.put({ key: 'stories', value: state.stories })
  })
}

/** Empties the user layer (the embedded corpus is untouched: it is not stored). */
export async function clearState(db: ClaimCompareDb): Promise<void> {
  await writeState(db, emptyState())
}

/** One change of the review layer and the audit entries that record it. */
export interface Change {
  putSources?: StoredSource[]
  deleteSources?: string[]
  putCorrections?: StoredCorrection[]
  deleteCorrections?: string[]
  putAdded?: StoredClaim[]
  deleteAdded?: string[]
  putTopics?: StoredTopic[]
  putReviews?: TopicReview[]
  deleteReviews?: string[]
  reviewer?: string
  /** A story's new name (it replaces the one kept by the same source). */
  putStoryName?: StoredStoryName
  audit?: AuditEntry[]
}

/** The stories' names with one put in (replacing the one kept by its source). */
const withStoryName = (names: StoredStoryName[], n: StoredStoryName) => [...names.filter((x) => x.source !== n.source), n]

/** The review layer as it will be once a change is written (to show it before the write completes). */
export function withChange(l: ReviewLayer, c: Change): ReviewLayer {
  const put = <T>(rows: T[], add: T[] | undefined, del: string[] | undefined, key: (r: T) => string): T[] => {
    if (!add?.length && !del?.length) return rows
    const drop = new Set([...(del ?? []), ...(add ?? []).map(key)])
    return [...rows.filter((r) => !drop.has(key(r))), ...(add ?? [])]
  }
  return {
    ...l,
    reviewer: c.reviewer ?? l.reviewer,
    corrections: put(l.corrections, c.putCorrections, c.deleteCorrections, (r) => r.claimId),
    added: put(l.added, c.putAdded, c.deleteAdded, (r) => r.id),
    topics: put(l.topics, c.putTopics, undefined, (r) => r.id),
    reviews: put(l.reviews, c.putReviews, c.deleteReviews, (r) => r.topicId),
    stories: c.putStoryName ? withStoryName(l.stories, c.putStoryName) : l.stories,
    audit: c.audit?.length ? [...l.audit, ...c.audit] : l.audit,
  }
}

export async function applyChange(db: ClaimCompareDb, c: Change): Promise<void> {
  await db.transaction('rw', workTables(db), async () => {
    if (c.putSources?.length) await db.sources.bulkPut(c.putSources)
    if (c.deleteSources?.length) await db.sources.bulkDelete(c.deleteSources)
    if (c.putCorrections?.length) await db.corrections.bulkPut(c.putCorrections)
    if (c.deleteCorrections?.length) await db.corrections.bulkDelete(c.deleteCorrections)
    if (c.putAdded?.length) await db.added.bulkPut(c.putAdded)
    if (c.deleteAdded?.length) await db.added.bulkDelete(c.deleteAdded)
    if (c.putTopics?.length) await db.topics.bulkPut(c.putTopics)
    if (c.putReviews?.length) await db.reviews.bulkPut(c.putReviews)
    if (c.deleteReviews?.length) await db.reviews.bulkDelete(c.deleteReviews)
    if (c.reviewer !== undefined) await db.settings.put({ key: 'reviewer', value: c.reviewer })
    if (c.putStoryName) {
      const row = await db.settings.get('stories')
      await db.settings.put({ key: 'stories', value: withStoryName((row?.value as StoredStoryName[] | undefined) ?? [], c.putStoryName) })
    }
    if (c.audit?.length) await db.audit.bulkAdd(c.audit)
  })
}

/**
 * Follows the database: `onSources` when imported sources change, `onLayer` when the review layer
 * does, in this tab or any other (Dexie's liveQuery hears other tabs' writes through
 * BroadcastChannel). Sources are watched apart so a review does not re-read megabytes of text.
 */
export function watchDb(db: ClaimCompareDb, handlers: { onSources: (s: StoredSource[]) => void; onLayer: (l: ReviewLayer) => void; onError: (e: Error) => void }): () => void {
  const subs: Subscription[] = [
    liveQuery(() => readSources(db)).subscribe({ next: handlers.onSources, error: handlers.onError }),
    liveQuery(() => readReviewLayer(db)).subscribe({ next: handlers.onLayer, error: handlers.onError }),
  ]
  return () => subs.forEach((s) => s.unsubscribe())
}

/** Follows imported sources only (texts are large: read them only when they change). */
export function watchSources(db: ClaimCompareDb, handlers: { onSources: (s: StoredSource[]) => void; onError: (e: Error) => void }): () => void {
  const sub = liveQuery(() => readSources(db)).subscribe({ next: handlers.onSources, error: handlers.onError })
  return () => sub.unsubscribe()
}

/** Follows the review layer only (`audit: false`: without the audit trail). */
export function watchReviewLayer(db: ClaimCompareDb, handlers: { onLayer: (l: ReviewLayer) => void; onError: (e: Error) => void }, opts: { audit?: boolean } = {}): () => void {
  const sub = liveQuery(() => readReviewLayer(db, opts)).subscribe({ next: handlers.onLayer, error: handlers.onError })
  return () => sub.unsubscribe()
}

/**
 * Follows the audit trail incrementally: the whole log once (`onReset`), then only the rows added
 * since (`onAppend`), in this tab or another. The log is append-only; when it was replaced (a
 * workspace import, a clear) the row count gives it away and the whole log is read again.
 */
export function watchAudit(db: ClaimCompareDb, handlers: { onReset: (all: AuditEntry[]) => void; onAppend: (fresh: AuditEntry[]) => void; onError: (e: Error) => void }): () => void {
  let lastSeq = 0
  let known = 0
  let first = true
  const query = liveQuery(() => db.transaction('r', db.audit, async () => {
    const [count, rows] = await Promise.all([db.audit.count(), db.audit.where('seq').above(lastSeq).toArray()])
    return { count, rows }
  }))
  // One answer at a time: a reset reads the log again, and an answer that arrives meanwhile waits.
  let chain = Promise.resolve()
  const sub = query.subscribe({
    next: (v) => { chain = chain.then(() => receive(v)) },
    error: handlers.onError,
  })
  async function receive({ count, rows }: { count: number; rows: AuditRow[] }) {
    try {
      const fresh = rows.filter((r) => (r.seq ?? 0) > lastSeq)
      if (!first && known + fresh.length === count) {
        if (fresh.length === 0) return
        lastSeq = fresh[fresh.length - 1].seq ?? lastSeq
        known = count
        handlers.onAppend(fresh.map(stripSeq))
        return
      }
      const all = first && fresh.length === count ? fresh : await db.audit.orderBy('seq').toArray()
      first = false
      lastSeq = all.length ? (all[all.length - 1].seq ?? 0) : lastSeq
      known = all.length
      handlers.onReset(all.map(stripSeq))
    } catch (e) {
      handlers.onError(e as Error)
    }
  }
  return () => sub.unsubscribe()
}

/** The outcome of saving a topic decision against the one the reviewer started from. */
export type ReviewSave = { ok: true; written: boolean; row: TopicReview | null; audit: AuditEntry[] } | { ok: false; conflict: TopicReview | null }

/**
 * Saves a topic decision only if the stored one is still the one the reviewer's form started
 * from (`base`, null for none); otherwise nothing is written and the stored one is returned, so
 * the reviewer can keep their draft or take the other. The audit entries are computed inside the
 * same transaction, against what is really stored: no save goes unrecorded.
 */
export async function saveReview(db: ClaimCompareDb, topicId: string, base: TopicReview | null, build: (stored: TopicReview | undefined) => { row: TopicReview | null; audit: AuditEntry[] }): Promise<ReviewSave> {
  return db.transaction('rw', [db.reviews, db.audit], async () => {
    const stored = await db.reviews.get(topicId)
    if (!sameDecision(stored, base)) return { ok: false, conflict: stored ?? null }
    const { row, audit } = build(stored)
    if (!audit.length) return { ok: true, written: false, row: stored ?? null, audit }
    if (row) await db.reviews.put(row)
    else await db.reviews.delete(topicId)
    await db.audit.bulkAdd(audit)
    return { ok: true, written: true, row, audit }
  })
}
