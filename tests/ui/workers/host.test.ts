// The analysis host (what runs in the worker), on a fake IndexedDB: the first view is analyze()'s;
// an imported text is extracted once, then taken from the cache on the next start (a reload);
// a reviewer's change sends only the rows it touches.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { ClaimCompareDb } from '../../../src/ui/db/schema'
import { applyChange } from '../../../src/ui/db/repo'
import { AnalysisHost, type HostMessage } from '../../../src/ui/workers/host'
import { applyPatch, viewOf, type AnalysisView } from '../../../src/core/incremental/view'
import { analyze } from '../../../src/core/pipeline'
import { embeddedSources, embeddedTopics } from '../../../src/ui/corpus'
import { buildSource } from '../../../src/core/workspace'
import { until } from '../until'

const TEXT = 'اختتم معرض بامكس 2025 للصناعات الدفاعية في باماكو يوم 24 نوفمبر 2025 بعد أسبوعين من العروض.\nوقال المنظمون إن المعرض أقيم من 10 إلى 24 نوفمبر، وإن نحو 1500 مقاتل من فاغنر غادروا مالي.'
const imported = buildSource({ title: 'BAMEX closes', outlet: 'Mali Web', via: '', lang: 'ar', kind: 'news', published: '2025-11-25', url: '', text: TEXT }, { takenIds: ['000', '001', '002', '003', '004'], now: '2025-12-01T10:00:00.000Z' })
const EMPTY: AnalysisView = { sources: [], topics: [], rows: [], candidates: [], extra: [], counts: { claims: 0, unassigned: 0, bySource: {} } }

/** A host with its messages folded into the view the page would hold. */
/** `kept`: the kept view the page says it shows (undefined: the page says nothing of one). */
function run(db: ClaimCompareDb, snapshotDelay = 1000, kept?: string | null, version = 'test') {
  const messages: HostMessage[] = []
  let view = EMPTY
  const host = new AnalysisHost((m) => {
    messages.push(m)
    if (m.type === 'view') view = applyPatch(m.full ? EMPTY : view, m.patch)
  }, { db: () => db, version, snapshotDelay })
  void host.start(kept !== undefined)
  if (kept !== undefined) void host.shown(kept)
  return { host, messages, view: () => view, views: () => messages.filter((m) => m.type === 'view') }
}

const fresh = (name: string) => new ClaimCompareDb(name, { indexedDB: new IDBFactory(), IDBKeyRange })

describe('the analysis host', () => {
  it('sends analyze()’s view first; extracts an import once and takes it from the cache after a reload', async () => {
    const db = fresh('host-a')
    const a = run(db)
    await until(() => a.views().length === 1)
    const reference = analyze(embeddedSources(), embeddedTopics())
    expect(a.view()).toEqual(viewOf(reference, { claims: {}, added: [], topics: [], weights: {} }))

    await applyChange(db, { putSources: [imported] })
    await until(() => a.view().sources.some((s) => s.id === imported.id))
    const done = a.messages.filter((m) => m.type === 'extraction').at(-1)
    expect(done).toMatchObject({ states: { [imported.id]: { state: 'done' } } })
    const ms = (done as Extract<HostMessage, { type: 'extraction' }>).states[imported.id].ms
    expect(typeof ms).toBe('number')
    expect(a.view().rows.find((r) => r.topic.id === 'bamex-dates')?.sourceIds).toContain(imported.id)
    a.host.stop()
    // Written behind the analysis: the five embedded texts and the import.
    let cached = 0
    for (let i = 0; i < 200 && cached < 6; i++) { cached = await db.cache.where('kind').equals('extraction').count(); await new Promise((r) => setTimeout(r, 10)) }
    expect(cached).toBe(6)
    const derived = async () => (await db.cache.where('kind').anyOf('placement', 'comparison').toArray()).map((r) => `${r.key}@${r.at}`).sort()
    await new Promise((r) => setTimeout(r, 50))
    const before = await derived()
    expect(before.length).toBeGreaterThan(6)

    // A reload: the same view, the import's claims from the cache (no extraction time), nothing extracted again.
    const b = run(db)
    await until(() => b.views().length === 1)
    expect(b.view()).toEqual(a.view())
    const states = b.messages.filter((m) => m.type === 'extraction').at(-1) as Extract<HostMessage, { type: 'extraction' }>
    expect(states.states[imported.id]).toMatchObject({ state: 'done', ms: null })
    expect(await db.cache.where('kind').equals('extraction').count()).toBe(6)
    // Placements and comparisons were read, not computed and written again (those of the state
    // before the import, no longer used, are dropped).
    await new Promise((r) => setTimeout(r, 50))
    const after = await derived()
    expect(after.length).toBeGreaterThan(6)
    expect(after.filter((x) => !before.includes(x))).toEqual([])
    b.host.stop()
    db.close()
  })

  it('reads every text again under a new build: its extraction may differ from the cached one', async () => {
    const db = fresh('host-build')
    const a = run(db)
    await applyChange(db, { putSources: [imported] })
    await until(() => a.view().sources.some((s) => s.id === imported.id))
    a.host.stop()
    let cached = 0
    for (let i = 0; i < 200 && cached < 6; i++) { cached = await db.cache.where('kind').equals('extraction').count(); await new Promise((r) => setTimeout(r, 10)) }
    expect(cached).toBe(6)
    const b = run(db, 1000, undefined, 'test-next-build')
    // The first view may go before the imported text is read again (it joins when done): wait
    // for its extraction to end rather than for a view, or a slow machine sees it still queued.
    const last = () => (b.messages.filter((m) => m.type === 'extraction').at(-1) as Extract<HostMessage, { type: 'extraction' }> | undefined)?.states[imported.id]
    await until(() => last()?.state === 'done')
    expect(typeof last()!.ms).toBe('number')
    b.host.stop()
    db.close()
  })

  it('sends only the rows a reviewer’s change touches', async () => {
    const db = fresh('host-b')
    const a = run(db)
    await until(() => a.views().length === 1)
    const row = a.view().rows.find((r) => r.topic.id === 'wagner-personnel')!
    const claim = row.claims[0]
    await applyChange(db, { putCorrections: [{ claimId: claim.id, status: 'wrong-extraction', at: '2025-12-01T10:00:00.000Z', reviewer: 'S' }] })
    await until(() => a.views().length === 2)
    const patch = (a.views()[1] as Extract<HostMessage, { type: 'view' }>).patch
    expect(patch.rows?.map((r) => r.topic.id)).toEqual(['wagner-personnel'])
    expect(patch.sources).toBeUndefined()
    expect(a.view().rows.find((r) => r.topic.id === 'wagner-personnel')!.claims.map((c) => c.id)).not.toContain(claim.id)
    // The figure set aside is still known to the page.
    expect(a.view().extra.map((c) => c.id)).toContain(claim.id)
    // A decision changes no row: it travels as a decision.
    await applyChange(db, { putReviews: [{ topicId: 'ransom', override: 'needs-review', reason: 'r', note: '', reviewer: 'S', at: '2025-12-01T10:00:00.000Z' }] })
    await until(() => a.views().length === 3)
    const third = a.views()[2] as Extract<HostMessage, { type: 'view' }>
    expect(third.patch.rows).toBeUndefined()
    expect(third.decisions).toEqual(new Map([['ransom', 'needs-review']]))
    a.host.stop()
    db.close()
  })

  it('keeps the view shown; after a reload that shows it, sends only what the analysis changed', async () => {
    const db = fresh('host-c')
    const a = run(db, 0)
    await until(() => a.views().length === 1)
    await applyChange(db, { putSources: [imported] })
    await until(() => a.view().sources.some((s) => s.id === imported.id) && !!(a.views().at(-1) as Extract<HostMessage, { type: 'view' }>).settled)
    // Kept once the analysis has settled with the import (written behind it; one view, replaced).
    const keptImport = async () => (await db.cache.where('kind').equals('view').toArray()).some((r) => r.kind === 'view' && r.view.sources.some((s) => s.id === imported.id))
    for (let i = 0; i < 500 && !(await keptImport()); i++) await new Promise((r) => setTimeout(r, 10))
    expect(await keptImport()).toBe(true)
    expect(await db.cache.where('kind').equals('view').count()).toBe(1)
    a.host.stop()

    // The reload: the page shows the kept view (it reads it itself) and says so; the analysis,
    // which changed nothing, then sends nothing to draw again.
    const row = (await db.cache.where('kind').equals('view').toArray())[0]
    const at = row.at
    expect(row.kind === 'view' && row.view).toEqual(a.view())
    const b = run(db, 0, at)
    await until(() => b.views().length === 1)
    const first = b.views()[0] as Extract<HostMessage, { type: 'view' }>
    expect(first.full).toBe(false)
    expect(first.patch).toEqual({})
    b.host.stop()

    // A change between the sessions (a figure set aside in another tab): the analysis sends the row it touches.
    const wagner = a.view().rows.find((r) => r.topic.id === 'wagner-personnel')!
    await applyChange(db, { putCorrections: [{ claimId: wagner.claims[0].id, status: 'wrong-extraction', at: '2025-12-01T10:00:00.000Z', reviewer: 'S' }] })
    const c = run(db, 0, at)
    await until(() => c.views().length === 1)
    const patch = (c.views()[0] as Extract<HostMessage, { type: 'view' }>).patch
    expect(patch.rows?.map((r) => r.topic.id)).toEqual(['wagner-personnel'])
    expect(patch.sources).toBeUndefined()
    c.host.stop()

    // A page that shows another kept view, or none, gets the whole view.
    for (const other of ['1999-01-01T00:00:00.000Z', null]) {
      const d = run(db, 0, other)
      await until(() => d.views().length === 1)
      expect((d.views()[0] as Extract<HostMessage, { type: 'view' }>).full).toBe(true)
      d.host.stop()
    }
    db.close()
  })

  it('keeps the view with an import in it as soon as the analysis settles, not after the quiet delay', async () => {
    const db = fresh('host-f')
    // A delay no test waits for: only a view written at once can be read back.
    const a = run(db, 600_000, null)
    await until(() => a.views().length === 1 && !!(a.views()[0] as Extract<HostMessage, { type: 'view' }>).settled)
    await applyChange(db, { putSources: [imported] })
    await until(() => a.view().sources.some((s) => s.id === imported.id) && !!(a.views().at(-1) as Extract<HostMessage, { type: 'view' }>).settled)
    const keptImport = async () => (await db.cache.where('kind').equals('view').toArray()).some((r) => r.kind === 'view' && r.view.sources.some((s) => s.id === imported.id))
    for (let i = 0; i < 300 && !(await keptImport()); i++) await new Promise((r) => setTimeout(r, 10))
    expect(await keptImport()).toBe(true)
    // A review change (the same articles) still waits for the analysis to stay quiet.
    const kept = (await db.cache.where('kind').equals('view').toArray())[0].at
    const wagner = a.view().rows.find((r) => r.topic.id === 'wagner-personnel')!
    await applyChange(db, { putCorrections: [{ claimId: wagner.claims[0].id, status: 'wrong-extraction', at: '2025-12-01T10:00:00.000Z', reviewer: 'S' }] })
    await until(() => !a.view().rows.find((r) => r.topic.id === 'wagner-personnel')!.claims.some((c) => c.id === wagner.claims[0].id))
    await new Promise((r) => setTimeout(r, 200))
    expect((await db.cache.where('kind').equals('view').toArray())[0].at).toBe(kept)
    a.host.stop()
    db.close()
  })

  it('exports the analysis with every change made so far, not the one before a pending recompute', async () => {
    const db = fresh('host-e')
    const a = run(db)
    await until(() => a.views().length === 1)
    await applyChange(db, { putSources: [imported] })
    // The article is read: its analysis may still be waiting to run when the export asks.
    await until(() => a.messages.some((m) => m.type === 'extraction' && m.states[imported.id]?.state === 'done'))
    const whole = await a.host.whole()
    expect(whole?.sources.map((s) => s.id)).toContain(imported.id)
    expect(whole?.claims.some((c) => c.source === imported.id)).toBe(true)
    a.host.stop()
    db.close()
  })

  it('holds the first view until the page says which kept view it shows', async () => {
    const db = fresh('host-d')
    const messages: HostMessage[] = []
    const host = new AnalysisHost((m) => messages.push(m), { db: () => db, version: 'test' })
    void host.start(true)
    await new Promise((r) => setTimeout(r, 300))
    expect(messages.filter((m) => m.type === 'view')).toEqual([])
    await host.shown(null)
    await until(() => messages.some((m) => m.type === 'view'))
    expect(messages.find((m) => m.type === 'view')).toMatchObject({ full: true })
    host.stop()
    db.close()
  })

  it('still shows the embedded corpus when there is no database', async () => {
    const messages: HostMessage[] = []
    const host = new AnalysisHost((m) => messages.push(m), { db: () => null })
    await host.start()
    await until(() => messages.some((m) => m.type === 'view'))
    const first = messages.find((m) => m.type === 'view') as Extract<HostMessage, { type: 'view' }>
    expect(first.dbError).toBeTruthy()
    expect(first.patch.sources?.length).toBe(5)
    expect(first.patch.rows?.some((r) => r.verdict !== null)).toBe(true)
  })
})
