import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { SET_ASIDE_STATUSES, type AuditEntry, type CandidateTopic, type ClaimCorrection, type Quantity, type Span, type TopicReview, type Verdict } from '../../core/model'
import {
  auditForTopic, claimAddedAudit, claimRemovedAudit, correctionAudit, decisionProblem, manualClaim, normalizeCorrection,
  reviewAudit, reviewClearedAudit, selectionProblem, toCorrections, topicCreatedAudit, topicFromCandidate, topicFromClaim,
  type StoredClaim, type StoredCorrection, type StoredTopic, type TopicDraft,
} from '../../core/workspace'
import { appDb } from '../db/schema'
import { applyChange, watchReviewLayer, type Change, type ReviewLayer } from '../db/repo'
import { useAnalysisStore } from './analysis'

const EXCLUDED = SET_ASIDE_STATUSES

/** The reviewer's layer: verdict decisions, claim corrections, added figures and topics, the audit trail. Kept in IndexedDB. */
export const useReviewStore = defineStore('review', () => {
  const analysis = useAnalysisStore()
  /** The stored layer as last read from the database (this tab's writes and other tabs'). */
  const layer = ref<ReviewLayer>({ reviewer: null, corrections: [], added: [], topics: [], weights: {}, reviews: [], audit: [] })
  /** True once the database has been read. */
  const ready = ref(false)
  /** Why the database cannot be used (private browsing, a blocked upgrade), if so. */
  const error = ref<string | null>(null)
  /** The clock (tests fix it). */
  let now = () => new Date().toISOString()

  /** The Corrections analyze() takes. */
  const corrections = computed(() => toCorrections({ claims: layer.value.corrections, added: layer.value.added, topics: layer.value.topics, weights: layer.value.weights }))
  const reviewIndex = computed(() => new Map(layer.value.reviews.map((r) => [r.topicId, r])))
  const correctionIndex = computed(() => new Map(layer.value.corrections.map((c) => [c.claimId, c])))
  /** For each claim set aside, the topic it stood in when marked. */
  const setAsideFrom = computed(() => Object.fromEntries(layer.value.corrections.filter((c) => c.fromTopic && EXCLUDED.has(c.status ?? 'ok')).map((c) => [c.claimId, c.fromTopic!])))

  function reviewOf(topicId: string): TopicReview | undefined { return reviewIndex.value.get(topicId) }
  function correctionOf(claimId: string): StoredCorrection | undefined { return correctionIndex.value.get(claimId) }
  /** The claims set aside from a topic (they no longer take part in it, but the topic still lists them). */
  function setAsideIn(topicId: string): string[] { return Object.entries(setAsideFrom.value).filter(([, t]) => t === topicId).map(([c]) => c) }
  /** The audit entries shown on a topic: its own and its claims', newest first. */
  function auditOf(topicId: string, claimIds: string[]): AuditEntry[] {
    return auditForTopic(layer.value.audit, topicId, [...claimIds, ...setAsideIn(topicId)])
  }

  let stop: (() => void) | null = null
  let dbRef: ReturnType<typeof appDb> | null = null
  const db = () => dbRef ?? appDb()
  /** Starts following the database; safe to call more than once. (The analysis reads the layer itself, in its worker.) */
  function start(db = appDb(), clock?: () => string) {
    if (clock) now = clock
    if (stop) return
    stop = watchReviewLayer(db, {
      onLayer: (l) => { layer.value = l; ready.value = true },
      onError: (e) => { error.value = e.message; ready.value = true },
    })
    dbRef = db
    // A reviewer's verdict shows at once in this tab; the worker's next view says the same.
    watch(() => layer.value.reviews, (rs) => { if (ready.value) analysis.decisions = new Map(rs.map((r) => [r.topicId, r.override])) })
  }
  const who = () => layer.value.reviewer ?? ''

  async function write(change: Change) {
    await applyChange(db(), change)
  }

  /** Remembers the reviewer's name (asked once). */
  async function setReviewer(name: string) {
    const trimmed = name.trim()
    if (trimmed === '' || trimmed === layer.value.reviewer) return
    await write({ reviewer: trimmed, audit: [{ at: now(), reviewer: trimmed, target: 'reviewer', action: 'reviewer', detail: layer.value.reviewer ? `${layer.value.reviewer} → ${trimmed}` : trimmed }] })
  }

  /** Accepts the suggested verdict (override null) or overrides it with a reason; the note goes with it. */
  async function decide(topicId: string, d: { override: Verdict | null; reason: string; note: string }): Promise<'reason-required' | null> {
    const problem = decisionProblem(d)
    if (problem) return problem
    const before = reviewOf(topicId)
    const after: TopicReview = { topicId, override: d.override, reason: d.override ? d.reason.trim() : '', note: d.note.trim(), reviewer: who(), at: now() }
    const suggested = analysis.row(topicId)?.comparison?.verdict ?? null
    const audit = reviewAudit(before, after, suggested)
    if (before && audit.length === 0) return null
    await write({ putReviews: [after], audit })
    return null
  }

  /** Withdraws a topic's decision (the suggestion stands again, undecided). */
  async function clearDecision(topicId: string) {
    if (!reviewOf(topicId)) return
    await write({ deleteReviews: [topicId], audit: [reviewClearedAudit(topicId, now(), who())] })
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
    const source = analysis.source(sourceId)
    const known = await analysis.fetchDetail(sourceId)
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

  /** Creates a topic from one figure and moves the figure into it; returns the new topic's id. */
  async function createTopicFromClaim(claimId: string, draft: TopicDraft, fromTopic: string | null = null): Promise<string | null> {
    const claim = analysis.claim(claimId)
    if (!claim) return null
    const topic = topicFromClaim(claim, draft, takenTopicIds(), { at: now(), reviewer: who() })
    await putTopicWithClaims(topic, [claimId], `figure ${claimId}`, fromTopic)
    return topic.id
  }

  /** Promotes a candidate topic: a new topic holding the candidate's figures. */
  async function createTopicFromCandidate(candidate: CandidateTopic, draft: TopicDraft): Promise<string> {
    const topic = topicFromCandidate(candidate, draft, takenTopicIds(), { at: now(), reviewer: who() })
    await putTopicWithClaims(topic, candidate.claims, `candidate ${candidate.key}`, null)
    return topic.id
  }

  async function putTopicWithClaims(topic: StoredTopic, claimIds: string[], from: string, fromTopic: string | null) {
    const rows: StoredCorrection[] = []
    const audit: AuditEntry[] = [topicCreatedAudit(topic, from)]
    for (const id of claimIds) {
      const before = correctionOf(id)
      const { at: _a, reviewer: _r, fromTopic: _f, ...fix } = before ?? { claimId: id }
      const next = { ...fix, claimId: id, topicId: topic.id }
      rows.push({ ...next, at: topic.at, reviewer: topic.reviewer })
      audit.push(...correctionAudit(before, next, { at: topic.at, reviewer: topic.reviewer, topicId: fromTopic }))
    }
    await write({ putTopics: [topic], putCorrections: rows, audit })
  }

  return {
    // state
    ready, error, reviewer: computed(() => layer.value.reviewer), reviews: computed(() => layer.value.reviews),
    audit: computed(() => layer.value.audit), addedFigures: computed(() => layer.value.added), userTopics: computed(() => layer.value.topics),
    // derived
    corrections, setAsideFrom, reviewOf, correctionOf, auditOf, setAsideIn,
    // actions
    start, setReviewer, decide, clearDecision, correctClaim, addFigure, removeFigure, createTopicFromClaim, createTopicFromCandidate,
  }
})
