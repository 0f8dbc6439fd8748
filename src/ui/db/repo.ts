// Reads and writes of the user's layer. Every change that a reviewer makes is written together
// with its audit entries in one transaction: both land, or neither does.
import { liveQuery, type Subscription } from 'dexie'
import type { AuditEntry, TopicReview } from '../../core/model'
import { emptyState, type StoredClaim, type StoredCorrection, type StoredSource, type StoredTopic, type WorkspaceState } from '../../core/workspace'
import { workTables, type AuditRow, type ClaimCompareDb } from './schema'

/** The review layer (everything but the source texts), as one snapshot. */
export interface ReviewLayer {
  reviewer: string | null
  corrections: StoredCorrection[]
  added: StoredClaim[]
  topics: StoredTopic[]
  weights: Record<string, number>
  reviews: TopicReview[]
  audit: AuditEntry[]
}

const stripSeq = ({ seq: _seq, ...e }: AuditRow): AuditEntry => e

export async function readReviewLayer(db: ClaimCompareDb): Promise<ReviewLayer> {
  return db.transaction('r', [db.corrections, db.added, db.topics, db.reviews, db.audit, db.settings], async () => {
    const [corrections, added, topics, reviews, audit, reviewer, weights] = await Promise.all([
      db.corrections.toArray(), db.added.toArray(), db.topics.toArray(), db.reviews.toArray(),
      db.audit.orderBy('seq').toArray(), db.settings.get('reviewer'), db.settings.get('weights'),
    ])
    return {
      reviewer: (reviewer?.value as string | undefined) ?? null,
      weights: (weights?.value as Record<string, number> | undefined) ?? {},
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
  audit?: AuditEntry[]
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

/** Follows the review layer only. */
export function watchReviewLayer(db: ClaimCompareDb, handlers: { onLayer: (l: ReviewLayer) => void; onError: (e: Error) => void }): () => void {
  const sub = liveQuery(() => readReviewLayer(db)).subscribe({ next: handlers.onLayer, error: handlers.onError })
  return () => sub.unsubscribe()
}
