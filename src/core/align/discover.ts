import type { CandidateTopic, Claim, Source, Topic } from '../model'
import { independence } from '../compare/independence'
import { claimOrigin } from '../compare/origins'
import { measuresOf } from './measureOf'
import { CONCEPT_BY_ID } from './measures'
import { countryOf, peopleNamed, projectedIn } from './facets'
import { countryAliases } from '../entities/countries'

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
  const originsOf = (cs: Claim[]) => new Set(cs.map((c) => claimOrigin(c, (s) => groupOf.get(s) ?? s).key)).size
  for (const [key, g] of groups) {
    const [, kind, family] = key.split('|')
    const concept = CONCEPT_BY_ID.get(g.concept)!
    const base = { concept: g.concept, kind: kind as CandidateTopic['kind'], unit: family || null }
    // A facet stated by two sources or more, beside figures of two sources or more that do not
    // have it, is a topic of its own ("the expected toll" beside the toll, "Pakistani survivors"
    // beside the survivors); otherwise its figures stay with the rest.
    const byFacet = new Map<string, Claim[]>()
    for (const c of g.claims) {
      const f = facetOf(c, byId.get(c.source)?.text ?? '')
      if (f) { const l = byFacet.get(f); if (l) l.push(c); else byFacet.set(f, [c]) }
    }
    let rest = g.claims
    for (const [facet, cs] of byFacet) {
      const own = new Set(cs)
      const others = rest.filter((c) => !own.has(c))
      if (sourcesOf(cs).length < 2 || sourcesOf(others).length < 2) continue
      rest = others
      out.push({ key: `${key}|${facet}`, entity: facet === PROJECTED ? '' : facet, label: facetLabel(concept.label, facet), ...base, claims: cs.map((c) => c.id), sources: sourcesOf(cs), origins: originsOf(cs) })
    }
    const srcs = sourcesOf(rest)
    if (srcs.length < 2) continue
    out.push({ key, entity: '', label: concept.label, ...base, claims: rest.map((c) => c.id), sources: srcs, origins: originsOf(rest) })
  }
  return out
    .sort((a, b) => b.origins - a.origins || b.sources.length - a.sources.length || b.claims.length - a.claims.length || a.key.localeCompare(b.key))
    .map(({ origins: _o, ...c }) => c)
}

const sourcesOf = (cs: Claim[]) => [...new Set(cs.map((c) => c.source))]

const PROJECTED = 'projected'
/** A figure's facet: said as a projection, or the country whose people it counts (its English name). */
function facetOf(c: Claim, text: string): string | null {
  if (projectedIn(text, c.sentence.start, c, c.sentence.end)) return PROJECTED
  if (c.quantity.kind !== 'count') return null
  const people = peopleNamed(c, text)
  return people.length ? countryOf(people[0]) : null
}
function facetLabel(label: { en: string; ar: string }, facet: string): { en: string; ar: string } {
  if (facet === PROJECTED) return { en: `${label.en} (projected)`, ar: `${label.ar} (توقعات)` }
  const names = countryAliases(facet)
  const arabic = names.find((n) => /\p{Script=Arabic}/u.test(n)) ?? facet
  return { en: `${label.en} (${facet})`, ar: `${label.ar} (${arabic})` }
}

/** The topic a candidate becomes when a reviewer accepts it: its measure and kind filled in. */
export function topicFromCandidate(c: CandidateTopic, id: string): Topic {
  const concept = c.concept ? CONCEPT_BY_ID.get(c.concept) : undefined
  return {
    id,
    label: c.label ? { ...c.label } : concept ? { en: concept.label.en, ar: concept.label.ar } : { en: c.entity, ar: c.entity },
    // A people's candidate is named in every language its country has names in.
    entity: { name: c.entity, aliases: c.entity ? countryAliases(c.entity) : [] },
    measure: concept?.label.en ?? c.entity,
    kind: c.kind,
    alsoKinds: c.kind === 'date' ? ['daterange'] : undefined,
    cues: [],
    concept: c.concept,
    fixed: concept?.fixed,
    scope: null,
    time: null,
    projection: c.key.endsWith(`|${PROJECTED}`) || undefined,
  }
}
