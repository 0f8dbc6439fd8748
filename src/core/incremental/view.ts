// What the page holds of an analysis, and what it asks for when it needs more. The page draws the
// overview, topics and sources from the topics' rows and the sources; every other claim (figures in
// no topic, a whole source's figures, a source's text) stays with the analysis until a page asks for it.
import { SET_ASIDE_STATUSES, type Analysis, type CandidateTopic, type Claim, type Corrections, type Source, type SourceMeta, type Topic } from '../model'
import { wordCount } from '../text/words'
import { topicByClaim, topicRows, type TopicRow } from '../charts/topics'
import { asIdTable, idTable } from '../ids'

/** Figures counted, for counters and the import list. */
export interface ClaimCounts { claims: number; unassigned: number; bySource: Record<string, number> }

/** A source as the page lists it: no text (an archive's texts run to tens of megabytes), its size instead. */
export interface ViewSource extends SourceMeta { chars: number; words: number }

/** Everything the page draws without asking: sources, topics and their rows, candidates. */
export interface AnalysisView {
  sources: ViewSource[]
  topics: Topic[]
  /** One row per topic (the machine's verdicts: a reviewer's decision is applied on the page). */
  rows: TopicRow[]
  candidates: CandidateTopic[]
  /** Claims named outside the rows: the candidates' figures and the figures a reviewer set aside or moved. */
  extra: Claim[]
  counts: ClaimCounts
}

/** A change to the view: only the parts that changed are sent. */
export interface ViewPatch {
  sources?: ViewSource[]
  topics?: Topic[]
  /** New or changed rows (by topic id); rows not named stay as they were. */
  rows?: TopicRow[]
  candidates?: CandidateTopic[]
  extra?: Claim[]
  counts?: ClaimCounts
}

/** One source's figures and where each stands, for the source page. */
export interface SourceDetail {
  sourceId: string
  /** The source's text, which figures' spans point into. */
  text: string
  /** Every figure of the source in text order (set-aside ones included, as the analysis lists them). */
  claims: Claim[]
  /** Topic of each placed figure. */
  topicOf: Record<string, string>
  /** Figures no topic took. */
  unassigned: string[]
}

/** The claims worth naming outside the rows. */
function extraClaims(a: Analysis, corrections: Corrections): Claim[] {
  const wanted = new Set(a.candidates.flatMap((c) => c.claims))
  for (const [id, fix] of Object.entries(corrections.claims)) if (fix.topicId !== undefined || SET_ASIDE_STATUSES.has(fix.status ?? 'ok')) wanted.add(id)
  return a.claims.filter((c) => wanted.has(c.id))
}

function counts(a: Analysis): ClaimCounts {
  // Keyed by source id: no prototype, so a source called "constructor" counts from 0 (core/ids.ts).
  const bySource = idTable<number>()
  for (const c of a.claims) bySource[c.source] = (bySource[c.source] ?? 0) + 1
  return { claims: a.claims.length, unassigned: a.unassigned.length, bySource }
}

// Counted once per source object: an archive's view is made again after every change.
const sizes = new WeakMap<Source, ViewSource>()
export function viewSources(sources: Source[]): ViewSource[] {
  return sources.map((s) => {
    let v = sizes.get(s)
    if (!v) {
      const { text, ...meta } = s
      v = { ...meta, chars: text.length, words: wordCount(text) }
      sizes.set(s, v)
    }
    return v
  })
}

/** The whole view of an analysis. */
export function viewOf(a: Analysis, corrections: Corrections): AnalysisView {
  return { sources: viewSources(a.sources), topics: a.topics, rows: topicRows(a), candidates: a.candidates, extra: extraClaims(a, corrections), counts: counts(a) }
}

/** The patch from one analysis to the next, given what the engine says changed. */
export function viewPatch(a: Analysis, corrections: Corrections, changed: { sources: boolean; topicList: boolean; topics: Set<string>; candidates: boolean }): ViewPatch {
  const patch: ViewPatch = { counts: counts(a), extra: extraClaims(a, corrections) }
  if (changed.sources) patch.sources = viewSources(a.sources)
  if (changed.topicList) patch.topics = a.topics
  // A row also reads its sources' dates and languages: new sources send every row.
  if (changed.sources || changed.topicList || changed.topics.size) {
    const rows = topicRows(a)
    patch.rows = changed.sources || changed.topicList ? rows : rows.filter((r) => changed.topics.has(r.topic.id))
  }
  if (changed.candidates) patch.candidates = a.candidates
  return patch
}

/**
 * The patch from a view shown earlier (kept from another session) to this one: only the parts
 * that differ, compared by content, so a page showing the earlier view draws again only what
 * changed. applyPatch(before, viewDiff(before, after)) equals `after`.
 */
export function viewDiff(before: AnalysisView, after: AnalysisView): ViewPatch {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  const patch: ViewPatch = {}
  if (before.sources.length !== after.sources.length || after.sources.some((s, i) => !same(s, before.sources[i]))) patch.sources = after.sources
  if (!same(before.topics, after.topics)) patch.topics = after.topics
  const old = new Map(before.rows.map((r) => [r.topic.id, r]))
  const rows = after.rows.filter((r) => !same(r, old.get(r.topic.id)))
  // Rows are sent whole when the list of topics changed, as viewPatch does.
  if (patch.topics || rows.length) patch.rows = patch.topics ? after.rows : rows
  if (!same(before.candidates, after.candidates)) patch.candidates = after.candidates
  if (!same(before.extra, after.extra)) patch.extra = after.extra
  if (!same(before.counts, after.counts)) patch.counts = after.counts
  return patch
}

/** Applies a patch to a view (a new object; unchanged parts shared). */
export function applyPatch(view: AnalysisView, patch: ViewPatch): AnalysisView {
  const topics = patch.topics ?? view.topics
  let rows = view.rows
  if (patch.rows) {
    const byId = new Map(view.rows.map((r) => [r.topic.id, r]))
    for (const r of patch.rows) byId.set(r.topic.id, r)
    rows = topics.map((t) => byId.get(t.id)).filter((r): r is TopicRow => !!r)
  } else if (patch.topics) {
    const byId = new Map(view.rows.map((r) => [r.topic.id, r]))
    rows = topics.map((t) => byId.get(t.id)).filter((r): r is TopicRow => !!r)
  }
  return {
    sources: patch.sources ?? view.sources, topics, rows, candidates: patch.candidates ?? view.candidates,
    // Counts come through postMessage, which gives objects a prototype again.
    extra: patch.extra ?? view.extra, counts: patch.counts ? { ...patch.counts, bySource: asIdTable(patch.counts.bySource) } : view.counts,
  }
}

/** A source's figures and their topics. */
export function sourceDetail(a: Analysis, sourceId: string, topicOfClaim: Map<string, string> = topicByClaim(a)): SourceDetail {
  const claims = a.claims.filter((c) => c.source === sourceId).sort((x, y) => x.span.start - y.span.start)
  const topicOf = idTable<string>()
  for (const c of claims) { const t = topicOfClaim.get(c.id); if (t !== undefined) topicOf[c.id] = t }
  const ids = new Set(claims.map((c) => c.id))
  return { sourceId, text: a.sources.find((s) => s.id === sourceId)?.text ?? '', claims, topicOf, unassigned: a.unassigned.filter((id) => ids.has(id)) }
}
