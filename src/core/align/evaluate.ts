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
