import 'fake-indexeddb/auto' // before Dexie: liveQuery only runs where a global indexedDB exists
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { ClaimCompareDb } from '../../src/ui/db/schema'
import { readState } from '../../src/ui/db/repo'
import { useReviewStore } from '../../src/ui/stores/review'
import { useWorkspaceStore } from '../../src/ui/stores/workspace'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { makeAnalysisClient } from '../../src/ui/workers/client'
import { until } from './until'

const BAMEX = 'اختتم معرض بامكس 2025 للصناعات الدفاعية في باماكو يوم 24 نوفمبر 2025 بعد أسبوعين من العروض.\nوقال المنظمون إن المعرض أقيم من 10 إلى 24 نوفمبر.'

let db: ClaimCompareDb
let n = 0
function setup() {
  setActivePinia(createPinia())
  // A new name each time: Dexie's live-query cache is keyed by database name.
  db = new ClaimCompareDb(`t${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange })
  // The analysis host runs on the page here (no Worker in Node), on the same database.
  const client = makeAnalysisClient(false, { db: () => db })
  const analysis = useAnalysisStore()
  void analysis.start(client)
  const workspace = useWorkspaceStore()
  workspace.start(db, { worker: client })
  return { workspace, review: useReviewStore(), analysis }
}

async function importBamex(workspace: ReturnType<typeof useWorkspaceStore>) {
  const key = await workspace.addText(BAMEX, { fileName: 'bamex.txt' })
  workspace.setForm(key, { title: 'BAMEX closes', outlet: 'Mali Web', published: '2025-11-25' })
  const id = await workspace.save(key)
  await until(() => workspace.sources.length === 1)
  await until(() => useAnalysisStore().sources.some((s) => s.id === id))
  return id!
}

describe('importing a text', () => {
  it('checks it, guesses its language, saves it, and hands its claims to the analysis', async () => {
    const { workspace, analysis } = setup()
    const key = await workspace.addText(BAMEX, { fileName: 'bamex_closes.txt' })
    const draft = workspace.drafts.find((d) => d.key === key)!
    expect(draft).toMatchObject({ status: 'ready', guess: { lang: 'ar' }, form: { lang: 'ar' } })
    // Its first line, as for a pasted text (the file name only when the text has no words).
    expect(draft.form.title).toMatch(/^اختتم معرض/)
    expect(draft.hash).toMatch(/^sha256:/)
    workspace.setForm(key, { outlet: 'Mali Web', published: '2025-11-25' })
    const id = (await workspace.save(key))!
    await until(() => workspace.sources.length === 1)
    await until(() => analysis.sources.some((s) => s.id === id))
    expect(analysis.source(id)).toMatchObject({ origin: 'imported', outlet: 'Mali Web', published: '2025-11-25', chars: BAMEX.length })
    expect((await analysis.fetchDetail(id))?.text).toBe(BAMEX)
    expect(workspace.extraction[id]).toMatchObject({ state: 'done' })
    expect(analysis.counts.bySource[id]).toBeGreaterThan(0)
    // Its BAMEX dates join the topic.
    expect(analysis.row('bamex-dates')?.sourceIds).toContain(id)
    expect(workspace.drafts).toHaveLength(0)
  })

  it('refuses an empty or binary text with a reason', async () => {
    const { workspace } = setup()
    await workspace.addText('   ')
    await workspace.addText('PK\u0003\u0004\u0000\u0000binary')
    expect(workspace.drafts.map((d) => [d.status, d.problem?.code])).toEqual([['invalid', 'empty'], ['invalid', 'binary']])
  })

  it('finds a duplicate (the same text, other line ends) and merges its metadata instead of adding it twice', async () => {
    const { workspace } = setup()
    const id = await importBamex(workspace)
    const key = await workspace.addText(BAMEX.replace(/\n/g, '\r\n') + '\n')
    expect(workspace.drafts[0]).toMatchObject({ status: 'duplicate', duplicate: { id, origin: 'imported' } })
    expect(await workspace.save(key)).toBeNull()
    workspace.setForm(key, { url: 'https://example.org/bamex' })
    expect(await workspace.merge(key)).toEqual(['url'])
    await until(() => workspace.sources[0].url === 'https://example.org/bamex')
    expect(workspace.sources).toHaveLength(1)
  })

  it('finds an embedded article pasted again', async () => {
    const { workspace, analysis } = setup()
    await until(() => analysis.ready)
    const embedded = analysis.sources.filter((s) => s.origin === 'embedded')
    // The page holds no texts: the second one, as the analysis sends it with its figures.
    const text = (await analysis.fetchDetail(embedded[1].id))!.text
    expect(text.length).toBe(embedded[1].chars)
    await workspace.addText(text)
    expect(workspace.drafts[0]).toMatchObject({ status: 'duplicate', duplicate: { id: embedded[1].id, origin: 'embedded' } })
  })
})

describe('reviewing', () => {
  it('records an accepted or overridden verdict with the reviewer, time and audit trail', async () => {
    const { review } = setup()
    await until(() => review.ready)
    await review.setReviewer('Salma')
    await until(() => review.reviewer === 'Salma')
    expect(await review.decide('bamex-dates', { override: 'agree', reason: ' ', note: '' })).toBe('reason-required')
    expect(await review.decide('bamex-dates', { override: 'needs-review', reason: 'two readings', note: 'call the organiser' })).toBeNull()
    await until(() => review.reviews.length === 1)
    expect(review.reviewOf('bamex-dates')).toMatchObject({ override: 'needs-review', reason: 'two readings', note: 'call the organiser', reviewer: 'Salma' })
    expect(review.auditOf('bamex-dates', []).map((e) => e.action)).toEqual(expect.arrayContaining(['override', 'note']))
    await review.decide('bamex-dates', { override: null, reason: 'ignored', note: 'call the organiser' })
    await until(() => review.reviewOf('bamex-dates')?.override === null)
    expect(review.reviewOf('bamex-dates')?.reason).toBe('')
  })

  it('feeds corrections to the analysis at once: a figure added by selection joins the analysis', async () => {
    const { workspace, review, analysis } = setup()
    const id = await importBamex(workspace)
    // Words the extractor does not take as one figure (it takes "أسبوعين" alone).
    const words = 'أسبوعين من العروض'
    const start = BAMEX.indexOf(words)
    expect(await review.addFigure(id, { start, end: start + 'أسبوعين'.length }, { kind: 'duration', lo: 14, hi: 14, unit: 'day', per: null, precision: 'exact', qualifier: null }, null)).toBeNull()
    const claimId = await review.addFigure(id, { start, end: start + words.length }, { kind: 'duration', lo: 14, hi: 14, unit: 'day', per: null, precision: 'exact', qualifier: null }, 'bamex-dates')
    await until(() => !!analysis.row('bamex-dates')?.claims.some((c) => c.id === claimId && c.manual))
    expect(review.corrections.claims[claimId!]).toEqual({ claimId, topicId: 'bamex-dates' })
    await review.correctClaim(claimId!, { status: 'wrong-extraction' }, 'bamex-dates')
    // Set aside: out of the topic's comparison, still known to the page (listed as set aside).
    await until(() => !analysis.row('bamex-dates')?.claims.some((c) => c.id === claimId))
    expect(analysis.claim(claimId!)).toMatchObject({ manual: true })
    expect(review.setAsideIn('bamex-dates')).toEqual([claimId])
    expect(review.auditOf('bamex-dates', []).map((e) => e.action)).toEqual(['mark', 'add-figure'])
  })

  it('creates a topic from a figure and moves the figure into it', async () => {
    const { workspace, review, analysis } = setup()
    const id = await importBamex(workspace)
    const start = BAMEX.indexOf('أسبوعين من العروض')
    const claimId = (await review.addFigure(id, { start, end: start + 17 }, { kind: 'duration', lo: 14, hi: 14, unit: 'day', per: null, precision: 'exact', qualifier: null }, null))!
    await until(() => analysis.claim(claimId) !== undefined)
    const topicId = (await review.createTopicFromClaim(claimId, { labelEn: 'BAMEX length', labelAr: 'مدة بامكس', entity: 'BAMEX', measure: 'duration' }))?.id
    await until(() => analysis.topics.some((t) => t.id === topicId))
    expect(analysis.row(topicId!)?.claims.map((c) => c.id)).toEqual([claimId])
  })
})

describe('a topic accepted from a candidate', () => {
  it('is stored with its story, and comes back with it from the workspace file', async () => {
    const { workspace, review, analysis } = setup()
    const id = await importBamex(workspace)
    const { id: topicId } = await review.createTopicFromCandidate({ key: 'duration|day', entity: '', kind: 'duration', unit: 'day', claims: [`${id}:1-3`], sources: [id] }, { labelEn: 'Length', labelAr: 'المدة', entity: '', measure: '' })
    await until(() => review.userTopics.some((t) => t.id === topicId))
    expect((await readState(db)).corrections.topics.find((t) => t.id === topicId)?.story).toEqual([id])
    const file = await workspace.exportWorkspace()
    if ('problem' in file) throw new Error(file.problem)
    await workspace.clearAll()
    await until(() => review.userTopics.length === 0 && !analysis.topics.some((t) => t.id === topicId))
    const result = await workspace.importWorkspace(file.text, file.name)
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true })
    await until(() => review.userTopics.some((t) => t.id === topicId))
    expect(review.userTopics.find((t) => t.id === topicId)?.story).toEqual([id])
  })
})

describe('the workspace file', () => {
  it('export, clear, import: everything back', async () => {
    const { workspace, review } = setup()
    await importBamex(workspace)
    await review.setReviewer('Salma')
    await until(() => review.reviewer === 'Salma')
    await review.decide('bamex-dates', { override: 'needs-review', reason: 'two readings', note: 'n' })
    await until(() => review.reviews.length === 1)
    const before = await readState(db)
    const file = await workspace.exportWorkspace()
    if ('problem' in file) throw new Error(file.problem)
    await workspace.clearAll()
    await until(() => workspace.sources.length === 0 && review.reviews.length === 0)
    const result = await workspace.importWorkspace(file.text, file.name)
    expect(result).toMatchObject({ ok: true, summary: { sourcesAdded: 1, reviews: 1 } })
    expect(await readState(db)).toEqual(before)
    await until(() => workspace.sources.length === 1 && review.reviews.length === 1)
  })

  it('refuses a malformed file with a clear error and changes nothing', async () => {
    const { workspace, review } = setup()
    await importBamex(workspace)
    await review.decide('bamex-dates', { override: null, reason: '', note: 'keep' })
    await until(() => review.reviews.length === 1)
    const before = await readState(db)
    const exported = await workspace.exportWorkspace()
    if ('problem' in exported) throw new Error(exported.problem)
    const good = JSON.parse(exported.text)
    good.reviews[0].override = 'probably'
    const bad = await workspace.importWorkspace(JSON.stringify(good), 'edited.json')
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('edited.json: reviews[0].override: must be a verdict') })
    expect((await workspace.importWorkspace('{"format": "claim-compare-workspace", "version": 1', 'cut.json'))).toMatchObject({ ok: false, error: expect.stringContaining('cut.json: not valid JSON') })
    expect(await readState(db)).toEqual(before)
  })
})
