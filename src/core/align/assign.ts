import type { Assignment, Claim, Lang, Source, Span, Topic } from '../model'
import { foldKey } from '../text/normalize'
import { clauses, sentences } from '../text/segment'
import { withoutAsides } from '../text/words'
import { aliasKeys, findMentionsIn, mentionTable } from './mentions'
import type { Concept } from './measures'
import { countryAliases, isCountryWord, isPeopleWord, seatOf as seatCountry } from '../entities/countries'
import { ballotFacets, EXIT_POLL } from './ballot'
import { countryOf, elsewhereIn, isCountryName, pastAside, peopleNamed, projectedIn, qualifiersIn, recallsThePast } from './facets'
import { conceptById, conceptsIn, measuresOf, type MeasureReading } from './measureOf'
import { mostlyIn, placeNounBy, speakerSeat } from './places'
import { coverageCues } from './coverageCues'
import { isElapsed } from './elapsed'
import { dateSplits, fitsDateSplit, isRecordSince, ownWeekday, type DateSplit } from './dateSiblings'
import { withRestated } from './restated'
import { withStoryDay } from './storyDay'
import { withRecordSince } from './recordTopic'
import { fillEmpty } from './fillEmpty'
import { countsPeople, labelTerms } from './labelHead'
import { storyPlaces, type Place } from './storyPlaces'
import { placeWeight, placeSaid, placeScopes, type PlaceSaid, type PlaceScope } from './placeWhole'
import { wordKeys } from '../entities/fold'
import { pairRejects, readPairs, type Paired } from './pairedPlaces'
import { groupsOfFigure, isNation, NATION, nationGroup, saidAsPart } from './groups'
import { speakerFits, speakerOfTopic, type Body } from './speakers'
import { heldOut, holdsOf, withoutHeldOut } from './held'
import { distinctMarks, distinctTells, fitsMarks, markKind, marksIn, speaksTo, TELL_KIND, tellsIn, withThingDays, type MarkKind } from './marks'
import { restByContrast } from './narrowPlaces'
import { aboutOf, phraseNames, type SentenceNames } from './phraseNames'
import { withOwnYear } from './dateYear'
import { reportRound, roundNear, type Round } from './narrowRound'
import { withCoverEvents } from './dateCover'
import { capitalMentions, countryMentions } from './capitalWords'
import { figureNarrowing, fitsNarrowing, otherTime, sideSaid, narrowedApart, narrowingSiblings, storyYearOf, type FigureNarrowing, type Narrowing, type SiblingNarrowings } from './narrowing'

// Each claim goes to the topic whose entity is named nearest to it (its clause, its sentence, the
// two sentences before, or at least somewhere in its article), whose measure it states, whose kind
// matches, and whose exclusions are absent. A topic names its measure as a concept (read in every
// language: "killed" is قتيل, killed and tués), or, for curated topics, as cue words. Below the
// threshold a claim stays unassigned rather than wrongly placed.

export const ASSIGN_THRESHOLD = 3
/** A concept topic needs the measure named by the figure (counted noun 3, clause 2, sentence 1) and its entity in the article. */
export const CONCEPT_THRESHOLD = 2.5
// An entity named anywhere in the article, or a topic naming none (about the whole story).
const ARTICLE_WIDE = 1.5
const PART_BONUS = 0.5
// A figure whose nearest marks are all a topic's; less for each of the topic's marks it does not say.
const MARK_BONUS = 0.5
const MARK_SPARE = 0.05
// A figure whose nearest words say what a topic names and its siblings do not (a region, a kind of people, a body, a period).
const TELL_BONUS = 0.5
// A figure given by the body whose count a topic is goes there before a topic of anyone's count.
const SPEAKER_BONUS = 1
// Kinds of tell that only the figure's own words say (further off they are who counts, or another figure's).
const OWN_WORDS_TELL = new Set(['people', 'setting'])
// Each further cue word of a topic said by the figure's clause.
const MORE_CUES = 0.25
const MIN_SPECIFIC = 2

const contains = (hay: string, needles: string[]) => needles.filter((n) => n && hay.includes(n))
// A cue in Latin letters is a word of its own, or its plural ("fire", "fires", not "firefighters");
// Arabic attaches its articles and endings, and is found inside words.
const LATIN = /^[\p{Script=Latin}\s'’-]+$/u
const cueRes = new Map<string, RegExp>()
const says = (hay: string, cue: string) => {
  if (!LATIN.test(cue)) return hay.includes(cue)
  let re = cueRes.get(cue)
  if (!re) cueRes.set(cue, (re = new RegExp(`(?<![\\p{L}])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es|e|x|['’]s)?(?![\\p{L}])`, 'u')))
  return re.test(hay)
}
const saysCues = (hay: string, cues: string[]) => cues.filter((n) => n && says(hay, n))
const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end

interface Prepared {
  /** A topic of cue words whose label's head is anyone ("People in the hall"): it counts people, where its cues say. */
  anyone?: boolean
  topic: Topic; aliasKeys: Set<string>; countries: Set<string>; cues: string[]; exclude: string[]; concept: Concept | null; specific: boolean
  /** Named for the story's own place or event (the one most articles of its measure name): an article that names no other topic of that measure is about it too. */
  storyWide: boolean
  /** Its part in topics of two places together beside one of them alone (pairedPlaces.ts). */
  paired?: Paired[]
  /** The other measures and events its words name ("Death toll of the war": the war), by concept id. */
  context: Set<string>
  /** Another topic of its measure is about projections: projected figures go there, not here. */
  projectionRival: boolean
  /** Another topic of its measure is about the rest of a place: figures said of other parts go there. */
  elsewhereRival: boolean
  /** It names a war its measure is counted over, and another topic of its measure does not: it takes only figures whose sentence names the war ("Death toll of the war" beside "Death toll in the village"). */
  framed: boolean
  /** What its label adds to its measure ("Seriously injured"), by qualifier id. */
  qualifiers: Set<string>
  /** Qualifiers that split its measure between it and another topic: its own (figures must say them) and others' (figures saying them go there). */
  splitBy: { own: string[]; others: string[] }
  /** The marks of its words (a device, a weekday, the whole, a group) that other topics of its measure and entity lack or have otherwise, and all such marks among them. */
  marks: Set<string>
  siblingMarks: Set<string>
  /** The groups of the counted its words name ("Foreigners among the dead", "Russians among the dead"), whether or not its siblings do. */
  groups: Set<string>
  /** What its words say that other topics of its measure do not all say (a region, a kind of people, a body, a period), and all such words among them. */
  tells: Set<string>
  /** Whose count the topic is, when its words say so ("Deaths counted by the White Helmets"). */
  speaker: Body | null
  siblingTells: Set<string>
  /** What tells it from the other date topics of its event (a phase, a day its name gives). */
  dateSplit?: DateSplit
  /** The other events the word naming its event names too ("the bombings": an explosion and an attack): a date of either is its. */
  alike: Set<string>
  /** What a date topic's words name beside an event they do not name ("Date the dam was destroyed": the dam), by concept id: a date whose sentence names one is that event's. */
  objects: Set<string>
  /** The events other topics date or time. */
  rivalEvents: Set<string>
  /** Its countries when a sibling of its measure names other places (two or more: their whole), else null. */
  placeScope?: PlaceScope | null
  /** What its words narrow its measure to (a side, another year, an hour, abroad), and what its siblings narrow theirs to when they differ (else null). */
  narrowing: Narrowing
  narrowedApart: SiblingNarrowings | null
}

// A topic named for a people ("Russians among the dead") counts that group of the counted.
function withPeople(marks: Set<string>, t: Topic): Set<string> {
  const c = conceptById(t.concept)
  return c?.family === 'people' && !c.decided && isPeopleWord(t.entity.name) ? new Set([...marks, nationGroup(t.entity.name)]) : marks
}

// Beside its measure, a topic's words may name the event or the measure it is about ("Death toll
// of the war in Sudan", "People who fled El Fasher since its fall"): a figure whose sentence names
// one of them is more likely that topic's than a topic of the same measure that names none
// (phraseNames.ts reads which words of the sentence are the figure's own).
const CONTEXT_BONUS = 0.5
// A war frames every event a story tells within it (an attack, a massacre, a siege): a topic of its
// total is told from the event's by its name.
const FRAMES = new Set(['war'])
function contextConcepts(t: Topic): Set<string> {
  const out = new Set<string>()
  for (const text of new Set([t.label.en, t.label.ar])) {
    for (const lang of ['en', 'ar'] as const) for (const m of conceptsIn(text, { start: 0, end: text.length }, lang)) if (!m.generic && m.concept.id !== t.concept) out.add(m.concept.id)
  }
  return out
}

// A topic whose words name both settings ("everyone killed, on board and on the ground") is about
// their whole, told by neither; nor is a count of the people on board told by being on board.
function topicTells(words: string, concept: string | undefined): Set<string> {
  const tells = tellsIn(words)
  if (concept === 'aboard') tells.delete('on-board')
  const settings = [...tells].filter((id) => TELL_KIND.get(id) === 'setting')
  return settings.length > 1 ? new Set([...tells].filter((id) => !settings.includes(id))) : tells
}

// One word of a date topic's label may name its event as two ("Date of the bombings": a blast and
// an attack; "تاريخ التفجير"): reports date it by either word ("the twin blasts on Wednesday",
// "Wednesday's attack").
function alikeEvents(t: Topic): Set<string> {
  const out = new Set<string>()
  if (t.kind !== 'date' && t.kind !== 'daterange') return out
  for (const text of new Set([t.label.en, t.label.ar])) {
    for (const lang of ['en', 'fr', 'ar'] as const) {
      const all = conceptsIn(text, { start: 0, end: text.length }, lang, true).filter((m) => m.concept.event && !m.generic)
      for (const m of all) if (m.concept.id === t.concept) for (const o of all) if (o.start === m.start && o.concept.id !== t.concept) out.add(o.concept.id)
    }
  }
  return out
}

// A date topic whose words name no event this product reads ("Date the dam was destroyed",
// "Start of the monsoon rains") still names what happened to: the thing (a dam, the rains) is
// named in every language by its concept, and a date whose sentence names it is its event's
// ("the dam was wrecked early Tuesday", "la destruction du barrage mardi", "السد قد دمر يوم
// الثلاثاء"). (Not people, money or a length of time: "Date Soleimani was killed" is no day of
// the toll's, "Date the aid was paid" no day of every sum.)
function dateObjects(t: Topic): Set<string> {
  const out = new Set<string>()
  if (t.kind !== 'date' && t.kind !== 'daterange') return out
  const text = `${t.label.en} ${t.label.ar === t.label.en ? '' : t.label.ar} ${t.measure}`
  const langs = /\p{Script=Arabic}/u.test(text) ? (['ar', 'en', 'fr'] as const) : (['en', 'fr'] as const)
  for (const lang of langs) {
    const found = conceptsIn(text, { start: 0, end: text.length }, lang, true)
    if (found.some((m) => m.concept.id === t.concept)) return new Set()
    for (const m of found) if (!m.generic && !m.concept.event && !['people', 'money', 'time', 'date', 'percent'].includes(m.concept.family)) out.add(m.concept.id)
  }
  return out
}

/**
 * What placement reads of the whole story rather than of a figure's own report: the spellings of
 * its places and which topics are about the whole story or a part of it. `key` changes exactly
 * when that reading changes, so whoever keeps placements (the app's engine) knows when a new
 * report changes where the others' figures go.
 */
export interface Story {
  key: string
  /** The year most of the story's reports were published in, when known. */
  storyYear?: number
  prepared: Prepared[]
  topicsByKey: Map<string, string[]>
  cache: Map<string, { sents: Span[]; mentions: Map<string, Span[]> }>
}

export function readStory(topics: Topic[], sources: Source[]): Story {
  // A place a topic names in Latin letters is found under the spelling the story's Arabic reports
  // give it ("Chichaoua": "إقليم شيشاوة"), and the other way round.
  const places = topics.some((t) => t.entity.aliases.length) ? storyPlaces(sources) : new Map<string, Place>()
  const names = new Map(topics.map((t) => [t, withStorySpellings([t.entity.name, ...t.entity.aliases], places)]))
  const splits = dateSplits(topics)
  const prepared: Prepared[] = topics.map((t) => ({
    topic: t,
    aliasKeys: new Set(names.get(t)!.flatMap(aliasKeys).filter((k) => k.length >= 2)),
    cues: (t.cuesFromLabel ? coverageCues(t.cues, sources) : t.cues).map(foldKey),
    exclude: (t.exclude ?? []).map(foldKey),
    concept: conceptById(t.concept),
    countries: new Set([t.entity.name, ...t.entity.aliases].flatMap((a) => a.split(/\s+/)).map(countryOf).filter((x): x is string => !!x)),
    specific: false,
    storyWide: false,
    context: contextConcepts(t),
    projectionRival: false,
    elsewhereRival: false,
    framed: false,
    // (Not from an aside in brackets, which says what the topic leaves out or takes in besides:
    // "people who died inside the stadium (the rest died in hospital)".)
    qualifiers: qualifiersIn(`${t.label.en} ${t.label.ar} ${withoutAsides(t.measure)}`),
    splitBy: { own: [], others: [] },
    // (Nor a group: "Passengers (excluding crew)" counts no crew; a day in brackets is the topic's,
    // "Date of the quake (Saturday 7 October)".)
    marks: withPeople(new Set([...marksIn(`${t.label.en} ${t.label.ar} ${withoutAsides(t.measure)}`), ...marksIn(t.measure, ['day'])]), t),
    siblingMarks: new Set<string>(),
    groups: new Set<string>(),
    tells: topicTells(`${t.label.en} ${t.label.ar === t.label.en ? '' : t.label.ar} ${t.measure}`, t.concept),
    siblingTells: new Set<string>(),
    speaker: speakerOfTopic(`${t.label.en}. ${t.label.ar === t.label.en ? '' : t.label.ar} ${t.measure}`),
    dateSplit: splits.get(t.id),
    anyone: !!t.cuesFromLabel && labelTerms(t).some((x) => x.head && x.kind === 'people'),
    alike: withCoverEvents(alikeEvents(t), t, topics),
    objects: dateObjects(t),
    rivalEvents: new Set(topics.filter((o) => o !== t && o.concept && (o.kind === 'date' || o.kind === 'daterange' || o.kind === 'duration')).map((o) => o.concept!)),
    narrowing: {},
    narrowedApart: null,
  }))
  // Topics of one measure told apart by a side, a time or a place beyond the country.
  const storyYear = storyYearOf(sources)
  narrowingSiblings(topics, storyYear).forEach((n, i) => { prepared[i].narrowing = n.narrowing; prepared[i].narrowedApart = n.siblings && narrowedApart(n.narrowing, n.siblings) ? n.siblings : null })
  placeScopes(prepared.map((p) => ({ concept: p.concept?.id ?? null, label: p.topic.label.en }))).forEach((s, i) => { prepared[i].placeScope = s })
  // Topics of one measure, whatever entity they name, are told apart by what else their words say.
  const byConcept = new Map<string, Prepared[]>()
  for (const p of prepared) if (p.concept) { const l = byConcept.get(p.concept.id); if (l) l.push(p); else byConcept.set(p.concept.id, [p]) }
  for (const group of byConcept.values()) {
    const distinct = distinctTells(group.map((p) => p.tells))
    const all = new Set(distinct.flatMap((d) => [...d]))
    group.forEach((p, i) => { p.tells = distinct[i]; p.siblingTells = all })
  }
  // Topics of one measure about one entity (or none) are told apart by their marks.
  const withDays = withThingDays(prepared.map((p) => p.marks))
  prepared.forEach((p, i) => { p.marks = withDays[i]; p.groups = new Set([...p.marks].filter((id) => markKind(id) === 'part')) })
  const groups = new Map<string, Prepared[]>()
  for (const p of prepared) if (p.concept) { const k = `${p.concept.id}\u0000${[...p.aliasKeys].sort().join('|')}`; const l = groups.get(k); if (l) l.push(p); else groups.set(k, [p]) }
  const all = prepared.map((p) => p.marks)
  for (const group of groups.values()) {
    const distinct = distinctMarks(group.map((p) => p.marks))
    for (const p of group) { p.siblingMarks = distinct; p.marks = new Set([...p.marks].filter((id) => distinct.has(id))) }
  }
  // A group among the counted ("Children killed") is told from the whole toll whatever entity the
  // toll names ("Crocus City Hall death toll"): its marks are read over every topic of its measure.
  const byMeasure = new Map<string, number[]>()
  prepared.forEach((p, i) => { if (p.concept) { const l = byMeasure.get(p.concept.id); if (l) l.push(i); else byMeasure.set(p.concept.id, [i]) } })
  for (const idx of byMeasure.values()) {
    const parts = (m: Set<string>) => new Set([...m].filter((id) => markKind(id) === 'part'))
    const distinct = distinctMarks(idx.map((i) => parts(all[i])))
    if (!distinct.size) continue
    for (const i of idx) {
      const p = prepared[i]
      p.siblingMarks = new Set([...p.siblingMarks, ...distinct])
      p.marks = new Set([...p.marks, ...[...all[i]].filter((id) => distinct.has(id))])
    }
  }
  for (const p of prepared) {
    const rival = (flag: 'projection' | 'elsewhere') => !p.topic[flag] && !!p.concept && prepared.some((o) => o.topic[flag] && o.concept?.id === p.concept!.id)
    p.projectionRival = rival('projection')
    p.elsewhereRival = rival('elsewhere')
    p.framed = [...p.context].some((id) => FRAMES.has(id)) && !!p.concept && prepared.some((o) => o !== p && o.concept?.id === p.concept!.id && ![...o.context].some((id) => FRAMES.has(id)))
    // A qualifier splits a measure only when topics split it: "Seriously injured" beside "People
    // injured" takes the figures said to be serious, and the other takes the rest; alone, a topic's
    // qualifier only favours the figures that say it.
    // (A figure must say what the label adds; a word of the measure only keeps figures that say
    // it out of the siblings: "walkie-talkie injured still in intensive care".)
    const same = p.concept ? prepared.filter((o) => o !== p && o.concept?.id === p.concept!.id) : []
    const labelled = qualifiersIn(`${p.topic.label.en} ${p.topic.label.ar}`)
    p.splitBy = {
      own: [...p.qualifiers].filter((q) => labelled.has(q) && same.some((o) => !o.qualifiers.has(q))),
      // (An exit poll's figures are no count's, whatever measure the exit poll's topic names.)
      others: [...new Set([...same.flatMap((o) => [...o.qualifiers]), ...(prepared.some((o) => o.qualifiers.has(EXIT_POLL)) ? [EXIT_POLL] : [])])].filter((q) => !p.qualifiers.has(q)),
    }
  }
  // Topics of two places together beside one of them alone (pairedPlaces.ts): each name is looked for on its own too.
  const pairs = readPairs(topics)
  for (const p of prepared) p.paired = pairs.paired.get(p.topic.id)
  const topicsByKey = mentionTable([...topics.map((t) => ({ id: t.id, aliases: names.get(t)! })), ...pairs.entries.map((e) => ({ id: e.id, aliases: withStorySpellings(e.aliases, places) }))])
  const cache = new Map<string, { sents: Span[]; mentions: Map<string, Span[]> }>()
  markSpecific(prepared, sources, topicsByKey, cache)
  const key = prepared.map((p) => `${p.topic.id}\u0000${names.get(p.topic)!.join('\u0001')}\u0000${+p.specific}${+p.storyWide}\u0000${p.cues.join('\u0001')}`).join('\n')
  return { key, prepared, topicsByKey, cache, storyYear }
}

/**
 * `acrossReports: false`: leave out the passes that read other reports (the app's engine runs them
 * on the whole). `story`: the story as readStory() read it from these topics and sources (read
 * here when not given).
 */
export function assignClaims(claims: Claim[], topics: Topic[], sources: Source[], options: { acrossReports?: boolean; story?: Story } = {}): Assignment[] {
  const { prepared, topicsByKey, cache, storyYear } = options.story ?? readStory(topics, sources)
  const bySource = new Map(sources.map((s) => [s.id, s]))
  const claimsBySource = new Map<string, Claim[]>()
  for (const c of claims) { const l = claimsBySource.get(c.source); if (l) l.push(c); else claimsBySource.set(c.source, [c]) }
  const reading = measureReadings(claims, sources)
  const orderedBySource = new Map<string, Claim[]>()
  // A report that names one thing that did it (the walkie-talkies) is about it throughout.
  const reportMarks = new Map<string, Set<string>>()
  // (And the election round it gives results of, narrowRound.ts.)
  const reportRounds = new Map<string, Round | undefined>()
  const roundOfReport = (src: Source, sents: Span[]) => {
    if (!reportRounds.has(src.id)) reportRounds.set(src.id, reportRound(src.text, sents, src.published))
    return reportRounds.get(src.id)
  }
  const reportMarksOf = (src: Source) => {
    let r = reportMarks.get(src.id)
    if (!r) { const things = marksIn(src.text, ['thing']); reportMarks.set(src.id, (r = things.size === 1 ? things : new Set())) }
    return r
  }
  const anyConcept = prepared.some((p) => p.concept)
  const holds = holdsOf(topics)
  const anyOtherTime = prepared.some((p) => otherTime(p.narrowing))
  const anyAdded = prepared.some((p) => p.narrowing.added)
  const out: Assignment[] = []
  for (const c of claims) {
    const src = bySource.get(c.source)
    if (!src) continue
    let doc = cache.get(src.id)
    if (!doc) {
      doc = { sents: sentences(src.text), mentions: namedPeoples(src.text, findMentionsIn(src.text, topicsByKey), prepared) }
      cache.set(src.id, doc)
    }
    let ordered = orderedBySource.get(src.id)
    if (!ordered) orderedBySource.set(src.id, (ordered = [...(claimsBySource.get(src.id) ?? [])].sort((a, b) => a.span.start - b.span.start)))
    // A count said as what was added to an earlier one ("58 décès supplémentaires") is no total.
    if (c.role === 'increment' && !anyAdded) continue
    // A figure of an older event recalled for comparison belongs to no topic of the story, only to
    // a topic of that other time ("Tebboune's 2019 vote share", "Sewol ferry death toll").
    const recalled = recallsThePast(src.text.slice(c.sentence.start, c.sentence.end), src.published)
    if (recalled && !anyOtherTime) continue
    // (A clause that runs on past an aside is read whole for names too.)
    const ctx = contextOf(c, src.text, doc.sents, ordered, anyConcept ? reading(c).clause : undefined, () => reportMarksOf(src), storyYear, () => roundOfReport(src, doc!.sents))
    let named: SentenceNames | null = null
    const sentenceNames = () => {
      if (named) return named
      const found = conceptsIn(src.text, c.sentence, src.lang, true)
      return (named = { telling: new Set(found.filter((x) => !x.generic).map((x) => x.concept.id)), all: new Set(found.map((x) => x.concept.id)), phrase: phraseNames(c, src.text, src.lang, inSpan(ordered!, c.sentence)) })
    }
    let best: Assignment | null = null
    let bestDist = Infinity
    let measure: MeasureReading | null = null
    for (const p of prepared) {
      // (A topic accepted from a candidate takes no other figure of the reports it holds: the
      // figure goes to the best of the rest.)
      if (heldOut(holds, p.topic.id, c)) continue
      if (recalled && !otherTime(p.narrowing)) continue
      // (Only a topic of what was added takes it: narrowAdded.ts.)
      if (c.role === 'increment' && !p.narrowing.added) continue
      if (p.concept) measure ??= reading(c)
      // (Two places together, or one of them alone: pairedPlaces.ts.)
      if (p.paired && pairRejects(p.paired, doc.mentions, src.text, c.sentence, ctx.clause)) continue
      const r = p.concept ? scoreConcept(c, p, p.concept, measure!, ctx, src.text, doc.mentions.get(p.topic.id) ?? [], otherPlaceNamed(p, prepared, doc.mentions), sentenceNames, src.lang) : score(c, p, ctx, src.text, doc.mentions.get(p.topic.id) ?? [])
      if (!r) continue
      if (!best || r.score > best.score || (r.score === best.score && r.dist < bestDist)) {
        best = { claimId: c.id, topicId: p.topic.id, score: r.score, reasons: r.reasons }
        bestDist = r.dist
      }
    }
    if (best && best.score >= (prepared.find((p) => p.topic.id === best!.topicId)!.concept ? CONCEPT_THRESHOLD : ASSIGN_THRESHOLD)) out.push(best)
  }
  return options.acrossReports === false ? withConversions(out, claims, orderedBySource) : acrossReports(out, claims, topics, reading, sources)
}

const NO_READING: MeasureReading = { concept: null, strength: 0, family: null }

/**
 * What each figure measures, read once per source with that source's figures (a list's figures
 * share their measure); a figure of a source not given reads no measure.
 */
export function measureReadings(claims: Claim[], sources: Source[]): (c: Claim) => MeasureReading {
  const bySource = new Map(sources.map((s) => [s.id, s]))
  const claimsBySource = new Map<string, Claim[]>()
  for (const c of claims) { const l = claimsBySource.get(c.source); if (l) l.push(c); else claimsBySource.set(c.source, [c]) }
  const readings = new Map<string, Map<string, MeasureReading>>()
  return (c) => {
    const src = bySource.get(c.source)
    if (!src) return NO_READING
    let r = readings.get(src.id)
    if (!r) { r = measuresOf(claimsBySource.get(src.id) ?? [], src.text, src.lang); readings.set(src.id, r) }
    return r.get(c.id) ?? NO_READING
  }
}

/**
 * The passes that read other reports' figures (a stray far below every other report's count, a
 * value another report states): the app's engine places each source on its own and runs these
 * on the whole, with the same claims, so both give one result.
 */
export function acrossReports(out: Assignment[], claims: Claim[], topics: Topic[], reading: (c: Claim) => MeasureReading, sources: Source[]): Assignment[] {
  // (Last: a topic is empty only once every other pass has placed what it places.)
  const filled = fillEmpty(withRecordSince(withStoryDay(withRestated(withoutStrays(out, claims, topics, reading), claims, topics, reading, CONCEPT_THRESHOLD), claims, topics, reading, sources), claims, topics, sources), claims, topics, sources)
  // (What filled an empty topic is restated by other reports too: "7 minutes" placed by its words,
  // "sept minutes" and "٧ دقائق" by its value.)
  const placed = withRestated(filled, claims, topics, reading, CONCEPT_THRESHOLD)
  // (A topic accepted from a candidate refuses what these passes bring it from the reports it holds.)
  const holds = holdsOf(topics)
  const kept = holds.size ? withoutHeldOut(placed, holds, new Map(claims.map((c) => [c.id, c])), out) : placed
  // An amount's conversion follows it wherever these passes took it, on whichever path the figures
  // were first placed (all at once, or report by report as the app's engine does).
  return withConversions(kept, claims, bySourceInOrder(claims))
}

function bySourceInOrder(claims: Claim[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>()
  for (const c of claims) {
    const list = out.get(c.source)
    if (list) list.push(c)
    else out.set(c.source, [c])
  }
  for (const list of out.values()) list.sort((a, b) => a.span.start - b.span.start)
  return out
}

// A small number far below every other source's figure for a count (a "3" among tolls of
// thousands) joins it only when its own counted noun names the measure: otherwise it is another
// group's count that a clause's words lent the measure to.
const STRAY_RATIO = 30
function withoutStrays(out: Assignment[], claims: Claim[], topics: Topic[], reading: (c: Claim) => MeasureReading): Assignment[] {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const byTopic = new Map<string, Claim[]>()
  // (Projections spread wide: an early "could climb to 250" beside a later "may reach 10,000".)
  const projected = new Set(topics.filter((t) => t.projection).map((t) => t.id))
  for (const a of out) { const c = byId.get(a.claimId); if (c?.quantity.kind === 'count' && !projected.has(a.topicId)) { const l = byTopic.get(a.topicId) ?? []; l.push(c); byTopic.set(a.topicId, l) } }
  const strays = new Set<string>()
  for (const list of byTopic.values()) {
    for (const c of list) {
      const v = c.quantity.hi
      if (typeof v !== 'number') continue
      const others = list.filter((o) => o.source !== c.source).map((o) => o.quantity.lo).filter((x): x is number => typeof x === 'number')
      // (Its measure is read last: only a figure far below the others needs it.)
      if (others.length >= 2 && others.every((o) => o > v * STRAY_RATIO) && reading(c).strength < 3) strays.add(c.id)
    }
  }
  return strays.size ? out.filter((a) => !strays.has(a.claimId)) : out
}

// A country or a people is found by its own names in each script (the list of countries gives
// them all, and a name takes its endings: "الأردنية", "باكستانياً", "Egyptiens"), never by a
// skeleton another word shares: "Chine" is no "سن" (age), "Russie" no "رئيس".
const plainKey = (w: string) => foldKey(w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toLowerCase().replace(/['’]s$/u, '')
function namedPeoples(text: string, mentions: Map<string, Span[]>, prepared: Prepared[]): Map<string, Span[]> {
  for (const p of prepared) {
    const found = p.countries.size && isCountryWord(p.topic.entity.name) ? mentions.get(p.topic.id) : undefined
    if (!found?.length) continue
    const names = [...p.countries].flatMap((x) => countryAliases(x)).map(plainKey).filter((n) => n.length >= 2)
    const spelt = (w: string) => [w, w.replace(/^(?:[وفبلك]?ال|لل|[وفبلك])/u, ''), w.replace(/^[وفبلك]/u, '')].some((x) => names.some((n) => x.startsWith(n) && x.length - n.length <= 4))
    mentions.set(p.topic.id, found.filter((m) => text.slice(m.start, m.end).split(/\s+/).map(plainKey).some(spelt)))
  }
  // A capital named as "the capital", a country as "the whole country" (capitalWords.ts), after the
  // filter above, which keeps only the spellings of a country's name.
  for (const p of prepared) {
    // (Not for a pair of capitals, "the Niamey-N'Djamena convoy": which would it be?)
    const seats = new Set(p.topic.entity.aliases.map(seatCountry).filter(Boolean))
    const capital = p.topic.entity.name && seats.size <= 1 ? [...capitalMentions(text, p.topic.entity.name), ...countryMentions(text, p.topic.entity.name)] : []
    if (capital.length) mentions.set(p.topic.id, [...(mentions.get(p.topic.id) ?? []), ...capital].sort((a, b) => a.start - b.start))
  }
  return mentions
}

/** A topic's names with the other script's spelling of each one-word place name the story's reports give. */
function withStorySpellings(aliases: string[], places: Map<string, Place>): string[] {
  if (!places.size) return aliases
  const out = new Set(aliases.filter(Boolean))
  for (const a of aliases) {
    const words = a.split(/\s+/).filter(Boolean)
    // "Al Haouz", "El Fasher": the name is its last word.
    const name = words.length <= 2 ? words[words.length - 1] : ''
    // (A country or a people has its names in every script already: "Chine" is no "سن".)
    if (!name || isCountryWord(name)) continue
    const arabic = /\p{Script=Arabic}/u.test(name)
    for (const k of wordKeys(name)) {
      const p = places.get(k)
      if (!p?.arabic || !p.latin) continue
      if (arabic) out.add(p.latin)
      else if (wordKeys(p.latin).includes(k)) out.add(p.arabic)
    }
  }
  return [...out]
}

// An amount restated in another currency ("140,000 dirhams (about $13,600)", "أي ما يعادل نحو
// 446 مليون دولار") goes where the amount it restates goes, whatever its own words say.
function withConversions(out: Assignment[], claims: Claim[], ordered: Map<string, Claim[]>): Assignment[] {
  const conversions = claims.filter((c) => c.role === 'conversion')
  if (!conversions.length) return out
  const byClaim = new Map(out.map((a) => [a.claimId, a]))
  for (const c of conversions) {
    const list = ordered.get(c.source)
    if (!list) continue
    let k = firstStartingAt(list, c.span.start) - 1
    while (k >= 0 && list[k].sentence.start === c.sentence.start && (list[k].quantity.kind !== 'money' || list[k].role === 'conversion')) k--
    const restated = k >= 0 && list[k].sentence.start === c.sentence.start ? byClaim.get(list[k].id) : undefined
    if (restated) byClaim.set(c.id, { ...restated, claimId: c.id, reasons: [...restated.reasons, `restates the amount "${list[k].text}"`] })
    else byClaim.delete(c.id)
  }
  return [...byClaim.values()]
}

// A concept topic whose names most of the articles do not share is about something narrower than
// the story (a province, a nationality): its name must stand by the figure.
function markSpecific(prepared: Prepared[], sources: Source[], topicsByKey: Map<string, string[]>, cache: Map<string, { sents: Span[]; mentions: Map<string, Span[]> }>): void {
  const concept = prepared.filter((p) => p.concept && p.aliasKeys.size)
  // A people is a part of the whole however many articles name it (the Pakistanis among the survivors).
  // A topic scoped to a place inside the story ("Deaths in Marrakech prefecture") is a part
  // however many articles name the place.
  // A measure one body decides (days of mourning, an aid amount) named for a country is that
  // country's decision, not a part of the whole.
  for (const p of concept) p.specific = (isPeopleWord(p.topic.entity.name) && !p.concept!.decided) || !!p.topic.scope
  if (!concept.length || sources.length < 2) return
  const seen = new Map<string, number>()
  for (const src of sources) {
    let doc = cache.get(src.id)
    if (!doc) { doc = { sents: sentences(src.text), mentions: namedPeoples(src.text, findMentionsIn(src.text, topicsByKey), prepared) }; cache.set(src.id, doc) }
    for (const p of concept) if (doc.mentions.get(p.topic.id)?.length) seen.set(p.topic.id, (seen.get(p.topic.id) ?? 0) + 1)
  }
  // The story's own place or event: not a people, not a part named with a place noun, no other
  // topic of the same measure named in more articles, and either named by most articles or the
  // name most of the topics give (the shipwreck off Pylos, which many reports call "off southern
  // Greece"). Such a name is never narrower than the story.
  const nameOf = (p: Prepared) => [...p.aliasKeys].sort().join('|')
  const topicsNamed = new Map<string, number>()
  for (const p of concept) topicsNamed.set(nameOf(p), (topicsNamed.get(nameOf(p)) ?? 0) + 1)
  const mostNamed = Math.max(...topicsNamed.values())
  for (const p of concept) {
    const n = seen.get(p.topic.id) ?? 0
    // (A part of a place is never wider than the whole: "Deaths in the Valencia region" beside "Death toll of the DANA floods".)
    const wider = concept.some((o) => o.concept === p.concept && !isPeopleWord(o.topic.entity.name) && !o.topic.scope && (seen.get(o.topic.id) ?? 0) > n)
    const story = n * 2 >= sources.length || (mostNamed >= 2 && topicsNamed.get(nameOf(p)) === mostNamed) || namesTheEvent(p.topic)
    p.storyWide = p.countries.size === 0 && !p.topic.scope && !wider && story
    p.specific ||= n * 2 < sources.length && !p.storyWide
  }
}

// A label that names the event itself by its name ("the DANA floods", "cyclone Chido", "the Beirut
// port explosion", "la tempête Daniel") is about the whole story however few articles use the name.
function namesTheEvent(t: Topic): boolean {
  const label = t.label.en
  const name = t.entity.name
  const at = name ? label.indexOf(name) : -1
  if (at < 0) return false
  return conceptsIn(label, { start: 0, end: label.length }, 'en').some((m) => m.concept.event && !m.generic && /^[\s\p{L}'’-]{0,16}$/u.test(m.start >= at + name.length ? label.slice(at + name.length, m.start) : label.slice(m.end, at)) && (m.start >= at + name.length ? label.slice(at + name.length, m.start) : label.slice(m.end, at)).trim().split(/\s+/).filter(Boolean).length <= 1)
}

/** What every topic's score reads of a claim, computed once per claim. */
interface ClaimContext {
  clause: Span; context: Span; clauseText: string; sentText: string; counted: string; projection: boolean; elsewhere: boolean
  /** The clauses of the figure's sentence (a name in another's clause with a figure of its own is that figure's). */
  clauses: Span[]
  /** The other numbers of the figure's sentence (a people named by one of them is not this figure's). */
  others: Span[]
  /** The qualifiers said of the figure itself (its own stretch), and those of a place anywhere in its sentence (read when a topic has some). */
  qualifiers: () => { near: Set<string>; sentence: Set<string> }
  /** The countries or peoples a figure's own words list together ("from Jordan and Iran"), when two or more. */
  listed: () => string[]
  /** The marks said by the figure's own words (groups), and those said nearest it (its own stretch, clause, sentence, the sentences before, its report), read when a topic has siblings. */
  marks: () => { parts: Set<string>; levels: Set<string>[] }
  /**
   * When the figure is given as a part of the figure before it ("154 dead, including 26
   * foreigners"), the groups that figure counts; when it is one group of a breakdown ("97 women and
   * 54 men"), none; else null.
   */
  apart: () => Set<string> | null
  /** What its words say of a region, a kind of people, a body or a period: its own words, its stretch, clause, sentence and the two sentences before (read when a topic has siblings). */
  tells: () => Set<string>[]
  /** The place the figure is said of (one country, or the whole of several), read when topics differ by place. */
  place: (among: Set<string>) => PlaceSaid | null
  /** What its words narrow it to (a side among `sides`, a year, an hour, abroad), read when topics of its measure are narrowed apart. */
  narrowed: (sides: Set<string>) => FigureNarrowing
  /** The year of the story's reports, when known. */
  storyYear?: number
}

function contextOf(c: Claim, text: string, sents: Span[], ordered: Claim[], runOn?: Span, reportMarks?: () => Set<string>, storyYear?: number, roundOfReport?: () => Round | undefined): ClaimContext {
  let qualifiers: { near: Set<string>; sentence: Set<string> } | undefined
  let marks: { parts: Set<string>; levels: Set<string>[] } | undefined
  let listed: string[] | undefined
  let tells: Set<string>[] | undefined
  let apart: Set<string> | null | undefined
  let place: PlaceSaid | null | undefined
  const narrowed = new Map<string, FigureNarrowing>()
  const parts = clauses(text, c.sentence)
  const clause = runOn ?? parts.find((k) => inside(c.span, k)) ?? c.sentence
  const si = firstEndingAfter(sents, c.sentence.start)
  const own = ownStretch(c, clause, ordered)
  return {
    clause,
    clauses: parts,
    context: { start: sents[Math.max(0, si - 2)]?.start ?? c.sentence.start, end: c.sentence.end },
    clauseText: foldKey(text.slice(clause.start, clause.end)),
    sentText: foldKey(text.slice(c.sentence.start, c.sentence.end)),
    counted: foldKey(`${c.counted ?? ''} ${c.text}`),
    projection: projectedIn(text, clause.start, c, clause.end) || rumoured(text, clause.start, c),
    // (Or by contrast with the figure before it: "17 in Nairobi and 22 others in various parts", narrowPlaces.ts.)
    elsewhere: elsewhereIn(text, own) || restByContrast(text, own, ((p) => (p ? ownStretch(p, clause, ordered) : null))(inSpan(ordered, clause).filter((o) => o.quantity.kind === c.quantity.kind && o.span.end <= c.span.start).pop())),
    others: c.quantity.kind === 'count' ? inSpan(ordered, c.sentence).filter((o) => o !== c && o.quantity.kind === 'count').map((o) => o.span) : [],
    qualifiers: () => (qualifiers ??= { near: new Set([...qualifiersIn(text.slice(own.start, pastAside(text, own.end, c.sentence.end))), ...ballotFacets(text, { start: own.start, end: pastAside(text, own.end, c.sentence.end) }, c.sentence)]), sentence: qualifiersIn(text.slice(c.sentence.start, c.sentence.end), false) }),
    listed: () => (listed ??= peoplesListed(text, sameKindStretch(c, clause, ordered))),
    tells: () => (tells ??= figureTells(c, text, sameKindStretch(c, clause, ordered), clause, parts, inSpan(ordered, c.sentence).filter((o) => o !== c && o.quantity.kind === c.quantity.kind).map((o) => o.span), [sents[si - 1], sents[si - 2]].filter((x): x is Span => !!x && x.end <= c.sentence.start))),
    apart: () => {
      if (apart === undefined) {
        const ownGroups = () => (marks ??= figureMarks(c, text, sameKindStretch(c, clause, ordered), clause, [sents[si - 1], sents[si - 2]].filter((x): x is Span => !!x && x.end <= c.sentence.start), reportMarks?.() ?? new Set())).parts
        apart = givenApart(c, text, inSpan(ordered, c.sentence).filter((o) => o.quantity.kind === c.quantity.kind), (o) => (o === c ? ownGroups() : groupsOfFigure(o, text, sameKindStretch(o, clause, ordered))))
      }
      return apart
    },
    place: (among) => (place === undefined ? (place = placeSaid(c, text, among, sameKindStretch(c, clause, ordered), clause, [sents[si - 1], sents[si - 2]].filter((x): x is Span => !!x && x.end <= c.sentence.start), inSpan(ordered, c.sentence).filter((o) => o.span.start >= c.span.end && o.quantity.kind === c.quantity.kind), (o) => sameKindStretch(o, parts.find((k) => inside(o.span, k)) ?? c.sentence, ordered))) : place),
    marks: () => (marks ??= figureMarks(c, text, sameKindStretch(c, clause, ordered), clause, [sents[si - 1], sents[si - 2]].filter((x): x is Span => !!x && x.end <= c.sentence.start), reportMarks?.() ?? new Set())),
    storyYear,
    narrowed: (sides) => {
      const key = [...sides].sort().join('|')
      let n = narrowed.get(key)
      if (!n) narrowed.set(key, (n = withRound(narrowingOfFigure(c, text, ordered, sides, storyYear, sents[si - 1]?.end <= c.sentence.start ? sents[si - 1] : undefined), roundNear(text, c.sentence, c.span), roundOfReport?.())))
      return n
    },
  }
}

const withRound = (n: FigureNarrowing, round: Round | undefined, report: Round | undefined): FigureNarrowing => (round || report ? { ...n, round, reportRound: report } : n)

// A figure's own words are its stretch of the sentence up to the figures of its kind on either
// side, split at the last separator ("26% at 5 pm, against 33% in 2019"); its sentence's head is
// what stands before the first of them ("En décembre 2019, M. Tebboune l'avait emporté avec 58%").
// The figure before it is read too: one said "against" it shares its hour.
function narrowingOfFigure(c: Claim, text: string, ordered: Claim[], sides: Set<string>, storyYear: number | undefined, before: Span | undefined): FigureNarrowing {
  const same = inSpan(ordered, c.sentence).filter((o) => o.quantity.kind === c.quantity.kind)
  const head = { start: c.sentence.start, end: same[0]?.span.start ?? c.span.start }
  const words = (o: Claim) => { const [start, end] = ownWords(o, text, sameKindStretch(o, c.sentence, ordered), c.sentence); return { start, end } }
  const i = same.indexOf(c)
  const prev = i > 0 ? figureNarrowing(text, same[i - 1], words(same[i - 1]), head, { storyYear }) : undefined
  return withOwnYear(c, figureNarrowing(text, c, words(c), head, { storyYear, prev, sides, before }))
}

// A figure of a group is a part of the whole when its words give it as one ("including 26
// foreigners", "dont 26 étrangers", "من بينهم ١٩ أجنبياً", "26 of them foreign nationals") or when
// the figure beside it counts another group ("97 women and 54 men", "٩٧ امرأة و٥٤ رجلاً").
// `same`: the figures of its kind in its sentence, in order; `groupsOf`: the groups a figure counts.
function givenApart(c: Claim, text: string, same: Claim[], groupsOf: (o: Claim) => Set<string>): Set<string> | null {
  const own = groupsOf(c)
  if (!own.size) return null
  const i = same.indexOf(c)
  const prev = same[i - 1]
  // ("181 of them came from Pakistan": "of them" says a part of a group given before, in this sentence or another.)
  if (saidAsPart(prev ? text.slice(prev.span.end, c.span.start) : '', text.slice(c.span.end, c.sentence.end))) return prev ? groupsOf(prev) : new Set()
  const key = [...own].sort().join('|')
  const breakdown = [prev, same[i + 1]].some((o) => {
    if (!o) return false
    // (Only a figure next to it: "97 women and 54 men", not one a clause away.)
    const between = o.span.end <= c.span.start ? text.slice(o.span.end, c.span.start) : text.slice(c.span.end, o.span.start)
    const g = between.length <= 40 ? groupsOf(o) : new Set<string>()
    return g.size > 0 && [...g].sort().join('|') !== key
  })
  return breakdown ? new Set() : null
}


// A date's own day is its day mark, before any weekday its words or sentence name.
const withOwnDay = (marks: Set<string>, c: Claim) => { const d = ownWeekday(c); return d ? new Set([...[...marks].filter((id) => markKind(id) !== 'day'), d]) : marks }

// What did it, its day or the whole may be said in the sentence before (nearest first), or by
// the whole report when it names one thing only.
function figureMarks(c: Claim, text: string, own: Span, clause: Span, before: Span[], report: Set<string>): { parts: Set<string>; levels: Set<string>[] } {
  const near: MarkKind[] = ['thing', 'day', 'whole']
  return {
    parts: groupsOfFigure(c, text, own),
    levels: [
      withOwnDay(marksIn(text.slice(...ownWords(c, text, own, clause)), near), c),
      marksIn(text.slice(own.start, own.end), near),
      marksIn(text.slice(clause.start, clause.end), near),
      marksIn(text.slice(c.sentence.start, c.sentence.end), near),
      ...before.map((b) => marksIn(text.slice(b.start, b.end), near)),
      report,
    ],
  }
}

// A region, a kind of people, a body or a period is said by the figure's own words, or in its
// clause, its sentence, or the sentence before ("No reliable toll exists for the war. Tens of
// thousands have been killed").
// (A clause of its sentence with a figure of its own speaks of that figure: "11,300 in the city,
// while 170 died elsewhere in the east".)
function figureTells(c: Claim, text: string, own: Span, clause: Span, parts: Span[], others: Span[], before: Span[]): Set<string>[] {
  const near = [[...ownWords(c, text, own, clause)], [own.start, own.end], [clause.start, clause.end]].map(([a, b]) => tellsIn(text, a, b))
  const sentence = new Set(parts.filter((k) => inside(c.span, k) || !others.some((o) => inside(o, k))).flatMap((k) => [...tellsIn(text, k.start, k.end)]))
  return [...near, sentence, ...before.map((b) => tellsIn(text.slice(b.start, b.end)))]
}

// Two or more country or people words joined by "and", "et", "و" or commas.
const LIST_JOIN = /^\s*(?:,|،|and|et|or|ou)?\s*(?:the|du|de la|des|de|d'|d’|la|le|les|l'|l’)?\s*$/iu
function peoplesListed(text: string, stretch: Span): string[] {
  const words = [...text.slice(stretch.start, stretch.end).matchAll(/[\p{L}'’]+/gu)]
  const runs: string[][] = []
  let run: string[] = []
  let last = -1
  for (const w of words) {
    const bare = w[0].replace(/^(?:Al-|al-|el-)/u, '')
    const country = countryOf(bare) ?? (/^و\p{L}{3,}/u.test(bare) ? countryOf(bare.slice(1)) : null)
    if (!country) continue
    const between = last < 0 ? '' : text.slice(stretch.start + last, stretch.start + w.index)
    if (run.length && LIST_JOIN.test(between)) run.push(country)
    else { if (run.length > 1) runs.push(run); run = [country] }
    last = w.index + w[0].length
  }
  if (run.length > 1) runs.push(run)
  return [...new Set(runs.flat())].length > 1 ? [...new Set(runs.flat())] : []
}

// A figure a rumour gives ("les rumeurs évoquant des dizaines de milliers de victimes", "rumours
// of thousands dead", "شائعات عن آلاف القتلى") is what is feared, not a count: a topic of the
// feared toll takes it, and the official toll does not.
const RUMOUR = /(?:^|[^\p{L}])(?:rumeurs?|rumou?rs?|unconfirmed reports|شائعات|إشاعات|الشائعات|الإشاعات)(?![\p{L}])/iu
function rumoured(text: string, from: number, c: Claim): boolean {
  return RUMOUR.test(text.slice(Math.max(from, c.span.start - 40), c.span.start))
}

// The stretch of a clause up to the figures of its kind before and after it (a day named between
// two counts is what tells them apart, not a bound).
function sameKindStretch(c: Claim, clause: Span, ordered: Claim[]): Span {
  const same = inSpan(ordered, clause).filter((o) => o !== c && o.quantity.kind === c.quantity.kind)
  const prev = same.filter((o) => o.span.end <= c.span.start).pop()
  const next = same.find((o) => o.span.start >= c.span.end)
  return { start: prev?.span.end ?? clause.start, end: next?.span.start ?? clause.end }
}

// Between two figures, the words after the last separator ("and", "et", a comma) are the next
// figure's: "Monday's strikes killed 9 and Thursday's shelling 14". With none, both share them.
const SEPARATOR = /(?:[,;:،؛]|(?<![\p{L}])(?:and|while|whereas|but|et|mais|alors que|tandis que)(?![\p{L}]))(?!.*(?:[,;:،؛]|(?<![\p{L}])(?:and|while|whereas|but|et|mais|alors que|tandis que)(?![\p{L}])))/isu
function ownWords(c: Claim, text: string, own: Span, clause: Span): [number, number] {
  const before = text.slice(own.start, c.span.start)
  const after = text.slice(c.span.end, own.end)
  const b = SEPARATOR.exec(before)
  const a = SEPARATOR.exec(after)
  // (Only a stretch that reaches another figure is split: the clause's own edges are kept.)
  return [b && own.start > clause.start ? own.start + b.index + b[0].length : own.start, a && own.end < clause.end ? c.span.end + a.index : own.end]
}

/** The figures inside a span, from the source's figures by where they start (a binary search, then the run inside it). */
function inSpan(ordered: Claim[], span: Span): Claim[] {
  const out: Claim[] = []
  for (let k = firstStartingAt(ordered, span.start); k < ordered.length && ordered[k].span.start < span.end; k++) if (inside(ordered[k].span, span)) out.push(ordered[k])
  return out
}

/**
 * The stretch of a clause that is a figure's own: up to the figures before and after it ("5,000 in
 * Derna, while 170 died elsewhere"). `ordered`: the source's figures by where they start.
 */
function ownStretch(c: Claim, clause: Span, ordered: Claim[]): Span {
  const lo = firstStartingAt(ordered, c.span.end)
  const next = ordered[lo]
  let j = lo - 1
  while (j >= 0 && ordered[j].span.end > c.span.start) j--
  const prev = ordered[j]
  return { start: prev && prev.span.end > clause.start ? prev.span.end : clause.start, end: next && next.span.start < clause.end ? next.span.start : clause.end }
}

/** Index of the first figure (sorted by where they start) that starts at or after an offset. */
function firstStartingAt(ordered: Claim[], offset: number): number {
  let lo = 0
  let hi = ordered.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ordered[mid].span.start < offset) lo = mid + 1; else hi = mid }
  return lo
}

/** Index of the first span (sorted, disjoint) that ends after an offset. */
function firstEndingAfter(spans: Span[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].end <= offset) lo = mid + 1; else hi = mid }
  return lo
}

const STRENGTH = ['', 'sentence', 'clause', 'counted noun']

// Whether an article names another place or event of the story (not a people, not a part of the
// story's place, not a topic read from cue words alone, which says too little of what it is
// about): a topic named for the story's own place (Pylos) then does not speak for the article's
// figures unless it is named too.
// (Another event's place is one another topic counts a toll for, or the same measure: a place
// named for a measure of the story's own event, "protests in Athens", "the Larissa stationmaster's
// age", is no other event.)
const TOLLS = new Set(['killed', 'injured', 'missing', 'bodies', 'survivors', 'displaced'])
function otherPlaceNamed(p: Prepared, prepared: Prepared[], mentions: Map<string, Span[]>): boolean {
  if (!p.storyWide) return true
  return prepared.some((o) => o !== p && !!o.concept && (o.concept.id === p.concept?.id || TOLLS.has(o.concept.id)) && o.aliasKeys.size > 0 && o.countries.size === 0 && !o.topic.scope && ![...o.aliasKeys].some((k) => p.aliasKeys.has(k)) && !!mentions.get(o.topic.id)?.length)
}

function scoreConcept(c: Claim, p: Prepared, concept: Concept, m: MeasureReading, ctx: ClaimContext, text: string, mentions: Span[], otherPlace: boolean, sentenceNames: () => SentenceNames, lang: Lang): { score: number; reasons: string[]; dist: number } | null {
  const t = p.topic
  // "Two days after the storm", "بعد قرابة أسبوع على مرور العاصفة": a time since an event dates it.
  const sinceEvent = t.kind === 'date' && concept.event && c.quantity.kind === 'duration' && isElapsed(c, text)
  if (c.quantity.kind !== t.kind && !(t.alsoKinds ?? []).includes(c.quantity.kind) && !sinceEvent) return null
  if (contains(ctx.clauseText, p.exclude).length) return null
  // An announcement is dated for what was announced: the topic's other words ("the withdrawal",
  // "the rehousing programme") stand in the figure's sentence.
  if (concept.id === 'announced' && p.context.size && ![...p.context].some((id) => sentenceNames().all.has(id))) return null
  // A count of people never joins a count of aircraft; a contract's date never a delivery's.
  if (m.family && m.family !== concept.family && !(concept.event && (m.family === 'date' || m.family === 'time'))) return null
  // A topic about projections ("expected toll") takes only figures said as projections ("could
  // reach 20,000"); a projected figure stays out of a topic of counts when a topic of its measure
  // takes projections, and otherwise joins it (an estimate of the damage "could reach" a sum).
  if (t.projection && !ctx.projection) return null
  if (ctx.projection && !t.projection && p.projectionRival) return null
  // The same for the rest of a place ("Deaths outside Derna": "170 more in other parts of the east").
  if (t.elsewhere && !ctx.elsewhere) return null
  if (ctx.elsewhere && !t.elsewhere && p.elsewhereRival) return null
  // A topic framed by a wider event than its sibling's ("Death toll of the war in Sudan" beside
  // "Death toll in Wad al-Nourah") takes a figure only when its sentence names that frame: the
  // story's own figures, said with the country's name, are the sibling's.
  // (Said in its sentence or the two before: "No reliable toll exists for the conflict. Tens of
  // thousands are known to have been killed".)
  if (p.framed && !conceptsIn(text, ctx.context, lang, true).some((x) => FRAMES.has(x.concept.id) && p.context.has(x.concept.id))) return null
  // A side, another time, an hour, abroad: a figure that names one joins the topic naming it.
  if (p.narrowedApart && !fitsNarrowing(p.narrowing, p.narrowedApart, ctx.narrowed(p.narrowedApart.atStake), ctx.storyYear, !!p.speaker)) return null
  // The same for what a topic's label adds to its measure ("Seriously injured", "Aid per partly
  // collapsed home", "Killings at the maternity hospital").
  let qualified = 0
  if (p.qualifiers.size || p.splitBy.others.length) {
    const q = ctx.qualifiers()
    const says = (id: string) => q.near.has(id) || q.sentence.has(id)
    // (A place another topic names keeps a figure out only when said of the figure itself: "the
    // hospital alone saw 450 killed", not "12 bodies taken to the morgue of a hospital".)
    if (p.splitBy.own.some((id) => !says(id)) || p.splitBy.others.some((id) => q.near.has(id))) return null
    qualified = [...p.qualifiers].filter(says).length
  }
  // A narrower measure counts toward a wider one, below any topic that asks for it alone.
  const narrower = !!m.concept && m.concept.broader === concept.id
  // (Named before the date in its own clause, as what the date's verb befell: "the dam was wrecked
  // early Tuesday", not "on June 9, after the dam was breached", a later day; and only when the
  // date reads no event another topic dates: "the ship was freed on Monday" is the release's day.)
  const byObject = p.objects.size > 0 && (c.quantity.kind === 'date' || c.quantity.kind === 'daterange') && (!m.concept || !p.rivalEvents.has(m.concept.id)) && conceptsIn(text, { start: ctx.clause.start, end: c.span.start }, lang, true).some((x) => p.objects.has(x.concept.id))
  if (!byObject && (!m.concept || (m.concept.id !== concept.id && !narrower && !p.alike.has(m.concept.id)))) return null
  // (Its sentence names what the topic's event befell: that is the sentence's measure.)
  const strength = byObject ? Math.max(m.strength, 1) : m.strength
  if (!fitsDateSplit(p.dateSplit, c, text)) return null
  // Among topics told apart by place, a figure goes to the place its nearest words say (or the whole).
  const placed = p.placeScope ? placeWeight(p.placeScope, ctx.place(p.placeScope.among)) : 0
  if (placed === null) return null
  // A count of one people among the victims ("two French nationals", "12 باكستانياً", "مصريان")
  // belongs to a topic about that people, not to the whole toll.
  // Countries counted are no people ("من ٤ دول بينها الإمارات وقطر").
  // (The country whose side a topic counts on is no people: "the side Russia holds".)
  const ownCountry = (x: string) => p.countries.has(x) || p.narrowing.side === x
  if (c.quantity.kind === 'count' && concept.family === 'people' && peopleNamed(c, text).some((w) => !ownCountry(countryOf(w)!))) return null
  // A count of several peoples listed together ("pilgrims from Jordan and Iran", "من الأردن
  // وإيران") is the whole's, not one of theirs.
  // So is a count said of "various countries", "les pays concernés", "مختلف الدول" by its clause.
  if (p.countries.size && concept.family === 'people' && (ctx.listed().some((x) => !p.countries.has(x)) || ctx.marks().levels.slice(0, 3).some((l) => l.has('whole')))) return null
  // A topic with no name is about the whole story; one named by a word most of the story's
  // articles share (the town, the disaster) needs it somewhere in the article; a narrower name (a
  // province, a nationality) must stand by the figure.
  const named = p.aliasKeys.size > 0
  // A topic named for the story's own place (the shipwreck off Pylos) also speaks for an article
  // that calls the place otherwise ("off southern Greece") and names no other place of the story.
  const unnamed = p.storyWide && !mentions.length && !otherPlace
  let e = named && !unnamed ? nearestEntity(c, ctx, text, mentions, !p.specific) : { score: ARTICLE_WIDE, dist: Infinity, where: '', in: '', start: 0, end: 0 }
  // A place the label names by a common noun ("at the Saudi maternity hospital") stands for its
  // name when the figure's own words say it (not another figure's: "12 bodies to the morgue, 5 to
  // a hospital").
  if (qualified && (!e || e.score < 2) && [...p.qualifiers].some((id) => ctx.qualifiers().near.has(id))) e = { score: 2, dist: Infinity, where: '', in: 'sentence', start: 0, end: 0 }
  if (!e) return null
  // A narrower name (a province among a story's places) stands in the figure's own sentence, and
  // so does the one who announced something: another's announcement is not his.
  if ((p.specific || (concept.id === 'announced' && named)) && e.score < MIN_SPECIFIC) return null
  // A count or an amount names its measure in its own clause; a date's event may stand anywhere in
  // its sentence, and so may the measure of a list of counts by place ("سُجّلت 13 وفاة في مراكش،
  // و190 في تارودانت") when the place stands in the figure's clause.
  if (strength < 2 && c.quantity.kind !== 'date' && c.quantity.kind !== 'daterange' && !(sinceEvent && isRecordSince(c, text)) && e.score < 3) return null
  // A topic about a place inside the story ("Deaths in Taroudant province") takes the figures whose
  // name stands with its place noun ("إقليم الحوز", "Al Haouz province") before the whole's topic.
  const part = !!t.scope && e.score >= 2 && placeNounBy(text, e.start, e.end) ? PART_BONUS : 0
  // A topic of a group takes no figure of another group ("54 men" beside "Women among the dead"),
  // and a topic of the whole none given as a part ("154 dead, including 26 foreigners").
  if (c.quantity.kind === 'count' && concept.family === 'people') {
    const f = ctx.marks().parts
    // ("Nine Egyptian men" are Egyptians: a figure naming the topic's group and another is of both.)
    if (p.groups.size ? [...f].some((id) => !p.groups.has(id)) && ![...f].some((id) => p.groups.has(id)) : ctx.apart()) return null
    // A people's count belongs to a topic of that people, however the report names it ("Egypt: 30 dead").
    if ([...f].some((id) => isNation(id) && !ownCountry(id.slice(NATION.length)))) return null
    // Nor does a topic of a group take a part of its own figure: "six health workers, among them four doctors".
    const whole = p.groups.size ? ctx.apart() : null
    if (whole && [...p.groups].some((id) => whole.has(id))) return null
    // And a topic of a group among those something happened to ("Foreigners among the injured")
    // takes only the figures that count it (a people may be named elsewhere: see above); a measure
    // that is itself who is counted ("Medics sent": "240 secouristes") is told by its measure.
    if (!concept.group && [...p.groups].some((id) => !isNation(id) && !f.has(id))) return null
  }
  // Among topics of one measure told apart by marks, a figure goes where the marks nearest it point.
  let marked = 0
  if (p.siblingMarks.size) {
    const f = ctx.marks()
    const parts = new Set([...f.parts].filter((id) => p.siblingMarks.has(id)))
    // A group ("children killed") takes only the figures that count it, and the others none of them.
    // (A people may be named anywhere by the figure, "the Egyptian deaths rose to 600", "وفاة ٦ من
    // مواطنيها": its topic's entity is looked for there; a figure naming another group is another's.)
    if ([...p.marks].some((id) => markKind(id) === 'part' && !isNation(id) && !parts.has(id)) || [...parts].some((id) => !p.marks.has(id))) return null
    const own = new Set([...p.marks].filter((id) => markKind(id) !== 'part'))
    const level = f.levels.map((l) => new Set([...l].filter((id) => p.siblingMarks.has(id)))).find((l) => speaksTo(own, l)) ?? new Set<string>()
    const fit = fitsMarks(own, level)
    if (fit === 'no') return null
    if (fit === 'yes') marked = MARK_BONUS - MARK_SPARE * [...own].filter((id) => !level.has(id)).length
  }
  // Among topics of one measure, a figure goes where the words nearest it point: the region, the
  // kind of people, the body or the period one of them names (a nearer word counts more).
  let told = 0
  if (p.tells.size) {
    // (A kind of people tells only by the figure's own words, "two police officers among the dead":
    // further off it is as often who counts, "the police have kept to 131", "رفعت الشرطة عدد القتلى".)
    // (Nor does a setting: "the ground toll at 33, for a total of 274".)
    const at = ctx.tells().findIndex((l, i) => [...l].some((id) => p.tells.has(id) && (i < 2 || !OWN_WORDS_TELL.has(TELL_KIND.get(id)!))))
    if (at >= 0) told = at <= 2 ? TELL_BONUS * (1 + 0.1 * (2 - at)) : TELL_BONUS / 2
  }
  // A topic of one body's count takes that body's figures, in any language, and no other's.
  const spoken = speakerFits(p.speaker, c, text)
  // (Each side's authority counts its own: a figure said on the topic's side is that side's count.)
  if (spoken === false && !(p.narrowedApart && p.narrowing.side && sideSaid(ctx.narrowed(p.narrowedApart.atStake)) === p.narrowing.side)) return null
  const reasons = [byObject && m.concept?.id !== concept.id ? 'its sentence names what the topic dates' : `measures ${narrower ? `${m.concept!.label.en}, counted toward ${concept.label.en}` : concept.label.en} (named in the ${STRENGTH[m.strength]})`, e.where ? `entity "${e.where}" in the ${e.in}` : unnamed ? 'the article names no other place of the story' : 'the topic names no entity']
  const { about, bonus: aboutBonus, where } = aboutOf(p.context, sentenceNames(), CONTEXT_BONUS)
  if (about) reasons.push(`its ${where} names the ${conceptById(about)!.label.en} the topic is about`)
  if (qualified) reasons.push('it says what the topic adds to its measure')
  if (marked || told) reasons.push('the words by it tell this topic from others of its measure')
  if (spoken) reasons.push('it is given by the body whose count the topic is')
  return { score: strength + e.score + part - (narrower ? 0.5 : 0) + aboutBonus + (qualified ? CONTEXT_BONUS : 0) + marked + told + placed + (spoken ? SPEAKER_BONUS : 0), reasons, dist: e.dist }
}

// (Read once per mention: every figure of a report looks at the same mentions.)
const seats = new WeakMap<Span, boolean>()
function seatOf(text: string, m: Span): boolean {
  let seat = seats.get(m)
  if (seat === undefined) seats.set(m, (seat = speakerSeat(text, m.start, m.end) || mostlyIn(text, m.start)))
  return seat
}

/** The topic's entity nearest the claim: clause 3, sentence 2, the two sentences before 1, elsewhere in the article 0.5. */
function nearestEntity(c: Claim, ctx: ClaimContext, text: string, mentions: Span[], anywhere: boolean): { score: number; dist: number; where: string; in: string; start: number; end: number } | null {
  let entity = 0
  let dist = Infinity
  let where = ''
  let at: Span = { start: 0, end: 0 }
  for (let i = firstEndingAfter(mentions, ctx.context.start); i < mentions.length && mentions[i].start < ctx.context.end; i++) {
    const m = mentions[i]
    // A nationality in the speaker's name says who speaks, not where the figure is: "the Libyan Red
    // Crescent said", "قالت نقابة أطباء السودان" (a body named in full, "مجموعة فاغنر", still counts).
    if (c.attribution && inside(m, c.attribution.span) && isCountryName(text.slice(m.start, m.end))) continue
    if (peopleOfAnother(c.span, m, ctx.others, text)) continue
    // Nor does the seat of a body that counts: "the authorities in eastern Libya announced 3,252 deaths".
    if (seatOf(text, m)) continue
    if (placeOfAnother(c, m, ctx, text)) continue
    // A currency's nationality is no place: "2 billion Libyan dinars", "٢ مليار دينار ليبي".
    if (c.quantity.kind === 'money' && inside(m, c.span)) continue
    const d = Math.abs((m.start + m.end) / 2 - (c.span.start + c.span.end) / 2)
    const s = inside(m, ctx.clause) ? 3 : inside(m, c.sentence) ? 2 : inside(m, ctx.context) ? 1 : 0
    if (s > entity || (s === entity && s > 0 && d < dist)) { entity = s; dist = d; where = text.slice(m.start, m.end); at = m }
  }
  // A name just before the figure is at least as good as a name somewhere in its article.
  if (entity > 0) return { score: anywhere ? Math.max(entity, ARTICLE_WIDE) : entity, dist, where, in: ['', 'preceding sentences', 'sentence', 'clause'][entity], ...at }
  if (anywhere && mentions.length) return { score: ARTICLE_WIDE, dist: Infinity, where: text.slice(mentions[0].start, mentions[0].end), in: 'article', ...mentions[0] }
  return null
}

// A people named right after another number is what that number counts ("104 rescued: 47
// Syrians, 43 Egyptians"), and so is one named after this figure with another number between
// ("104 survivors, 12 of whom are Pakistani"): neither names this figure's people.
function peopleOfAnother(own: Span, m: Span, others: Span[], text: string): boolean {
  if (!others.length || !isCountryName(text.slice(m.start, m.end))) return false
  return others.some((o) => (o.end <= m.start && /^\s{0,2}$/u.test(text.slice(o.end, m.start))) || (own.end <= o.start && o.end <= m.start))
}

// In a list of figures by place, a name belongs to the figure it introduces ("Ouarzazate with 39
// and the Marrakesh prefecture with 14", "إقليم تارودانت بـ190") and to the figure of its own
// clause ("with 1,684 deaths recorded there, while Taroudant province has counted 980"): neither
// is the place of another figure of the sentence.
const INTRODUCES = /^\s*(?:[\p{L}'’-]+\s+){0,2}?(?:with|at|avec|à|ب|بـ|:)\s*$/u
function placeOfAnother(c: Claim, m: Span, ctx: ClaimContext, text: string): boolean {
  if (!ctx.others.length) return false
  if (c.span.end <= m.start && ctx.others.some((o) => o.start >= m.end && o.start - m.end < 40 && INTRODUCES.test(text.slice(m.end, o.start)))) return true
  // (Only a later clause: one before may name what the figure adds to, "طائرتين من طراز TB2 …، تلتها ثلاث أخرى".)
  if (m.start < c.span.end || inside(m, ctx.clause) || !inside(m, c.sentence)) return false
  const k = ctx.clauses.find((x) => inside(m, x))
  return !!k && ctx.others.some((o) => inside(o, k))
}

function score(c: Claim, p: Prepared, ctx: ClaimContext, text: string, mentions: Span[]): { score: number; reasons: string[]; dist: number } | null {
  const t = p.topic
  if (c.quantity.kind !== t.kind && !(t.alsoKinds ?? []).includes(c.quantity.kind)) return null
  const { clauseText, sentText, counted } = ctx
  if (contains(clauseText, p.exclude).length) return null
  // The entity: the nearest mention in the clause, the sentence, or just before. A topic that names
  // none (made from a reader's words alone) is about the whole story: its cue words decide.
  const e = p.aliasKeys.size ? nearestEntity(c, ctx, text, mentions, false) : { score: 1, dist: Infinity, where: '', in: 'story' }
  if (!e) return null
  const { score: entity, dist, where } = e
  // The measure: cue words by the figure.
  const numeric = c.quantity.kind === 'count'
  // A topic of people named by where they were ("People in the hall") counts people: a counted noun
  // that is no people is something else there ("Seven hall doors"). (Its people, "1,000 people were
  // inside the hall", name no cue in their counted noun: the pass that fills empty topics reads them,
  // and their restatements in other languages.)
  if (p.anyone && numeric && c.counted && !countsPeople(c.counted)) return null
  // (Told from its siblings by a side, a time, an hour or abroad as a concept topic is.)
  if (p.narrowedApart && !fitsNarrowing(p.narrowing, p.narrowedApart, ctx.narrowed(p.narrowedApart.atStake), ctx.storyYear, !!p.speaker)) return null
  const inCounted = numeric ? saysCues(counted, p.cues) : []
  const inClause = saysCues(clauseText, p.cues)
  const inSentence = saysCues(sentText, p.cues)
  // A date's clause is often just the date ("وفي منتصف نوفمبر 2025، ..."): its sentence carries the event.
  // A count with a counted noun of its own that names no cue counts something else ("12 teachers"
  // beside "40 schools were closed"): the clause's cue words are another figure's.
  const ownNoun = numeric && !!c.counted && !inCounted.length
  const cue = inCounted.length ? 2 : inClause.length && !ownNoun ? 1.5 : !numeric && inSentence.length ? 1 : 0
  if (p.cues.length && cue === 0) return null
  const reasons = [p.aliasKeys.size ? `entity "${where}" in the ${['', 'preceding sentences', 'sentence', 'clause'][entity]}` : 'about the whole story']
  const cues = inCounted.length ? inCounted : inClause.length ? inClause : inSentence
  if (cues.length) reasons.push(`cue ${cues.map((w) => `"${w}"`).join(', ')} in the ${inCounted.length ? 'counted noun' : inClause.length ? 'clause' : 'sentence'}`)
  // More of the topic's words by the figure ("15 fires still active" beside "97 fires"): the
  // narrower of two topics that share a word.
  const more = cue >= 1.5 ? Math.min(2, new Set([...inCounted, ...inClause]).size - 1) * MORE_CUES : 0
  return { score: entity + cue + more, reasons, dist }
}
