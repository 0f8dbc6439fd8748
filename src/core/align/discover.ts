import type { CandidateTopic, Claim, Lang, Source, Span } from '../model'
import { independence } from '../compare/independence'
import { claimOrigin } from '../compare/origins'
import { conceptsIn, measuresOf, type ConceptMention, type MeasureReading } from './measureOf'
import { isDateKind } from '../quantity/parts'
import { CONCEPT_BY_ID } from './measures'
import { DAY_SLACK } from './dateSiblings'
import { countryOf, elsewhereIn, partOf, pastAside, peopleNamed, projectedIn, qualifiersIn } from './facets'
import { countryAliases } from '../entities/countries'
import { durationDays, toInterval } from '../compare/interval'
import { agreement, aroundCommonDay, roughAgreement, corroborated, daySplits, sameValues, scattered, sharedWith, statedWith, valueLabel, valueSplits, type Unread } from './candidateValues'
import { eventName, FACET_QUALIFIERS, SINCE_EVENTS, measureLabel, qualifierName } from './candidateLabels'
import { joinNarrower, mergeDrafts, type Draft } from './candidateMerge'
import { rankRestated } from './candidateRestated'
import { countriesIn, countriesOfKey, countryKey } from './candidateCountries'
import { ownGroup, partGroup, partGroupName } from './candidateParts'
import { isRecord, RECORD } from './candidateRecord'
import { peopleBefore } from './candidatePeople'
import { sideName, sideOf, sidesIn, type SideMention } from './candidateSides'
import { isSinceDate, sinceGroups } from './candidateSince'
import { modelName, modelsOf, modelSplit } from './candidateModels'
import { sameNouns } from './candidateNouns'
import { groupStories } from '../corpus/stories'
import { storyName } from './candidateStoryName'
import { eraLabel, eraSplits } from './candidateEras'
import { saidOn } from './candidateSaid'
import { dayOf, grownWaves, publishedDay, waveOf, wavesOf, type Wave } from './candidateWaves'
import { sayQuantity } from '../quantity/say'
import { listOf } from '../quantity/list'
import { scopeIn, scopePlaces, WHOLE_PLACES, type Whole } from './candidateScopes'
import { clauseFinder, ownStretch, placeNames, placeReader, storyPlaces, type Place, type PlaceMention } from './storyPlaces'

export { topicFromCandidate } from './candidateTopic'
import { ELSEWHERE, PROJECTED } from './candidateTopic'

// Topics without hand-written cue lists. The figures no topic took are grouped by what they
// measure (the concept their counted noun or clause names: killed, missing, the date a disaster
// struck…), their kind and their unit family, across languages; a group becomes a candidate
// when two or more independent origins state it, ranked by how many origins and outlets it spans.
// Accepting one makes a topic with its measure filled in (topicFromCandidate).

/** What a figure says beside its measure, read once per figure. */
interface Read { c: Claim; model?: string; projected: boolean; people: string | null; elsewhere: boolean; side: string | null; places: PlaceMention[]; events: string[]; qualifier: string | null; fate: string | null; part: boolean; days: number[]; wave: Wave | null }

/** `groupOf`: each source's group of independent sources (the engine passes the one it keeps; by default every pair is compared here). */
export function discoverCandidates(claims: Claim[], sources: Source[], groupOf: Map<string, string> = independence(sources).groupOf): CandidateTopic[] {
  return rankedCandidates(claims, sources, groupOf).map(({ origins: _o, rank: _r, ...c }) => c)
}

/** A candidate with what ranks it: its independent origins, and its rank score. */
export type RankedCandidate = CandidateTopic & { origins: number; rank: number }

/**
 * The candidates, best first, with their origins and rank score. Reports of several stories
 * (groupStories, corpus/stories.ts) are read story by story: a candidate holds figures of one story only.
 */
export function rankedCandidates(claims: Claim[], sources: Source[], groupOf: Map<string, string> = independence(sources).groupOf): RankedCandidate[] {
  const stories = groupStories(sources)
  if (stories.length < 2) return storyCandidates(claims, sources, groupOf)
  const story = new Map(stories.flatMap((g) => g.map((id) => [id, g[0]] as const)))
  return stories.map((g) => g[0]).flatMap((id) => {
    const own = sources.filter((s) => story.get(s.id) === id)
    // Named for its story, so "death toll" of one is told from another's.
    const name = storyName(own, sources.filter((s) => story.get(s.id) !== id))
    const named = (l: CandidateTopic['label']) => (l && name ? { en: `${l.en} — ${name.en}`, ar: `${l.ar} — ${name.ar}` } : l)
    return storyCandidates(claims.filter((c) => story.get(c.source) === id), own, groupOf).map((c) => ({ ...c, key: `${id}/${c.key}`, label: named(c.label) }))
  })
    .sort((a, b) => b.rank - a.rank || b.origins - a.origins || b.sources.length - a.sources.length || b.claims.length - a.claims.length || a.key.localeCompare(b.key))
}

function storyCandidates(claims: Claim[], sources: Source[], groupOf: Map<string, string>): RankedCandidate[] {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const groups = new Map<string, { reads: Read[]; concept: string }>()
  const bySource = new Map<string, Claim[]>()
  // A date that says when someone spoke, or an amount restated in another currency, is no figure
  // of a topic of its own (the extraction marks both).
  for (const c of claims) {
    if (c.role || presentYear(c, byId.get(c.source))) continue
    const l = bySource.get(c.source)
    if (l) l.push(c)
    else bySource.set(c.source, [c])
  }
  const places = storyPlaces(sources.filter((s) => bySource.has(s.id)))
  const placesOf = placeReader(places)
  const unread: Unread[] = []
  const read: { r: Read; m: MeasureReading | null; lang: Lang; furniture: boolean }[] = []
  // The whole a figure's words say it is counted in ("nationwide", "dans la capitale"), read as a place below.
  const wholes = new Map<Claim, Whole>()
  for (const [id, cs] of bySource) {
    const src = byId.get(id)
    if (!src) continue
    const readings = measuresOf(cs, src.text, src.lang)
    const ordered = [...cs].sort((a, b) => a.span.start - b.span.start)
    const ofKind = new Map<string, Claim[]>()
    for (const c of ordered) { const l = ofKind.get(c.quantity.kind); if (l) l.push(c); else ofKind.set(c.quantity.kind, [c]) }
    const clauseOf = clauseFinder(src.text)
    const sentenceOf = sentenceReader(src.text, src.lang)
    const sides = new Map<number, SideMention[]>()
    const sidesOf = (c: Claim) => { let l = sides.get(c.sentence.start); if (!l) sides.set(c.sentence.start, (l = sidesIn(src.text, c.sentence))); return l }
    const peopleOf = new Map(ordered.map((c) => {
      const clause = clauseOf(c)
      return [c, !projectedIn(src.text, clause.start, c, clause.end) && c.quantity.kind === 'count' ? peopleNamed(c, src.text).map(countryOf).find((x) => !!x) ?? peopleBefore(c, src.text, clause) : null] as const
    }))
    const listed = listMeasures(ordered, (c) => !!peopleOf.get(c), readings, src.text)
    ordered.forEach((c, i) => {
      // A record ("the worst in two decades") measures how rare the event is, whatever event its
      // clause names: never the event's date or the time since it.
      const m = isRecord(c, src.text, src.lang) ? { concept: RECORD, strength: 3 as const, family: RECORD.family } : listed.get(c) ?? readings.get(c.id)
      const clause = clauseOf(c)
      const projected = projectedIn(src.text, clause.start, c, clause.end)
      const people = peopleOf.get(c) ?? null
      // (A length of time or an amount no word names may still take the reading of the same value
      // in another report, below.)
      if (!m?.concept && !people && c.quantity.kind !== 'duration' && c.quantity.kind !== 'money') { unread.push({ c, lang: src.lang, furniture: pageDate(src.text, c) }); return }
      const stretch = ownStretch(c, clause, ordered, i)
      // (Read between the figures of its kind: a date between a place and a count, "على العاصمة ذلك
      // اليوم 33", does not part them.)
      const kin = ofKind.get(c.quantity.kind)!
      const said = scopeIn(src.text, ownStretch(c, clause, kin, kin.indexOf(c)), c)
      if (said) wholes.set(c, said)
      // The events a count's own words name ("the war has killed tens of thousands", "displaced by
      // the floods"): beside a group's own event, another one makes a topic of its own.
      const sentence = sentenceOf(c.sentence)
      const events = isDateKind(c.quantity.kind) ? [] : eventsOf(c, stretch, sentence.events)
      // (Read past an aside right after the figure, as placement reads it: "60 injured, among them a
      // child, in serious condition", "٦٠ جريحاً، بينهم طفل، في حالة خطيرة".)
      const qualifier = [...qualifiersIn(src.text.slice(stretch.start, pastAside(src.text, stretch.end, c.sentence.end)), true)].find((q) => FACET_QUALIFIERS.has(q)) ?? sentence.qualifier
      // What befell the people a count names by who they are ("ten soldiers killed", "25 soldiers
      // injured" beside "8,000 soldiers deployed"), in its own words.
      // Said as a part of the figure before it ("34 dead, ten of them soldiers", "dont dix
      // militaires", "بينهم عشرة عسكريين"), they share its fate.
      const prev = ordered[i - 1]
      const whole = prev && prev.sentence.start === c.sentence.start ? readings.get(prev.id)?.concept : null
      const partOfWhole = !!prev && partOf(src.text.slice(prev.span.end, c.span.start), src.text.slice(c.span.end, clause.end))
      const named = m?.concept && !FATES.has(m.concept.broader ?? m.concept.id) && m.concept.family === 'people'
      const fate = named ? fateIn(src.text, stretch, c, src.lang) ?? (whole && partOfWhole && FATES.has(whole.broader ?? whole.id) ? (whole.broader ?? whole.id) : null) : null
      // Said as a part of the figure before it, of the same measure ("among them", "dont", "منهم").
      const part = !!m?.concept && whole?.id === m.concept.id && prev.quantity.kind === c.quantity.kind && partOfWhole
      // The days its sentence names, which may say which wave of an event a count belongs to.
      // (Not a day said by a verb of saying, which dates what was said: "on Thursday gave a toll of 104".)
      const days = c.quantity.kind === 'count' ? ordered.filter((x) => x.sentence.start === c.sentence.start && !saidOn(x, src.text)).flatMap((x) => { const d = dayOf(x); return d === null ? [] : [d] }) : []
      read.push({ r: { c, projected, people, elsewhere: elsewhereIn(src.text, stretch), side: sideOf(src.text, c, sidesOf(c)), places: withCountries(placesOf(c, src.text, stretch, src.lang), countriesIn(src.text, stretch, c)), events, qualifier, fate, part, days, wave: null }, m: m ?? null, lang: src.lang, furniture: pageDate(src.text, c) })
    })
  }
  // The country and the capital, said without their names, are the story's (candidateScopes.ts).
  const at = scopePlaces(places, read.map((x) => x.r.places))
  if (wholes.size) {
    for (const { r } of read) {
      const key = wholes.has(r.c) ? at[wholes.get(r.c)!] : null
      if (key && !r.places.some((p) => p.key === key)) r.places = [...r.places, { key, part: false }]
    }
    for (const p of Object.values(WHOLE_PLACES)) if (!places.has(p.key)) places.set(p.key, p)
  }
  // The same count of one people in two reports ("47 Syrians", "47 Syriens") is one figure, however
  // each report's words are read (survivors in one, nothing or troops in another): all take the
  // reading most sure of itself, and when two are as sure, the measure the story states most.
  const stated = new Map<string, number>()
  for (const x of read) if (x.m?.concept) stated.set(x.m.concept.id, (stated.get(x.m.concept.id) ?? 0) + 1)
  const bySame = new Map<string, typeof read>()
  for (const x of read) {
    const q = x.r.c.quantity
    if (!x.r.people || typeof q.lo !== 'number' || q.lo !== q.hi) continue
    const k = `${x.r.people}|${q.lo}`
    const l = bySame.get(k)
    if (l) l.push(x)
    else bySame.set(k, [x])
  }
  // So is the same length of a month or more in two reports ("six years", "six ans", "ست سنوات":
  // how long the cargo was stored, read as storage in one and beside the blast in another); shorter
  // ones coincide too often ("three days" of mourning, "three days" after the quake).
  for (const x of read) {
    const q = x.r.c.quantity
    if (q.kind !== 'duration' || q.qualifier === 'vague' || typeof q.lo !== 'number' || q.lo !== q.hi) continue
    const d = durationDays(q)
    if (!d || d.lo < MONTH_DAYS) continue
    const k = `~${d.lo}`
    const l = bySame.get(k)
    if (l) l.push(x)
    else bySame.set(k, [x])
  }
  // So is one amount in one currency ("80,000 dirhams", "80 ألف درهم": aid per home read as aid in
  // one report and as reconstruction in another; "about $5.5 billion" and "5,52 milliards de
  // dollars", its two first digits): a sum two reports give is seldom chance.
  for (const x of read) {
    const q = x.r.c.quantity
    if (q.kind !== 'money' || q.qualifier === 'vague' || !q.unit || typeof q.lo !== 'number' || q.lo !== q.hi || q.lo <= 0) continue
    const k = `$${q.unit}|${Number(q.lo.toPrecision(2))}`
    const l = bySame.get(k)
    if (l) l.push(x)
    else bySame.set(k, [x])
  }
  for (const xs of bySame.values()) {
    if (new Set(xs.map((x) => x.r.c.source)).size < 2) continue
    const best = xs.filter((x) => x.m?.concept).sort((a, b) => b.m!.strength - a.m!.strength || (stated.get(b.m!.concept!.id) ?? 0) - (stated.get(a.m!.concept!.id) ?? 0))[0]
    if (best) for (const x of xs) x.m = best.m
  }
  for (const { r, m, lang, furniture } of read) {
    if (!m?.concept) { unread.push({ c: r.c, lang, furniture }); continue }
    const kind = r.c.quantity.kind === 'daterange' ? 'date' : r.c.quantity.kind
    const key = `${m.concept.id}|${kind}|${m.family ?? ''}`
    const g = groups.get(key) ?? { reads: [], concept: m.concept.id }
    g.reads.push(r)
    groups.set(key, g)
  }
  // A measure only one report reads makes no candidate of its own; its figures may still state a
  // value another report gives under another reading or none ("three hours late" read as a closure
  // beside "trois heures de retard" read as nothing; "cinq jours" read beside a coup, "five days"
  // as nothing): they join the figures whose measure is not read, grouped by value or noun.
  const readOf = new Map(read.map((x) => [x.r.c, x] as const))
  for (const [key, g] of groups) {
    if (new Set(g.reads.map((r) => r.c.source)).size >= 2) continue
    groups.delete(key)
    for (const r of g.reads) { const x = readOf.get(r.c)!; unread.push({ c: r.c, lang: x.lang, furniture: x.furniture }) }
  }
  const drafts: (Draft & { entity: string; label: { en: string; ar: string }; cues?: string[] })[] = []
  // A figure's origin is read once (a figure is counted by its candidate's origins and agreement).
  const origins = new Map<Claim, string>()
  const originOf = (c: Claim) => { let o = origins.get(c); if (o === undefined) { o = claimOrigin(c, (s) => groupOf.get(s) ?? s).key; origins.set(c, o) } return o }
  const originsOf = (cs: Claim[]) => new Set(cs.map(originOf)).size
  // Ranked by the independent origins a candidate spans, counting again those whose figure another
  // origin's matches and adding the share of its figures that do (agreement is the surest sign
  // that reports speak of one thing), and by the languages it is reported in.
  const languagesOf = (cs: Claim[]) => new Set(cs.map((c) => byId.get(c.source)?.lang)).size
  const rankOf = (cs: Claim[]) => {
    // (Agreement between two reports: one report quoting two authorities who give one value is one
    // report's word, as in `corroborated`.)
    const agreed = agreement(cs, originOf, (c) => c.source)
    // Origins count no more than the independent reports a candidate spans: one report quoting
    // four authorities is one report a reader compares, not four.
    const reports = new Set(cs.map((c) => groupOf.get(c.source) ?? c.source)).size
    // Origins that give one rough size ("tens of thousands" in three reports) agree too, at half.
    const rough = [...roughAgreement(cs, originOf)].filter((o) => !agreed.of.has(o)).length / 2
    // Independent reports that give one value on one authority's word (three outlets quoting the
    // WHO's "more than 460") agree on what is counted, if not on who counted it: at half too.
    const relayed = Math.max(0, agreement(cs, (c) => groupOf.get(c.source) ?? c.source).origins - agreed.origins) / 2
    const r = Math.min(originsOf(cs), reports) + Math.min(agreed.origins + rough + relayed, reports) + agreed.share + (languagesOf(cs) - 1) / 2
    // Values an order of magnitude apart that no two reports of two origins share are most likely
    // several things counted (a local count, another event's, a share of the whole): such a
    // candidate ranks at half.
    return !corroborated(cs, originOf) && scattered(cs) ? r / 2 : r
  }
  // The story's own event: the one the most origins date (the town's fall, not the war it belongs
  // to). A count that names it stays with its group; one of another event is set apart.
  let storyEvent: string | null = null
  let most = 0
  for (const [key, g] of groups) {
    const c = CONCEPT_BY_ID.get(g.concept)
    if (!key.endsWith('|date|date') || !c?.event || c.latest || c.instant) continue
    const n = originsOf(g.reads.map((r) => r.c))
    if (n > most) { most = n; storyEvent = g.concept }
  }
  for (const g of groups.values()) g.reads = g.reads.filter((r) => !lone(r, g.reads))
  // Waves of the story's event: a count that says which wave it reports is a facet of that wave.
  const eventDates = [...groups].filter(([key, g]) => { const c = CONCEPT_BY_ID.get(g.concept); return key.endsWith('|date|date') && !!c?.event && !c.latest && !c.instant }).map(([, g]) => g.reads.map((r) => r.c))
  const waves = wavesOf(eventDates, originOf, (c) => publishedDay(byId.get(c.source)?.published))
  if (waves.length) {
    for (const g of groups.values()) {
      for (const r of g.reads) if (r.c.quantity.kind === 'count') r.wave = waveOf(waves, r.days, publishedDay(byId.get(r.c.source)?.published))
      // A count given again (a headline, another report: "plus de 450" beside "ما يزيد على ٤٥٠ on
      // Wednesday") is the same count: of the wave its own report gives it, else of the one wave
      // every report that dates it gives.
      for (const r of g.reads) {
        if (r.wave || r.c.quantity.kind !== 'count') continue
        const same = g.reads.filter((x) => x.wave && x.c.quantity.lo === r.c.quantity.lo && x.c.quantity.hi === r.c.quantity.hi)
        const own = same.find((x) => x.c.source === r.c.source)
        r.wave = own?.wave ?? (same.length && same.every((x) => x.wave === same[0].wave) ? same[0].wave : null)
      }
    }
  }
  for (const [key, g] of groups) {
    const [, kind, family] = key.split('|')
    const concept = conceptOf(g.concept)!
    const named = measureLabel(concept, kind)
    const base = { concept: g.concept, kind: kind as CandidateTopic['kind'], unit: family || null }
    // A part whose values are two decisions or two things measured is split by value; figures of a
    // value only one source gives are then left for a reviewer to place.
    const push = (k: string, entity: string, label: { en: string; ar: string }, all: Claim[]) => {
      // Dates years apart are two events of one kind (this vote and the last one): the era most
      // origins give keeps the measure's name, each other is named by its date (candidateEras.ts).
      const eras = kind === 'date' ? eraSplits(all, originOf) : []
      if (eras.length) {
        eras.forEach((era, i) => (i ? pushDay(`${k}|~${valueKey(era)}`, entity, eraLabel(label, era), era) : pushDay(k, entity, label, era)))
        return
      }
      pushDay(k, entity, label, all)
    }
    const pushDay = (k: string, entity: string, label: { en: string; ar: string }, all: Claim[]) => {
      // (Never down to one report's dates: the day two of its speakers give is no agreement.)
      const around = kind === 'date' ? aroundCommonDay(all, originOf) : all
      const cs = sourcesOf(around).length >= 2 ? around : all
      // Two days that two reports of two origins each give are two events of one kind (two waves
      // of blasts, a quake and its strongest aftershock): a candidate each.
      const splits = kind === 'date' ? daySplits(cs, originOf) : valueSplits(cs, concept)
      const parts = splits.length ? splits.map((v) => ({ k: `${k}|=${valueKey(v)}`, label: valueLabel(label, v), cs: v })) : [{ k, label, cs }]
      for (const p of parts) drafts.push({ key: p.k, entity, label: p.label, ...base, cs: p.cs })
    }
    // A facet stated by two sources or more, beside figures of two sources or more that do not
    // have it, is a topic of its own ("the expected toll" beside the toll, "Pakistani survivors"
    // beside the survivors, "deaths in Taroudant" beside the national toll); otherwise its figures
    // stay with the rest. The place most figures name is the group's own (the story's town): it
    // names the rest rather than splitting from it.
    // (A place only a minority of the figures name is a part of the measure, not its own place:
    // "17 in Tarvos" beside a national toll of 31 that names no place.)
    const most = mostNamed(g.reads, (r) => r.places.map((p) => p.key))
    const dominant = most && g.reads.filter((r) => r.places.some((p) => p.key === most)).length * 2 > g.reads.length ? most : null
    const event = storyEvent ?? mostNamed(g.reads, (r) => r.events)
    // A side most figures name is the group's own (a story told from one side): it sets none apart.
    const side = mostNamed(g.reads, (r) => (r.side ? [r.side] : []))
    const ownSide = side && g.reads.filter((r) => r.side === side).length * 2 > g.reads.length ? side : null
    const breakdown = new Set(g.reads.flatMap((r) => r.places.filter((p) => p.part).map((p) => p.key))).size >= 2
    // Counts of things by the model they name ("8 Kestrel drones" beside "three Harrow drones").
    const models = new Map<string, { en: string; ar: string }>()
    if (kind === 'count' && THINGS.has(family)) {
      const figures = g.reads.map((r) => { const s = byId.get(r.c.source); return { r, c: r.c, models: s ? modelsOf(r.c, s.text, s.lang) : [] } })
      const split = modelSplit(figures)
      for (const f of figures) {
        f.r.model = split.get(f.c)
        if (f.r.model && !models.has(f.r.model)) models.set(f.r.model, modelName(f.r.model, figures))
      }
    }
    // A count of one group of people said by itself ("at least 35 children were killed" beside a
    // toll of 104) is that group's count, as a part said with its total is ("104 dead, 35 of them
    // children"): when two reports count the group and two others count the measure without it, it
    // leaves the measure for the group's candidate.
    if (kind === 'count' && concept.family === 'people') groupsApart(g.reads, byId, originOf)
    const byFacet = new Map<string, Read[]>()
    const plain: Claim[] = []
    for (const r of g.reads) {
      const f = facetOf(r, dominant, breakdown, event, ownSide)
      if (f) { const l = byFacet.get(f); if (l) l.push(r); else byFacet.set(f, [r]) } else plain.push(r.c)
    }
    // The single countries two reports or more count figures in.
    const countries = [...byFacet].filter(([f, rs]) => f.startsWith('@=') && !f.includes('+') && new Set(rs.map((r) => r.c.source)).size >= 2).length
    // A country and its capital each counted in two reports or more are two wholes, the one within
    // the other ("43 nationwide", "33 in the capital"): neither is the other's toll said again, and
    // the rest's figures near theirs are no witness of that (the very numbers must be stated).
    const leveled = [at.country, at.capital].every((k) => { const rs = byFacet.get(`@${k}`); return !!rs && new Set(rs.map((r) => r.c.source)).size >= 2 })
    // (Waves whose counts restate another wave's are one toll that grew: they set nothing apart. A
    // count of places or things is a state on each day, "fires in 16 provinces", then in 11.)
    const grown = concept.family !== 'people' ? new Set<string>() : grownWaves([...byFacet].filter(([f]) => f.startsWith(WAVE)).map(([f, rs]) => [f, rs.map((r) => r.c)] as const), originOf)
    // Figures left in the rest, by source: a facet splits when the rest keeps two sources without it.
    const left = new Map<string, number>()
    for (const r of g.reads) left.set(r.c.source, (left.get(r.c.source) ?? 0) + 1)
    const split = new Set<Read>()
    for (const [facet, rs] of byFacet) {
      const own = new Map<string, number>()
      for (const r of rs) own.set(r.c.source, (own.get(r.c.source) ?? 0) + 1)
      if (own.size < 2) continue
      let others = 0
      for (const [src, n] of left) if (n > (own.get(src) ?? 0) && ++others >= 2) break
      if (others < 2) continue
      // A qualifier beside figures that agree with the rest's, or orders of magnitude whose ranges
      // hold the rest's counts ("thousands" missing beside "10,100"), set nothing apart. Rough
      // figures that several origins give, beside counts no two reports agree on ("hundreds"
      // missing beside 5, 44 and 209 from three reports), are the estimate the story states.
      const rest = g.reads.filter((r) => !rs.includes(r)).map((r) => r.c)
      if ((facet.startsWith('+') || (facet === VAGUE && corroborated(rest, originOf))) && sharedWith(rs.map((r) => r.c), rest, originOf) >= 0.5) continue
      if (grown.has(facet)) continue
      // A place whose figures mostly agree with those that name no place is the measure's own
      // place said again ("11,300 dead in Derna" beside "11,300 dead"), not a part of it; the other
      // parts ("980 in Taroudant" beside "191 in Chichaoua") are no witness of that. A part named as
      // one of several provinces or districts must state the very numbers the others state.
      // So must a country's when the figures count two countries or more apart, each in two reports:
      // the rest of a story of two countries states numbers near theirs by chance (810 dead in Syria
      // beside 733 in its rebel-held north).
      if (facet.startsWith('@') && ((breakdown && rs.some((r) => r.places.some((p) => p.part && `@${p.key}` === facet))) || (facet.startsWith('@=') && countries >= 2) || (leveled && (facet === `@${at.country}` || facet === `@${at.capital}`)) ? statedWith : sharedWith)(rs.map((r) => r.c), plain, originOf) >= 0.5) continue
      for (const [src, n] of own) left.set(src, left.get(src)! - n)
      for (const r of rs) split.add(r)
      const { entity, label } = facetName(named, facet, places, dominant, waves, models)
      push(`${key}|${facet}`, entity, label, rs.map((r) => r.c))
    }
    // A part of a figure of the same measure ("12 dead, among them two children") is not the
    // measure's total: the rest leaves it (placement still weighs it once a topic is accepted).
    const kept = (split.size ? g.reads.filter((r) => !split.has(r)) : g.reads).filter((r) => !r.part)
    // An order of magnitude left alone ("several", "des dizaines") whose range holds none of the
    // counts beside it says nothing of them: it leaves the candidate rather than blur it.
    const precise = kept.filter((r) => r.c.quantity.qualifier !== 'vague').map((r) => r.c)
    const rest = sourcesOf(precise).length >= 2 ? kept.filter((r) => r.c.quantity.qualifier !== 'vague' || sharedWith([r.c], precise, originOf) > 0) : kept
    // A part two reports of two origins give with one value ("among them two children", "dont
    // deux enfants", "بينهم طفلان") is a figure a reader names: a candidate of its own.
    // A part that names who its people are ("of them children", "dont sept enfants", "بينهم ثلاثة
    // أطفال") is one figure across reports whatever number each gives: reports disagree on it.
    const parts = new Map<string, Claim[]>()
    for (const r of g.reads) {
      const v = r.c.quantity.lo
      if (!r.part || split.has(r) || typeof v !== 'number' || r.c.quantity.qualifier === 'vague') continue
      const who = partGroup(r.c, byId.get(r.c.source)?.text ?? '')
      const k = who ?? `=${v}`
      const l = parts.get(k)
      if (l) l.push(r.c)
      else parts.set(k, [r.c])
    }
    for (const [k, cs] of parts) {
      if (sourcesOf(cs).length < 2 || originsOf(cs) < 2) continue
      const label = k.startsWith('=') ? partLabel(named, cs, (c) => byId.get(c.source)?.lang) : groupLabel(named, partGroupName(k))
      drafts.push({ key: `${key}|part|${k}`, entity: '', label, ...base, cs })
    }
    if (sourcesOf(rest.map((r) => r.c)).length < 2) continue
    // Named for its place when most of its figures name it, in two reports or more: a national toll
    // whose figures name no place is not "the toll in" the town a few of them name.
    const inPlace = rest.filter((r) => r.places.some((p) => p.key === dominant))
    // Named for its wave when every figure left is of one (the other waves split from it).
    const wave = rest[0]?.wave && rest.every((r) => r.wave === rest[0].wave) ? rest[0].wave : null
    // Named for its model when most figures left name one, in two sources or more, and none another.
    const named1 = rest.filter((r) => r.model)
    const model = named1.length * 2 > rest.length && sourcesOf(named1.map((r) => r.c)).length >= 2 && named1.every((r) => r.model === named1[0].model) ? named1[0].model : undefined
    const own = model ? facetName(named, `${MODEL}${model}`, places, null, undefined, models)
      : wave ? facetName(named, `${WAVE}${wave.day}`, places, null, waves)
      : dominant && sourcesOf(inPlace.map((r) => r.c)).length >= 2 && inPlace.length * 2 > rest.length ? facetName(named, `@${dominant}`, places, null) : null
    push(key, own?.entity ?? '', own?.label ?? named, rest.map((r) => r.c))
  }
  // One value that origins share, with no measure named: their agreement is what made the group,
  // so it earns no more; such a candidate ranks by its origins and languages, and a day at half
  // that (nothing says what it dates: a statement's day as often as an event's).
  // A day two origins state with no event named joins the candidate of an event dated that day
  // ("Tuesday" beside "the explosion on Tuesday 4 August"), else is a candidate of its own.
  const days = sameValues(unread, originOf)
  const sinceOf = (c: Claim) => isSinceDate(c, byId.get(c.source)?.text ?? '')
  const joinDays = (starts: boolean) => {
    for (const v of days) {
      // (Starts of what still lasts, "since Thursday" in two reports, are gathered below first: the
      // event dated that day is another thing begun on it, unless nothing else gathers them.)
      if (v.kind !== 'date' || !v.claims.length || (starts && !v.claims.every(sinceOf))) continue
      const first = v.claims.find((c) => typeof c.quantity.lo === 'string')
      const day = first?.quantity.lo
      // (Not an event whose reports, most of them, date it to another day: "Sunday", when the
      // results came, beside a vote held on Saturday that one report says was counted on Sunday.)
      const event = drafts.find((d) => d.kind === 'date' && !(d.concept && CONCEPT_BY_ID.get(d.concept)?.instant) && d.cs.some((c) => c.quantity.precision === 'day' && c.quantity.lo === day) && !otherDay(d.cs, first))
      // (A start joins at once the event its candidate dates that day, most of its reports agreeing.)
      if (!starts && v.claims.every(sinceOf) && event && !onItsDay(event.cs, v.claims)) continue
      if (event) { event.cs = [...event.cs, ...v.claims]; v.claims = [] }
    }
  }
  // Whether the day most origins give among a candidate's dates is another than this date's.
  const otherDay = (cs: Claim[], date: Claim | undefined) => { const d = date ? dayOf(date) : null; const m = d === null ? null : modeDay(cs, originOf); return m !== null && m !== d }
  // Whether the day most origins give among a candidate's dates (starts aside) meets the day of these starts.
  const onItsDay = (cs: Claim[], starts: Claim[]) => {
    const day = modeDay(cs.filter((c) => !sinceOf(c)), originOf)
    return day !== null && starts.some((c) => { const d = dayOf(c); return d !== null && Math.abs(d - day) <= DAY_SLACK })
  }
  joinDays(false)
  // A length of time since an event ("two days after the flood", "48 heures après le séisme")
  // says again which day the event was: with one candidate that dates the event, it is one of its figures.
  for (const d of drafts) {
    if (d.kind !== 'duration' || !d.concept || !SINCE_EVENTS.has(d.concept) || d.key !== `${d.concept}|duration|time`) continue
    const dates = drafts.filter((x) => x.kind === 'date' && x.concept === d.concept && x.key.startsWith(`${d.concept}|date|date`))
    // (A length under a day, "15 minutes apart", "20 minutes after the first blast", times how the
    // event unfolded within its day: what lasted is a measure of its own.)
    if (d.cs.some((c) => (durationDays(c.quantity)?.hi ?? Infinity) < 1)) continue
    if (dates.length === 1) { dates[0].cs = [...dates[0].cs, ...d.cs]; d.cs = [] }
  }
  // A date of another event that falls on the day of the story's own event, give or take a night
  // ("the day the disaster struck" beside the blast, "announced on Wednesday 14 June" beside the
  // shipwreck that day), most often dates that event again in other words: it joins its candidate.
  const mains = drafts.filter((d) => d.kind === 'date' && d.concept === storyEvent && d.cs.length)
  const mainDays = mains.map((d) => modeDay(d.cs, originOf))
  for (const d of drafts) {
    // (Not what follows it, however soon: the arrests or the funerals of the next day.)
    if (d.kind !== 'date' || !d.concept || d.concept === storyEvent || !d.cs.length || CONCEPT_BY_ID.get(d.concept)?.follows) continue
    const day = modeDay(d.cs, originOf)
    const i = day === null ? -1 : mainDays.findIndex((m) => m !== null && Math.abs(m - day) <= DAY_SLACK)
    if (i >= 0) { mains[i].cs = [...mains[i].cs, ...d.cs]; d.cs = [] }
  }
  // Starts of what still lasts ("since Thursday", "depuis la mi-juin", "منذ الأربعاء") that no
  // candidate kept (their words name no measure, or a group left them as another day than its
  // event's), gathered by their day (candidateSince.ts), unless they meet the day of the story's
  // own event ("the toll since Friday's quake"). A since-date a candidate holds stays its figure.
  const eventDays = mains.map((d) => modeDay(d.cs.filter((c) => !sinceOf(c)), originOf)).filter((d): d is number => d !== null)
  const pool = [...new Set([...read.filter((x) => !x.furniture).map((x) => x.r.c), ...unread.filter((u) => !u.furniture).map((u) => u.c)])].filter(sinceOf)
  const readAs = new Map(read.map((x) => [x.r.c, x.m?.concept?.id] as const))
  for (const g of sinceGroups(pool, originOf)) {
    const own = new Set(g)
    const first = g.map(dayOf).filter((d): d is number => d !== null)
    if (first.some((d) => eventDays.some((e) => Math.abs(e - d) <= DAY_SLACK))) continue
    // Starts one candidate holds together are its figures; a start other reports give too, in no
    // candidate or another, takes those a candidate holds with it.
    if (drafts.some((d) => g.every((c) => d.cs.includes(c)))) continue
    // So are starts on the day a candidate that holds some of them dates ("since 15 April" beside
    // "the war broke out on 15 April"): they say again when its event began.
    if (drafts.some((d) => d.cs.some((c) => own.has(c)) && onItsDay(d.cs, g))) continue
    for (const d of drafts) if (d.cs.some((c) => own.has(c))) d.cs = d.cs.filter((c) => !own.has(c))
    // (Its measure: the one most of its figures were read as, the state that lasts.)
    const n = new Map<string, number>()
    for (const c of g) { const id = readAs.get(c); if (id) n.set(id, (n.get(id) ?? 0) + 1) }
    const concept = [...n].sort((x, y) => y[1] - x[1])[0]?.[0]
    for (const v of days) v.claims = v.claims.filter((c) => !own.has(c))
    const q = [...g].sort((a, b) => (dayWidth(a) - dayWidth(b)))[0].quantity
    drafts.push({ key: `since|date|date|=${valueKey(g)}`, entity: '', label: { en: `since ${sayQuantity(q, 'en')}`, ar: `منذ ${sayQuantity(q, 'ar')}` }, concept, kind: 'date', unit: 'date', cs: g })
  }
  joinDays(true)
  const merged = mergeDrafts(joinNarrower(drafts.filter((d) => d.cs.length), (id) => CONCEPT_BY_ID.get(id)?.broader), originOf).map((d) => ({ ...d, rank: rankOf(d.cs) }))
  // A measure's counts set apart by when they were given or which event they name (a wave, "the
  // war") may restate its whole, and the whole theirs. (A part's figures are said beside its
  // whole's, and the whole's candidate often holds some of them: "26 foreigners" among the dead,
  // a province's toll, the toll outside the town are no restated toll.)
  rankRestated(merged.filter((d) => { const facet = d.key.split('|')[3]; return !facet || facet.startsWith(WAVE) || facet.startsWith('!') }), rankOf)
  const out: RankedCandidate[] = merged.map(({ cs, ...d }) => ({ ...d, claims: cs.map((c) => c.id), sources: sourcesOf(cs), origins: originsOf(cs) }))
  // A length of time since an event ("two days after the flood") says again when the event was,
  // which its date's candidate already proposes: it ranks at half the lower of the two, after it.
  for (const d of out) {
    if (d.kind !== 'duration' || !d.concept || !SINCE_EVENTS.has(d.concept) || d.key !== `${d.concept}|duration|time`) continue
    const date = out.find((x) => x.key === `${d.concept}|date|date`)
    // With no date of that event, it counts from an event the reports do not date ("huit heures",
    // "21 mois" read beside a generic "prise"): as weak a sign of a topic, it ranks at half too.
    d.rank = (date ? Math.min(d.rank, date.rank) : d.rank) / 2
  }
  // A day no word names that more origins give than any event's date, three or more, in the week
  // before each report that gives it was published, is most likely the story's own day (a
  // referendum, a dam's breach the lexicon has no word for): it ranks as a shared value, not at a
  // quarter. (A day weeks before the reports, or after them, dates something else: a visit, a plan.)
  // (Nor is the day after an event's date: the day after a fire, when reports tell of the
  // funerals and the arrests, is no second story. The day before one may be: a referendum read the
  // day before its results.)
  const dated = merged.filter((d) => d.kind === 'date' && !!d.concept && !!CONCEPT_BY_ID.get(d.concept)?.event && d.cs.length)
  const datedBy = Math.max(0, ...dated.map((d) => originsOf(d.cs)))
  const datedDays = dated.flatMap((d) => d.cs.flatMap((c) => { const x = dayOf(c); return x === null ? [] : [x] }))
  const recent = (cs: Claim[]) => cs.every((c) => { const d = dayOf(c); const p = publishedDay(byId.get(c.source)?.published); return d !== null && p !== null && d <= p + DAY_SLACK && p - d <= WEEK_DAYS && !datedDays.some((e) => d > e && d - e <= DAY_SLACK) })
  const storyDays = days.filter((v) => v.kind === 'date' && v.claims.length && originsOf(v.claims) >= Math.max(STORY_DAY_ORIGINS, datedBy + 1) && recent(v.claims))
  const ownDay = storyDays.length === 1 ? storyDays[0] : null
  for (const v of days) {
    if (!v.claims.length) continue
    const origins = originsOf(v.claims)
    out.push({ key: v.key, entity: '', label: v.label, kind: v.kind, unit: v.unit, claims: v.claims.map((c) => c.id), sources: sourcesOf(v.claims), origins, rank: (origins + (languagesOf(v.claims) - 1) / 2) / (v.kind === 'date' && v !== ownDay ? 4 : 1), cues: v.cues })
  }
  // Counts no word measures, of one thing named by the same noun in two reports ("60 lits", "70
  // lits"), whatever numbers they give: nothing but a noun ties them, so they rank at half a shared value.
  const held = new Set(out.flatMap((d) => d.claims))
  for (const v of sameNouns(unread.filter((u) => !u.furniture), originOf, (c) => held.has(c.id))) {
    const origins = originsOf(v.claims)
    out.push({ key: v.key, entity: '', label: v.label, kind: 'count', unit: null, claims: v.claims.map((c) => c.id), sources: sourcesOf(v.claims), origins, rank: (origins + (languagesOf(v.claims) - 1) / 2) / 2, cues: v.cues })
  }
  // A candidate compares reports: one a single report states (a date two of its speakers give, a
  // day left after the others joined their event) is no candidate, however many origins it quotes.
  return out
    .filter((c) => c.sources.length >= 2)
    .sort((a, b) => b.rank - a.rank || b.origins - a.origins || b.sources.length - a.sources.length || b.claims.length - a.claims.length || a.key.localeCompare(b.key))
}

/**
 * Counts of one group of people said by themselves ("35 children killed") become parts of their
 * measure (`part`), with the parts that name the group ("dont sept enfants"), when two sources or
 * more of two origins count the group and two or more count the measure without naming any group.
 */
function groupsApart(reads: Read[], byId: Map<string, Source>, originOf: (c: Claim) => string): void {
  const own = new Map<Read, string>()
  for (const r of reads) { const w = r.part ? null : ownGroup(r.c); if (w) own.set(r, w) }
  if (!own.size) return
  const rest = new Set(reads.filter((r) => !r.part && !own.has(r)).map((r) => r.c.source))
  if (rest.size < 2) return
  for (const w of new Set(own.values())) {
    const stating = reads.filter((r) => own.get(r) === w || (r.part && partGroup(r.c, byId.get(r.c.source)?.text ?? '') === w))
    // (Of two origins, as a part's candidate must be: one agency's count relayed stays with the toll.)
    if (new Set(stating.map((r) => r.c.source)).size < 2 || new Set(stating.map((r) => originOf(r.c))).size < 2) continue
    for (const r of stating) r.part = true
  }
}

/** A part's candidate named by its value and counted noun ("death toll: among them 2 children" / "حصيلة القتلى: منهم 2 (أطفال)"). */
function partLabel(label: { en: string; ar: string }, cs: Claim[], langOf: (c: Claim) => Lang | undefined): { en: string; ar: string } {
  const noun = (lang: Lang) => cs.find((c) => langOf(c) === lang && c.counted)?.counted?.split(/\s+/).slice(0, 3).join(' ')
  const q = cs[0].quantity
  const en = noun('en') ?? noun('fr')
  const ar = noun('ar')
  return {
    en: `${label.en}: among them ${sayQuantity(q, 'en')}${en ? ` ${en}` : ''}`,
    ar: `${label.ar}: منهم ${sayQuantity(q, 'ar')}${ar ? ` (${ar})` : ''}`,
  }
}


// Items of a list: the next count follows the last one's noun after a comma or "and" ("four
// Chinese, four Russians", "quatre Chinois et trois Russes", "4 من الصين، و3 من روسيا").
const LIST_GAP = 40
const LIST_SEPARATOR = /(?:[,،;]|(?<![\p{L}\p{N}])(?:and|et)(?![\p{L}\p{N}])|(?:^|\s)و)\s*$/u
function inList(prev: Claim, c: Claim, text: string): boolean {
  if (prev.sentence.start !== c.sentence.start || c.span.start - prev.span.end > LIST_GAP) return false
  return LIST_SEPARATOR.test(text.slice(prev.span.end, c.span.start))
}

/**
 * A list of peoples counts one measure throughout ("the dead include five Iranians, four Chinese
 * and four Russians", "4 من الصين، و3 من روسيا، و2 من إيران"), though its measure's word stands
 * near only one of its items: each item whose own words name no measure of people takes the one
 * its list's items name most, else the one of the count the list breaks down. `ordered`: a report's figures in text order; `named`: whether a
 * figure counts the people of a country.
 */
export function listMeasures(ordered: Claim[], named: (c: Claim) => boolean, readings: Map<string, MeasureReading>, text: string): Map<Claim, MeasureReading> {
  const out = new Map<Claim, MeasureReading>()
  const lists: Claim[][] = []
  for (let i = 0; i < ordered.length; i++) {
    const c = ordered[i]
    if (!named(c)) continue
    const last = lists[lists.length - 1]
    const prev = last?.[last.length - 1]
    if (prev && ordered[i - 1] === prev && inList(prev, c, text)) last.push(c)
    else lists.push([c])
  }
  for (const list of lists) {
    if (list.length < 2) continue
    const people = list.flatMap((c) => { const m = readings.get(c.id); return m?.concept?.family === 'people' ? [m] : [] })
    const n = new Map<string, number>()
    for (const m of people) n.set(m.concept!.id, (n.get(m.concept!.id) ?? 0) + 1)
    // With none, the list breaks down the count of people its sentence gives before it ("the 11
    // foreigners killed came from four countries: six from Kenya, four from Uganda…").
    const before = ordered.slice(0, ordered.indexOf(list[0])).reverse().find((c) => c.sentence.start === list[0].sentence.start && readings.get(c.id)?.concept?.family !== 'places')
    const whole = before && readings.get(before.id)?.concept?.family === 'people' ? readings.get(before.id) : undefined
    const best = people.sort((a, b) => n.get(b.concept!.id)! - n.get(a.concept!.id)!)[0] ?? whole
    if (!best) continue
    for (const c of list) if (readings.get(c.id)?.concept?.family !== 'people') out.set(c, best)
  }
  return out
}

/** The day most independent origins give among these dates, when two origins or more give it and no other day as many; else null. */
function modeDay(cs: Claim[], originOf: (c: Claim) => string): number | null {
  const by = new Map<number, Set<string>>()
  for (const c of cs) {
    const d = dayOf(c)
    if (d === null) continue
    const s = by.get(d) ?? new Set<string>()
    s.add(originOf(c))
    by.set(d, s)
  }
  const ranked = [...by].sort((a, b) => b[1].size - a[1].size)
  return ranked.length && ranked[0][1].size >= 2 && ranked[1]?.[1].size !== ranked[0][1].size ? ranked[0][0] : null
}

// How many days a date spans ("18 July" one, "mid-June" eleven).
const dayWidth = (c: Claim) => { const iv = toInterval(c.quantity); return iv ? iv.hi - iv.lo : Infinity }

/** A part's candidate named by its group ("death toll: among them children" / "حصيلة القتلى: منهم أطفال"). */
const groupLabel = (label: { en: string; ar: string }, who: { en: string; ar: string }) => ({ en: `${label.en}: among them ${who.en}`, ar: `${label.ar}: منهم ${who.ar}` })

// The lexicon's concepts, and the record's, which no counted noun names.
const conceptOf = (id: string) => (id === RECORD.id ? RECORD : CONCEPT_BY_ID.get(id))
const sourcesOf = (cs: Claim[]) => [...new Set(cs.map((c) => c.source))]
// A value split's key: its figures' lowest value (a date's first day), stable across runs.
const valueKey = (cs: Claim[]) => {
  const days = cs.flatMap((c) => (typeof c.quantity.lo === 'string' ? [c.quantity.lo] : [])).sort()
  return days.length ? days[0] : Math.min(...cs.map((c) => (typeof c.quantity.lo === 'number' ? c.quantity.lo : Infinity)))
}

// "One" opens a phrase ("One family friend said", "L'un des blessés", "أحد الناجين") more often
// than it states a count: it is a figure of a group only when another report gives it too (a blast
// that killed one person).
const single = (c: Claim) => c.quantity.kind === 'count' && !c.quantity.unit && c.quantity.lo === 1 && c.quantity.hi === 1
const lone = (r: Read, reads: Read[]) => single(r.c) && !reads.some((x) => x.c.source !== r.c.source && single(x.c))

// "This year", "cette année", "هذا العام": the report's own year, said in words, dates its present
// rather than an event (the pilgrimage "this year" beside the days of its rites).
const presentYear = (c: Claim, s: Source | undefined) => c.quantity.kind !== 'count' && isDateKind(c.quantity.kind) && c.quantity.precision === 'year' && !/[\p{N}]/u.test(c.text)
  && !!s?.published && c.quantity.lo === `${s.published.slice(0, 4)}-01-01`

const MONTH_DAYS = 28
// The origins a day no word names must have to be read as the story's own.
const STORY_DAY_ORIGINS = 3
const WEEK_DAYS = 7

/** The place (or event) the most figures of a group name, if any. */
function mostNamed(reads: Read[], named: (r: Read) => string[]): string | null {
  const n = new Map<string, number>()
  for (const r of reads) for (const p of named(r)) n.set(p, (n.get(p) ?? 0) + 1)
  let best: string | null = null
  for (const [p, k] of n) if (!best || k > n.get(best)!) best = p
  return best
}

// A model of the things counted, by its key ("#kstrl").
const MODEL = '#'
// The families of things a model names (aircraft, vehicles, vessels, buildings…): not people, whose
// groups are their peoples and parts, nor amounts, lengths of time, dates or shares.
const THINGS: ReadonlySet<string> = new Set(['aircraft', 'vessels', 'vehicles', 'buildings', 'events', 'other'])
// A wave of the story's event, by its day ("*19983").
const WAVE = '*'
// A side of a divided land, by its holder ("^rebels", "^Russia"): candidateSides.ts.
const SIDE = '^'
// Figures said only as orders of magnitude ("hundreds", "des dizaines de milliers", "الآلاف")
// beside counts that do not lie in their ranges: fears, rumours or a rough estimate, not the count.
const VAGUE = 'vague'

/**
 * A figure's facet: said as a projection, about one country's people (its English name), said of
 * the rest of a place, counted on one side of a divided land (candidateSides.ts), what befell people counted by who they are (soldiers injured beside soldiers
 * deployed), with a qualifier that sets it apart, only as an order of magnitude, of an
 * event other than the one most of the group's figures name (the war beside the town's fall), or
 * about a place other than the group's own. When the figures break a
 * measure down by parts (two places or more named with a place noun: "إقليم الحوز", "Taroudant
 * province"), a part is a facet even when it is the place most figures name.
 */
function facetOf(r: Read, dominant: string | null, breakdown: boolean, event: string | null, ownSide: string | null): string | null {
  if (r.projected) return PROJECTED
  if (r.model) return `${MODEL}${r.model}`
  if (r.people) return r.people
  if (r.elsewhere) return ELSEWHERE
  if (r.side && r.side !== ownSide) return `${SIDE}${r.side}`
  if (r.fate) return `~${r.fate}`
  // (A part of a figure, "among them two children", stays a part: its own candidate.)
  if (r.wave && !r.part) return `${WAVE}${r.wave.day}`
  if (r.qualifier) return `+${r.qualifier}`
  if (r.c.quantity.qualifier === 'vague') return VAGUE
  if (r.events.length && !r.events.includes(event ?? '')) return `!${r.events[0]}`
  const part = breakdown ? r.places[0] : undefined
  if (part) return `@${part.key}`
  if (dominant && r.places.some((p) => p.key === dominant)) return null
  return r.places.length ? `@${r.places[0].key}` : null
}

// A figure's places with the countries its words name, as one place: a count of both countries
// ("in Turkey and Syria") is neither's.
const withCountries = (places: PlaceMention[], countries: string[]): PlaceMention[] => (countries.length ? [...places, { key: countryKey(countries), part: false }] : places)

function facetName(label: { en: string; ar: string }, facet: string, places: Map<string, Place>, dominant: string | null, waves?: Wave[], models?: Map<string, { en: string; ar: string }>): { entity: string; label: { en: string; ar: string } } {
  const model = facet.startsWith(MODEL) ? models?.get(facet.slice(MODEL.length)) : undefined
  if (model) return { entity: '', label: { en: `${label.en} (${model.en})`, ar: `${label.ar} (${model.ar})` } }
  if (facet === PROJECTED) return { entity: '', label: { en: `${label.en} (projected)`, ar: `${label.ar} (توقعات)` } }
  if (facet === ELSEWHERE) {
    const name = dominant ? placeNames(dominant, places) : null
    return { entity: '', label: name ? { en: `${label.en} outside ${name.en}`, ar: `${label.ar} خارج ${name.ar}` } : { en: `${label.en} elsewhere`, ar: `${label.ar} في مناطق أخرى` } }
  }
  if (facet.startsWith(SIDE)) {
    const side = sideName(facet.slice(SIDE.length))
    return { entity: '', label: { en: `${label.en} (${side.en})`, ar: `${label.ar} (${side.ar})` } }
  }
  if (facet === VAGUE) return { entity: '', label: { en: `${label.en} (rough estimates)`, ar: `${label.ar} (تقديرات تقريبية)` } }
  if (facet.startsWith('+')) {
    const q = qualifierName(facet.slice(1))
    return { entity: '', label: { en: `${label.en} (${q.en})`, ar: `${label.ar} (${q.ar})` } }
  }
  if (facet.startsWith(WAVE) && waves) {
    const w = waves.find((x) => `${WAVE}${x.day}` === facet)!
    return { entity: '', label: { en: `${label.en} (${sayQuantity(w.date.quantity, 'en')})`, ar: `${label.ar} (${sayQuantity(w.date.quantity, 'ar')})` } }
  }
  if (facet.startsWith('~')) {
    const f = CONCEPT_BY_ID.get(facet.slice(1))!.label
    return { entity: '', label: { en: `${label.en} (${f.en})`, ar: `${label.ar} (${f.ar})` } }
  }
  if (facet.startsWith('!')) {
    const e = eventName(facet.slice(1))
    return { entity: '', label: { en: `${label.en} (${e.en})`, ar: `${label.ar} (${e.ar})` } }
  }
  if (facet.startsWith('@=')) {
    const names = countriesOfKey(facet.slice(1)).map((n) => placeNames(`=${n}`, places))
    const name = { en: listOf(names.map((n) => n.en), 'en'), ar: listOf(names.map((n) => n.ar), 'ar') }
    return { entity: name.en, label: { en: `${label.en} in ${name.en}`, ar: `${label.ar} في ${name.ar}` } }
  }
  if (facet.startsWith('@')) {
    const name = placeNames(facet.slice(1), places)
    return { entity: name.en, label: { en: `${label.en} in ${name.en}`, ar: `${label.ar} في ${name.ar}` } }
  }
  const names = countryAliases(facet)
  const arabic = names.find((n) => /\p{Script=Arabic}/u.test(n)) ?? facet
  return { entity: facet, label: { en: `${label.en} (${facet})`, ar: `${label.ar} (${arabic})` } }
}

/**
 * The events a count's own words name ("the war has killed tens of thousands", "displaced by the
 * floods"), or when they name none, the event its sentence names nearest before it, as its subject
 * ("La guerre qui oppose l'armée aux FSR a fait des dizaines de milliers de morts et déraciné 12
 * millions"); one named after it, past its own words, is another figure's ("82,000 left the town,
 * heading for camps that shelter those the war uprooted").
 * `mentions`: the events its sentence names.
 */
function eventsOf(c: Claim, stretch: Span, mentions: ConceptMention[]): string[] {
  const others = mentions.filter((x) => x.end <= c.span.start || x.start >= c.span.end)
  const own = others.filter((x) => x.start >= stretch.start && x.end <= stretch.end)
  if (own.length) return [...new Set(own.map((x) => x.concept.id))]
  const near = others.filter((x) => x.end <= c.span.start).sort((a, b) => b.end - a.end)[0]
  return near ? [near.concept.id] : []
}

// What may befall people, for a count that names them by who they are (bodies and burials are deaths).
const FATES = new Set(['killed', 'injured', 'missing', 'abducted', 'arrested', 'displaced'])
function fateIn(text: string, stretch: Span, c: Claim, lang: Lang): string | null {
  const m = conceptsIn(text, stretch, lang).find((x) => !x.generic && (x.end <= c.span.start || x.start >= c.span.end) && FATES.has(x.concept.broader ?? x.concept.id))
  return m ? (m.concept.broader ?? m.concept.id) : null
}

/**
 * What a sentence says of every figure in it, read once per sentence: the events it names, and a
 * qualifier of where its figures are ("killed at the maternity hospital"; a qualifier of the figure
 * itself, "1,220 of them seriously", is read in the figure's own stretch).
 */
function sentenceReader(text: string, lang: Lang): (sentence: Span) => { events: ConceptMention[]; qualifier: string | null } {
  const memo = new Map<number, { events: ConceptMention[]; qualifier: string | null }>()
  return (sentence) => {
    let r = memo.get(sentence.start)
    if (!r) {
      r = {
        events: conceptsIn(text, sentence, lang).filter((x) => x.concept.event && !x.generic && !x.concept.latest && !x.concept.instant),
        qualifier: [...qualifiersIn(text.slice(sentence.start, sentence.end), false)].find((q) => FACET_QUALIFIERS.has(q)) ?? null,
      }
      memo.set(sentence.start, r)
    }
    return r
  }
}


// A date of the page rather than of the story: on a short line that says when the page was
// published or updated ("Publié le 15 décembre 2024 à 19h48", "تاريخ النشر : 2023/09/12", "Updated
// At: Sep 12, 2023 07:40 AM", a time beside it, fields of a byline). A photo's caption may date the
// event itself ("… les 29 et 30 octobre 2024. © AFP"): it is kept.
const PAGE_WORDS = /(?:published|updated|posted|publié|mis à jour|modifié|تاريخ النشر|نشر في|آخر تحديث|تحديث)/iu
const CLOCK = /(?:^|[^\p{N}])[0-9٠-٩]{1,2}[:h][0-9٠-٩]{2}(?:[^\p{N}]|$)/u
// A byline's fields ("كتب المحرر السياسي | جنوبية | الثلاثاء 4 آب 2020").
const FIELDS = /\s[|·•]\s/u
// A dateline: a short line that names the outlet or the city, a dash, and the day, and nothing after
// ("عنب بلدي – الأحد 23 حزيران 2024", "ALGIERS — Monday, July 24, 2023").
const DATELINE = /^[^.!?؟\n]{1,40}\s[–—]\s*$/u
function pageDate(text: string, c: Claim): boolean {
  if (c.quantity.kind !== 'date' && c.quantity.kind !== 'daterange') return false
  // Only a short line is read: a long text with no line breaks is not scanned for each date.
  const from = Math.max(0, c.span.start - 160)
  const before = text.slice(from, c.span.start)
  const after = text.slice(c.span.end, c.span.end + 160)
  const b = before.lastIndexOf('\n')
  const a = after.indexOf('\n')
  if ((b < 0 && from > 0) || (a < 0 && c.span.end + 160 < text.length)) return false
  const line = `${before.slice(b + 1)}${c.text}${a < 0 ? after : after.slice(0, a)}`
  if (line.length > 160) return false
  return PAGE_WORDS.test(line) || FIELDS.test(line) || CLOCK.test(`${before.slice(b + 1)} ${a < 0 ? after : after.slice(0, a)}`)
    || (DATELINE.test(before.slice(b + 1)) && !/[\p{L}\p{N}]/u.test(a < 0 ? after : after.slice(0, a)))
}
