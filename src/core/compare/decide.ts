import type { Claim, Topic, Verdict } from '../model'
import { DAYS_PER_UNIT, days, durationDays, overlaps, toInterval, width, type Interval } from './interval'
import type { Decision, Reason } from './reason'
import { statedTime, sameStatedTime, twoDays, type AsOf } from './asof'
import { moments, namesOccasion, type Told } from './moment'
import { decideDates } from './dates'
import { decideNumbers, movesOverTime, rounded, runsUp } from './numbers'
import { farApart } from './clashes'
import { ownRevision } from './ownRevision'
import { earlier, firstNotFrom, firstTwo, profiles, type FirstTwo } from './profiles'
import { conceptById } from '../align/measureOf'
import { bodyLabel } from './origins'
import { restatedAmounts } from './money'
import { withTheirYear } from './yearless'
import type { TallyStage } from './tally'
import { isDateKind, NUMERIC_KINDS } from '../quantity/parts'

// The decision on a topic, from its figures alone: pure, and returning why. The order of the
// checks is the order a fact-checker reads the evidence in:
//   1. nothing to compare, or only figures about a part;
//   2. a stated duration that does not fit a stated range;
//   3. one origin only (however many outlets repeat it), or one article whose speakers agree:
//      single source;
//   4. units: currencies converted at the rate of the figure's month, other units to one unit;
//      what cannot be converted needs a reviewer;
//   5. dates: two complete ranges of one event that differ at an end conflict; a point inside a
//      range agrees with different precision; dates that do not overlap conflict (or need review
//      when the event can recur);
//   6. numbers: bounds keep their meaning ("more than 20 million" fits 50 million); figures that
//      cannot both hold conflict when they are about the same time, and form a time series when
//      each has its own known time; otherwise they agree, one perhaps more precisely.

/** What the decision reads of each figure, beside the figure itself. */
export interface DecideContext {
  /** The origin a figure comes from (its speaker's body, else its outlet's group). */
  origin: (c: Claim) => string
  /** The days a figure is about, or null when they cannot be known. */
  asOf: (c: Claim) => AsOf | null
  /** Whether a figure is about the whole topic (not a town or one operation within it). */
  compared: (c: Claim) => boolean
  /** Relative tolerance for "about" figures. */
  tolerance: number
  /**
   * Whether an origin is a body that speaks for itself (an agency, a ministry, a presidency): two
   * of them quoted in one article are two origins. Unnamed speakers ("Western estimates", a
   * survivor) and the article's own voice are not. Default: none is.
   */
  body?: (origin: string) => boolean
  /** Whether a figure counts people in a present state (in serious condition, still in hospital): no running total, it may fall. Default: none does. */
  state?: (c: Claim) => boolean
  /** Whether a figure's own words say its count was lowered ("revised down to 275"): a correction, so a running total fell. Default: none does. */
  lowered?: (c: Claim) => boolean
  /** Whether a figure is said as a forecast or a fear ("could take", "pourrait atteindre", "قد يصل"), not as a count. Default: none is. */
  forecast?: (c: Claim) => boolean
  /** The moment a figure's own sentence sets it at (a day, or the occasion it measures), or null (moment.ts). Default: none. */
  told?: (c: Claim) => Told | null
  /** Whether a length of time is counted back from another moment its sentence names ("ten days before the vote"), not from its report's day (before.ts). Default: none is. */
  before?: (c: Claim) => boolean
  /** The stage of a ballot's count a figure's sentence gives it at (after counting 60 %, preliminary, final results), or null (tally.ts). Default: none. */
  stage?: (c: Claim) => TallyStage | null
}

export function decide(topic: Pick<Topic, 'kind' | 'recurring' | 'fixed' | 'concept'> & Partial<Pick<Topic, 'label' | 'measure' | 'projection'>>, claims: Claim[], ctx: DecideContext): Decision {
  const out = (verdict: Verdict, reason: Reason): Decision => ({ verdict, reason })
  if (!claims.length) return out('needs-review', { code: 'none' })
  // An amount restated in another currency in the same breath is not a second figure, even when
  // no conversion word marks it and the table cannot convert it (money.ts).
  const restated = topic.kind === 'money' ? restatedAmounts(claims, (c) => ctx.asOf(c)?.to.slice(0, 7) ?? null) : null
  const read = restated?.size ? claims.map((c) => (restated.has(c.id) ? { ...c, role: 'conversion' as const } : c)) : claims
  // (A day written without its year is read in the year the topic's other figures give it: yearless.ts.)
  const main = dedupe((topic.kind === 'money' ? inTheirCurrency(read) : isDateKind(topic.kind) ? withTheirYear(read, ctx.asOf) : read).filter((c) => ctx.compared(c) && c.role !== 'conversion'), ctx.origin)
  if (!main.length) {
    // Figures of one origin only, each about a part: nothing stands beside them to differ in
    // scope, so what a reader needs to know is that no one else gives them.
    const stated = dedupe(read.filter((c) => c.role !== 'conversion'), ctx.origin)
    const [only, ...others] = new Set(stated.map(ctx.origin))
    if (only !== undefined && !others.length) return out('single-source', { code: 'one-origin', figures: stated.map((c) => c.id), outlets: [...new Set(stated.map((c) => c.source))], origin: bodyName(only, ctx) })
    return out('other-scope', { code: 'parts-only', parts: claims.map((c) => c.id) })
  }
  const dateTopic = isDateKind(topic.kind)
  // A duration beside a date range: "three days" against 11–24 November. In a topic about one
  // day, a duration is the time since it ("two days after the storm"): it dates the event and is
  // shown, but is no length to check against a range.
  // A length set before another moment ("ten days before the vote") dates the event from that
  // moment, which the figures do not give: it is shown, and read neither as a time since the event
  // nor as the event's length.
  const anchored = new Set(dateTopic && ctx.before ? main.filter((c) => c.quantity.kind === 'duration' && ctx.before!(c)) : [])
  const durations = dateTopic ? main.filter((c) => c.quantity.kind === 'duration' && !anchored.has(c)) : []
  const isDuration = new Set(durations)
  const values = main.filter((c) => !isDuration.has(c) && !anchored.has(c))
  // A length of time counted back from its report's day to a day the other figures give ("two
  // weeks after the cyclone", written on 30 December, beside "14 December") is the time since the
  // event: it dates the event too, and counts as a voice on its date.
  const given = durations.length ? overlapIndex(values.map((v) => toInterval(v.quantity)).filter((x): x is Interval => !!x)) : () => false
  const since = durations.filter((d) => { const iv = sinceInterval(d, ctx); return !!iv && given(iv) })
  const isSince = new Set(since)
  // In a topic of lengths of time ("the mourning lasted…"), every length is checked against the
  // ranges some reports give instead ("from 11 to 24 November").
  const lengths = topic.kind === 'duration' ? main.filter((c) => c.quantity.kind === 'duration') : topic.kind === 'date' ? [] : durations.filter((x) => !isSince.has(x))
  if (lengths.length) {
    const ranges = rangesByDays(values, ctx)
    for (const d of lengths) {
      const dd = durationDays(d.quantity)
      if (!dd) continue
      // The first range (in order) of another origin whose length the duration does not fit.
      let first = Infinity
      let len = 0
      for (const g of ranges) if ((g.len < dd.lo - 0.5 || g.len > dd.hi + 0.5) && firstNotFrom(g.first, ctx.origin(d)) < first) { first = firstNotFrom(g.first, ctx.origin(d)); len = g.len }
      if (first < Infinity) return out('conflict', { code: 'duration-vs-range', duration: d.id, range: values[first].id, rangeDays: len })
    }
  }
  // In a topic about one day, a length of time since it that points to no day another origin
  // gives ("nearly four weeks", written on 9 September, beside "since July") dates the event
  // elsewhere: both cannot be right. (One that fits a day dates the event too: `since`. One many
  // times longer or shorter than the time since that day, "two decades ago" beside last week, is
  // about something else.)
  if (topic.kind === 'date') {
    for (const d of durations) {
      // (A vague length, "a few days ago", is loose wording: it dates nothing precisely enough.)
      if (isSince.has(d) || d.quantity.qualifier === 'vague' || !sinceInterval(d, ctx)) continue
      const day = values.find((v) => ctx.origin(v) !== ctx.origin(d) && elapsedAlike(d, v, ctx))
      if (day) return out('conflict', { code: 'since-apart', day: day.id, since: d.id, written: ctx.asOf(d)!.to })
    }
  }
  // The figures the verdict weighs: numbers in a topic of numbers, dates in a topic of dates. A
  // start date beside lengths of time ("since June 2014" among "six years") is shown, not weighed,
  // so it is no second origin either.
  const weighed = dateTopic ? [...values, ...since] : values.filter((c) => NUMERIC_KINDS.has(c.quantity.kind))
  const origins = new Set((weighed.length ? weighed : main).map(ctx.origin))
  // A measure that does not change over time (a ransom, a magnitude) has no series: any two
  // figures of it are about the same thing.
  const fixed = topic.fixed ?? conceptById(topic.concept)?.fixed ?? false
  // A running total only adds up; a count of people in a state now (in critical condition) may fall.
  const runs = runsUp(topic.concept)
  const running = (c: Claim) => runs(c) && !ctx.state?.(c)
  // Numbers are weighed at the moment each describes: for a measure that does not only add up,
  // the moment its text tells, whenever it was reported (moment.ts).
  const numbers = values.filter((c) => NUMERIC_KINDS.has(c.quantity.kind))
  // A measure of one occasion, by its own words ("people inside the hall when the fire broke out",
  // "officers on duty on the night of the crush"): a figure whose text sets it at no day is the
  // occasion's, whatever day it was reported; its moment stays unknown, never its report's day,
  // and such figures form no series (a series needs two known, different moments).
  const occasion = !dateTopic && occasionTopic(topic)
  const told = occasion ? (c: Claim): Told | null => ctx.told?.(c) ?? { occasion: true } : ctx.told
  const moves = movesOverTime(topic.concept) && !occasion
  const atMoments: DecideContext = told && !dateTopic ? { ...ctx, asOf: moments(numbers, ctx.asOf, told, running, (c) => ctx.state?.(c) ?? false) } : ctx
  if (origins.size === 1) {
    // One origin whose count moves from day to day (a ministry's rising toll), as several outlets
    // reported it on their days, or as one article gives it on two known days ("40 by Friday, 65
    // today"), is a series; one article's figures of one day stay its single source.
    if (!dateTopic && !fixed && (new Set(main.map((c) => c.source)).size > 1 || knownDays(main, ctx) > 1)) {
      const s = decideNumbers(numbers, atMoments, true, running, moves)
      if (s.verdict === 'time-series' || s.verdict === 'conflict') return s
    }
    // One origin giving two figures that cannot both hold for the same time says so too.
    const clash = selfClash(values, ctx)
    // Two outlets that relay one origin's figure for the same moment differently cannot both be
    // right about what it said.
    // The one origin is named when it is a body ("WHO", "interior ministry (Morocco)").
    const [only] = origins
    const origin = bodyName(only, ctx)
    const relayed = clash && values.find((c) => c.id === clash[0])!.source !== values.find((c) => c.id === clash[1])!.source
    if (clash && relayed) return out('conflict', { code: 'no-overlap', a: clash[0], b: clash[1], conversions: [], sameSource: false, relayed: origin })
    // One report giving two close counts of one thing for one moment (85 injured still in hospital,
    // and 84 a paragraph later; 16,000 people at risk, and 22,000) gives two accounts that cannot
    // both be right, whoever it credits them to: that is the dispute a reader must see, not a
    // figure no one else confirms. (Counts far apart are more likely two things: a level and its
    // peak, a region's share and the total.)
    if (clash && closeCounts(values, clash)) return out('conflict', { code: 'no-overlap', a: clash[0], b: clash[1], conversions: [], sameSource: true })
    return out('single-source', { code: 'one-origin', figures: main.map((c) => c.id), outlets: [...new Set(main.map((c) => c.source))], origin, ...(clash ? { selfConflict: clash } : {}) })
  }
  const d = dateTopic ? decideDates(topic, values, since, ctx) : decideNumbers(numbers, atMoments, !fixed, running, moves)
  // A forecast ("clearing the queue could take a week to ten days") beside an account of what
  // happened ("it took nearly four days") neither contradicts it nor follows it over time: when
  // only the forecast makes the figures clash, a reviewer sets them side by side.
  const guesses = ctx.forecast && !topic.projection ? values.filter(ctx.forecast) : []
  if (guesses.length && guesses.length < values.length && (d.verdict === 'conflict' || d.verdict === 'time-series')) {
    // (By id: `values` may be copies of the claims, converted to their report's currency.)
    const guessed = new Set(guesses.map((c) => c.id))
    const alone = decide(topic, claims.filter((c) => !guessed.has(c.id)), ctx)
    if (alone.verdict !== d.verdict) return out('needs-review', { code: 'forecast', forecast: guesses[0].id, outcome: values.find((c) => !guessed.has(c.id))!.id })
  }
  // One article stays a single source however many speakers it quotes, as long as they agree,
  // unless two of them are bodies that speak for themselves (a presidency and a foreign ministry
  // giving compatible totals are two origins, whoever reports them); speakers of one article who
  // disagree are a conflict between them, and say so.
  const outlets = [...new Set(main.map((c) => c.source))]
  const bodies = new Set([...origins].filter((o) => ctx.body?.(o)))
  if (outlets.length === 1 && bodies.size < 2 && (d.verdict === 'agree' || d.verdict === 'agree-precision')) return out('single-source', { code: 'one-origin', figures: main.map((c) => c.id), outlets, origin: null })
  // Between origins that disagree, one that moved its own figure is named as such.
  if (d.reason.code === 'no-overlap' && d.reason.relayed === undefined || d.reason.code === 'fell') {
    const named = d.reason.code === 'fell' ? [d.reason.earlier, d.reason.later] : [d.reason.a, d.reason.b]
    const revised = dateTopic ? null : ownRevision(numbers, atMoments, named)
    if (revised) return { ...d, reason: { ...d.reason, revised } }
  }
  return d
}

/** Whether a topic's words (its measure, its labels) tie it to one occasion (moment.ts). */
const occasionTopic = (topic: Partial<Pick<Topic, 'label' | 'measure'>>): boolean => [topic.measure, topic.label?.en, topic.label?.ar].some((w) => !!w && namesOccasion(w))

/** An origin's name when it is a body ("WHO", "interior ministry (Morocco)"), else null. */
const bodyName = (origin: string, ctx: DecideContext): string | null => (ctx.body?.(origin) ? bodyLabel(origin) : null)

/** The first two figures (in order) that cannot both hold for the same time, or null. */
function selfClash(cs: Claim[], ctx: DecideContext): [string, string] | null {
  const ivs = cs.map((c) => toInterval(c.quantity, ctx.tolerance))
  const read = cs.map((c, i) => ({ c, iv: ivs[i] })).filter((x): x is { c: Claim; iv: Interval } => !!x.iv)
  // Figures of one kind, interval and stated time behave alike: pairs are read by profile.
  const { list } = profiles(read, (x) => [x.c.quantity.kind, x.c.quantity.unit, x.iv.lo, x.iv.hi, statedTime(x.c)].join('\u0001'), () => '', () => '')
  let first: [number, number] | null = null
  for (let x = 0; x < list.length; x++) for (let y = x; y < list.length; y++) {
    const p = list[x]
    const q = list[y]
    const a = p.rep
    const b = q.rep
    // (Figures in two units, "seven days" and "a week", are not read against each other here.)
    if (a.c.quantity.kind !== b.c.quantity.kind || a.c.quantity.unit !== b.c.quantity.unit || overlaps(a.iv, b.iv) || !sameStatedTime(a.c, b.c) || !sameDay(a.c, b.c, ctx)) continue
    const pair: [number, number] | null = p === q ? (p.members.length > 1 ? [p.members[0], p.members[1]] : null) : [Math.min(p.members[0], q.members[0]), Math.max(p.members[0], q.members[0])]
    first = earlier(first, pair)
  }
  return first && [read[first[0]].c.id, read[first[1]].c.id]
}

/**
 * Whether two figures (by id) are plain counts (people, homes: no unit of measure) close to each
 * other (within the ratio of one day's counts, clashes.ts) that differ even as the rounding of a
 * plain figure reads them ("11.2 million" holds 11,226,065).
 */
function closeCounts(cs: Claim[], [a, b]: [string, string]): boolean {
  const ca = cs.find((c) => c.id === a)!
  const cb = cs.find((c) => c.id === b)!
  const x = ca.quantity
  const y = cb.quantity
  const ix = toInterval(x)
  const iy = toInterval(y)
  if (x.kind !== 'count' || y.kind !== 'count' || x.unit || y.unit || !ix || !iy) return false
  // (A figure the text sets at a time of its own, beside one it sets at none, may be the count of
  // another day: "10 on 1 January" and the report's 20.)
  if (statedTime(ca) !== statedTime(cb)) return false
  return !farApart(ix, iy) && !overlaps(rounded(x, ix), rounded(y, iy))
}

/** How many different days, each known to the day, some figures are about. */
function knownDays(cs: Claim[], ctx: DecideContext): number {
  const days = new Set<string>()
  for (const c of cs) { const t = ctx.asOf(c); if (t && t.from === t.to) days.add(t.from) }
  return days.size
}

/** Two figures that may be about one moment: they are not about two different known days. */
const sameDay = (a: Claim, b: Claim, ctx: DecideContext): boolean => !twoDays(ctx.asOf(a), ctx.asOf(b))

// How far a length of time since an event may be from the time since the day another report gives
// it, and still be read as that time misjudged rather than the time since something else.
const ELAPSED_RATIO = 3
/** Whether a length of time since the event, counted from its report's day, is of the order of the time since the day `day` gives. */
function elapsedAlike(d: Claim, day: Claim, ctx: DecideContext): boolean {
  const at = ctx.asOf(d)
  const len = durationDays(d.quantity)
  const on = toInterval(day.quantity)
  const written = at && toInterval({ kind: 'date', lo: at.from, hi: at.to, qualifier: null })
  if (!len || !on || !written || !Number.isFinite(on.lo) || !Number.isFinite(on.hi)) return false
  const least = Math.max(1, written.lo - on.hi)
  const most = Math.max(1, written.hi - on.lo)
  return len.lo <= most * ELAPSED_RATIO && len.hi * ELAPSED_RATIO >= least
}

/** Whether an interval overlaps any of some intervals: sorted once, each question answered by bisection. */
function overlapIndex(ivs: Interval[]): (iv: Interval) => boolean {
  const sorted = [...ivs].sort((a, b) => a.lo - b.lo)
  const highest = sorted.map((x) => x.hi)
  for (let i = 1; i < highest.length; i++) highest[i] = Math.max(highest[i], highest[i - 1])
  return (iv) => {
    let lo = 0; let hi = sorted.length
    while (lo < hi) { const m = (lo + hi) >> 1; if (sorted[m].lo <= iv.hi) lo = m + 1; else hi = m }
    return lo > 0 && highest[lo - 1] >= iv.lo
  }
}

/** The stated date ranges, one group per length in days, with their first figures (positions in `values`). */
function rangesByDays(values: Claim[], ctx: DecideContext): { len: number; first: FirstTwo | null }[] {
  const members = new Map<number, number[]>()
  values.forEach((r, k) => {
    // Only a range with both ends stated says how long the event lasted ("June 2014" dates its start).
    const ri = r.quantity.kind === 'daterange' && r.quantity.qualifier === 'range' && r.quantity.lo !== null && r.quantity.hi !== null ? toInterval(r.quantity) : null
    if (!ri) return
    const len = days(ri)
    const l = members.get(len)
    if (l) l.push(k)
    else members.set(len, [k])
  })
  return [...members].map(([len, ks]) => ({ len, first: firstTwo(ks, (k) => ctx.origin(values[k])) }))
}

// An amount written without its currency ("900 millions", "the 900 million") in a report that
// names one currency for the topic's amounts is in that currency: the writer said it once and
// did not repeat it. A report that names two currencies leaves it unknown. A report that names
// none here (it named the currency in another sentence: "set aside 100 million hryvnias … and
// weighing a further 300 million") is read in the one currency the topic's other amounts are in;
// amounts in two currencies leave it unknown.
// (In a topic of money, a plain number is such an amount: "900 millions, on y arrive vite".)
function inTheirCurrency(cs: Claim[]): Claim[] {
  const isBare = (c: Claim) => (c.quantity.kind === 'money' || c.quantity.kind === 'count') && !c.quantity.unit
  if (!cs.some(isBare)) return cs
  const currencies = new Map<string, Set<string>>()
  const all = new Set<string>()
  for (const c of cs) if (c.quantity.kind === 'money' && c.quantity.unit && c.role !== 'conversion') { all.add(c.quantity.unit); const s = currencies.get(c.source); if (s) s.add(c.quantity.unit); else currencies.set(c.source, new Set([c.quantity.unit])) }
  return cs.map((c) => {
    const own = isBare(c) ? currencies.get(c.source) ?? all : undefined
    return own?.size === 1 ? { ...c, quantity: { ...c.quantity, kind: 'money' as const, unit: [...own][0] } } : c
  })
}

// The same figure stated twice in one source (headline and body) counts once; the same number
// given by two origins of one article (the ministry's count, and the count a radio made itself)
// is two voices.
function dedupe(cs: Claim[], origin: (c: Claim) => string): Claim[] {
  const seen = new Set<string>()
  return cs.filter((c) => {
    const q = c.quantity
    const k = `${c.source}|${origin(c)}|${q.kind}|${q.lo}|${q.hi}|${q.unit}|${q.qualifier}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

// How loosely a length of time since an event is said: half its unit ("two weeks" is 11 to 17
// days), a fifth of it ("ten days" may be eleven), and never less than a day.
const SINCE_SLACK = 0.2
/** The days an event lies on, counted back from its report's day by a length of time since it; null when either is unknown or the day is known only loosely. */
function sinceInterval(d: Claim, ctx: DecideContext): Interval | null {
  const at = ctx.asOf(d)
  const len = durationDays(d.quantity)
  const day = at && toInterval({ kind: 'date', lo: at.from, hi: at.to, qualifier: null })
  if (!day || !len) return null
  const size = Math.max(...[len.lo, len.hi].filter(Number.isFinite).map(Math.abs), 0)
  const slack = Math.max(DAYS_PER_UNIT[d.quantity.unit ?? ''] / 2, SINCE_SLACK * size, 1)
  // A report known only to date from some months ("after mid-November") counts back from no day.
  if (width(day) > slack) return null
  return { lo: day.lo - len.hi - slack, hi: day.hi - len.lo + slack }
}
