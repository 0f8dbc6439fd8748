import type { Analysis, Assignment, CandidateTopic, Claim, Verdict } from '../model'
import { locate } from '../extract/evaluate'

// Scoring placement, verdicts and candidate topics against a gold written by a reader who never
// saw the alignment or comparison code (tests/fixtures/news/comparisons.json).

export interface GoldMember { source: string; text: string; occurrence: number }
export interface GoldTopic { id: string; story: string; label: string; measure: string; kind: Claim['quantity']['kind']; members: GoldMember[]; verdict: Verdict; reason: string; origins?: string[] }

export interface PRF { gold: number; placed: number; right: number; precision: number; recall: number; f1: number }
export interface StoryScore { story: string; placement: PRF; verdicts: { right: number; of: number; rate: number }; candidates: { found: number; of: number; rate: number } | null; /** Verdicts right when the gold's own placement is judged. */ verdictsAlone?: number }

const prf = (gold: number, placed: number, right: number, found: number): PRF => {
  const precision = placed ? right / placed : 1
  const recall = gold ? found / gold : 1
  return { gold, placed, right, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

interface Span { start: number; end: number }
const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) > Math.max(a.start, b.start)

/**
 * Placement and verdicts of an analysis whose topics carry the gold topics' ids: a placed figure is
 * right when it overlaps a gold member of that topic; a gold member is found when a figure placed
 * in its topic overlaps it.
 */
export function scoreTopics(analysis: Analysis, gold: GoldTopic[], texts: Record<string, string>): { perStory: StoryScore[]; total: StoryScore } {
  const claims = new Map(analysis.claims.map((c) => [c.id, c]))
  const spans = new Map<string, { member: GoldMember; span: Span }[]>()
  for (const t of gold) spans.set(t.id, t.members.flatMap((m) => { const s = locate(Object.hasOwn(texts, m.source) ? texts[m.source] : '', m); return s ? [{ member: m, span: s }] : [] }))
  const verdictOf = new Map(analysis.comparisons.map((c) => [c.topic, c.verdict]))
  const stories = [...new Set(gold.map((t) => t.story))].sort()
  const score = (topics: GoldTopic[], story: string): StoryScore => {
    const ids = new Set(topics.map((t) => t.id))
    const placed = analysis.assignments.filter((a) => ids.has(a.topicId)).map((a) => ({ a, c: claims.get(a.claimId)! })).filter((x) => x.c)
    const right = placed.filter(({ a, c }) => (spans.get(a.topicId) ?? []).some((g) => g.member.source === c.source && overlap(g.span, c.span))).length
    let goldN = 0
    let found = 0
    for (const t of topics) {
      for (const g of spans.get(t.id) ?? []) {
        goldN++
        if (placed.some(({ a, c }) => a.topicId === t.id && c.source === g.member.source && overlap(g.span, c.span))) found++
      }
    }
    const judged = topics.filter((t) => verdictOf.has(t.id))
    const vr = judged.filter((t) => verdictOf.get(t.id) === t.verdict).length
    return { story, placement: prf(goldN, placed.length, right, found), verdicts: { right: vr, of: topics.length, rate: topics.length ? vr / topics.length : 1 }, candidates: null }
  }
  return { perStory: stories.map((s) => score(gold.filter((t) => t.story === s), s)), total: score(gold, 'all') }
}

/**
 * Whether a gold topic is among the candidates: some candidate gathers figures of at least two of
 * its members, and at least half of that candidate's figures are its members.
 */
export function candidateFound(t: GoldTopic, candidates: CandidateTopic[], claims: Map<string, Claim>, texts: Record<string, string>): boolean {
  const spans = t.members.flatMap((m) => { const s = locate(Object.hasOwn(texts, m.source) ? texts[m.source] : '', m); return s ? [{ source: m.source, span: s }] : [] })
  return candidates.some((cand) => {
    const hits = cand.claims.map((id) => claims.get(id)!).filter((c) => c && spans.some((g) => g.source === c.source && overlap(g.span, c.span)))
    return hits.length >= Math.min(2, spans.length) && hits.length * 2 >= cand.claims.length
  })
}

/**
 * The gold's own placement as assignments: each gold member goes to its topic as the figure that
 * overlaps it. Judging these measures the verdicts alone, apart from placement.
 */
export function goldAssignments(gold: GoldTopic[], claims: Claim[], texts: Record<string, string>): Assignment[] {
  const out: Assignment[] = []
  for (const t of gold) {
    for (const m of t.members) {
      const span = locate(Object.hasOwn(texts, m.source) ? texts[m.source] : '', m)
      const c = span && claims.find((x) => x.source === m.source && overlap(x.span, span))
      if (c && !out.some((a) => a.claimId === c.id && a.topicId === t.id)) out.push({ claimId: c.id, topicId: t.id, score: 1, reasons: ['gold'] })
    }
  }
  return out
}

/** One placement that differs from the gold: a gold member not placed in its topic, or a figure placed where the gold has none. */
export interface PlacementError {
  type: 'missed' | 'extra'
  topic: string
  source: string
  /** The gold member's text (missed) or the placed figure's text (extra). */
  text: string
  /** Missed: where the overlapping figure went (another topic id, "unassigned", or "not extracted"). Extra: the gold topic the figure belongs to, or "none". */
  where: string
  sentence: string
}

/** The placements that differ from the gold, topic by topic (for reading the development split). */
export function placementErrors(analysis: Analysis, gold: GoldTopic[], texts: Record<string, string>): PlacementError[] {
  const out: PlacementError[] = []
  const topicOf = new Map(analysis.assignments.map((a) => [a.claimId, a.topicId]))
  const located = gold.map((t) => ({ t, spans: t.members.flatMap((m) => { const s = locate(Object.hasOwn(texts, m.source) ? texts[m.source] : '', m); return s ? [{ member: m, span: s }] : [] }) }))
  const sentenceOf = (c: Claim | undefined) => (c ? (texts[c.source] ?? '').slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ') : '')
  for (const { t, spans } of located) {
    for (const g of spans) {
      const hits = analysis.claims.filter((c) => c.source === g.member.source && overlap(g.span, c.span))
      if (hits.some((c) => topicOf.get(c.id) === t.id)) continue
      const where = hits.length ? hits.map((c) => topicOf.get(c.id) ?? 'unassigned').join(',') : 'not extracted'
      out.push({ type: 'missed', topic: t.id, source: g.member.source, text: g.member.text, where, sentence: sentenceOf(hits[0]) })
    }
  }
  const ids = new Set(gold.map((t) => t.id))
  for (const a of analysis.assignments) {
    if (!ids.has(a.topicId)) continue
    const c = analysis.claims.find((x) => x.id === a.claimId)
    if (!c) continue
    const belongs = located.filter(({ spans }) => spans.some((g) => g.member.source === c.source && overlap(g.span, c.span))).map(({ t }) => t.id)
    if (belongs.includes(a.topicId)) continue
    out.push({ type: 'extra', topic: a.topicId, source: c.source, text: c.text, where: belongs.join(',') || 'none', sentence: sentenceOf(c) })
  }
  return out
}
