import type { Assignment, Claim, Source, Span, Topic } from '../model'
import { foldKey } from '../text/normalize'
import { clauses, sentences } from '../text/segment'
import { aliasKey, findMentions, wordsOf } from './mentions'

// Each claim goes to the topic whose entity is named nearest to it (its clause, its sentence, or
// the two sentences before), whose cue words stand by it (the counted noun for counts, the clause
// for dates), whose kind matches, and whose exclusions are absent. Below the threshold it stays
// unassigned rather than wrongly placed.

export const ASSIGN_THRESHOLD = 3

const contains = (hay: string, needles: string[]) => needles.filter((n) => n && hay.includes(n))
const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end

interface Prepared { topic: Topic; aliasKeys: Set<string>; cues: string[]; exclude: string[] }

export function assignClaims(claims: Claim[], topics: Topic[], sources: Source[]): Assignment[] {
  const prepared: Prepared[] = topics.map((t) => ({
    topic: t,
    aliasKeys: new Set([t.entity.name, ...t.entity.aliases].map(aliasKey).filter((k) => k.length >= 2)),
    cues: t.cues.map(foldKey),
    exclude: (t.exclude ?? []).map(foldKey),
  }))
  const bySource = new Map(sources.map((s) => [s.id, s]))
  const cache = new Map<string, { sents: Span[]; mentions: Map<string, Span[]> }>()
  const out: Assignment[] = []
  for (const c of claims) {
    const src = bySource.get(c.source)
    if (!src) continue
    let doc = cache.get(src.id)
    if (!doc) {
      const words = wordsOf(src.text)
      doc = { sents: sentences(src.text), mentions: new Map(prepared.map((p) => [p.topic.id, findMentions(words, p.aliasKeys)])) }
      cache.set(src.id, doc)
    }
    let best: Assignment | null = null
    let bestDist = Infinity
    for (const p of prepared) {
      const r = score(c, p, src.text, doc.sents, doc.mentions.get(p.topic.id) ?? [])
      if (!r) continue
      if (!best || r.score > best.score || (r.score === best.score && r.dist < bestDist)) {
        best = { claimId: c.id, topicId: p.topic.id, score: r.score, reasons: r.reasons }
        bestDist = r.dist
      }
    }
    if (best && best.score >= ASSIGN_THRESHOLD) out.push(best)
  }
  return out
}

function score(c: Claim, p: Prepared, text: string, sents: Span[], mentions: Span[]): { score: number; reasons: string[]; dist: number } | null {
  const t = p.topic
  if (c.quantity.kind !== t.kind && !(t.alsoKinds ?? []).includes(c.quantity.kind)) return null
  const clause = clauses(text, c.sentence).find((k) => inside(c.span, k)) ?? c.sentence
  const clauseText = foldKey(text.slice(clause.start, clause.end))
  const sentText = foldKey(text.slice(c.sentence.start, c.sentence.end))
  const counted = foldKey(`${c.counted ?? ''} ${c.text}`)
  const excluded = contains(clauseText, p.exclude)
  if (excluded.length) return null
  // The entity: the nearest mention in the clause, the sentence, or just before.
  const si = sents.findIndex((s) => s.start === c.sentence.start)
  const context: Span = { start: sents[Math.max(0, si - 2)]?.start ?? c.sentence.start, end: c.sentence.end }
  let entity = 0
  let dist = Infinity
  let where = ''
  for (const m of mentions) {
    const d = Math.abs((m.start + m.end) / 2 - (c.span.start + c.span.end) / 2)
    const s = inside(m, clause) ? 3 : inside(m, c.sentence) ? 2 : inside(m, context) ? 1 : 0
    if (s > entity || (s === entity && s > 0 && d < dist)) { entity = s; dist = d; where = text.slice(m.start, m.end) }
  }
  if (entity === 0) return null
  // The measure: cue words by the figure.
  const numeric = c.quantity.kind === 'count'
  const inCounted = numeric ? contains(counted, p.cues) : []
  const inClause = contains(clauseText, p.cues)
  const inSentence = contains(sentText, p.cues)
  // A date's clause is often just the date ("وفي منتصف نوفمبر 2025، ..."): its sentence carries the event.
  const cue = inCounted.length ? 2 : inClause.length ? 1.5 : !numeric && inSentence.length ? 1 : 0
  if (p.cues.length && cue === 0) return null
  const reasons = [`entity "${where}" in the ${['', 'preceding sentences', 'sentence', 'clause'][entity]}`]
  const cues = inCounted.length ? inCounted : inClause.length ? inClause : inSentence
  if (cues.length) reasons.push(`cue ${cues.map((w) => `"${w}"`).join(', ')} in the ${inCounted.length ? 'counted noun' : inClause.length ? 'clause' : 'sentence'}`)
  return { score: entity + cue, reasons, dist }
}
