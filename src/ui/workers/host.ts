// The analysis, kept where the page's thread never waits for it: the worker reads the sources and
// the reviewer's layer from IndexedDB, extracts what is new (or takes it from the cache), keeps the
// analysis up to date with the incremental engine, and sends the page only what changed. Where no
// Worker can start (unit tests), the same host runs on the page.
import { liveQuery, type Subscription } from 'dexie'
import type { Analysis, Claim, Corrections, Source, Topic, Verdict } from '../../core/model'
import { extractClaims } from '../../core/extract'
import { signature } from '../../core/compare/independence'
import { AnalysisEngine, applyPatch, sourceDetail, viewDiff, viewOf, viewPatch, viewSources, type AnalysisView, type SourceDetail, type ViewPatch } from '../../core/incremental'
import { extractInPieces, toCorrections, type StoredSource } from '../../core/workspace'
import { buildSearchIndex, type SearchHits, type SearchIndex } from '../../core/search'
import { embeddedSources, embeddedTopics } from '../corpus'
import { appDb, type ClaimCompareDb } from '../db/schema'
import { ResultCache, exactHash, extractionKey, rebind } from './cache'
import { idTable } from '../../core/ids'
import { storageProblem, type StorageProblem } from '../db/errors'
import { namedStories, workspaceStories, type StoredStoryName, type WorkspaceStory } from '../../core/corpus/workspaceStories'

/** The extraction of one imported source, as the import page shows it. */
export interface Extraction { state: 'queued' | 'running' | 'done' | 'error'; done: number; total: number; claims: number; ms: number | null; message: string | null }

/** What the host tells the page. */
export type HostMessage =
  /** The first view (`full`), then patches; decisions by topic; why something could not be read. */
  | { type: 'view'; full: boolean; patch: ViewPatch; decisions: Map<string, Verdict | null>; error: string | null; dbError: string | null; storage?: StorageProblem | null; loadError: string | null; settled?: boolean }
  | { type: 'extraction'; states: Record<string, Extraction> }
  /** The stories of the workspace, when its articles change (the page offers to look at one). */
  | { type: 'stories'; stories: WorkspaceStory[] }

/** The reviewer's layer as the analysis reads it. */
/** (Decisions in a Map: a topic id may be "constructor" or "__proto__".) */
interface Layer { corrections: Corrections; decisions: Map<string, Verdict | null> }

interface Ready { key: string; text: string; claims: Claim[]; signature: Uint32Array }

const pause = () => new Promise<void>((r) => setTimeout(r, 0))

export interface HostOptions {
  /** The database (null: none, e.g. storage refused); default the app's. */
  db?: () => ClaimCompareDb | null
  /** The analysis code's version for the cache; null keeps nothing across sessions. */
  version?: string | null
  /** How long the analysis stays unchanged before the view shown is kept for the next session (ms). */
  snapshotDelay?: number
}

export class AnalysisHost {
  private engine = new AnalysisEngine()
  private embedded: Source[] = []
  private baseTopics: Topic[] = []
  private loadError: string | null = null
  private dbError: string | null = null
  /** What a database failure means for the user (the page shows one banner for it). */
  private storage: StorageProblem | null = null
  private error: string | null = null
  private db: ClaimCompareDb | null = null
  private cache: ResultCache = new ResultCache(null, null)
  private imported: StoredSource[] | null = null
  /** The latest list read from the database (extractions of texts no longer in it are skipped). */
  private latest: StoredSource[] | null = null
  private layer: Layer | null = null
  private ready = new Map<string, Ready>()
  /** By source id: an id table (a source may be called "constructor"). */
  private extraction: Record<string, Extraction> = idTable()
  private analysis: Analysis | null = null
  private search: SearchIndex | null = null
  private subs: Subscription[] = []
  private started: Promise<void> | null = null
  private sent = false
  private scheduled = false
  private queue: Promise<void> = Promise.resolve()
  private pruned = false
  private lastCounts = ''
  private lastExtra = ''
  /** The view the page holds (the one kept from the last session until the analysis is in). */
  private base: AnalysisView | null = null
  /** True until the page says which kept view it shows (when it reads one): the first view waits for it. */
  private keptPending = false
  /** The first view, held until the page says which kept view it shows. */
  private held: { patch: ViewPatch; decisions: Map<string, Verdict | null>; settled: boolean } | null = null
  private cacheReady: () => void = () => {}
  private cacheMade = new Promise<void>((r) => { this.cacheReady = r })
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null
  /** The articles of the view kept last, or of the session's first settled view (null: none yet). */
  private keptSources: string | null = null
  /** The articles the stories were last told for (ids and lengths). */
  private storiesOf: string | null = null
  /** The stories last grouped (grouping is read again only when the articles change), and the articles they were grouped from. */
  private grouped: { sources: Source[]; stories: WorkspaceStory[] } | null = null
  /** The names editors gave stories, as the database holds them (a renaming is told at once, even on a page that reads no other work). */
  private storyNames: StoredStoryName[] = []

  constructor(private post: (m: HostMessage) => void, private options: HostOptions = {}) {}

  /**
   * Reads everything and sends the first view; then follows the database. Safe to call twice.
   * `keptPending`: the page is reading the view kept from the last session itself (it shows it
   * before any of this is done) and will say which one it shows (`shown`); the first view waits
   * for that, to say only what differs from it.
   */
  start(keptPending = false): Promise<void> {
    if (keptPending && !this.started) this.keptPending = true
    this.started ??= this.begin()
    return this.started
  }

  /** The page shows the kept view of that time (null: none): the first view is sent against it. */
  async shown(at: string | null): Promise<void> {
    await this.cacheMade
    if (at !== null) {
      const kept = await this.cache.snapshot()
      if (kept?.at === at && !this.sent) { this.base = kept.view; this.keptSources = sourceKey(kept.view) }
    }
    this.keptPending = false
    const held = this.held
    this.held = null
    if (held) this.send(held.patch, held.decisions, held.settled)
  }

  private async begin() {
    try {
      this.embedded = embeddedSources()
      this.baseTopics = embeddedTopics()
    } catch (e) {
      this.loadError = (e as Error).message
    }
    try {
      this.db = (this.options.db ?? appDb)()
      if (!this.db) throw new Error('no database')
      await this.db.open()
    } catch (e) {
      this.dbFailed(e)
      this.db = null
    }
    this.cache = new ResultCache(this.db, this.options.version ?? null)
    this.cacheReady()
    await this.cache.load()
    await this.prepare(this.embedded, false)
    if (!this.db) { this.imported = []; this.layer = { corrections: toCorrections({ claims: [], added: [], topics: [] }), decisions: new Map() }; this.schedule(); return }
    const db = this.db
    this.subs.push(liveQuery(() => db.sources.orderBy('importedAt').toArray()).subscribe({
      next: (list) => { void this.receiveSources(list) },
      error: (e) => { this.dbFailed(e); this.imported ??= []; this.schedule() },
    }))
    this.subs.push(liveQuery(() => db.settings.get('stories')).subscribe({
      next: (row) => { this.storyNames = (row?.value as StoredStoryName[] | undefined) ?? []; if (this.grouped) this.tellStories(this.grouped.sources, true) },
      error: () => { /* the stories keep the names their reports give */ },
    }))
    this.subs.push(liveQuery(() => readLayer(db)).subscribe({
      next: (layer) => { this.layer = layer; this.schedule() },
      error: (e) => { this.dbFailed(e); this.layer ??= { corrections: toCorrections({ claims: [], added: [], topics: [] }), decisions: new Map() }; this.schedule() },
    }))
  }

  private dbFailed(e: unknown) {
    this.dbError = (e as Error).message
    this.storage = storageProblem(e)
  }

  stop() {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer)
    for (const s of this.subs) s.unsubscribe()
    this.subs = []
  }

  /** Claims for sources: from the cache where it has them; the rest are extracted one at a time. */
  private async prepare(sources: Source[], imported: boolean) {
    const hashes = await Promise.all(sources.map((s) => (this.ready.get(s.id)?.text === s.text ? null : exactHash(s.text))))
    const todo = sources.map((s, i) => ({ s, hash: hashes[i] })).filter((x): x is { s: Source; hash: string } => x.hash !== null)
    const keys = todo.map(({ s, hash }) => extractionKey(s, hash, this.options.version ?? null))
    const cached = await this.cache.extractions(keys)
    const missing: { s: Source; key: string }[] = []
    todo.forEach(({ s }, i) => {
      const hit = cached[i]
      if (hit) this.ready.set(s.id, { key: keys[i], text: s.text, claims: rebind(hit.claims, hit.source, s.id), signature: hit.signature })
      else missing.push({ s, key: keys[i] })
    })
    if (imported) for (const { s } of missing) this.setExtraction(s.id, { state: 'queued', done: 0, total: 1, claims: 0, ms: null, message: null })
    for (const { s } of todo) if (this.ready.has(s.id) && imported) this.setExtraction(s.id, { state: 'done', done: 1, total: 1, claims: this.ready.get(s.id)!.claims.length, ms: null, message: null })
    // Embedded texts are short: extracted at once, before the first view. Imported ones join when done.
    for (const { s, key } of missing) {
      if (imported) { void this.enqueue(s, key); continue }
      const r: Ready = { key, text: s.text, claims: extractClaims(s), signature: signature(s.text) }
      this.ready.set(s.id, r)
      this.cache.putExtraction(key, s.id, r.claims, r.signature)
    }
    if (imported) this.flushExtraction()
  }

  private async receiveSources(list: StoredSource[]) {
    this.latest = list
    const known = new Set(list.map((s) => s.id))
    for (const id of Object.keys(this.extraction)) if (!known.has(id)) delete this.extraction[id]
    for (const id of [...this.ready.keys()]) if (!known.has(id) && !this.embedded.some((s) => s.id === id)) this.ready.delete(id)
    await this.prepare(list, true)
    this.imported = list
    this.schedule()
  }

  private enqueue(s: Source, key: string): Promise<void> {
    this.queue = this.queue.then(async () => {
      if (!this.latest?.some((x) => x.id === s.id && x.text === s.text)) return
      this.setExtraction(s.id, { state: 'running' })
      this.flushExtraction()
      const t0 = performance.now()
      try {
        const claims = await extractInPieces(s, extractClaims, async (done, total) => {
          this.setExtraction(s.id, { done, total })
          this.flushExtraction()
          // Between pieces: let the reviewer's changes and the page's questions through.
          await pause()
        })
        const sig = signature(s.text)
        this.ready.set(s.id, { key, text: s.text, claims, signature: sig })
        this.cache.putExtraction(key, s.id, claims, sig)
        this.setExtraction(s.id, { state: 'done', claims: claims.length, ms: Math.round(performance.now() - t0), done: 1, total: 1 })
      } catch (e) {
        this.setExtraction(s.id, { state: 'error', message: (e as Error).message })
      }
      this.flushExtraction()
      this.schedule()
    })
    return this.queue
  }

  private setExtraction(id: string, patch: Partial<Extraction>) {
    const cur = this.extraction[id] ?? { state: 'queued', done: 0, total: 1, claims: 0, ms: null, message: null }
    this.extraction[id] = { ...cur, ...patch }
  }
  // Progress goes to the page four times a second at most: an archive of 10,000 sources would
  // otherwise send 10,000 states after each of its 10,000 extractions.
  private progressTimer: ReturnType<typeof setTimeout> | null = null
  private lastProgress = 0
  private flushExtraction() {
    // The last one done goes at once: the page then knows every article is in.
    if (!Object.values(this.extraction).some((e) => e.state === 'queued' || e.state === 'running')) {
      if (this.progressTimer) clearTimeout(this.progressTimer)
      this.progressTimer = null
      this.lastProgress = performance.now()
      this.post({ type: 'extraction', states: { ...this.extraction } })
      return
    }
    if (this.progressTimer) return
    const wait = Math.max(0, 250 - (performance.now() - this.lastProgress))
    this.progressTimer = setTimeout(() => {
      this.progressTimer = null
      this.lastProgress = performance.now()
      this.post({ type: 'extraction', states: { ...this.extraction } })
    }, wait)
  }

  /**
   * One analysis for a burst of changes. While imported articles are still being read, the
   * analysis runs again only after four times as long as it last took: each new article may touch
   * a topic of thousands of figures, and judging it again after every one would cost more than
   * reading them all.
   */
  private lastCompute = { at: 0, ms: 0 }
  private schedule() {
    if (this.scheduled) return
    this.scheduled = true
    const reading = Object.values(this.extraction).some((e) => e.state === 'queued' || e.state === 'running')
    const wait = reading ? Math.max(0, this.lastCompute.ms * 4 - (performance.now() - this.lastCompute.at)) : 0
    setTimeout(() => {
      this.scheduled = false
      const t0 = performance.now()
      this.recompute()
      this.lastCompute = { at: performance.now(), ms: performance.now() - t0 }
    }, wait)
  }

  private recompute() {
    if (this.imported === null || this.layer === null) return
    // A source is analysed once its claims are in (or its extraction failed: then with none).
    const imported = this.imported.filter((s) => this.ready.get(s.id)?.text === s.text || this.extraction[s.id]?.state === 'error')
    const sources: Source[] = [...this.embedded, ...imported]
    const corrections = this.layer.corrections
    this.tellStories(sources)
    let patch: ViewPatch
    try {
      const { analysis, changes } = this.engine.update({
        sources, baseTopics: this.baseTopics, corrections,
        claims: (id) => this.ready.get(id)?.claims ?? NONE,
        signatureOf: (s) => this.ready.get(s.id)?.signature,
        memo: this.cache.memo((id) => this.ready.get(id)?.key),
      })
      this.error = null
      const first = !this.sent
      patch = first ? viewOf(analysis, corrections) : viewPatch(analysis, corrections, changes)
      // Counters and the claims named outside the rows go only when they changed.
      const counts = JSON.stringify(patch.counts)
      const extra = (patch.extra ?? []).map((c) => `${c.id}#${JSON.stringify(c.quantity)}`).join('|')
      if (!first && counts === this.lastCounts) delete patch.counts
      if (!first && extra === this.lastExtra) delete patch.extra
      this.lastCounts = counts
      this.lastExtra = extra
      if (analysis !== this.analysis) this.search = null
      this.analysis = analysis
    } catch (e) {
      this.error = (e as Error).message
      patch = this.sent ? {} : { ...emptyView(this.embedded, this.baseTopics) }
    }
    // Settled: every imported article read and nothing left to judge again (the page can say so).
    const settled = !Object.values(this.extraction).some((e) => e.state === 'queued' || e.state === 'running') && !this.scheduled
    if (!this.sent && this.keptPending) this.held = { patch, decisions: this.layer.decisions, settled }
    else this.send(patch, this.layer.decisions, settled)
    // Once every source is in: drop cached results nothing uses any more.
    if (!this.pruned && this.imported.every((s) => this.ready.has(s.id))) { this.pruned = true; void this.cache.prune() }
  }

  /** Tells the page the stories of the workspace when its articles changed (they are grouped again only then). */
  private tellStories(sources: Source[], renamed = false) {
    const key = sources.map((s) => `${s.id}:${s.text.length}`).join('\n')
    if (key === this.storiesOf && !renamed) return
    const regroup = key !== this.storiesOf || !this.grouped
    this.storiesOf = key
    try {
      if (regroup) this.grouped = { sources, stories: workspaceStories(sources) }
      if (!this.grouped) return
      this.post({ type: 'stories', stories: namedStories(this.grouped.stories, this.storyNames) })
    } catch {
      // Without stories the page shows the whole workspace, as before it had any.
    }
  }

  private send(patch: ViewPatch, decisions: Map<string, Verdict | null>, settled: boolean) {
    // After the view kept from the last session: only what differs from it.
    const full = !this.sent && !this.base
    if (!this.sent && this.base) patch = viewDiff(this.base, patch as AnalysisView)
    this.base = full ? (patch as AnalysisView) : applyPatch(this.base!, patch)
    this.post({ type: 'view', full, patch, decisions, error: this.error, dbError: this.dbError, storage: this.storage, loadError: this.loadError, settled })
    this.sent = true
    if (settled) this.keepSnapshot(decisions)
  }

  /**
   * Keeps the view shown for the next session once the analysis has stayed unchanged a moment; at
   * once when its articles differ from the view kept last (an import or a removal just settled): a
   * reload right after importing then opens on the view with the import in it, not the one before.
   */
  private keepSnapshot(decisions: Map<string, Verdict | null>) {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer)
    this.snapshotTimer = null
    const keep = () => {
      this.snapshotTimer = null
      if (!this.base || this.scheduled) return
      this.cache.putSnapshot(this.base, decisions)
      this.keptSources = sourceKey(this.base)
    }
    // The session's first settled view waits like any other: only a change of articles goes at once.
    if (this.base && this.keptSources === null) this.keptSources = sourceKey(this.base)
    if (this.base && sourceKey(this.base) !== this.keptSources) keep()
    else this.snapshotTimer = setTimeout(keep, this.options.snapshotDelay ?? 1000)
  }

  /** One source's figures and topics (the source page). */
  async detail(sourceId: string): Promise<SourceDetail | null> {
    await this.settled()
    return this.analysis ? sourceDetail(this.analysis, sourceId) : null
  }

  /** Full-text search (built on first use, after each change). */
  async find(query: string): Promise<SearchHits> {
    await this.settled()
    if (!this.analysis) return { topics: [], sources: [] }
    this.search ??= buildSearchIndex(this.analysis)
    return this.search.search(query)
  }

  /** The whole analysis (exports): with every change made so far, not the one before a pending recompute. */
  async whole(): Promise<Analysis | null> {
    await this.settled()
    while (this.scheduled) await pause()
    return this.analysis
  }

  /** Resolves when the first view has been sent. */
  private async settled() {
    await this.start()
    while (!this.sent) await pause()
  }
}

const NONE: Claim[] = []

/** The articles a view holds, as one key (their ids and lengths: a merge that changes a text changes it). */
function sourceKey(view: AnalysisView): string {
  return view.sources.map((s) => `${s.id}:${s.chars}`).join('\n')
}

function emptyView(sources: Source[], topics: Topic[]): AnalysisView {
  return { sources: viewSources(sources), topics, rows: topics.map((topic) => ({ topic, comparison: null, verdict: null, claims: [], sourceIds: [], langs: [], independent: 0 })), candidates: [], extra: [], counts: { claims: 0, unassigned: 0, bySource: {} } }
}

/** The reviewer's layer the analysis reads (the audit trail stays out: it is not an input). */
async function readLayer(db: ClaimCompareDb): Promise<Layer> {
  return db.transaction('r', [db.corrections, db.added, db.topics, db.reviews, db.settings], async () => {
    const [claims, added, topics, reviews, weights] = await Promise.all([
      db.corrections.toArray(), db.added.toArray(), db.topics.toArray(), db.reviews.toArray(), db.settings.get('weights'),
    ])
    return {
      corrections: toCorrections({ claims, added, topics, weights: (weights?.value as Record<string, number> | undefined) ?? {} }),
      decisions: new Map(reviews.map((r) => [r.topicId, r.override])),
    }
  })
}
