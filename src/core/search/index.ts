// Full-text search over topics (labels, entity, cues, explanations, the quoted sentences) and over
// the sources' whole text, with MiniSearch and Arabic folding on both sides.
import MiniSearch from 'minisearch'
import type { Analysis } from '../model'
import { claimIdsByTopic } from '../charts/topics'
import { indexTerms, queryTerm, tokenize } from './fold'

export { fold, stripPrefixes, tokenize, indexTerms, queryTerm } from './fold'

interface Doc {
  id: string
  type: 'topic' | 'source'
  ref: string
  label: string
  entity: string
  explanation: string
  quotes: string
  text: string
}

/** What a query found: topic ids and source ids with their scores, best first. */
export interface SearchHits { topics: { id: string; score: number }[]; sources: { id: string; score: number }[] }

/** A search over an analysis, built once and queried as the user types. */
export interface SearchIndex { search(query: string): SearchHits }

/** The documents: one per topic (with the sentences its figures stand in) and one per source. */
function documents(a: Analysis): Doc[] {
  const claims = new Map(a.claims.map((c) => [c.id, c]))
  const sources = new Map(a.sources.map((s) => [s.id, s]))
  const comparisons = new Map(a.comparisons.map((c) => [c.topic, c]))
  const ids = claimIdsByTopic(a)
  const topics: Doc[] = a.topics.map((t) => {
    const quotes = (ids.get(t.id) ?? []).flatMap((id) => {
      const c = claims.get(id)
      const s = c && sources.get(c.source)
      return c && s ? [s.text.slice(c.sentence.start, c.sentence.end), s.outlet ?? '', s.via ?? ''] : []
    })
    const cmp = comparisons.get(t.id)
    return {
      id: `topic:${t.id}`, type: 'topic', ref: t.id,
      label: `${t.label.en} ${t.label.ar} ${t.id}`,
      entity: [t.entity.name, ...t.entity.aliases, t.measure, ...t.cues].join(' '),
      explanation: cmp ? `${cmp.explanation.en} ${cmp.explanation.ar}` : '',
      quotes: quotes.join('\n'),
      text: '',
    }
  })
  const docs: Doc[] = a.sources.map((s) => ({
    id: `source:${s.id}`, type: 'source', ref: s.id,
    label: s.title, entity: [s.outlet ?? '', s.via ?? ''].join(' '), explanation: '', quotes: '', text: s.text,
  }))
  return [...topics, ...docs]
}

/** Builds the index of an analysis. */
export function buildSearchIndex(a: Analysis): SearchIndex {
  const ms = new MiniSearch<Doc>({
    fields: ['label', 'entity', 'explanation', 'quotes', 'text'],
    storeFields: ['type', 'ref'],
    tokenize,
    processTerm: (t) => indexTerms(t),
    searchOptions: {
      processTerm: (t) => queryTerm(t),
      prefix: true,
      fuzzy: (t) => (t.length > 4 ? 0.2 : false),
      combineWith: 'AND',
      boost: { label: 3, entity: 2, explanation: 1.5, quotes: 1 },
    },
  })
  ms.addAll(documents(a))
  return {
    search(query: string): SearchHits {
      if (tokenize(query).length === 0) return { topics: [], sources: [] }
      const hits = ms.search(query)
      const pick = (type: Doc['type']) => hits.filter((h) => h.type === type).map((h) => ({ id: h.ref as string, score: h.score }))
      return { topics: pick('topic'), sources: pick('source') }
    },
  }
}
