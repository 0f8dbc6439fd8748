import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { AuditEntry } from '../../../src/core/model'
import { ClaimCompareDb } from '../../../src/ui/db/schema'
import { applyChange, watchAudit, writeState } from '../../../src/ui/db/repo'
import { emptyState } from '../../../src/core/workspace'

const entry = (i: number, target = 'topic:bamex-dates'): AuditEntry => ({ at: `2025-12-01T10:00:${String(i % 60).padStart(2, '0')}.000Z`, reviewer: 'Salma', target, action: 'note', detail: `note ${i}` })

async function waitFor(ok: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting for the database')
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('watchAudit', () => {
  it('reads the log once, then hands over only what another tab appends; a replaced log is read again', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange }
    const tabA = new ClaimCompareDb('audit', deps)
    const tabB = new ClaimCompareDb('audit', deps)
    await tabA.audit.bulkAdd(Array.from({ length: 500 }, (_, i) => entry(i)))
    const resets: AuditEntry[][] = []
    const appends: AuditEntry[][] = []
    const stop = watchAudit(tabB, { onReset: (all) => resets.push(all), onAppend: (fresh) => appends.push(fresh), onError: (e) => { throw e } })
    await waitFor(() => resets.length === 1)
    expect(resets[0]).toHaveLength(500)

    await applyChange(tabA, { audit: [entry(500), entry(501)] })
    await waitFor(() => appends.length === 1)
    expect(appends[0].map((e) => e.detail)).toEqual(['note 500', 'note 501'])
    await applyChange(tabA, { reviewer: 'Karim', audit: [entry(502, 'reviewer')] })
    await waitFor(() => appends.length === 2)
    expect(appends[1].map((e) => e.detail)).toEqual(['note 502'])
    expect(resets).toHaveLength(1)

    // A workspace import rewrites the whole log: read again, whole.
    await writeState(tabA, { ...emptyState(), audit: [entry(1), entry(2), entry(3)] })
    await waitFor(() => resets.length === 2)
    expect(resets[1].map((e) => e.detail)).toEqual(['note 1', 'note 2', 'note 3'])
    stop()
    tabA.close()
    tabB.close()
  })
})
