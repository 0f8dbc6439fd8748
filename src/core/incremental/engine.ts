// The analysis kept up to date instead of recomputed: analyze()'s result, where a change only
// recomputes what it touches. A correction recomputes its topic; an imported source adds its own
// claims' placements; a new topic re-places every claim (rare: a reviewer creates it by hand).
//
// What this path assumes of the core (keep it true, or change this file with it;
// tests/core/incremental/engine.test.ts checks the result equals analyze() on the seed corpus with
// imports and corrections):
//  A1. assignClaims() places each claim on its own: its placement depends on that claim, its own
//      source (text and metadata) and the list of topics, not on the other claims being placed. So a
//      source's placements are computed once, and a corrected claim is placed again alone. Two
//      exceptions, handled here: placement reads the story (how many reports name a topic, their
//      spellings of a place: align/assign.ts readStory), so changed figures are placed in one call
//      with every source, and every figure is placed again when that reading of the story changes
//      (a new report that spells a place the others did not); and the passes that read other
//      reports' figures (acrossReports in align/assign.ts) run here on the whole.
//      A topic bound to a story (Topic.story) is offered only the figures of that story's sources
//      (src/core/corpus/storyTopics.ts, as analyze() does): the grouping into stories is part of
//      the reading of the story, so an import that changes it places every figure again.
//  A2. analyze() places reviewer-moved claims where the reviewer put them and leaves out claims set
//      aside (wrong-extraction, out-of-scope), as its own code reads; candidates come from the
//      claims no topic took.
//  A3. compareTopics() is compareTopic() for each topic with the same arguments; a topic's comparison
//      reads only the topic, its claims (in assignment order), the metadata, groups and weights of the
//      sources of those claims, and the tolerance.
//  A4. Independent sources are found as src/core/incremental/groups.ts says.
import { SET_ASIDE_STATUSES, type Analysis, type Assignment, type CandidateTopic, type Claim, type Comparison, type Corrections, type Source, type Topic } from '../model'
import { assignClaims, discoverCandidates } from '../align'
import { acrossReports, readStory, type Story } from '../align/assign'
import { measuresOf, type MeasureReading } from '../align/measureOf'
import { extractClaims } from '../extract'
import { compareTopic, type CompareOptions } from '../compare'
import { weakEvidence } from '../compare/weak'
import { signature, type SourceGroups } from '../compare/independence'
import { sourceGroups } from './groups'
import { idTable, own } from '../ids'
import { keepWithinStories, placeWithinStories, storyBounds, topicsOf, type StoryBounds } from '../corpus/storyTopics'

/** Everything the analysis is computed from. */
export interface EngineInput {
  /** The sources, in order (embedded first, then imported, as the app lists them). */
  sources: Source[]
  /** Extracted claims of each source (by source id), as extractClaims() or the worker gave them. */
  claims: (sourceId: string) => Claim[]
  baseTopics: Topic[]
  corrections: Corrections
  options?: CompareOptions
  /** A source's MinHash signature, when the caller keeps them (cached fingerprints). */
  signatureOf?: (source: Source) => Uint32Array | undefined
  /** Results kept across sessions (a persistent cache), consulted before computing and told after. */
  memo?: EngineMemo
}

/**
 * A store of placements and comparisons by the key of everything they were computed from.
 * `version` names the code that computed them (results of other code are never reused);
 * `claimsKey` names a source's extracted claims by content (text, extractor version, metadata read).
 */
export interface EngineMemo {
  version: string
  claimsKey: (sourceId: string) => string | undefined
  hash: (text: string) => string
  getPlacements: (key: string) => Assignment[] | undefined
  setPlacements: (key: string, sourceId: string, assignments: Assignment[]) => void
  getComparison: (key: string) => Comparison | undefined
  setComparison: (key: string, topicId: string, comparison: Comparison) => void
}

/** What the last update recomputed, for whoever mirrors the result elsewhere. */
export interface EngineChanges {
  /** Topics whose comparison or claims changed (or that are new). */
  topics: Set<string>
  /** Topic ids that are gone. */
  removedTopics: string[]
  topicList: boolean
  sources: boolean
  candidates: boolean
  /** Sources whose claims or placements changed. */
  placements: Set<string>
}

/** A source's figures to place again, and where its placements are kept across sessions. */
interface PendingPlacement { source: Source; state: SourceState; replace: Claim[]; stored: string | undefined }

interface SourceState {
  source: Source
  metaKey: string
  claims: Claim[]
  /** Extracted and added claims of this source with the quantity corrections applied, by id. */
  corrected: Map<string, Claim>
  /** What each corrected claim was made from, to tell when it must be made and placed again. */
  claimKey: Map<string, string>
  /** The best placement of each corrected claim (none: unplaced), for `topicsKey`. */
  auto: Map<string, Assignment>
  topicsKey: string
}

let versionCounter = 0
const versions = new WeakMap<object, number>()
const version = (o: object) => { let v = versions.get(o); if (v === undefined) { v = ++versionCounter; versions.set(o, v) } return v }
const meta = ({ text: _t, ...rest }: Source) => JSON.stringify(rest)

export class AnalysisEngine {
  private states = new Map<string, SourceState>()
  private texts = new Map<string, { text: string; token: object }>()
  private topicsKey = ''
  private groupsKey = ''
  private groups: SourceGroups = { groupOf: new Map(), folded: [] }
  private groupKeyOf = new Map<string, string>()
  private compared = new Map<string, { key: string; comparison: Comparison }>()
  private measured = new Map<string, { key: string; readings: Map<string, MeasureReading> }>()
  /** The story as placement reads it: one reading per list of topics a source may join (one when no topic is bound to a story). */
  private story: { of: string; story: Story; bounds: StoryBounds | null; byKey: Map<string, Story>; key: string } | null = null
  private candidatesKey = ''
  private candidates: CandidateTopic[] = []
  private last: Analysis | null = null

  /** The analysis of `input`, recomputing only what changed since the last call. */
  update(input: EngineInput): { analysis: Analysis; changes: EngineChanges } {
    const { sources, corrections: fixes } = input
    const topics = [...input.baseTopics, ...fixes.topics]
    const topicsKey = JSON.stringify(topics)
    const prev = this.last
    const changes: EngineChanges = {
      topics: new Set(), removedTopics: [], topicList: topicsKey !== this.topicsKey, placements: new Set(), candidates: false,
      sources: !prev || prev.sources.length !== sources.length || sources.some((s, i) => prev.sources[i] !== s),
    }
    this.topicsKey = topicsKey
    const textsKey = sources.map((s) => `${s.id}#${version(this.textToken(s))}`).join('|')

    // What placement reads of the whole story (the spellings of its places, which topics are about
    // all of it): read again when a report or a topic changes, and every figure is placed again
    // when that reading changes, as analyze() would place it.
    const storyOf = `${topicsKey}\n${textsKey}\n${sources.map((s) => s.lang).join('|')}`
    if (this.story?.of !== storyOf) this.story = this.readStories(storyOf, topics, sources)
    const { story, bounds } = this.story
    const placementKey = `${topicsKey}\n${this.story.key}`

    // Per source: its claims with the reviewer's values applied, and where each would be placed.
    const quantityFixes = new Map<string, Map<string, string>>()
    for (const [id, fix] of Object.entries(fixes.claims)) {
      if (!fix.quantity) continue
      const sid = id.slice(0, id.indexOf(':'))
      const m = quantityFixes.get(sid) ?? new Map<string, string>()
      m.set(id, JSON.stringify(fix.quantity))
      quantityFixes.set(sid, m)
    }
    const addedBySource = new Map<string, Claim[]>()
    for (const c of fixes.added) addedBySource.set(c.source, [...(addedBySource.get(c.source) ?? []), c])
    const seen = new Set<string>()
    const pending: PendingPlacement[] = []
    for (const s of sources) {
      seen.add(s.id)
      this.updateSource(s, input.claims(s.id), placementKey, quantityFixes.get(s.id), addedBySource.get(s.id) ?? [], fixes, changes, input.memo, pending)
    }
    // The changed figures of all sources are placed in one call, with the story read above.
    const batch = pending.flatMap((p) => p.replace)
    if (batch.length) {
      const stateOf = new Map(pending.flatMap((p) => p.replace.map((c) => [c.id, p.state] as const)))
      const byKey = this.story.byKey
      const placed = bounds
        ? placeWithinStories(batch, topics, bounds, (cs, ts, key) => assignClaims(cs, ts, sources, { acrossReports: false, story: byKey.get(key)! }))
        : assignClaims(batch, topics, sources, { acrossReports: false, story })
      for (const a of placed) stateOf.get(a.claimId)?.auto.set(a.claimId, a)
      // (The sentences and mentions read for it are kept no longer than this call: at 10,000 reports
      // they weigh more than the analysis, and a later correction reads its own report again.)
      story.cache.clear()
      for (const st of byKey.values()) st.cache.clear()
    }
    for (const p of pending) if (p.stored) input.memo!.setPlacements(p.stored, p.source.id, [...p.state.auto.values()])
    for (const id of [...this.states.keys()]) if (!seen.has(id)) { this.states.delete(id); this.texts.delete(id); this.measured.delete(id); changes.placements.add(id) }

    // The claims in analyze()'s order: extracted ones source by source, then the figures a reviewer added.
    const claims: Claim[] = []
    for (const s of sources) {
      const st = this.states.get(s.id)!
      for (const c of st.claims) claims.push(st.corrected.get(c.id)!)
    }
    for (const c of fixes.added) claims.push(this.states.get(c.source)?.corrected.get(c.id) ?? withQuantity(c, fixes))
    const live = claims.filter((c) => !SET_ASIDE_STATUSES.has(own(fixes.claims, c.id)?.status ?? 'ok'))
    const placedAlone: Assignment[] = []
    const moved: Assignment[] = []
    const notMoved: Claim[] = []
    for (const c of live) {
      const fix = own(fixes.claims, c.id)
      if (fix?.topicId !== undefined) {
        if (fix.topicId) moved.push({ claimId: c.id, topicId: fix.topicId, score: 1, reasons: ['placed by a reviewer'] })
        continue
      }
      notMoved.push(c)
      const a = this.states.get(c.source)?.auto.get(c.id)
      if (a) placedAlone.push(a)
    }
    // The passes that read other reports' figures run on the whole, with the claims analyze() gives them.
    const srcById = new Map(sources.map((s) => [s.id, s]))
    const liveSource = new Map(bounds ? notMoved.map((c) => [c.id, c.source]) : [])
    const assignments: Assignment[] = [...keepWithinStories(acrossReports(placedAlone, notMoved, topics, this.readingsOf(srcById), sources), bounds, (id) => liveSource.get(id)), ...moved]
    const taken = new Set(assignments.map((a) => a.claimId))
    const unplaced = live.filter((c) => !taken.has(c.id))

    // Independent sources: found again only when a text or a relay changed.
    const groupsKey = `${textsKey}\n${sources.map((s) => s.relays ?? '').join('|')}`
    if (groupsKey !== this.groupsKey) {
      this.groupsKey = groupsKey
      this.groups = sourceGroups(sources, (s) => input.signatureOf?.(s) ?? signature(s.text))
      this.groupKeyOf = new Map()
      // A short key per group (its reasons can run to megabytes in a large archive).
      for (const f of this.groups.folded) {
        const key = `${f.sources.length}:${fnv(f.sources.join(','))}:${f.why.length}:${fnv(f.why)}`
        for (const id of f.sources) this.groupKeyOf.set(id, key)
      }
    }

    // Comparisons: a topic is judged again only when something it reads changed.
    const liveById = new Map(live.map((c) => [c.id, c]))
    const byTopic = new Map<string, Claim[]>()
    for (const a of assignments) {
      const c = liveById.get(a.claimId)!
      const list = byTopic.get(a.topicId)
      if (list) list.push(c)
      else byTopic.set(a.topicId, [c])
    }
    // Each figure's placement: a figure placed on weak evidence weighs less in its topic's verdict.
    const placement = new Map(assignments.map((a) => [a.claimId, a]))
    const weakKey = (cs: Claim[]) => cs.map((c) => { const a = placement.get(c.id); return (a && this.weakOf(a)) ?? '' }).join(',')
    const options = input.options ?? {}
    const weights = idTable([...Object.entries(options.weights ?? {}), ...Object.entries(fixes.weights ?? {})])
    const comparisons: Comparison[] = []
    const topicIds = new Set<string>()
    for (const t of topics) {
      topicIds.add(t.id)
      const cs = byTopic.get(t.id) ?? []
      const involved = [...new Set(cs.map((c) => c.source))]
      const key = [
        JSON.stringify(t), options.tolerance ?? '', cs.map((c) => version(c)).join(','), weakKey(cs),
        involved.map((id) => `${id}:${this.states.get(id)?.metaKey ?? ''}:${this.groupKeyOf.get(id) ?? ''}:${own(weights, id) ?? ''}`).join('|'),
      ].join('\n')
      const hit = this.compared.get(t.id)
      if (hit && hit.key === key) { comparisons.push(hit.comparison); continue }
      const memo = input.memo
      const stored = memo && memo.hash([
        memo.version, JSON.stringify(t), options.tolerance ?? '', JSON.stringify(cs), weakKey(cs),
        involved.map((id) => `${id}:${this.states.get(id)?.metaKey ?? ''}:${this.groupKeyOf.get(id) ?? ''}:${own(weights, id) ?? ''}`).join('|'),
      ].join('\n'))
      let comparison = stored ? memo.getComparison(stored) : undefined
      if (!comparison) {
        comparison = compareTopic(t, cs, srcById, this.groups.groupOf, this.groups.folded, { ...options, weights, placement })
        if (stored) memo.setComparison(stored, t.id, comparison)
      }
      this.compared.set(t.id, { key, comparison })
      comparisons.push(comparison)
      changes.topics.add(t.id)
    }
    for (const id of [...this.compared.keys()]) if (!topicIds.has(id)) { this.compared.delete(id); changes.removedTopics.push(id) }

    // Candidates: from the claims no topic took.
    const candidatesKey = `${textsKey}\n${sources.map((s) => this.states.get(s.id)!.metaKey).join('|')}\n${unplaced.map((c) => version(c)).join(',')}`
    if (candidatesKey !== this.candidatesKey) {
      this.candidatesKey = candidatesKey
      const next = discoverCandidates(unplaced, sources, this.groups.groupOf)
      changes.candidates = JSON.stringify(next) !== JSON.stringify(this.candidates)
      this.candidates = next
    }

    const analysis: Analysis = { sources, claims, topics, assignments, comparisons, candidates: this.candidates, unassigned: unplaced.map((c) => c.id) }
    this.last = analysis
    return { analysis, changes }
  }

  /**
   * What placement reads of the story: one reading of all the topics, and, when topics are bound to
   * a story, one per list of topics a source may join (placement offers a figure only those).
   */
  private readStories(of: string, topics: Topic[], sources: Source[]) {
    const bounds = storyBounds(topics, sources)
    const byKey = new Map<string, Story>()
    if (bounds) {
      for (const s of sources) {
        const own = topicsOf(bounds, topics, s.id)
        if (own.key && !byKey.has(own.key)) byKey.set(own.key, readStory(own.topics, sources))
      }
    }
    const story = readStory(topics, sources)
    if (bounds) byKey.set('', story)
    const key = bounds ? `${bounds.key}\n${[...byKey].map(([k, st]) => `${k}\u0001${st.key}`).join('\n')}` : story.key
    return { of, story, bounds, byKey, key }
  }

  // Read once per placement (an update keeps the placements that did not change): a large archive
  // has hundreds of thousands, each read on every update for the comparisons' keys.
  private weakRead = new WeakMap<Assignment, string | null>()
  private weakOf(a: Assignment): string | null {
    let w = this.weakRead.get(a)
    if (w === undefined) { w = weakEvidence(a); this.weakRead.set(a, w) }
    return w
  }

  // The topics' key is long (every topic's words): digested once, not once per source.
  private digest = { of: '', is: '' }
  private topicsDigest(memo: EngineMemo, topicsKey: string): string {
    if (this.digest.of !== topicsKey) this.digest = { of: topicsKey, is: memo.hash(topicsKey) }
    return this.digest.is
  }

  // One token per distinct text of a source: a new Source object with the same text keeps its token.
  private textToken(s: Source): object {
    const hit = this.texts.get(s.id)
    if (hit && hit.text === s.text) return hit.token
    const token = {}
    this.texts.set(s.id, { text: s.text, token })
    return token
  }

  /**
   * What each figure measures, read with its source's extracted figures (assignClaims reads them
   * with the figures a reviewer left in place: the two differ only in a source a reviewer
   * corrected); kept per source while its text and figures are the same, so a correction does not
   * read a large source again.
   */
  private readingsOf(srcById: Map<string, Source>): (c: Claim) => MeasureReading {
    return (c) => {
      const src = srcById.get(c.source)
      const list = this.states.get(c.source)?.claims
      if (!src || !list) return NO_READING
      const key = `${version(this.textToken(src))}|${version(list)}`
      let kept = this.measured.get(src.id)
      if (!kept || kept.key !== key) { kept = { key, readings: measuresOf(list, src.text, src.lang) }; this.measured.set(src.id, kept) }
      return kept.readings.get(c.id) ?? NO_READING
    }
  }

  private updateSource(s: Source, extracted: Claim[], topicsKey: string, qfix: Map<string, string> | undefined, added: Claim[], fixes: Corrections, changes: EngineChanges, memo: EngineMemo | undefined, pending: PendingPlacement[]) {
    const metaKey = meta(s)
    let st = this.states.get(s.id)
    if (!st || st.claims !== extracted || st.source.text !== s.text || st.metaKey !== metaKey) {
      // A new source, new claims or new metadata: every claim is placed afresh.
      st = { source: s, metaKey, claims: extracted, corrected: new Map(), claimKey: new Map(), auto: new Map(), topicsKey: '' }
      this.states.set(s.id, st)
    }
    st.source = s
    const all = [...extracted, ...added]
    const isAdded = new Set(added)
    // What each claim is made of: the extracted claim (the same object while the text is unchanged)
    // or the added figure's content, and the reviewer's quantity correction.
    const keys = all.map((c) => `${isAdded.has(c) ? JSON.stringify(c) : ''}\u0000${qfix?.get(c.id) ?? ''}`)
    const fresh = st.topicsKey !== topicsKey
    const replace: Claim[] = []
    const corrected = new Map<string, Claim>()
    const claimKey = new Map<string, string>()
    for (const [i, c] of all.entries()) {
      const before = st.corrected.get(c.id)
      const next = !fresh && before && st.claimKey.get(c.id) === keys[i] ? before : withQuantity(c, fixes)
      corrected.set(c.id, next)
      claimKey.set(c.id, keys[i])
      if (next !== before || fresh) replace.push(next)
    }
    const gone = [...st.corrected.keys()].filter((id) => !corrected.has(id))
    if (!replace.length && !gone.length && !fresh) return
    // Kept across sessions under the key of all it reads: the claims, the corrections, the topics.
    const claimsKey = memo?.claimsKey(s.id)
    const stored = memo && claimsKey !== undefined ? memo.hash([memo.version, claimsKey, metaKey, this.topicsDigest(memo, topicsKey), ...keys].join('\n')) : undefined
    const kept = fresh && stored ? memo!.getPlacements(stored) : undefined
    if (kept) {
      st.auto = new Map(kept.map((a) => [a.claimId, a]))
    } else {
      if (fresh) st.auto = new Map()
      for (const id of gone) st.auto.delete(id)
      for (const c of replace) st.auto.delete(c.id)
      // Placed with every other source's changed figures at once (below): placement reads the story.
      pending.push({ source: s, state: st, replace, stored })
    }
    st.corrected = corrected
    st.claimKey = claimKey
    st.topicsKey = topicsKey
    changes.placements.add(s.id)
  }
}

const NO_READING: MeasureReading = { concept: null, strength: 0, family: null }

/** FNV-1a, 32 bits, as hex: a digest for keys that only tell "changed" from "unchanged". */
function fnv(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) }
  return (h >>> 0).toString(16)
}

/** A claim with its reviewer's value or kind applied (the same merge as analyze()). */
function withQuantity(c: Claim, fixes: Corrections): Claim {
  const q = own(fixes.claims, c.id)?.quantity
  return q ? { ...c, quantity: { ...c.quantity, ...q } } : c
}

/**
 * analyze() for a whole corpus at once, through the engine: the same result (tested), without
 * comparing every pair of sources, so an archive of 10,000 sources is judged in n log n.
 */
export function analyzeCorpus(sources: Source[], baseTopics: Topic[], options: { corrections?: Corrections; extracted?: Record<string, Claim[]> } & CompareOptions = {}): Analysis {
  const claims = new Map(sources.map((s) => [s.id, own(options.extracted, s.id) ?? extractClaims(s)]))
  const { corrections, extracted: _e, ...compare } = options
  return new AnalysisEngine().update({ sources, baseTopics, corrections: corrections ?? { claims: {}, added: [], topics: [], weights: {} }, claims: (id) => claims.get(id) ?? [], options: compare }).analysis
}
