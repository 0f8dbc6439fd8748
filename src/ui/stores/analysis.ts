import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Analysis, Claim, ClaimCorrection, Corrections, Source, Topic, Verdict } from '../../core/model'
import { analyze } from '../../core/pipeline'
import { topicByClaim, topicRows, type TopicRow } from '../../core/charts/topics'
import { buildSearchIndex } from '../../core/search'
import { embeddedTopics } from '../corpus'
import { useCorpusStore } from './corpus'
import { idTable, own } from '../../core/ids'

/** No corrections: the machine's output as it is. */
export function emptyCorrections(): Corrections {
  return { claims: idTable(), added: [], topics: [], weights: idTable() }
}

/** Corrections with one claim's correction merged in (a new object, so everything derived recomputes). */
export function withClaimCorrection(c: Corrections, fix: ClaimCorrection): Corrections {
  return { ...c, claims: idTable([...Object.entries(c.claims), [fix.claimId, { ...own(c.claims, fix.claimId), ...fix }]]) }
}

/** A topic started from one figure: its kind, the counted noun as a cue, the reviewer's label in both languages. */
export function topicFromClaim(claim: Claim, label: string, taken: Set<string>): Topic {
  const base = `user-${claim.id.replace(/[^0-9a-z]+/gi, '-')}`
  let id = base
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`
  return {
    id, label: { en: label, ar: label }, entity: { name: label, aliases: [] }, measure: claim.counted ?? claim.quantity.kind,
    kind: claim.quantity.kind, cues: claim.counted ? [claim.counted] : [], scope: null, time: null,
  }
}

export const useAnalysisStore = defineStore('analysis', () => {
  const corpus = useCorpusStore()
  /** The topic definitions shipped with the app (data/topics.json). */
  const baseTopics = ref<Topic[]>(embeddedTopics())
  // Id-keyed tables are held raw (shallowRef, replaced whole): through a deep reactive proxy a
  // source or topic called "hasOwnProperty" would read as Vue's own function.
  /** The reviewer's layer over the machine's output; the review store sets it, analyze() applies it. */
  const corrections = shallowRef<Corrections>(emptyCorrections())
  /** Per-source weights for the consensus (default 1); set by the review store. */
  const weights = shallowRef<Record<string, number>>(idTable())
  /** Reviewers' decisions by topic id (override or null for accepted); set by the review store. */
  const decisions = shallowRef<ReadonlyMap<string, Verdict | null>>(new Map())
  /** Claims the extraction worker produced, by imported source id; set by the workspace store (never extracted on the page). */
  const extracted = shallowRef<Record<string, Claim[]>>(idTable())

  const result = computed<{ analysis: Analysis; error: string | null }>(() => {
    const sources = corpus.sources
    try {
      return { analysis: analyze(sources, baseTopics.value, { corrections: corrections.value, weights: weights.value, extracted: extracted.value }), error: null }
    } catch (e) {
      return { analysis: { sources, claims: [], topics: baseTopics.value, assignments: [], comparisons: [], candidates: [], unassigned: [] }, error: (e as Error).message }
    }
  })
  /** Everything derived: claims, topics, verdicts, candidates. */
  const analysis = computed(() => result.value.analysis)
  /** The message of an analysis that failed, so the page can say so instead of going blank. */
  const error = computed(() => result.value.error)
  /** One row per topic with its comparison, claims and sources. */
  const rows = computed<TopicRow[]>(() => topicRows(analysis.value).map((r) => {
    if (!decisions.value.has(r.topic.id)) return r
    const override = decisions.value.get(r.topic.id)
    // The reviewer's verdict stands everywhere (badges, filters, sort); the machine's stays visible.
    return override && override !== r.verdict ? { ...r, verdict: override, suggested: r.verdict, reviewed: true } : { ...r, reviewed: true }
  }))
  const rowIndex = computed(() => new Map(rows.value.map((r) => [r.topic.id, r])))
  const sourceIndex = computed(() => new Map(analysis.value.sources.map((s) => [s.id, s])))
  const claimIndex = computed(() => new Map(analysis.value.claims.map((c) => [c.id, c])))
  /** The topic id of each assigned claim. */
  const topicOfClaim = computed(() => topicByClaim(analysis.value))
  /** Full-text search over topics and sources (built when first used). */
  const searchIndex = computed(() => buildSearchIndex(analysis.value))

  function row(topicId: string): TopicRow | undefined { return rowIndex.value.get(topicId) }
  function claim(id: string): Claim | undefined { return claimIndex.value.get(id) }
  function source(id: string): Source | undefined { return sourceIndex.value.get(id) }
  /** The claims a source states, in text order. */
  function claimsOf(sourceId: string): Claim[] {
    return analysis.value.claims.filter((c) => c.source === sourceId).sort((a, b) => a.span.start - b.span.start)
  }
  /** Places a claim in a topic (or in none, with null). */
  function assignClaim(claimId: string, topicId: string | null) {
    corrections.value = withClaimCorrection(corrections.value, { claimId, topicId })
  }
  /** Starts a new topic from one claim and places the claim in it; returns the new topic's id. */
  function startTopic(claimId: string, label: string): string | null {
    const c = claim(claimId)
    if (!c) return null
    const topic = topicFromClaim(c, label.trim() || c.text, new Set(analysis.value.topics.map((t) => t.id)))
    corrections.value = withClaimCorrection({ ...corrections.value, topics: [...corrections.value.topics, topic] }, { claimId, topicId: topic.id })
    return topic.id
  }

  return { baseTopics, corrections, weights, decisions, extracted, analysis, error, rows, topicOfClaim, searchIndex, sourceIndex, row, claim, source, claimsOf, assignClaim, startTopic }
})
