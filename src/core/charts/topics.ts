// The analysis regrouped the way the dashboard reads it: per topic (its claims, sources and
// verdict) and per source (columns ordered by publication date).
import type { Analysis, Claim, Comparison, Lang, Source, SourceMeta, Topic, Verdict } from '../model'

/** Everything the overview shows of one topic. */
export interface TopicRow {
  topic: Topic
  comparison: Comparison | null
  /** The verdict that stands: a reviewer's override, else the machine's; null when not judged (no claims yet). */
  verdict: Verdict | null
  /** The machine's verdict, when a reviewer overrode it. */
  suggested?: Verdict | null
  /** True when a reviewer recorded a decision on this topic. */
  reviewed?: boolean
  claims: Claim[]
  /** Ids of the sources that state a figure, in order of publication. */
  sourceIds: string[]
  langs: Lang[]
  /** Independent sources (relays and near-copies counted once). */
  independent: number
}

/** The claim ids of each topic: the comparison's list, else the assignments. */
export function claimIdsByTopic(analysis: Pick<Analysis, 'assignments' | 'comparisons'>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  // A set beside each list: a topic may hold thousands of figures.
  const seen = new Map<string, Set<string>>()
  const add = (topic: string, id: string) => {
    let list = out.get(topic)
    let ids = seen.get(topic)
    if (!list || !ids) { list = []; ids = new Set(); out.set(topic, list); seen.set(topic, ids) }
    if (!ids.has(id)) { ids.add(id); list.push(id) }
  }
  for (const a of analysis.assignments) add(a.topicId, a.claimId)
  for (const c of analysis.comparisons) {
    if (!out.has(c.topic)) { out.set(c.topic, []); seen.set(c.topic, new Set()) }
    for (const id of c.claims) add(c.topic, id)
  }
  return out
}

/** The topic each claim belongs to (the first assignment wins). */
export function topicByClaim(analysis: Pick<Analysis, 'assignments' | 'comparisons'>): Map<string, string> {
  const out = new Map<string, string>()
  for (const [topic, ids] of claimIdsByTopic(analysis)) for (const id of ids) if (!out.has(id)) out.set(id, topic)
  return out
}

/** The day a source is placed at in time: its publication day, else the start of its window. */
export function sourceDay(source: Pick<Source, 'published' | 'window'>): string | null {
  return source.published ?? source.window?.from ?? null
}

/** Orders sources by publication (undated last), then by id. */
export function byPublication(a: SourceMeta, b: SourceMeta): number {
  const da = sourceDay(a)
  const db = sourceDay(b)
  if (da !== db) {
    if (da === null) return 1
    if (db === null) return -1
    return da < db ? -1 : 1
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** One row per topic, joined with its comparison, claims and sources. */
export function topicRows(analysis: Analysis): TopicRow[] {
  const claims = new Map(analysis.claims.map((c) => [c.id, c]))
  const sources = new Map(analysis.sources.map((s) => [s.id, s]))
  const comparisons = new Map(analysis.comparisons.map((c) => [c.topic, c]))
  const ids = claimIdsByTopic(analysis)
  return analysis.topics.map((topic) => {
    const comparison = comparisons.get(topic.id) ?? null
    const list = (ids.get(topic.id) ?? []).map((id) => claims.get(id)).filter((c): c is Claim => !!c)
    const srcs = [...new Set(list.map((c) => c.source))].map((id) => sources.get(id)).filter((s): s is Source => !!s).sort(byPublication)
    return {
      topic,
      comparison,
      verdict: comparison?.verdict ?? null,
      claims: list,
      sourceIds: srcs.map((s) => s.id),
      langs: [...new Set(srcs.map((s) => s.lang))],
      // Origins count speakers too (two quoted in one article are two voices): never more sources than the articles.
      independent: Math.min(comparison?.independentSources ?? srcs.length, srcs.length),
    }
  })
}

/** A source and the figures it states on one topic, in text order. */
export interface SourceColumn { source: SourceMeta; claims: Claim[] }

/** The side-by-side columns of a topic: one per source, ordered by publication date. */
export function sourceColumns(claims: Claim[], sources: SourceMeta[]): SourceColumn[] {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const groups = new Map<string, Claim[]>()
  for (const c of claims) groups.set(c.source, [...(groups.get(c.source) ?? []), c])
  return [...groups.entries()]
    .map(([id, list]) => ({ source: byId.get(id), claims: [...list].sort((a, b) => a.span.start - b.span.start) }))
    .filter((col): col is SourceColumn => !!col.source)
    .sort((a, b) => byPublication(a.source, b.source))
}

/** Claims grouped by the sentence they stand in (in text order), so a sentence is quoted once with all its figures. */
export function bySentence(claims: Claim[]): { sentence: Claim['sentence']; claims: Claim[] }[] {
  const out: { sentence: Claim['sentence']; claims: Claim[] }[] = []
  for (const c of [...claims].sort((a, b) => a.span.start - b.span.start)) {
    const last = out[out.length - 1]
    if (last && last.sentence.start === c.sentence.start && last.sentence.end === c.sentence.end) last.claims.push(c)
    else out.push({ sentence: c.sentence, claims: [c] })
  }
  return out
}
