// Ids that are JavaScript property names, through the stores: an imported source and a topic
// called "hasOwnProperty", "constructor" or "__proto__" behave like any other.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { ClaimCompareDb } from '../../src/ui/db/schema'
import { useWorkspaceStore } from '../../src/ui/stores/workspace'
import { useReviewStore } from '../../src/ui/stores/review'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { makeAnalysisClient } from '../../src/ui/workers/client'
import { buildSource, buildWorkspaceFile, emptyState, serializeWorkspace, type WorkspaceState } from '../../src/core/workspace'
import { until } from './until'

const AT = '2025-12-01T10:00:00.000Z'
const UNITS = ['كتيبة النمر', 'كتيبة الصقر', 'كتيبة الفهد', 'كتيبة الذئب']
const TEXT = UNITS.map((u, i) => `قالت القيادة إن ${u} تضم ${300 + 10 * i} جندي في الميدان.`).join('\n')

function workspaceWith(ids: string[]): WorkspaceState {
  const state = emptyState()
  state.reviewer = 'Salma'
  state.sources = ids.map((id, i) => ({ ...buildSource({ title: `Report ${i}`, outlet: `Outlet ${i}`, via: '', lang: 'ar', kind: 'news', published: '2024-03-01', url: '', text: `${TEXT}\n(${i})` }, { takenIds: [], now: AT }), id }))
  state.corrections.topics = ids.map((id, i) => ({ id, label: { en: `Topic ${id}`, ar: UNITS[i] }, entity: { name: UNITS[i], aliases: [UNITS[i]] }, measure: 'soldiers', kind: 'count' as const, cues: ['جندي'], scope: null, time: null, at: AT, reviewer: 'Salma' }))
  state.reviews = ids.map((topicId) => ({ topicId, override: 'needs-review' as const, reason: 'check the unit', note: '', reviewer: 'Salma', at: AT }))
  state.corrections.weights = Object.fromEntries(ids.map((id) => [id, 2]))
  return state
}

describe('ids named like Object members in the stores', () => {
  it('imported sources, topics, decisions and weights keyed by them all hold', async () => {
    setActivePinia(createPinia())
    const db = new ClaimCompareDb('ids', { indexedDB: new IDBFactory(), IDBKeyRange })
    // The analysis host runs on the page here (no Worker in Node), on the same database.
    const client = makeAnalysisClient(false, { db: () => db })
    const analysis = useAnalysisStore()
    void analysis.start(client)
    const workspace = useWorkspaceStore()
    workspace.start(db, { worker: client })
    const review = useReviewStore()
    const ids = ['hasOwnProperty', 'constructor', '__proto__', 'toString']
    const file = serializeWorkspace(buildWorkspaceFile(workspaceWith(ids), AT))
    const result = await workspace.importWorkspace(file, 'ids.json')
    expect(result).toMatchObject({ ok: true, summary: { sourcesAdded: 4, topics: 4, reviews: 4 } })
    // Each topic (one unit) holds the figure of every source, itself named like a member.
    await until(() => ids.every((id) => analysis.row(id)?.sourceIds.length === ids.length))
    for (const id of ids) {
      expect(workspace.extraction[id], id).toMatchObject({ state: 'done' })
      expect(analysis.counts.bySource[id], id).toBeGreaterThan(0)
      expect(review.reviewOf(id), id).toMatchObject({ override: 'needs-review' })
      const row = analysis.row(id)
      expect(row, id).toBeDefined()
      expect(row!.reviewed, id).toBe(true)
      expect(row!.verdict, id).toBe('needs-review')
    }
    expect(review.corrections.weights.hasOwnProperty).toBe(2)
    expect(review.corrections.weights.__proto__).toBe(2)
    // A source with no figure counts none, not Object's member of its name.
    expect(analysis.counts.bySource.valueOf).toBeUndefined()
    // A topic no one decided is not taken as decided because Object has a member of that name.
    const untouched = analysis.rows.find((r) => r.topic.id === 'bamex-dates')!
    expect(untouched.reviewed).toBeFalsy()
  })
})
