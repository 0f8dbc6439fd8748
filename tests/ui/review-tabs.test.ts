// Two tabs on one database (two stores, two connections, one IndexedDB): a decision saved in one
// never silently replaces the other's, and every save is in the audit trail.
import 'fake-indexeddb/auto' // before Dexie: liveQuery only runs where a global indexedDB exists
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { ClaimCompareDb } from '../../src/ui/db/schema'
import { readState } from '../../src/ui/db/repo'
import { useReviewStore } from '../../src/ui/stores/review'
import { until } from './until'

let n = 0
function tabs() {
  const deps = { indexedDB: new IDBFactory(), IDBKeyRange }
  const name = `tabs${++n}`
  const open = (who: string) => {
    setActivePinia(createPinia())
    const db = new ClaimCompareDb(name, deps)
    const review = useReviewStore()
    review.start(db)
    return { db, review, who }
  }
  return { a: open('Salma'), b: open('Karim') }
}

describe('two tabs deciding on one topic', () => {
  it('a save made from a decision another tab has replaced is refused with the other decision, and writes nothing', async () => {
    const { a, b } = tabs()
    await a.review.setReviewer('Salma')
    await until(() => a.review.reviewer === 'Salma' && b.review.reviewer === 'Salma')
    expect(await a.review.decide('bamex-dates', { override: null, reason: '', note: 'first look' })).toBeNull()
    await until(() => b.review.reviewOf('bamex-dates')?.note === 'first look')
    const base = b.review.reviewOf('bamex-dates')!
    // Tab A changes the decision; tab B's form still stands on the first one.
    expect(await a.review.decide('bamex-dates', { override: 'conflict', reason: 'the dates differ', note: 'Salma’s reading' })).toBeNull()
    const result = await b.review.decide('bamex-dates', { override: null, reason: '', note: 'Karim’s reading' }, base)
    expect(result).toMatchObject({ conflict: { note: 'Salma’s reading', override: 'conflict' } })
    const stored = await readState(b.db)
    expect(stored.reviews[0].note).toBe('Salma’s reading')
    expect(stored.audit.filter((e) => e.detail.includes('Karim’s reading'))).toHaveLength(0)
  })

  it('"keep mine" saves over the other decision, and both are in the audit trail', async () => {
    const { a, b } = tabs()
    await a.review.setReviewer('Salma')
    await until(() => b.review.reviewer === 'Salma')
    const base = null
    expect(await a.review.decide('bamex-dates', { override: null, reason: '', note: 'Salma’s reading' }, base)).toBeNull()
    const refused = await b.review.decide('bamex-dates', { override: null, reason: '', note: 'Karim’s reading' }, base)
    expect(refused).not.toBeNull()
    // Keep mine: the draft is saved on top of the decision it now knows about.
    const theirs = (refused as { conflict: Parameters<typeof b.review.decide>[2] }).conflict
    expect(await b.review.decide('bamex-dates', { override: null, reason: '', note: 'Karim’s reading' }, theirs)).toBeNull()
    const stored = await readState(a.db)
    expect(stored.reviews).toHaveLength(1)
    expect(stored.reviews[0].note).toBe('Karim’s reading')
    const notes = stored.audit.filter((e) => e.action === 'note').map((e) => e.detail)
    expect(notes).toEqual(['Salma’s reading', 'Karim’s reading'])
  })

  it('two saves at the same moment from the same decision: one lands, the other is told, none is lost unseen', async () => {
    const { a, b } = tabs()
    await a.review.setReviewer('Salma')
    await until(() => b.review.reviewer === 'Salma')
    const [ra, rb] = await Promise.all([
      a.review.decide('bamex-dates', { override: 'agree', reason: 'same fair', note: 'from tab A' }, null),
      b.review.decide('bamex-dates', { override: 'conflict', reason: 'other dates', note: 'from tab B' }, null),
    ])
    expect([ra, rb].filter((r) => r === null)).toHaveLength(1)
    expect([ra, rb].filter((r) => r !== null && typeof r === 'object' && 'conflict' in r)).toHaveLength(1)
    const stored = await readState(a.db)
    const winner = ra === null ? 'from tab A' : 'from tab B'
    expect(stored.reviews[0].note).toBe(winner)
    // The audit trail holds exactly what is stored: the winner's save.
    expect(stored.audit.filter((e) => e.action === 'note').map((e) => e.detail)).toEqual([winner])
  })

  it('this tab’s entries show at once and once: the database handing them back adds no copy', async () => {
    const { a, b } = tabs()
    await a.review.setReviewer('Salma')
    expect(await a.review.decide('bamex-dates', { override: null, reason: '', note: 'once' })).toBeNull()
    expect(a.review.auditOf('bamex-dates', []).filter((e) => e.action === 'note')).toHaveLength(1)
    // Tab B hears of it through the database; tab A hears of it too, and keeps one copy.
    await until(() => b.review.auditOf('bamex-dates', []).some((e) => e.detail === 'once'))
    await new Promise((r) => setTimeout(r, 50))
    expect(a.review.auditOf('bamex-dates', []).filter((e) => e.action === 'note')).toHaveLength(1)
    expect(a.review.audit.length).toBe(b.review.audit.length)
  })

  it('a withdrawal from a stale decision is refused too', async () => {
    const { a, b } = tabs()
    await a.review.setReviewer('Salma')
    expect(await a.review.decide('bamex-dates', { override: null, reason: '', note: 'one' })).toBeNull()
    await until(() => b.review.reviewOf('bamex-dates')?.note === 'one')
    const base = b.review.reviewOf('bamex-dates')!
    expect(await a.review.decide('bamex-dates', { override: null, reason: '', note: 'two' })).toBeNull()
    expect(await b.review.clearDecision('bamex-dates', base)).toMatchObject({ conflict: { note: 'two' } })
    expect((await readState(a.db)).reviews).toHaveLength(1)
  })
})
