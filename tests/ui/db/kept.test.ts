// The page's own read of the view kept from the last session: raw IndexedDB, never creating the
// database (the app's schema does that), and only the view kept for this version of the code.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { ClaimCompareDb, DB_NAME } from '../../../src/ui/db/schema'
import { keptViewKey } from '../../../src/ui/db/names'
import { readKeptView } from '../../../src/ui/db/kept'
import { viewOf } from '../../../src/core/incremental/view'
import { bamexAnalysis } from '../fixtures'

const view = viewOf(bamexAnalysis(), { claims: {}, added: [], topics: [], weights: {} })

describe('readKeptView', () => {
  it('finds nothing where there is no database, and leaves none behind', async () => {
    expect(await readKeptView('v1')).toBeNull()
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME)
  })

  it('reads the view kept for this version of the code, and no other', async () => {
    const db = new ClaimCompareDb()
    await db.cache.put({ key: keptViewKey('v1'), kind: 'view', source: '', at: '2026-01-01T00:00:00.000Z', view, decisions: new Map([['ransom', 'agree']]) })
    db.close()
    const kept = await readKeptView('v1')
    expect(kept?.at).toBe('2026-01-01T00:00:00.000Z')
    expect(kept?.view).toEqual(view)
    expect(kept?.decisions).toEqual(new Map([['ransom', 'agree']]))
    expect(await readKeptView('v2')).toBeNull()
    expect(await readKeptView(null)).toBeNull()
    // The app opens its database as before.
    const again = new ClaimCompareDb()
    expect(await again.cache.count()).toBe(1)
    again.close()
  })
})
