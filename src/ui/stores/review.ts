import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { SET_ASIDE_STATUSES, type AuditEntry, type CandidateTopic, type ClaimCorrection, type Quantity, type Span, type TopicReview, type Verdict } from '../../core/model'
import {
  AuditIndex, auditKey, claimAddedAudit, claimRemovedAudit, correctionAudit, decisionProblem, manualClaim, normalizeCorrection,
  renamedTopic, reviewAudit, reviewClearedAudit, selectionProblem, toCorrections, topicCreatedAudit, topicFromCandidate, topicFromClaim,
  type StoredClaim, type StoredCorrection, type StoredTopic, type TopicDraft,
} from '../../core/workspace'
import { appDb } from '../db/schema'
import { applyChange, readReviewLayer, saveReview, watchAudit, watchReviewLayer, withChange, type Change, type ReviewLayer } from '../db/repo'
import type { StorageProblem } from '../db/errors'
import { idTable } from '../../core/ids'
import { useAnalysisStore } from './analysis'
import { useStorageStore } from './storage'
import { renamedStory, type WorkspaceStory } from '../../core/corpus/workspaceStories'

const EXCLUDED = SET_ASIDE_STATUSES

/** A topic made and saved (its id), or why it could not be saved: then nothing was, and the page stays where it is. */
export type Created = { id: string; problem: null } | { id: null; problem: StorageProblem }

/** Why a decision was not saved: storage, or another tab saved first (its decision, null if it withdrew it). */
export type DecisionSaveProblem = StorageProblem | { conflict: TopicReview | null }

/** The reviewer's layer: verdict decisions, claim corrections, added figures and topics, the audit trail. Kept in IndexedDB. */
export const useReviewStore = defineStore('review', () => {
  const analysis = useAnalysisStore()
  const storage = useStorageStore()
  /** The stored layer, without the audit trail, as last read from the database (this tab's writes and other tabs'); held raw and replaced whole. */
  const layer = shallowRef<ReviewLayer>({ reviewer: null, corrections: [], added: [], topics: [], weights: idTable(), reviews: [], audit: [], stories: [] })
  /** The audit trail, indexed by topic and claim; followed incrementally (it may hold hundreds of thousands of entries). */
  const auditLog = shallowRef(new AuditIndex())
  /** Bumped when entries are appended to auditLog in place. */
  const auditVersion = ref(0)
  /** True once the database has been read. */
  const ready = ref(false)
  /** True once the audit trail has been read (a long one takes a few seconds; the rest of the page does not wait). */
  const auditReady = ref(false)
  /** The clock (tests fix it). */
  let now = () => new Date().toISOString()

  /** The Corrections analyze() takes. */
  const corrections = computed(() => toCorrections({ claims: layer.value.corrections, added: layer.value.added, topics: layer.value.topics, weights: layer.value.weights }))
  const reviewIndex = computed(() => new Map(layer.value.reviews.map((r) => [r.topicId, r])))
  const correctionIndex = computed(() => new Map(layer.value.corrections.map((c) => [c.claimId, c])))
  /** For each claim set aside, the topic it stood in when marked. */
  const setAsideFrom = computed(() => idTable(layer.value.corrections.filter((c) => c.fromTopic && EXCLUDED.has(c.status ?? 'ok')).map((c) => [c.claimId, c.fromTopic!])))

  function reviewOf(topicId: string): TopicReview | undefined { return reviewIndex.value.get(topicId) }
  function correctionOf(claimId: string): StoredCorrection | undefined { return correctionIndex.value.get(claimId) }
  /** The claims set aside from a topic (they no longer take part in it, but the topic still lists them). */
  function setAsideIn(topicId: string): string[] { return Object.entries(setAsideFrom.value).filter(([, t]) => t === topicId).map(([c]) => c) }
  /** The audit entries shown on a topic: its own and its claims', newest first. */
  function auditOf(topicId: string, claimIds: string[]): AuditEntry[] {
    void auditVersion.value
    return auditLog.value.forTopic(topicId, [...claimIds, ...setAsideIn(topicId)])
  }
  /** The whole audit trail, in log order (for the report). */
  const audit = computed(() => { void auditVersion.value; return auditLog.value.entries.slice() })

  let stop: (() => void) | null = null
  let dbRef: ReturnType<typeof appDb> | null = null
  const db = () => dbRef ?? appDb()
  /** Starts following the database; safe to call more than once. (The analysis reads the layer itself, in its worker.) */
  function start(db = appDb(), clock?: () => string) {
    if (clock) now = clock
    if (stop) return
    void storage.check(db)
    const stopLayer = watchReviewLayer(db, {
      onLayer: (l) => { layer.value = l; ready.value = true },
      onError: (e) => { storage.report(e); ready.value = true },
    }, { audit: false })
    const stopAudit = watchAudit(db, {
      onReset: (all) => { pendingAudit.clear(); auditLog.value = new AuditIndex(all); auditReady.value = true },
      onAppend: (fresh) => { auditLog.value.add(fresh.filter((e) => !takePending(e))); auditVersion.value++ },
      onError: (e) => { storage.report(e); auditReady.value = true },
    })
    stop = () => { stopLayer(); stopAudit() }
    dbRef = db
    // A reviewer's verdict shows at once in this tab; the worker's next view says the same.
    watch(() => layer.value.reviews, (rs) => { if (ready.value) analysis.decisions = new Map(rs.map((r) => [r.topicId, r.override])) })
  }
  const who = () => layer.value.reviewer ?? ''

  // A change shows on this page at once (the next frame), before the database has it; the database's
  // answer then stands (it is the same, unless the write failed: then the layer is read again).
  // This tab's audit entries show as soon as they are written; when the database hands them back,
  // they are not added twice.
  const pendingAudit = new Map<string, number>()
  function showAudit(entries: AuditEntry[] | undefined) {
    if (!entries?.length) return
    auditLog.value.add(entries)
    for (const e of entries) pendingAudit.set(auditKey(e), (pendingAudit.get(auditKey(e)) ?? 0) + 1)
    auditVersion.value++
  }
  function takePending(e: AuditEntry): boolean {
    const n = pendingAudit.get(auditKey(e))
    if (!n) return false
    if (n === 1) pendingAudit.delete(auditKey(e))
    else pendingAudit.set(auditKey(e), n - 1)
    return true
  }

  /** Writes a change; a storage failure is reported (one banner) and returned, never thrown at a form. */
  async function write(change: Change): Promise<StorageProblem | null> {
    layer.value = withChange(layer.value, change)
    try {
      await applyChange(db(), change)
      showAudit(change.audit)
      return null
    } catch (e) {
      layer.value = await readReviewLayer(db(), { audit: false }).catch(() => layer.value)
      return storage.report(e)
    }
  }

  /** Remembers the reviewer's name (asked once); returns why it could not be saved, or null. */
  async function setReviewer(name: string): Promise<StorageProblem | null> {
    const trimmed = name.trim()
    if (trimmed === '' || trimmed === layer.value.reviewer) return null
    return write({ reviewer: trimmed, audit: [{ at: now(), reviewer: trimmed, target: 'reviewer', action: 'reviewer', detail: layer.value.reviewer ? `${layer.value.reviewer} → ${trimmed}` : trimmed }] })
  }

  /**
   * Accepts the suggested verdict (override null) or overrides it with a reason; the note goes with
   * it. `base` is the decision the reviewer's form started from (default: the one this tab holds):
   * if another tab has saved since, nothing is written and 'conflict' comes back, so the form can
   * offer to keep the draft or take the other. Audit entries are computed against what is stored.
   */
  async function decide(topicId: string, d: { override: Verdict | null; reason: string; note: string }, base?: TopicReview | null): Promise<'reason-required' | DecisionSaveProblem | null> {
    const problem = decisionProblem(d)
    if (problem) return problem
    const suggested = analysis.row(topicId)?.comparison?.verdict ?? null
    const after: TopicReview = { topicId, override: d.override, reason: d.override ? d.reason.trim() : '', note: d.note.trim(), reviewer: who(), at: now() }
    return saveDecision(topicId, base === undefined ? reviewOf(topicId) ?? null : base, (stored) => ({ row: after, audit: reviewAudit(stored, after, suggested) }))
  }

  /** Withdraws a topic's decision (the suggestion stands again, undecided); `base` as for decide. */
  async function clearDecision(topicId: string, base?: TopicReview | null): Promise<DecisionSaveProblem | null> {
    const from = base === undefined ? reviewOf(topicId) ?? null : base
    if (!from) return null
    return saveDecision(topicId, from, () => ({ row: null, audit: [reviewClearedAudit(topicId, now(), who())] }))
  }

  async function saveDecision(topicId: string, base: TopicReview | null, build: Parameters<typeof saveReview>[3]): Promise<DecisionSaveProblem | null> {
    // Shown at once, as the form's base would make it: the database may be busy with the analysis'
    // cache for a while. If it refuses (another tab decided first, or storage fails), the decision
    // it holds is shown again.
    const before = layer.value
    const guess = build(base ?? undefined).row
    const shown = withChange(before, guess ? { putReviews: [guess] } : { deleteReviews: [topicId] })
    layer.value = shown
    const undo = () => { if (layer.value === shown) layer.value = before }
    try {
      const r = await saveReview(db(), topicId, base, build)
      if (!r.ok) { undo(); return { conflict: r.conflict } }
      if (r.written) {
        if (layer.value === shown) layer.value = withChange(before, r.row ? { putReviews: [r.row] } : { deleteReviews: [topicId] })
        showAudit(r.audit)
      } else undo()
      return null
    } catch (e) {
      undo()
      return storage.report(e)
    }
  }

  /** Marks, edits, moves or annotates a claim; `topicId` is the topic it is seen from. */
  async function correctClaim(claimId: string, patch: Partial<Omit<ClaimCorrection, 'claimId'>>, topicId: string | null = null) {
    const before = correctionOf(claimId)
    const { at: _at, reviewer: _r, fromTopic: prevFrom, ...beforeFix } = before ?? { claimId }
    const merged = normalizeCorrection({ ...beforeFix, ...patch, claimId })
    const claim = analysis.claim(claimId)
    const audit = correctionAudit(before, merged ?? { claimId }, { at: now(), reviewer: who(), topicId, claim })
    if (audit.length === 0) return
    if (!merged) { await write({ deleteCorrections: [claimId], audit }); return }
    const excluded = EXCLUDED.has(merged.status ?? 'ok')
    const row: StoredCorrection = { ...merged, at: now(), reviewer: who() }
    if (excluded) row.fromTopic = prevFrom ?? topicId ?? analysis.topicOfClaim(claimId) ?? null
    await write({ putCorrections: [row], audit })
  }

  /** Adds a figure the extractor missed, from words selected in a source, and places it in a topic. */
  async function addFigure(sourceId: string, span: Span, quantity: Quantity, topicId: string | null, counted: string | null = null): Promise<string | null> {
    const meta = analysis.source(sourceId)
    const known = await analysis.fetchDetail(sourceId)
    const source = meta && known ? { ...meta, text: known.text } : null
    if (!source || selectionProblem(source, span, new Set((known?.claims ?? []).map((c) => c.id)), sourceId)) return null
    const claim: StoredClaim = manualClaim(source, span, quantity, { counted, at: now(), reviewer: who() })
    const change: Change = { putAdded: [claim], audit: [claimAddedAudit(claim, topicId)] }
    if (topicId) change.putCorrections = [{ claimId: claim.id, topicId, at: claim.at, reviewer: claim.reviewer }]
    await write(change)
    return claim.id
  }

  /** Removes a figure a reviewer added (machine figures are set aside instead). */
  async function removeFigure(claimId: string, topicId: string | null = null) {
    const claim = layer.value.added.find((c) => c.id === claimId)
    if (!claim) return
    await write({ deleteAdded: [claimId], deleteCorrections: [claimId], audit: [claimRemovedAudit(claim, topicId, now(), who())] })
  }

  const takenTopicIds = () => analysis.topics.map((t) => t.id)

  /** Creates a topic from one figure and moves the figure into it; its id once saved (null: no such figure). */
  async function createTopicFromClaim(claimId: string, draft: TopicDraft, fromTopic: string | null = null): Promise<Created | null> {
    const claim = analysis.claim(claimId)
    if (!claim) return null
    const topic = topicFromClaim(claim, draft, takenTopicIds(), { at: now(), reviewer: who() })
    // (The history names the figure by its words, as a reader knows it, not by its id.)
    return created(topic.id, await putTopicWithClaims(topic, [claimId], `figure «${claim.text.replace(/[()]/g, '')}»`, fromTopic))
  }

  /** Promotes a candidate topic: a new topic holding the candidate's figures; its id once saved. */
  async function createTopicFromCandidate(candidate: CandidateTopic, draft: TopicDraft): Promise<Created> {
    const topic = topicFromCandidate(candidate, draft, takenTopicIds(), { at: now(), reviewer: who() }, analysis.sources.map((s) => s.id))
    return created(topic.id, await putTopicWithClaims(topic, candidate.claims, `candidate ${candidate.key}`, null))
  }
  // A topic the database refused is no topic: no page to go to (the layer was read again without it).
  const created = (id: string, problem: StorageProblem | null): Created => (problem ? { id: null, problem } : { id, problem: null })

  /** Renames a topic a reviewer made (accepted from a candidate, or started from a figure); returns why it could not be saved, or null. */
  async function renameTopic(topicId: string, label: { en: string; ar: string }): Promise<StorageProblem | null> {
    const topic = layer.value.topics.find((t) => t.id === topicId)
    const renamed = topic ? renamedTopic(topic, label, { at: now(), reviewer: who() }) : null
    if (!renamed) return null
    return write({ putTopics: [renamed.topic], audit: [renamed.audit] })
  }

  /** Names a story (`shown`: the name it had on screen); returns why it could not be saved, or null. */
  async function renameStory(story: WorkspaceStory, shown: { en: string; ar: string }, label: { en: string; ar: string }): Promise<StorageProblem | null> {
    const renamed = renamedStory(story, shown, label, { at: now(), reviewer: who() })
    if (!renamed) return null
    return write({ putStoryName: renamed.name, audit: [renamed.audit] })
  }

  async function putTopicWithClaims(topic: StoredTopic, claimIds: string[], from: string, fromTopic: string | null): Promise<StorageProblem | null> {
    const rows: StoredCorrection[] = []
    const audit: AuditEntry[] = [topicCreatedAudit(topic, from)]
    for (const id of claimIds) {
      const before = correctionOf(id)
      const { at: _a, reviewer: _r, fromTopic: _f, ...fix } = before ?? { claimId: id }
      const next = { ...fix, claimId: id, topicId: topic.id }
      rows.push({ ...next, at: topic.at, reviewer: topic.reviewer })
      audit.push(...correctionAudit(before, next, { at: topic.at, reviewer: topic.reviewer, topicId: fromTopic }))
    }
    return write({ putTopics: [topic], putCorrections: rows, audit })
  }

  return {
    // state
    ready, auditReady, reviewer: computed(() => layer.value.reviewer), reviews: computed(() => layer.value.reviews),
    audit, addedFigures: computed(() => layer.value.added), userTopics: computed(() => layer.value.topics), storyNames: computed(() => layer.value.stories),
    // derived
    corrections, setAsideFrom, reviewOf, correctionOf, auditOf, setAsideIn,
    // actions
    start, setReviewer, decide, clearDecision, correctClaim, addFigure, removeFigure, createTopicFromClaim, createTopicFromCandidate, renameTopic, renameStory,
  }
})
