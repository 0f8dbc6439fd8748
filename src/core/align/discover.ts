import type { CandidateTopic, Claim, Source, Topic } from '../model'
import { independence } from '../compare/independence'
import { claimOrigin } from '../compare/origins'
import { measuresOf } from './measureOf'
import { CONCEPT_BY_ID } from './measures'

// Topics without hand-written cue lists. The figures no topic took are grouped by what they
// measure (the concept their counted noun or clause names: killed, missing, the date a disaster
// struck…), their kind and their unit family, across languages; a group becomes a candidate
// when two or more independent origins state it, ranked by how many origins and outlets it spans.
// Accepting one makes a topic with its measure filled in (topicFromCandidate).

/** `groupOf`: each source's group of independent sources (the engine passes the one it keeps; by default every pair is compared here). */
export function discoverCandidates(claims: Claim[], sources: Source[], groupOf: Map<string, string> = independence(sources).groupOf): CandidateTopic[] {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const groups = new Map<string, { claims: Claim[]; concept: string }>()
  const bySource = new Map<string, Claim[]>()
  for (const c of claims) { const l = bySource.get(c.source); if (l) l.push(c); else bySource.set(c.source, [c]) }
  const readings = new Map<string, ReturnType<typeof measuresOf>>()
  for (const [id, cs] of bySource) { const src = byId.get(id); if (src) readings.set(id, measuresOf(cs, src.text, src.lang)) }
  for (const c of claims) {
    const m = readings.get(c.source)?.get(c.id)
    if (!m?.concept) continue
    const kind = c.quantity.kind === 'daterange' ? 'date' : c.quantity.kind
    const key = `${m.concept.id}|${kind}|${m.family ?? ''}`
    const g = groups.get(key) ?? { claims: [], concept: m.concept.id }
    g.claims.push(c)
    groups.set(key, g)
  }
  const out: (CandidateTopic & { origins: number })[] = []
  for (const [key, g] of groups) {
    const srcs = [...new Set(g.claims.map((c) => c.source))]
    const origins = new Set(g.claims.map((c) => claimOrigin(c, (s) => groupOf.get(s) ?? s).key)).size
    if (srcs.length < 2) continue
    const [, kind, family] = key.split('|')
    const concept = CONCEPT_BY_ID.get(g.concept)!
    out.push({ key, entity: '', concept: g.concept, label: concept.label, kind: kind as CandidateTopic['kind'], unit: family || null, claims: g.claims.map((c) => c.id), sources: srcs, origins })
  }
  return out
    .sort((a, b) => b.origins - a.origins || b.sources.length - a.sources.length || b.claims.length - a.claims.length || a.key.localeCompare(b.key))
    .map(({ origins: _o, ...c }) => c)
}

/** The topic a candidate becomes when a reviewer accepts it: its measure and kind filled in. */
export function topicFromCandidate(c: CandidateTopic, id: string): Topic {
  const concept = c.concept ? CONCEPT_BY_ID.get(c.concept) : undefined
  return {
    id,
    label: concept ? { en: concept.label.en, ar: concept.label.ar } : { en: c.entity, ar: c.entity },
    entity: { name: c.entity, aliases: c.entity ? [c.entity] : [] },
    measure: concept?.label.en ?? c.entity,
    kind: c.kind,
    alsoKinds: c.kind === 'date' ? ['daterange'] : undefined,
    cues: [],
    concept: c.concept,
    fixed: concept?.fixed,
    scope: null,
    time: null,
  }
}
