import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import type { Analysis, Claim, Topic, Verdict } from '../../core/model'
import { applyPatch, type AnalysisView, type SourceDetail, type ViewSource } from '../../core/incremental/view'
import type { TopicRow } from '../../core/charts/topics'
import type { SearchHits } from '../../core/search'
import { analysisClient, type AnalysisClient } from '../workers/client'
import type { Extraction, HostMessage } from '../workers/host'
import { asIdTable, idTable } from '../../core/ids'
import { useStorageStore } from './storage'
import { readKeptView, type KeptView } from '../db/kept'
import { analysisVersion } from '../workers/version'
import type { WorkspaceStory } from '../../core/corpus/workspaceStories'

const EMPTY: AnalysisView = { sources: [], topics: [], rows: [], candidates: [], extra: [], counts: { claims: 0, unassigned: 0, bySource: {} } }

/** The analysis as the page holds it: what the worker computed, patched as it changes. */
export const useAnalysisStore = defineStore('analysis', () => {
  const storage = useStorageStore()
  /** Sources, topics, rows and candidates as the worker last sent them (never deeply reactive: it is large). */
  const view = shallowRef<AnalysisView>(EMPTY)
  /** True once the first analysis has arrived. */
  const ready = ref(false)
  /** False while the worker is still reading articles or judging topics again. */
  const settled = ref(true)
  /** Why the analysis failed, so the page can say so instead of going blank. */
  const error = ref<string | null>(null)
  /** Why the embedded corpus could not be read. */
  const loadError = ref<string | null>(null)
  /** Why the database could not be read (the embedded corpus is still shown). */
  const dbError = ref<string | null>(null)
  /** Reviewers' decisions by topic id (override, or null when the suggestion was accepted). */
  const decisions = shallowRef<Map<string, Verdict | null>>(new Map())
  /** The extraction of each imported source, as the worker reports it (an id table held raw: a source may be called "hasOwnProperty"). */
  const extraction = shallowRef<Record<string, Extraction>>(idTable())
  /** Sources' figures loaded for the pages that show them, and the view they were read from. */
  const details = shallowRef(new Map<string, { detail: SourceDetail; seq: number }>())
  /** The stories of the workspace, as the worker grouped its articles ([] until it has). */
  const stories = shallowRef<WorkspaceStory[]>([])
  /** Increases with every change of the analysis. */
  const seq = ref(0)

  const sources = computed(() => view.value.sources)
  const topics = computed(() => view.value.topics)
  const candidates = computed(() => view.value.candidates)
  const counts = computed(() => view.value.counts)
  // A row with a decision is made once per (row, decision): pages showing an unchanged row keep its object.
  const decided = new WeakMap<TopicRow, { override: Verdict | null; row: TopicRow }>()
  /** One row per topic; a reviewer's verdict stands on badges, filters and sort, the machine's stays visible. */
  const rows = computed<TopicRow[]>(() => view.value.rows.map((r) => {
    if (!decisions.value.has(r.topic.id)) return r
    const override = decisions.value.get(r.topic.id) ?? null
    const hit = decided.get(r)
    if (hit && hit.override === override) return hit.row
    const row = override && override !== r.verdict ? { ...r, verdict: override, suggested: r.verdict, reviewed: true } : { ...r, reviewed: true }
    decided.set(r, { override, row })
    return row
  }))
  const machineIndex = computed(() => new Map(view.value.rows.map((r) => [r.topic.id, r])))
  const rowIndex = computed(() => new Map(rows.value.map((r) => [r.topic.id, r])))
  const sourceIndex = computed(() => new Map(sources.value.map((s) => [s.id, s])))
  /** Claims the page knows: the topics', the candidates', those set aside, and loaded sources'. */
  const claimIndex = computed(() => {
    const out = new Map<string, Claim>()
    for (const r of view.value.rows) for (const c of r.claims) out.set(c.id, c)
    for (const c of view.value.extra) out.set(c.id, c)
    for (const { detail } of details.value.values()) for (const c of detail.claims) if (!out.has(c.id)) out.set(c.id, c)
    return out
  })

  /** The topic of each figure placed in one (the topics' own lists). */
  const topicIndex = computed(() => {
    const out = new Map<string, string>()
    for (const r of view.value.rows) for (const c of r.claims) if (!out.has(c.id)) out.set(c.id, r.topic.id)
    return out
  })

  function row(topicId: string): TopicRow | undefined { return rowIndex.value.get(topicId) }
  /** The machine's row (no decision applied): the same object until the analysis changes it. */
  function machineRow(topicId: string): TopicRow | undefined { return machineIndex.value.get(topicId) }
  function claim(id: string): Claim | undefined { return claimIndex.value.get(id) }
  function source(id: string): ViewSource | undefined { return sourceIndex.value.get(id) }
  function topic(id: string): Topic | undefined { return rowIndex.value.get(id)?.topic }
  /** The topic a figure is placed in, if any. */
  function topicOfClaim(claimId: string): string | undefined { return topicIndex.value.get(claimId) }

  let client: AnalysisClient | null = null
  let started: Promise<void> | null = null
  /**
   * Starts the analysis (in the worker); safe to call more than once. Meanwhile the page reads the
   * view kept from the last session and shows it, marked unsettled (an archive's texts take seconds
   * to read again); the worker, told which view that is, sends only what differs from it.
   */
  function start(c: AnalysisClient = analysisClient(), readKept: (version: string | null) => Promise<KeptView | null> = readKeptView): Promise<void> {
    client ??= c
    const worker = client
    started ??= (async () => {
      const begun = worker.start(receive, true)
      const k = await readKept(analysisVersion()).catch(() => null)
      if (k) {
        view.value = applyPatch(EMPTY, k.view)
        decisions.value = k.decisions
        settled.value = false
        ready.value = true
        seq.value++
      }
      await worker.shown(k?.at ?? null)
      await begun
    })()
    return started
  }
  function receive(m: HostMessage) {
    if (m.type === 'extraction') { extraction.value = asIdTable(m.states); return }
    if (m.type === 'stories') { stories.value = m.stories; return }
    view.value = m.full ? applyPatch(EMPTY, m.patch) : applyPatch(view.value, m.patch)
    decisions.value = m.decisions
    error.value = m.error
    loadError.value = m.loadError
    dbError.value = m.dbError
    if (m.storage) storage.mark(m.storage)
    settled.value = m.settled ?? true
    ready.value = true
    seq.value++
    // Loaded sources' figures may have moved: fetched again for the pages showing them.
    for (const id of details.value.keys()) void loadDetail(id)
  }

  const loading = new Map<string, Promise<SourceDetail | null>>()
  function loadDetail(sourceId: string): Promise<SourceDetail | null> {
    if (!client) return Promise.resolve(null)
    const busy = loading.get(sourceId)
    if (busy) return busy
    const at = seq.value
    const p = client.detail(sourceId).then((d) => {
      if (d) { details.value.set(sourceId, { detail: d, seq: at }); triggerRef(details) }
      return d
    }).finally(() => loading.delete(sourceId))
    loading.set(sourceId, p)
    return p
  }
  /** A source's figures, read now from the analysis (for an action that must not act on stale ones). */
  function fetchDetail(sourceId: string): Promise<SourceDetail | null> { return loadDetail(sourceId) }
  /** A source's figures and their topics; loaded (and kept current) from the first call. */
  function detail(sourceId: string): SourceDetail | null {
    const hit = details.value.get(sourceId)
    if (!hit) void loadDetail(sourceId)
    return hit?.detail ?? null
  }
  /** A source's text (null until loaded): the page holds none until it shows one. */
  function text(sourceId: string): string | null { return detail(sourceId)?.text ?? null }
  /** The claims a source states, in text order ([] until loaded). */
  function claimsOf(sourceId: string): Claim[] { return detail(sourceId)?.claims ?? [] }
  /** Full-text search over topics and articles (in the worker). */
  async function search(query: string): Promise<SearchHits> {
    if (!client) return { topics: [], sources: [] }
    return client.search(query)
  }
  /** The whole analysis (for exports). */
  async function whole(): Promise<Analysis | null> {
    if (!client) return null
    return client.whole()
  }

  return {
    // state
    ready, settled, error, loadError, dbError, decisions, extraction, stories, seq,
    // derived
    sources, topics, candidates, counts, rows, sourceIndex,
    // lookups and requests
    row, machineRow, claim, source, topic, topicOfClaim, detail, fetchDetail, text, claimsOf, search, whole,
    // actions
    start, receive,
  }
})
