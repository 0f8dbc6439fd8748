import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import {
  buildSource, buildWorkspaceFile, draftProblems, findDuplicate, mergeSource, mergeWorkspace, parseWorkspace, serializeWorkspace, textHash,
  stripBom, titleFromFileName, type Duplicate, type LangGuess, type MERGE_FIELDS, type MergeSummary, type SourceDraft, type StoredSource, type TextProblem,
} from '../../core/workspace'
import type { ExportInput } from '../../core/export'
import { appDb, type ClaimCompareDb } from '../db/schema'
import { applyChange, clearState, readState, watchSources, writeState } from '../db/repo'
import { makeExtractionClient, type ExtractionClient } from '../workers/client'
import { useCorpusStore } from './corpus'
import { useAnalysisStore } from './analysis'
import { useReviewStore } from './review'
import { useStorageStore } from './storage'
import type { StorageProblem } from '../db/errors'
import { idTable, withEntry } from '../../core/ids'

/** A text on its way in: its form, and what the worker found out about it. */
export interface Draft {
  key: number
  fileName: string | null
  form: SourceDraft
  /** preparing: checked and hashed in the worker; ready: can be saved; duplicate: the workspace has it; invalid: cannot be used. */
  status: 'preparing' | 'ready' | 'duplicate' | 'invalid' | 'saving'
  problem: TextProblem | null
  hash: string
  guess: LangGuess | null
  duplicate: Duplicate | null
  /** A failure of the worker, in words. */
  error: string | null
  /** Why the draft could not be saved in the browser's storage. */
  storage?: StorageProblem | null
}

/** The extraction of one imported source. */
export interface Extraction { state: 'queued' | 'running' | 'done' | 'error'; done: number; total: number; claims: number; ms: number | null; message: string | null }

/** Imported sources, their extraction in the worker, import drafts, and the workspace file. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const corpus = useCorpusStore()
  const analysis = useAnalysisStore()
  const review = useReviewStore()
  const storage = useStorageStore()

  /** Imported sources as stored (with hash and import time). */
  const sources = shallowRef<StoredSource[]>([])
  /** True once the stored sources have been read. */
  const ready = ref(false)
  /** Extraction state by source id (an id table held raw and replaced whole: ids may be "hasOwnProperty"). */
  const extraction = shallowRef<Record<string, Extraction>>(idTable())
  /** Texts being imported. */
  const drafts = ref<Draft[]>([])
  /** The last source saved or merged, to point the user at it. */
  const lastSaved = ref<{ id: string; merged: boolean; changed: string[] } | null>(null)

  let db: ClaimCompareDb | null = null
  let client: ExtractionClient | null = null
  let nextKey = 1
  const worker = () => (client ??= makeExtractionClient())
  const now = () => new Date().toISOString()

  const embeddedHashes = computed(() => idTable(corpus.embedded.map((s) => [s.id, textHash(s.text)])))
  const known = computed(() => [
    ...corpus.embedded.map((s) => ({ id: s.id, title: s.title, origin: s.origin, hash: embeddedHashes.value[s.id] })),
    ...sources.value.map((s) => ({ id: s.id, title: s.title, origin: s.origin, hash: s.hash })),
  ])
  /** What the exports read: the analysis, decisions and corrections. */
  const exportInput = computed<ExportInput>(() => ({ analysis: analysis.analysis, reviews: review.reviews, corrections: review.corrections, setAsideFrom: review.setAsideFrom }))
  /** Sources still being extracted. */
  const busy = computed(() => Object.values(extraction.value).filter((e) => e.state === 'queued' || e.state === 'running').length)

  /** Opens the database and follows it; the review layer too. Safe to call more than once. */
  function start(database: ClaimCompareDb = appDb(), opts: { worker?: ExtractionClient } = {}) {
    if (db) return
    db = database
    if (opts.worker) client = opts.worker
    void storage.check(database)
    review.start(database)
    watchSources(database, {
      onSources: (list) => { ready.value = true; receiveSources(list) },
      onError: (e) => { ready.value = true; storage.report(e) },
    })
  }

  // A new source's claims come from the worker: analyze() must never extract a 5 MB text on the
  // page's thread, so the map holds an empty list for it until the worker is done.
  const extractedHash = new Map<string, string>()
  function receiveSources(list: StoredSource[]) {
    sources.value = list
    const ids = new Set(list.map((s) => s.id))
    const extracted = idTable(Object.entries(analysis.extracted).filter(([id]) => ids.has(id)))
    const fresh = list.filter((s) => extractedHash.get(s.id) !== s.hash)
    for (const s of fresh) {
      extracted[s.id] = markRaw([])
      extractedHash.set(s.id, s.hash)
      extraction.value = withEntry(extraction.value, s.id, { state: 'queued', done: 0, total: 1, claims: 0, ms: null, message: null })
    }
    for (const id of Object.keys(extraction.value)) if (!ids.has(id)) { extractedHash.delete(id); delete extracted[id] }
    analysis.extracted = extracted
    publish()
    for (const s of fresh) void runExtraction(s)
  }

  // A source joins the analysis once its figures are in (or its extraction failed): one analysis
  // per new source instead of two, and none while the worker is still reading.
  function publish() {
    corpus.imported = sources.value.filter((s) => extractedHash.get(s.id) === s.hash && ['done', 'error'].includes(extraction.value[s.id]?.state ?? ''))
  }

  let queue: Promise<void> = Promise.resolve()
  function runExtraction(s: StoredSource): Promise<void> {
    queue = queue.then(async () => {
      if (extractedHash.get(s.id) !== s.hash) return
      setExtraction(s.id, { state: 'running' })
      try {
        const { claims, ms } = await worker().extract({ id: s.id, text: s.text, lang: s.lang, published: s.published, window: s.window }, (done, total) => setExtraction(s.id, { done, total }))
        if (extractedHash.get(s.id) !== s.hash) return
        // markRaw: tens of thousands of claims must not become reactive proxies (every read inside
        // analyze() would be tracked, and a 5 MB article's analysis would take minutes, not seconds).
        analysis.extracted = withEntry(analysis.extracted, s.id, markRaw(claims))
        setExtraction(s.id, { state: 'done', claims: claims.length, ms, done: 1, total: 1 })
      } catch (e) {
        setExtraction(s.id, { state: 'error', message: (e as Error).message })
      }
      publish()
    })
    return queue
  }
  function setExtraction(id: string, patch: Partial<Extraction>) {
    const cur = extraction.value[id] ?? { state: 'queued', done: 0, total: 1, claims: 0, ms: null, message: null }
    extraction.value = withEntry(extraction.value, id, { ...cur, ...patch })
  }
  /** Resolves when every queued extraction has finished. */
  function settled(): Promise<void> { return queue }

  // --- drafts --------------------------------------------------------------------------------------

  /** Adds a pasted or read text as a draft; the worker checks it, hashes it and guesses its language. */
  async function addText(raw: string, meta: { fileName?: string | null; title?: string | null } = {}): Promise<number> {
    // A byte-order mark is not part of the article: left in, it would shift every offset by one.
    const text = stripBom(raw)
    const key = nextKey++
    const form: SourceDraft = { title: meta.title ?? (meta.fileName ? titleFromFileName(meta.fileName) : ''), outlet: '', via: '', lang: 'ar', kind: 'news', published: '', url: '', text }
    drafts.value = [...drafts.value, { key, fileName: meta.fileName ?? null, form, status: 'preparing', problem: null, hash: '', guess: null, duplicate: null, error: null }]
    try {
      const p = await worker().prepare(text)
      update(key, (d) => {
        if (p.problem) return { ...d, status: 'invalid', problem: p.problem }
        const duplicate = findDuplicate(p.hash, known.value)
        return {
          ...d, hash: p.hash, guess: p.guess, duplicate, status: duplicate ? 'duplicate' : 'ready',
          form: { ...d.form, lang: p.guess.lang ?? d.form.lang, title: d.form.title || p.title },
        }
      })
    } catch (e) {
      update(key, (d) => ({ ...d, status: 'invalid', error: (e as Error).message }))
    }
    return key
  }

  /** Adds a file that cannot be read as an article (wrong type): shown with its problem. */
  function addRefused(fileName: string, problem: TextProblem) {
    drafts.value = [...drafts.value, { key: nextKey++, fileName, form: { title: fileName, outlet: '', via: '', lang: 'ar', kind: 'news', published: '', url: '', text: '' }, status: 'invalid', problem, hash: '', guess: null, duplicate: null, error: null }]
  }

  function update(key: number, f: (d: Draft) => Draft) {
    drafts.value = drafts.value.map((d) => (d.key === key ? f(d) : d))
  }
  function setForm(key: number, form: Partial<SourceDraft>) { update(key, (d) => ({ ...d, form: { ...d.form, ...form } })) }
  function discard(key: number) { drafts.value = drafts.value.filter((d) => d.key !== key) }
  const draftOf = (key: number) => drafts.value.find((d) => d.key === key)

  /** Saves a ready draft as an imported source; returns its id, or null when it cannot be saved. */
  async function save(key: number): Promise<string | null> {
    const d = draftOf(key)
    if (!d || d.status !== 'ready' || Object.keys(draftProblems(d.form)).length) return null
    // Checked again: another tab may have added the same text meanwhile.
    const duplicate = findDuplicate(d.hash, known.value)
    if (duplicate) { update(key, (x) => ({ ...x, status: 'duplicate', duplicate })); return null }
    const source = buildSource(d.form, { hash: d.hash, takenIds: known.value.map((k) => k.id), now: now(), fileName: d.fileName })
    update(key, (x) => ({ ...x, status: 'saving', error: null, storage: null }))
    try {
      await applyChange(db ?? appDb(), { putSources: [source], audit: [{ at: source.importedAt, reviewer: review.reviewer ?? '', target: `source:${source.id}`, action: 'import-source', detail: `${source.title} (${source.text.length} characters)` }] })
      discard(key)
      lastSaved.value = { id: source.id, merged: false, changed: [] }
      return source.id
    } catch (e) {
      // The draft stays, with its form as filled in: nothing is lost, and the reason is one sentence.
      const problem = storage.report(e)
      update(key, (x) => ({ ...x, status: 'ready', storage: problem }))
      return null
    }
  }

  /** Saves every ready draft with a title. */
  async function saveAll(): Promise<string[]> {
    const ids: string[] = []
    for (const d of drafts.value.filter((x) => x.status === 'ready')) {
      const id = await save(d.key)
      if (id) ids.push(id)
    }
    return ids
  }

  /** Merges a duplicate draft's metadata into the imported source that has the same text. */
  async function merge(key: number, prefer: (typeof MERGE_FIELDS[number])[] = []): Promise<string[] | null> {
    const d = draftOf(key)
    const stored = d?.duplicate ? sources.value.find((s) => s.id === d.duplicate!.id) : undefined
    if (!d || !stored) return null
    const { source, changed } = mergeSource(stored, d.form, prefer)
    try {
      if (changed.length) await applyChange(db ?? appDb(), { putSources: [source], audit: [{ at: now(), reviewer: review.reviewer ?? '', target: `source:${source.id}`, action: 'merge-source', detail: changed.join(', ') }] })
    } catch (e) {
      const problem = storage.report(e)
      update(key, (x) => ({ ...x, storage: problem }))
      return null
    }
    discard(key)
    lastSaved.value = { id: source.id, merged: true, changed }
    return changed
  }

  /** Removes an imported source, with the figures added in it and their corrections; returns why it could not, or null. */
  async function removeSource(id: string): Promise<StorageProblem | null> {
    const s = sources.value.find((x) => x.id === id)
    if (!s) return null
    const prefix = `${id}:`
    try {
      await applyChange(db ?? appDb(), {
        deleteSources: [id],
        deleteAdded: review.addedFigures.filter((c) => c.source === id).map((c) => c.id),
        deleteCorrections: Object.keys(review.corrections.claims).filter((c) => c.startsWith(prefix)),
        audit: [{ at: now(), reviewer: review.reviewer ?? '', target: `source:${id}`, action: 'remove-source', detail: s.title }],
      })
      return null
    } catch (e) {
      return storage.report(e)
    }
  }

  // --- the workspace file --------------------------------------------------------------------------

  /** The workspace as a file to download, or why it cannot be read. */
  async function exportWorkspace(): Promise<{ name: string; text: string } | { problem: StorageProblem }> {
    let state
    try {
      state = await readState(db ?? appDb())
    } catch (e) {
      return { problem: storage.report(e) }
    }
    const at = now()
    return { name: `claim-compare-workspace-${at.slice(0, 10)}.json`, text: serializeWorkspace(buildWorkspaceFile(state, at)) }
  }

  /** Reads a workspace file into this one. A file that is malformed changes nothing and says why. */
  async function importWorkspace(text: string, fileName = 'workspace'): Promise<{ ok: true; summary: MergeSummary } | { ok: false; error: string } | { ok: false; problem: StorageProblem }> {
    const knownTexts = new Map(corpus.embedded.map((s) => [s.id, s.text]))
    const parsed = parseWorkspace(text, { fileName, knownTexts, knownTopicIds: analysis.baseTopics.map((t) => t.id) })
    if (!parsed.ok) return parsed
    try {
      const current = await readState(db ?? appDb())
      const merged = mergeWorkspace(current, parsed.file, embeddedHashes.value, now())
      if (!merged.ok) return { ok: false, error: `${fileName}: ${merged.error}` }
      // One transaction: a write that fails leaves the workspace as it was.
      await writeState(db ?? appDb(), merged.state)
      return { ok: true, summary: merged.summary }
    } catch (e) {
      return { ok: false, problem: storage.report(e) }
    }
  }

  /** Deletes all the user's work from this browser (the embedded corpus stays). */
  async function clearAll(): Promise<StorageProblem | null> {
    try {
      await clearState(db ?? appDb())
      return null
    } catch (e) {
      return storage.report(e)
    }
  }

  return {
    // state
    ready, sources, extraction, drafts, lastSaved,
    // derived
    busy, exportInput,
    // actions
    start, settled, addText, addRefused, setForm, discard, save, saveAll, merge, removeSource, exportWorkspace, importWorkspace, clearAll,
  }
})
