import type { Assignment, Claim, Comparison, Source, Span, Topic } from '../model'
import { DEFAULT_TOLERANCE, overlaps, toInterval, type Interval } from './interval'
import { independence } from './independence'
import { consensus, type Voice } from './consensus'
import { decideWeighed, weakEvidence } from './weak'
import { explain, explainContext } from './explain'
import { claimOrigin, isOwnMedia, originOf, saysOfficial, WIRE } from './origins'
import { wireOfSource } from './wireCopy'
import { topicOrigins } from './relays'
import { asOf, sameStatedTime, twoDays, type AsOf } from './asof'
import { foldKey } from '../text/normalize'
import { isDateKind, NUMERIC_KINDS } from '../quantity/parts'
import { isCompared, partsOfWholes } from './parts'
import { earlierSteps } from './recalled'
import { citedBody, namesBodyBefore, paragraphBody } from './speakers'
import { presentState } from './states'
import { revisedDown } from './revisions'
import { toldMoment, type Told } from './moment'
import { sayingDays, withoutSayingDays } from './saying'
import { projectedIn } from '../align/facets'
import { TALLIED_MEASURES, tallyStage, type TallyStage } from './tally'
import { restatedAmounts } from './money'
import { withTheirYear } from './yearless'
import { decidedTopic } from './decided'
import { beforeAnother } from './before'
import { rupeesAsRupiah } from './rupiah'

// A topic's comparison: the decision on its figures (decide.ts, pure, with its reason), the words
// for it in English and Arabic (explain.*.ts), how many outlets and independent origins state it,
// which sources were folded together and why, a consensus for numbers, and the sources whose one
// speaker contradicts themselves.

export interface CompareOptions {
  /** Relative tolerance for "about" figures (default 0.1). */
  tolerance?: number
  /** Per-source weights for the consensus (default 1). */
  weights?: Record<string, number>
  /** Each figure's placement (by claim id), so that figures placed on weak evidence weigh less (weak.ts). */
  placement?: ReadonlyMap<string, Pick<Assignment, 'reasons'>>
}

const OTHER = /(^|\s)(اخري|اخر|اخرين)(\s|$)/u

// Kept in parts.ts, whose imports are light: the overview reads it on the first screen.
export { isCompared } from './parts'

/**
 * A figure's origin before its topic is read: its speaker's body, else the body its paragraph
 * speaks for (a figure with no speaker after "The agency said…", a nameless "the agency" after the
 * body was named), else its outlet's group.
 */
export function baseOrigin(c: Claim, group: (source: string) => string, srcById: Map<string, Source>): string {
  const { speaker, cited } = readOrigin(c, group, srcById)
  return cited ?? speaker
}

/** A figure's speaker (its body, or its paragraph's, or its outlet), and the body whose count that speaker says it passes on. */
function readOrigin(c: Claim, group: (source: string) => string, srcById: Map<string, Source>): { speaker: string; cited: string | null } {
  const src = srcById.get(c.source)
  const own = claimOrigin(c, group).key
  const speaker = own.startsWith('body:') ? own : (src && paragraphBody(src, c)) ?? own
  // A body (or a speaker) that cites another's count passes it on: the count is the cited body's.
  if (!src || speaker.startsWith('outlet:')) return { speaker, cited: null }
  const cited = citedBody(src, c.sentence)
  return { speaker, cited: cited ? originOf(cited).key : null }
}

/** The agency a source is a copy of, read once per source and text (wireCopy.ts). */
function wireOf(src: Source | undefined): string | null {
  if (!src) return null
  const hit = WIRE_OF.get(src)
  if (hit && hit.text === src.text && hit.outlet === src.outlet) return hit.wire
  const wire = wireOfSource(src)
  WIRE_OF.set(src, { text: src.text, outlet: src.outlet, wire })
  return wire
}
const WIRE_OF = new WeakMap<Source, { text: string; outlet: string | null; wire: string | null }>()

// A figure's told moment is read once, not once per topic and per decision: a story's figures are
// judged in many topics. (Kept with the text and day it was read from, which an edit may change.)
const TOLD = new WeakMap<Claim, { text: string | undefined; published: string | null | undefined; told: Told | null }>()
function toldOf(c: Claim, src: Source | undefined): Told | null {
  const hit = TOLD.get(c)
  if (hit && hit.text === src?.text && hit.published === src?.published) return hit.told
  const told = toldMoment(c, src?.text, src?.published, SAID.get(c)?.said)
  TOLD.set(c, { text: src?.text, published: src?.published, told })
  return told
}

// A figure's stage of a ballot's count is read once too, with the text it was read from.
const STAGE = new WeakMap<Claim, { text: string | undefined; stage: TallyStage | null }>()
function stageOf(c: Claim, src: Source | undefined): TallyStage | null {
  const hit = STAGE.get(c)
  if (hit && hit.text === src?.text) return hit.stage
  const stage = tallyStage(c, src?.text)
  STAGE.set(c, { text: src?.text, stage })
  return stage
}

// A figure as the decision reads its moment: without the day its statement was made (saying.ts).
// Read once per figure and text; the copy is kept, so that what is read of it is read once too.
const SAID = new WeakMap<Claim, { text: string | undefined; said: Span[]; read: Claim }>()
function momentRead(c: Claim, src: Source | undefined): Claim {
  const hit = SAID.get(c)
  if (hit && hit.text === src?.text) return hit.read
  const said = sayingDays(c, src?.text)
  const read = withoutSayingDays(c, said)
  SAID.set(c, { text: src?.text, said, read })
  if (read !== c) SAID.set(read, { text: src?.text, said, read })
  return read
}

/** Judges every topic: verdict, one-sentence explanations, independent origins, consensus. */
export function compareTopics(topics: Topic[], claims: Claim[], assignments: Assignment[], sources: Source[], options: CompareOptions = {}): Comparison[] {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const groups = independence(sources)
  const srcById = new Map(sources.map((s) => [s.id, s]))
  return topics.map((t) => {
    const own = assignments.filter((a) => a.topicId === t.id)
    const cs = own.map((a) => byId.get(a.claimId)).filter((c): c is Claim => !!c)
    return compareTopic(t, cs, srcById, groups.groupOf, groups.folded, { ...options, placement: new Map(own.map((a) => [a.claimId, a])) })
  })
}

export function compareTopic(t: Topic, given: Claim[], srcById: Map<string, Source>, groupOf: Map<string, string>, folded: { sources: string[]; why: string }[], options: CompareOptions = {}): Comparison {
  const reread = given.map((c) => momentRead(c, srcById.get(c.source)))
  // A day written without its year is shown, as it is judged, in the year the others give it (yearless.ts).
  // (Rupees beside rupiah are rupiah: rupiah.ts.)
  const cs = isDateKind(t.kind) ? withTheirYear(reread, (c) => asOf(c, srcById.get(c.source))) : t.kind === 'money' ? rupeesAsRupiah(reread) : reread
  const tol = options.tolerance ?? DEFAULT_TOLERANCE
  const group = (source: string) => groupOf.get(source) ?? source
  // Read once per topic: the decision asks for origins pair by pair, and a relay is known only
  // from the other figures of its topic.
  // A news agency's own dispatch, and a story republished from it ("citing Reuters", "ALGIERS
  // (AFP) –"), state what the agency states: its figures no one else is credited with are the
  // agency's (wireCopy.ts).
  const voice = (source: string) => { const w = wireOf(srcById.get(source)); return w ? `${WIRE}${w}` : group(source) }
  const read = new Map<string, ReturnType<typeof readOrigin>>()
  const readOf = (c: Claim) => { let r = read.get(c.id); if (!r) read.set(c.id, r = readOrigin(c, voice, srcById)); return r }
  const base = (c: Claim) => { const r = readOf(c); return r.cited ?? r.speaker }
  const passesOn = (c: Claim) => { const r = readOf(c); return r.cited && r.cited !== r.speaker && r.speaker.startsWith('body:') ? r.speaker : null }
  const names = (c: Claim, body: string) => { const src = srcById.get(c.source); return !!src && namesBodyBefore(src, body, c.span.start) }
  const ownCount = (c: Claim) => { const src = srcById.get(c.source); return !!c.attribution?.who && isOwnMedia(c.attribution.who) && !!src && !saysOfficial(src.text.slice(c.sentence.start, c.sentence.end)) }
  const originByClaim = topicOrigins(cs, base, { decided: decidedTopic(t), passesOn, names, ownCount })
  const origin = (c: Claim) => originByClaim.get(c.id) ?? base(c)
  // A figure its own report gives as a part of a larger one it states here ("including 20 million
  // from Berlin") concerns a part, as a figure of one town does.
  const parts = partsOfWholes(cs, (id) => srcById.get(id)?.text)
  const compared = (c: Claim) => isCompared(t, c) && !parts.has(c.id)
  const placement = options.placement
  const weakOf = (c: Claim) => { const a = placement?.get(c.id); return a ? weakEvidence(a) : null }
  // An earlier step of a count its report gives higher ("the previous toll of 9") is history, not the
  // report's figure: it is set aside before the decision, and named.
  const steps = earlierSteps(cs, (id) => srcById.get(id)?.text)
  const weighed = decideWeighed(t, steps.size ? cs.filter((c) => !steps.has(c.id)) : cs, { origin, asOf: (c) => asOf(c, srcById.get(c.source)), compared, tolerance: tol, body: (o) => o.startsWith('body:'), state: (c) => presentState(c, srcById.get(c.source)?.text), lowered: (c) => revisedDown(c, srcById.get(c.source)?.text), forecast: (c) => { const text = srcById.get(c.source)?.text; return !!text && projectedIn(text, c.sentence.start, c, c.sentence.end) }, told: (c) => toldOf(c, srcById.get(c.source)), before: (c) => beforeAnother(c, srcById.get(c.source)?.text), stage: t.concept && TALLIED_MEASURES.has(t.concept) ? (c) => stageOf(c, srcById.get(c.source)) : undefined }, weakOf)
  const { decision } = weighed
  const weak = [...cs.filter((c) => steps.has(c.id)).map((c) => ({ claim: c.id, why: 'earlier-count' as const })), ...weighed.weak]
  const weakIds = new Set(weak.map((w) => w.claim))
  // An amount restated in another currency is shown with the topic but judged, counted and averaged
  // as the amount it restates; a figure set aside for its weak placement is shown, not counted.
  const restated = t.kind === 'money' ? restatedAmounts(cs, (c) => asOf(c, srcById.get(c.source))?.to.slice(0, 7) ?? null) : null
  const main = cs.filter((c) => compared(c) && c.role !== 'conversion' && !restated?.has(c.id) && !weakIds.has(c.id))
  const setAside = main.length ? cs.filter((c) => !compared(c)) : []
  // A single source counts one independent source, even when its one article quotes two speakers who agree.
  const origins = decision.reason.code === 'one-origin' ? 1 : new Set(main.map(origin)).size
  const outlets = new Set(main.map((c) => group(c.source))).size
  const mainSources = new Set(main.map((c) => c.source))
  const foldedHere = folded.filter((f) => f.sources.filter((s) => mainSources.has(s)).length > 1)
  const iv = (c: Claim) => toInterval(c.quantity, tol)
  const numericVerdict = decision.verdict !== 'single-source' && decision.verdict !== 'needs-review' && decision.verdict !== 'other-scope'
  return {
    topic: t.id,
    verdict: decision.verdict,
    reason: decision.reason,
    explanation: explain(decision.reason, explainContext(cs, srcById, setAside, mainSources.size, origins, weak, parts)),
    independentSources: origins,
    outlets,
    folded: foldedHere,
    // A consensus is drawn only over figures in one unit (amounts in two currencies have none).
    consensus: NUMERIC_KINDS.has(t.kind) && numericVerdict && new Set(main.map((c) => c.quantity.unit)).size === 1 ? consensus(voices(main, origin, iv, options.weights ?? {})) : null,
    withinSource: selfContradictions(main, iv, origin, (c) => asOf(c, srcById.get(c.source))),
    claims: cs.map((c) => c.id),
    ...(weak.length ? { weak } : {}),
  }
}

/**
 * Pairs of one source's figures for the same thing, from the same speaker (or none), at the same
 * time (the text sets the same time or none for both, and their as-of days overlap), that cannot both hold. Two speakers quoted in one article disagree with each other; the
 * article does not contradict itself.
 */
function selfContradictions(cs: Claim[], iv: (c: Claim) => Interval | null, origin: (c: Claim) => string, timeOf: (c: Claim) => AsOf | null): Comparison['withinSource'] {
  const out: Comparison['withinSource'] = []
  // Pairs within one source only: a topic of thousands of figures has few per source.
  const bySource = new Map<string, Claim[]>()
  for (const c of cs) { const l = bySource.get(c.source); if (l) l.push(c); else bySource.set(c.source, [c]) }
  for (const own of bySource.values()) for (let i = 0; i < own.length; i++) for (let j = i + 1; j < own.length; j++) {
    const a = own[i]; const b = own[j]
    if (a.quantity.kind !== b.quantity.kind || origin(a) !== origin(b) || !sameStatedTime(a, b)) continue
    // Counts of two known days ("100 by Monday", then today's 150) are the count moving. (Only days:
    // a report known to date from some months, beside the month its event happened in, may still
    // give two counts of that one event.)
    if (twoDays(timeOf(a), timeOf(b))) continue
    // "أربع مروحيات أخرى": other items, another batch, not a second figure for the same thing.
    if (OTHER.test(foldKey(`${a.counted ?? ''} ${b.counted ?? ''}`))) continue
    const A = iv(a); const B = iv(b)
    if (A && B && !overlaps(A, B)) out.push({ source: a.source, claims: [a.id, b.id], why: `"${a.text}" and "${b.text}" do not overlap` })
  }
  return out
}

function voices(cs: Claim[], origin: (c: Claim) => string, iv: (c: Claim) => Interval | null, weights: Record<string, number>): Voice[] {
  const perOrigin = new Map<string, number>()
  for (const c of cs) perOrigin.set(origin(c), (perOrigin.get(origin(c)) ?? 0) + 1)
  // One origin speaks once, however many outlets repeat it: its weight is shared among its figures.
  return cs.flatMap((c) => { const i = iv(c); return i ? [{ source: c.source, interval: i, weight: (Object.hasOwn(weights, c.source) ? weights[c.source] : 1) / perOrigin.get(origin(c))! }] : [] })
}
