import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import {
  buildSource, buildWorkspaceFile, draftProblems, findDuplicate, mergeSource, mergeWorkspace, parseWorkspace, serializeWorkspace, textHash,
  stripBom, titleFromFileName, type Duplicate, type LangGuess, type PublishedGuess, type MERGE_FIELDS, type MergeSummary, type SourceDraft, type StoredSource, type TextProblem,
} from '../../core/workspace'
import type { ExportInput } from '../../core/export'
import { appDb, type ClaimCompareDb } from '../db/schema'
import { applyChange, clearState, readState, watchSources, writeState } from '../db/repo'
import { analysisClient, type AnalysisClient } from '../workers/client'
import { useAnalysisStore } from './analysis'
import { useReviewStore } from './review'
import { useStorageStore } from './storage'
import type { StorageProblem } from '../db/errors'
import { idTable } from '../../core/ids'
import type { Source } from '../../core/model'
import { embeddedSources } from '../corpus'

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
  /** The publication day read from the text's head, while the form still holds it (null once the user changes it). */
  publishedFrom: PublishedGuess | null
  duplicate: Duplicate | null
  /** A failure of the worker, in words. */
  error: string | null
  /** Why the draft could not be saved in the browser's storage. */
  storage?: StorageProblem | null
}

/** Imported sources, import drafts, and the workspace file. (Extraction and analysis run in the worker.) */
export const useWorkspaceStore = defineStore('workspace', () => {
  const analysis = useAnalysisStore()
  const review = useReviewStore()
  const storage = useStorageStore()

  /** Imported sources as stored (with hash and import time). */
  const sources = shallowRef<StoredSource[]>([])
  /** True once the stored sources have been read. */
  const ready = ref(false)
  /** Texts being imported. */
  const drafts = ref<Draft[]>([])
  // Drafts live in memory until saved: a reload or a closed tab would lose them, so the browser
  // asks first while there are any.
  const holdDrafts = (e: BeforeUnloadEvent) => { e.preventDefault(); e.returnValue = '' }
  if (typeof window !== 'undefined') {
    watch(() => drafts.value.length > 0, (held) => (held ? window.addEventListener('beforeunload', holdDrafts) : window.removeEventListener('beforeunload', holdDrafts)))
  }
  /** The last source saved or merged, to point the user at it. */
  const lastSaved = ref<{ id: string; merged: boolean; changed: string[] } | null>(null)

  let db: ClaimCompareDb | null = null
  let client: AnalysisClient | null = null
  let nextKey = 1
  const worker = () => (client ??= analysisClient())
  const now = () => new Date().toISOString()
  /** The user's own day (not UTC's): a report dated today in their time zone is not in the future. */
  const today = (d = new Date()) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

  const embedded = computed(() => analysis.sources.filter((s) => s.origin === 'embedded'))
  // The embedded texts from the bundle: the analysis sends the page no texts.
  let corpus: Source[] | null = null
  const embeddedTexts = () => (corpus ??= embeddedSources())
  const embeddedHashes = computed(() => idTable(embeddedTexts().map((s) => [s.id, textHash(s.text)])))
  const known = computed(() => [
    ...embedded.value.map((s) => ({ id: s.id, title: s.title, origin: s.origin, hash: embeddedHashes.value[s.id] })),
    ...sources.value.map((s) => ({ id: s.id, title: s.title, origin: s.origin, hash: s.hash })),
  ])
  /** The extraction of each imported source (from the worker). */
  const extraction = computed(() => analysis.extraction)
  /** Sources still being extracted. */
  const busy = computed(() => Object.values(extraction.value).filter((e) => e.state === 'queued' || e.state === 'running').length)

  /** Opens the database and follows it; the review layer too. Safe to call more than once. */
  function start(database: ClaimCompareDb = appDb(), opts: { worker?: AnalysisClient } = {}) {
    if (db) return
    db = database
    if (opts.worker) client = opts.worker
    void storage.check(database)
    review.start(database)
    watchSources(database, {
      onSources: (list) => { ready.value = true; sources.value = list },
      onError: (e) => { ready.value = true; storage.report(e) },
    })
  }

  /** What the exports read: the whole analysis (asked of the worker), decisions and corrections. */
  async function exportInput(): Promise<ExportInput | null> {
    const whole = await analysis.whole()
    return whole ? { analysis: whole, reviews: review.reviews, corrections: review.corrections, setAsideFrom: review.setAsideFrom } : null
  }

  // --- drafts --------------------------------------------------------------------------------------

  /**
   * Adds a pasted or read text as a draft; the worker checks it, hashes it and guesses its language,
   * its title (its first line, as for pasted text: the file name only when the text gives none) and
   * its publication day (from a dateline or byline at its head).
   */
  async function addText(raw: string, meta: { fileName?: string | null; title?: string | null } = {}): Promise<number> {
    // A byte-order mark is not part of the article: left in, it would shift every offset by one.
    const text = stripBom(raw)
    const key = nextKey++
    const form: SourceDraft = { title: meta.title ?? '', outlet: '', via: '', lang: 'ar', kind: 'news', published: '', url: '', text }
    drafts.value = [...drafts.value, { key, fileName: meta.fileName ?? null, form, status: 'preparing', problem: null, hash: '', guess: null, publishedFrom: null, duplicate: null, error: null }]
    const fromName = meta.fileName ? titleFromFileName(meta.fileName) : ''
    try {
      const p = await worker().prepare(text, today())
      update(key, (d) => {
        if (p.problem) return { ...d, status: 'invalid', problem: p.problem, form: { ...d.form, title: d.form.title || fromName } }
        const duplicate = findDuplicate(p.hash, known.value)
        // What the user typed meanwhile wins over what was read.
        const published = d.form.published || p.published?.day || ''
        return {
          ...d, hash: p.hash, guess: p.guess, duplicate, status: duplicate ? 'duplicate' : 'ready',
          publishedFrom: !d.form.published && p.published ? p.published : null,
          form: { ...d.form, lang: p.guess.lang ?? d.form.lang, title: d.form.title || p.title || fromName, published },
        }
      })
    } catch (e) {
      update(key, (d) => ({ ...d, status: 'invalid', error: (e as Error).message, form: { ...d.form, title: d.form.title || fromName } }))
    }
    return key
  }

  /** Adds a file that cannot be read as an article (wrong type): shown with its problem. */
  function addRefused(fileName: string, problem: TextProblem) {
    drafts.value = [...drafts.value, { key: nextKey++, fileName, form: { title: fileName, outlet: '', via: '', lang: 'ar', kind: 'news', published: '', url: '', text: '' }, status: 'invalid', problem, hash: '', guess: null, publishedFrom: null, duplicate: null, error: null }]
  }

  function update(key: number, f: (d: Draft) => Draft) {
    drafts.value = drafts.value.map((d) => (d.key === key ? f(d) : d))
  }
  function setForm(key: number, form: Partial<SourceDraft>) {
    // A day the user chose is no longer the one read from the text.
    update(key, (d) => ({ ...d, form: { ...d.form, ...form }, publishedFrom: form.published !== undefined && form.published !== d.publishedFrom?.day ? null : d.publishedFrom }))
  }
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
    const knownTexts = new Map(embeddedTexts().map((s) => [s.id, s.text]))
    const userTopics = new Set(review.userTopics.map((t) => t.id))
    const parsed = parseWorkspace(text, { fileName, knownTexts, knownTopicIds: analysis.topics.filter((t) => !userTopics.has(t.id)).map((t) => t.id) })
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
    busy,
    // actions
    start, exportInput, addText, addRefused, setForm, discard, save, saveAll, merge, removeSource, exportWorkspace, importWorkspace, clearAll,
  }
})
