// The browser's copy of the user's work, in IndexedDB through Dexie. The embedded corpus is never
// stored: it ships with the app, read-only; these tables hold only what the user added on top.
//
// Versions (Dexie applies each upgrade in order, in one transaction, when an older database opens):
//   1  sources (imported), corrections (by claim), reviews (by topic), audit (append-only), settings
//   2  sources get a text-hash index for duplicate detection (hashed in the upgrade); tables for
//      figures the reviewer added and topics the reviewer created; reviews gain a note.
//   3  a cache of what the analysis worker computed (claims and fingerprints of a text for an
//      extractor version; placements of a source's claims; a topic's comparison), so a reload does
//      not extract or judge again what has not changed; and the view last shown, so a reload shows
//      it at once while the analysis is checked again. Derived data only: it can be emptied at any
//      time, and is never exported or merged.
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie'
import type { Assignment, AuditEntry, Claim, Comparison, TopicReview, Verdict } from '../../core/model'
import type { AnalysisView } from '../../core/incremental/view'
import { DB_NAME } from './names'
import type { StoredStoryName } from '../../core/corpus/workspaceStories'
import { textHash, type StoredClaim, type StoredCorrection, type StoredSource, type StoredTopic } from '../../core/workspace'

export { DB_NAME }

/** An audit row: the entry and its place in the log. */
export interface AuditRow extends AuditEntry { seq?: number }

/** One setting: the reviewer's name, the consensus weights, the names editors gave stories. */
export type SettingRow = { key: 'reviewer'; value: string } | { key: 'weights'; value: Record<string, number> } | { key: 'stories'; value: StoredStoryName[] }

/** A computed result, by the key of everything it was computed from. */
export type CacheRow =
  | { key: string; kind: 'extraction'; source: string; at: string; claims: Claim[]; signature: Uint32Array }
  | { key: string; kind: 'placement'; source: string; at: string; assignments: Assignment[] }
  | { key: string; kind: 'comparison'; source: string; at: string; comparison: Comparison }
  | { key: string; kind: 'view'; source: string; at: string; view: AnalysisView; decisions: Map<string, Verdict | null> }

/** The tables of each schema version (Dexie carries unchanged tables over from the version before). */
export const SCHEMA: Record<number, Record<string, string>> = {
  1: {
    sources: '&id, importedAt',
    corrections: '&claimId',
    reviews: '&topicId',
    audit: '++seq, target, at',
    settings: '&key',
  },
  2: {
    sources: '&id, hash, importedAt',
    added: '&id, source',
    topics: '&id',
  },
  3: {
    cache: '&key, kind, source, at',
  },
}

export const DB_VERSION = 3

/** v1 → v2: hash every stored text; give reviews the note field v1 did not have. */
export async function upgradeTo2(tx: Transaction): Promise<void> {
  // textHash is synchronous: awaiting anything but IndexedDB here would end the upgrade transaction.
  await tx.table('sources').toCollection().modify((s: Partial<StoredSource> & { text: string }) => {
    if (!s.hash) s.hash = textHash(s.text)
  })
  await tx.table('reviews').toCollection().modify((r: Partial<TopicReview>) => {
    if (typeof r.note !== 'string') r.note = ''
    if (typeof r.reason !== 'string') r.reason = ''
  })
}

/** Declares the versions up to `upTo` on a Dexie instance (tests open version 1 alone to test the migration). */
export function declareVersions(db: Dexie, upTo = DB_VERSION): void {
  db.version(1).stores(SCHEMA[1])
  if (upTo >= 2) db.version(2).stores(SCHEMA[2]).upgrade(upgradeTo2)
  // v2 → v3 adds an empty table: nothing to move.
  if (upTo >= 3) db.version(3).stores(SCHEMA[3])
}

/** The database. */
export class ClaimCompareDb extends Dexie {
  sources!: Table<StoredSource, string>
  corrections!: Table<StoredCorrection, string>
  added!: Table<StoredClaim, string>
  topics!: Table<StoredTopic, string>
  reviews!: Table<TopicReview, string>
  audit!: Table<AuditRow, number>
  settings!: Table<SettingRow, string>
  cache!: Table<CacheRow, string>

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options)
    declareVersions(this)
  }
}

let shared: ClaimCompareDb | null = null

/** The tables that hold the user's work (not the cache of derived results). */
export function workTables(db: ClaimCompareDb): Table[] {
  return db.tables.filter((t) => t.name !== 'cache')
}

/** The app's database, opened on first use. */
export function appDb(): ClaimCompareDb {
  shared ??= new ClaimCompareDb()
  return shared
}

/** Replaces the app's database (tests use a fresh fake-indexeddb one per case). */
export function setAppDb(db: ClaimCompareDb | null): void {
  shared = db
}
