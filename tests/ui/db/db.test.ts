import 'fake-indexeddb/auto' // before Dexie: liveQuery only runs where a global indexedDB exists
import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { ClaimCompareDb, DB_VERSION, declareVersions } from '../../../src/ui/db/schema'
import { applyChange, clearState, readReviewLayer, readState, watchDb, withChange, writeState, type ReviewLayer } from '../../../src/ui/db/repo'
import { emptyState, textHash, type StoredSource } from '../../../src/core/workspace'
import { fullState, imported } from '../../core/workspace/fixture'

// A fresh IndexedDB per test: nothing leaks from one case to the next.
const fresh = () => ({ indexedDB: new IDBFactory(), IDBKeyRange })

describe('the Dexie layer', () => {
  it('opens at the current version with every table', async () => {
    const db = new ClaimCompareDb('t', fresh())
    await db.open()
    expect(db.verno).toBe(DB_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual(['added', 'audit', 'cache', 'corrections', 'reviews', 'settings', 'sources', 'topics'])
    db.close()
  })

  it('writes a whole workspace and reads it back identical', async () => {
    const db = new ClaimCompareDb('t', fresh())
    await writeState(db, fullState())
    expect(await readState(db)).toEqual(fullState())
    await clearState(db)
    expect(await readState(db)).toEqual(emptyState())
    db.close()
  })

  it('writes a change and its audit entries together, or neither', async () => {
    const db = new ClaimCompareDb('t', fresh())
    const review = fullState().reviews[0]
    const audit = fullState().audit.slice(0, 1)
    await applyChange(db, { putReviews: [review], audit, reviewer: 'Salma' })
    let layer = await readReviewLayer(db)
    expect(layer).toMatchObject({ reviewer: 'Salma', reviews: [review], audit })
    // A broken row (no key) fails the whole transaction: the audit entry that came with it is not kept.
    await expect(applyChange(db, { putReviews: [{ ...review, topicId: undefined as unknown as string }], audit })).rejects.toThrow()
    layer = await readReviewLayer(db)
    expect(layer.audit).toHaveLength(1)
    db.close()
  })

  it('shows a change before it is written exactly as the database will read it back', async () => {
    const db = new ClaimCompareDb('t', fresh())
    await writeState(db, fullState())
    const before = await readReviewLayer(db)
    const [correction] = fullState().corrections.claims
    const change = {
      putReviews: [{ ...fullState().reviews[0], override: 'conflict' as const }], deleteCorrections: [correction.claimId],
      putCorrections: [{ claimId: '000:1-2', status: 'out-of-scope' as const, at: 'x', reviewer: 'K' }], reviewer: 'Karim', audit: fullState().audit.slice(0, 1),
    }
    const shown = withChange(before, change)
    await applyChange(db, change)
    const stored = await readReviewLayer(db)
    const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)))
    expect(byKey(shown.corrections, (r) => r.claimId)).toEqual(byKey(stored.corrections, (r) => r.claimId))
    expect(shown.reviews).toEqual(stored.reviews)
    expect(shown.reviewer).toBe('Karim')
    expect(shown.audit).toEqual(stored.audit)
    db.close()
  })

  it('finds imported sources by text hash', async () => {
    const db = new ClaimCompareDb('t', fresh())
    await applyChange(db, { putSources: [imported] })
    expect((await db.sources.where('hash').equals(textHash(imported.text)).first())?.id).toBe(imported.id)
    db.close()
  })

  it('tells a second connection (another tab) about each change', async () => {
    const deps = fresh()
    const tabA = new ClaimCompareDb('shared', deps)
    const tabB = new ClaimCompareDb('shared', deps)
    const layers: ReviewLayer[] = []
    const sources: StoredSource[][] = []
    const stop = watchDb(tabB, { onLayer: (l) => layers.push(l), onSources: (s) => sources.push(s), onError: (e) => { throw e } })
    await waitFor(() => layers.length >= 1 && sources.length >= 1)
    await applyChange(tabA, { putReviews: fullState().reviews })
    await waitFor(() => layers.at(-1)?.reviews.length === 1)
    await applyChange(tabA, { putSources: [imported] })
    await waitFor(() => sources.at(-1)?.length === 1)
    expect(sources.at(-1)?.[0].id).toBe(imported.id)
    stop()
    tabA.close()
    tabB.close()
  })
})

describe('migration from schema version 1', () => {
  it('hashes stored texts, gives reviews a note, adds the new tables, and keeps everything', async () => {
    const deps = fresh()
    // The database as version 1 of the app left it.
    const v1 = new Dexie('claim-compare', deps)
    declareVersions(v1, 1)
    const { hash: _hash, ...v1Source } = imported
    await v1.table('sources').put(v1Source)
    await v1.table('reviews').put({ topicId: 'bamex-dates', override: 'conflict', reason: 'dates differ', reviewer: 'Salma', at: '2025-12-01T10:00:00.000Z' })
    await v1.table('corrections').put({ claimId: '000:4-34', status: 'out-of-scope', at: '2025-12-01T10:00:00.000Z', reviewer: 'Salma' })
    await v1.table('audit').add({ at: '2025-12-01T10:00:00.000Z', reviewer: 'Salma', target: 'topic:bamex-dates', action: 'override', detail: 'x' })
    await v1.table('settings').put({ key: 'reviewer', value: 'Salma' })
    expect(v1.verno).toBe(1)
    v1.close()

    const db = new ClaimCompareDb('claim-compare', deps)
    await db.open()
    expect(db.verno).toBe(DB_VERSION)
    const state = await readState(db)
    expect(state.sources).toEqual([imported])
    expect(state.sources[0].hash).toBe(textHash(imported.text))
    expect(state.reviews).toEqual([{ topicId: 'bamex-dates', override: 'conflict', reason: 'dates differ', note: '', reviewer: 'Salma', at: '2025-12-01T10:00:00.000Z' }])
    expect(state.corrections.claims).toHaveLength(1)
    expect(state.audit).toHaveLength(1)
    expect(state.reviewer).toBe('Salma')
    expect(await db.added.count()).toBe(0)
    expect(await db.topics.count()).toBe(0)
    expect(await db.cache.count()).toBe(0)
    db.close()
  })
})

describe('migration from schema version 2', () => {
  it('adds the empty cache of derived results and keeps the work; clearing or restoring the work keeps the cache', async () => {
    const deps = fresh()
    const v2 = new Dexie('claim-compare', deps)
    declareVersions(v2, 2)
    await v2.table('sources').put(imported)
    await v2.table('reviews').put(fullState().reviews[0])
    v2.close()

    const db = new ClaimCompareDb('claim-compare', deps)
    await db.open()
    expect(db.verno).toBe(3)
    expect((await readState(db)).sources).toEqual([imported])
    expect((await readState(db)).reviews).toEqual(fullState().reviews)
    // A cached result (keyed by content) survives a reset of the work: it stays right for any workspace.
    const row = { key: 'x|1|abc|ar||null', kind: 'extraction' as const, source: imported.id, at: '2025-12-01T10:00:00.000Z', claims: [], signature: new Uint32Array([1, 2, 3]) }
    await db.cache.put(row)
    await clearState(db)
    expect(await readState(db)).toEqual(emptyState())
    expect(await db.cache.get(row.key)).toEqual(row)
    await writeState(db, fullState())
    expect(await db.cache.count()).toBe(1)
    // The cache is never part of the workspace file's state.
    expect(Object.keys(await readState(db))).not.toContain('cache')
    db.close()
  })
})

async function waitFor(ok: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting for the database')
    await new Promise((r) => setTimeout(r, 10))
  }
}
