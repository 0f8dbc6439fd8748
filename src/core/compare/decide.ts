import type { Claim, Quantity, Topic, Verdict } from '../model'
import { contains, DAYS_PER_UNIT, days, distance, durationDays, overlaps, pointOf, toInterval, width, type Interval } from './interval'
import { convert } from './money'
import type { Conversion, Decision, Reason } from './reason'
import { sameStatedTime, sameTime, sinceOf, type AsOf } from './asof'
import { conceptById } from '../align/measureOf'
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
}

export function decide(topic: Pick<Topic, 'kind' | 'recurring' | 'fixed' | 'concept'>, claims: Claim[], ctx: DecideContext): Decision {
  const out = (verdict: Verdict, reason: Reason): Decision => ({ verdict, reason })
  if (!claims.length) return out('needs-review', { code: 'none' })
  // An amount restated in another currency in the same breath is not a second figure.
  const main = dedupe(claims.filter((c) => ctx.compared(c) && c.role !== 'conversion'))
  if (!main.length) return out('other-scope', { code: 'parts-only', parts: claims.map((c) => c.id) })
  const dateTopic = isDateKind(topic.kind)
  // A duration beside a date range: "three days" against 11–24 November. In a topic about one
  // day, a duration is the time since it ("two days after the storm"): it dates the event and is
  // shown, but is no length to check against a range.
  const durations = dateTopic ? main.filter((c) => c.quantity.kind === 'duration') : []
  const values = main.filter((c) => !durations.includes(c))
  // A length of time counted back from its report's day to a day the other figures give ("two
  // weeks after the cyclone", written on 30 December, beside "14 December") is the time since the
  // event: it dates the event too, and counts as a voice on its date.
  const since = durations.filter((d) => { const iv = sinceInterval(d, ctx); return !!iv && values.some((v) => { const x = toInterval(v.quantity); return !!x && overlaps(x, iv) }) })
  for (const d of topic.kind === 'date' ? [] : durations.filter((x) => !since.includes(x))) {
    const dd = durationDays(d.quantity)
    for (const r of values) {
      if (r.quantity.kind !== 'daterange' || ctx.origin(r) === ctx.origin(d)) continue
      const ri = toInterval(r.quantity)
      if (!dd || !ri) continue
      const len = days(ri)
      if (len < dd.lo - 0.5 || len > dd.hi + 0.5) return out('conflict', { code: 'duration-vs-range', duration: d.id, range: r.id, rangeDays: len })
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
  if (origins.size === 1) {
    // One origin whose count moves from day to day (a ministry's rising toll), as several outlets
    // reported it on their days, is a series; one article's own figures stay its single source.
    if (!dateTopic && !fixed && new Set(main.map((c) => c.source)).size > 1) {
      const s = decideNumbers(values.filter((c) => NUMERIC_KINDS.has(c.quantity.kind)), ctx, true, RUNNING.has(topic.concept ?? ''))
      if (s.verdict === 'time-series' || s.verdict === 'conflict') return s
    }
    // One origin giving two figures that cannot both hold for the same time says so too.
    const clash = selfClash(values, ctx)
    // The one origin is named when it is a body ("WHO", "interior ministry (Morocco)").
    const [only] = origins
    const origin = ctx.body?.(only) ? only.replace(/^body:/, '').replace(/@(.+)$/, ' ($1)') : null
    return out('single-source', { code: 'one-origin', figures: main.map((c) => c.id), outlets: [...new Set(main.map((c) => c.source))], origin, ...(clash ? { selfConflict: clash } : {}) })
  }
  const d = dateTopic ? decideDates(topic, values, since, ctx) : decideNumbers(values.filter((c) => NUMERIC_KINDS.has(c.quantity.kind)), ctx, !fixed, RUNNING.has(topic.concept ?? ''))
  // One article stays a single source however many speakers it quotes, as long as they agree,
  // unless two of them are bodies that speak for themselves (a presidency and a foreign ministry
  // giving compatible totals are two origins, whoever reports them); speakers of one article who
  // disagree are a conflict between them, and say so.
  const outlets = [...new Set(main.map((c) => c.source))]
  const bodies = new Set([...origins].filter((o) => ctx.body?.(o)))
  if (outlets.length === 1 && bodies.size < 2 && (d.verdict === 'agree' || d.verdict === 'agree-precision')) return out('single-source', { code: 'one-origin', figures: main.map((c) => c.id), outlets, origin: null })
  return d
}

function selfClash(cs: Claim[], ctx: DecideContext): [string, string] | null {
  for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) {
    const A = toInterval(cs[i].quantity, ctx.tolerance)
    const B = toInterval(cs[j].quantity, ctx.tolerance)
    if (A && B && cs[i].quantity.kind === cs[j].quantity.kind && !overlaps(A, B) && sameStatedTime(cs[i], cs[j])) return [cs[i].id, cs[j].id]
  }
  return null
}

// The same figure stated twice in one source (headline and body) counts once.
function dedupe(cs: Claim[]): Claim[] {
  const seen = new Set<string>()
  return cs.filter((c) => {
    const q = c.quantity
    const k = `${c.source}|${q.kind}|${q.lo}|${q.hi}|${q.unit}|${q.qualifier}`
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

function decideDates(topic: Pick<Topic, 'recurring' | 'concept'>, cs: Claim[], since: Claim[], ctx: DecideContext): Decision {
  const all = cs.map((c) => ({ c, iv: toInterval(c.quantity) })).filter((x): x is { c: Claim; iv: Interval } => !!x.iv)
  // A report that dates the event to a day is read at that day: a vaguer period of its own that
  // misses it ("last week" reckoned from another first day of the week, "a week ago") is its loose
  // wording, not a second date. Reports that give no day keep every period they give.
  const ownDays = (source: string) => all.filter((y) => y.c.source === source && width(y.iv) === 0)
  const ivs = all.filter((x) => width(x.iv) === 0 || !ownDays(x.c.source).some((y) => !contains(x.iv, y.iv)))
  // A deadline is a latest day: "by 22 December" does not contradict "by 31 December".
  const latest = conceptById(topic.concept)?.latest ?? false
  // An event over a night or several days is dated by any of them: two days that a stated range
  // holds both of ("Sunday", "Monday", and "the night of Sunday to Monday") do not contradict.
  const ranges = ivs.filter((x) => x.c.quantity.kind === 'daterange' && width(x.iv) > 0)
  const spanned = (a: Interval, b: Interval) => ranges.some((r) => contains(r.iv, a) && contains(r.iv, b))
  let within: Reason | null = null
  for (let i = 0; i < ivs.length; i++) {
    for (let j = i + 1; j < ivs.length; j++) {
      const a = ivs[i]
      const b = ivs[j]
      if (ctx.origin(a.c) === ctx.origin(b.c)) continue
      if (!overlaps(a.iv, b.iv) && !latest && !spanned(a.iv, b.iv)) {
        return topic.recurring ? { verdict: 'needs-review', reason: { code: 'recurring', a: a.c.id, b: b.c.id } } : { verdict: 'conflict', reason: { code: 'no-overlap', a: a.c.id, b: b.c.id, conversions: [], sameSource: a.c.source === b.c.source } }
      }
      // Two complete ranges of one event that differ at an end cannot both be right.
      if (complete(a.c.quantity) && complete(b.c.quantity) && (a.iv.lo !== b.iv.lo || a.iv.hi !== b.iv.hi)) {
        const ends = a.iv.lo !== b.iv.lo && a.iv.hi !== b.iv.hi ? 'both' : a.iv.lo !== b.iv.lo ? 'start' : 'end'
        return { verdict: 'conflict', reason: { code: 'ranges-differ', a: a.c.id, b: b.c.id, ends } }
      }
      if (!within && width(a.iv) !== width(b.iv) && (contains(a.iv, b.iv) || contains(b.iv, a.iv))) {
        const [fine, coarse] = width(a.iv) < width(b.iv) ? [a.c, b.c] : [b.c, a.c]
        within = { code: 'within', fine: fine.id, coarse: coarse.id }
      }
    }
  }
  if (within) return { verdict: 'agree-precision', reason: within }
  // The most precise date stated, beside a length of time since it that fits it: a rounded elapsed
  // time agrees with the day, it is no period the day lies inside.
  const finest = [...ivs].sort((x, y) => width(x.iv) - width(y.iv))[0]
  const after = since.find((d) => ctx.origin(d) !== ctx.origin(finest?.c ?? d)) ?? since[0]
  if (finest && after) return { verdict: 'agree', reason: { code: 'since', day: finest.c.id, since: after.id, written: ctx.asOf(after)!.to } }
  return { verdict: 'agree', reason: { code: 'same', figures: cs.map((c) => c.id), origins: new Set(cs.map(ctx.origin)).size, conversions: [] } }
}

const complete = (q: Quantity) => q.kind === 'daterange' && q.qualifier === 'range' && q.lo !== null && q.hi !== null

interface Valued { c: Claim; iv: Interval; soft: Interval; atLeast: Interval; asOf: AsOf | null; open: boolean }

// Running totals: the dead, the injured, the bodies found and buried are counted up and never come
// back to life. A later figure below an earlier one, from another origin or from the same body
// revising its own count down, is no step of a series but a conflict (223 then 222 included).
const RUNNING = new Set(['killed', 'injured', 'bodies', 'buried'])
const SLIGHT_REVISION = 0.1
/** Whether a later figure of a running total falls below an earlier one. Built once per topic: what it reads of each later figure is kept, as a topic may hold hundreds of figures. */
function fallsOf(all: Valued[]): (a: Valued, b: Valued) => boolean {
  const recalledOf = new Map<Valued, boolean>()
  const highestAfter = new Map<Valued, number>()
  return (a, b) => {
    if (sameTime(a.asOf!, b.asOf!)) return false
    const [early, late] = a.asOf!.from <= b.asOf!.from ? [a, b] : [b, a]
    if (!(late.soft.hi < early.soft.lo)) return false
    // A later report that recalls an earlier count ("the first toll, 50 dead") gives a number
    // already given: that is history, not a fall.
    let recalled = recalledOf.get(late)
    if (recalled === undefined) recalledOf.set(late, recalled = all.some((v) => v !== late && !vague(v) && !v.open && !!v.asOf && v.asOf.from < late.asOf!.from && overlaps(v.soft, late.soft)))
    if (recalled) return false
    // A figure far below, with the count back at the earlier level on a later day, stands amid
    // counts that stay high: a figure of another measure or a part, not the count falling.
    const floor = early.iv.lo * (1 - SLIGHT_REVISION)
    if (!(late.iv.hi < floor)) return true
    let after = highestAfter.get(late)
    if (after === undefined) highestAfter.set(late, after = Math.max(-Infinity, ...all.filter((v) => v.asOf && v.asOf.from > late.asOf!.to).map((v) => v.iv.lo)))
    return after < floor
  }
}

function decideNumbers(cs: Claim[], ctx: DecideContext, series: boolean, running = false): Decision {
  const unit = commonUnit(cs)
  const conversions: Conversion[] = []
  let valued: Valued[] = []
  // "Miles" at sea are often nautical miles: beside figures in nautical miles, a plain mile cannot
  // be converted with confidence, so a reviewer must say which was meant.
  const mile = cs.some((c) => c.quantity.unit === 'nmi') ? cs.find((c) => c.quantity.unit === 'mi') : undefined
  const other = mile && cs.find((c) => c.quantity.unit !== 'mi')
  if (mile && other) return { verdict: 'needs-review', reason: { code: 'ambiguous-unit', a: mile.id, b: other.id } }
  for (const c of cs) {
    const asOf = ctx.asOf(c)
    const iv = inUnit(c, unit, asOf, conversions, ctx.tolerance)
    if (iv === 'incomparable') {
      const other = cs.find((x) => x !== c && x.quantity.unit === unit) ?? cs.find((x) => x !== c)!
      return { verdict: 'needs-review', reason: { code: 'incomparable', a: other.id, b: c.id, units: [other.quantity.unit ?? '', c.quantity.unit ?? ''] } }
    }
    if (!iv) continue
    valued.push({ c, iv, soft: rounded(c.quantity, iv), atLeast: { lo: iv.lo, hi: Infinity }, asOf, open: isBound(c.quantity) })
  }
  // Pairs of figures from different origins that cannot both hold. Those for one moment (or of
  // unknown time) conflict, and the pair furthest apart drives the verdict; the others are a
  // series over time. Only the furthest pair is kept: a topic of thousands of figures has
  // millions of pairs.
  // A measure that does not change (a magnitude, a ransom) revised by the body that gave it: its
  // later figure replaces the earlier one, which contradicts no one any more.
  if (!series) valued = latestOfEachOrigin(valued, ctx)
  const fellBack = fallsOf(valued)
  let clash = false
  let worst: [Valued, Valued] | null = null
  let worstDistance = -1
  const origin = valued.map((v) => ctx.origin(v.c))
  // A count that moved between two known days: the figures do not overlap, or one is a bound the
  // other has left far behind ("more than 1,000" on one day, "more than 16,000" ten days later).
  const moved = (a: Valued, b: Valued) => series && a.asOf !== null && b.asOf !== null && !sameTime(a.asOf, b.asOf) && !overlaps(reach(a), reach(b))
  // For one moment (or no known time), two bounds on one side still say where each count stood:
  // "more than 26,000" and "more than 390,000" displaced the same day are two counts far apart,
  // not one loosely said. A bound beside a plain figure stays compatible with it ("more than 20
  // million" and 50 million): the bound is all its source knew.
  const outreached = (a: Valued, b: Valued) => sameSide(a, b) && !(a.asOf && b.asOf && !sameTime(a.asOf, b.asOf)) && !overlaps(reach(a), reach(b)) && farApart(a.iv, b.iv)
  for (let i = 0; i < valued.length; i++) {
    for (let j = i + 1; j < valued.length; j++) {
      const a = valued[i]
      const b = valued[j]
      if (overlaps(loose(a), loose(b)) && !moved(a, b) && !outreached(a, b)) continue
      if (origin[i] === origin[j]) {
        // One body updating its own count on different days is a series, not a disagreement,
        // unless a running total of its own falls.
        if (series && a.asOf !== null && b.asOf !== null && !sameTime(a.asOf, b.asOf)) clash = true
        if (!(running && a.asOf && b.asOf && fellBack(a, b))) continue
      }
      clash = true
      if (series && a.asOf !== null && b.asOf !== null && !(sameTime(a.asOf, b.asOf) && !movingCount(a, b)) && !tooFast(a, b) && !(running && fellBack(a, b))) continue
      const d = distance(a.iv, b.iv)
      if (d > worstDistance) { worst = [a, b]; worstDistance = d }
    }
  }
  const used = (ids: string[]) => conversions.filter((x) => ids.includes(x.claim))
  if (clash) {
    if (!worst) {
      // The points of the series: the figures with a known time, one per value and day, in order
      // (a figure of unknown time that clashes with none stays out of it).
      const seen = new Set<string>()
      const points = valued
        .filter((v): v is Valued & { asOf: AsOf } => v.asOf !== null)
        .sort((x, y) => x.asOf.from.localeCompare(y.asOf.from) || x.iv.lo - y.iv.lo)
        .filter((v) => { const k = `${v.asOf.from}|${v.iv.lo}|${v.iv.hi}`; if (seen.has(k)) return false; seen.add(k); return true })
      return { verdict: 'time-series', reason: { code: 'series', points: points.map((v) => ({ claim: v.c.id, from: v.asOf.from, to: v.asOf.to })) } }
    }
    const [a, b] = worst
    return { verdict: 'conflict', reason: { code: 'no-overlap', a: a.c.id, b: b.c.id, conversions: used([a.c.id, b.c.id]), sameSource: a.c.source === b.c.source } }
  }
  // A value inside another origin's closed range: the same, said more precisely. An approximate
  // figure is read at its stated value (about 300,000 lies inside 250,000–300,000). A vague amount
  // ("a few hours", "hundreds of thousands") and an open bound are no range: beside them a finer
  // figure agrees, it is not "more precise".
  const stated = (v: Valued): Interval => (v.c.quantity.qualifier === 'about' ? { lo: pointOf(v.iv), hi: pointOf(v.iv) } : v.iv)
  const closed = (v: Valued) => !vague(v) && v.c.quantity.qualifier !== 'about' && Number.isFinite(width(v.iv)) && width(v.iv) > 0
  for (let i = 0; i < valued.length; i++) {
    for (let j = 0; j < valued.length; j++) {
      const coarse = valued[i]
      const fine = valued[j]
      if (i === j || ctx.origin(coarse.c) === ctx.origin(fine.c) || !closed(coarse) || vague(fine) || !Number.isFinite(width(fine.iv))) continue
      if (width(stated(fine)) < width(coarse.iv) && contains(coarse.iv, stated(fine))) return { verdict: 'agree-precision', reason: { code: 'within', fine: fine.c.id, coarse: coarse.c.id } }
    }
  }
  const bound = valued.find((v) => v.open)
  const point = bound && valued.find((v) => !v.open && ctx.origin(v.c) !== ctx.origin(bound.c))
  if (bound && point) return { verdict: 'agree', reason: { code: 'bound', bound: bound.c.id, value: point.c.id, conversions: used([bound.c.id, point.c.id]) } }
  return { verdict: 'agree', reason: { code: 'same', figures: valued.map((v) => v.c.id), origins: new Set(valued.map((v) => ctx.origin(v.c))).size, conversions } }
}

const isBound = (q: Quantity) => q.lo === null || q.hi === null

// An approximate figure ("about 70 km", "some 40,000", "une soixantaine", "نحو 300 ألف") stands for
// the values that round to it at its last non-zero digit: about 70 is 65 to 75, about 1,000 is 500
// to 1,500, about 13 million 12.5 to 13.5 million; "nearly" only from below. Two approximate
// figures agree when one value rounds to both (about 70 and about 60 km both fit 65 km).
function approximate(c: Claim): Interval | null {
  const q = c.quantity
  if (q.qualifier !== 'about' || typeof q.lo !== 'number' || q.lo !== q.hi || q.lo === 0) return null
  const half = lastDigit(q.lo) / 2
  return { lo: q.lo - half, hi: nearly(c) ? q.lo : q.lo + half }
}

/** The place value of a number's last non-zero digit: 1,000 for 13,000, 0.1 for 2.5. */
function lastDigit(x: number): number {
  const a = Math.abs(x)
  if (!Number.isInteger(a)) return 10 ** -((String(a).split('.')[1] ?? '').length)
  let step = 1
  while (a % (step * 10) === 0) step *= 10
  return step
}
/** Two bounds open on the same side: both lower ("more than"), or both upper ("up to"). */
const sameSide = (a: Valued, b: Valued) => a.open && b.open && Number.isFinite(a.iv.lo) === Number.isFinite(b.iv.lo)

// Words that approach a number from below ("nearly", "almost", "près de"). The extraction reads
// them as "about", as it reads "around"; the verdict needs the side. Arabic "قرابة" and "ما يقارب"
// are said of figures on either side, so they stay "about".
const NEARLY = /^(?:nearly|almost|close to|just under|approaching|près de|près d['’]|presque|quasiment|pas loin de)\s/iu
const nearly = (c: Claim) => c.quantity.qualifier === 'about' && NEARLY.test(c.text)

// A bound says about where a count stood when it was given: "more than 1,000" is not how anyone
// reports 2,000 or more, nor "up to 300" 150 or fewer. Between two known days, a figure beyond
// that reach means the count moved; on one day a bound stays compatible with anything on its side.
const BOUND_REACH = 2
function reach(v: Valued): Interval {
  if (!v.open || v.c.quantity.qualifier === 'vague') return loose(v)
  return Number.isFinite(v.iv.lo) ? { lo: v.iv.lo, hi: v.iv.lo * BOUND_REACH } : { lo: v.iv.hi / BOUND_REACH, hi: v.iv.hi }
}

function latestOfEachOrigin(valued: Valued[], ctx: DecideContext): Valued[] {
  const last = new Map<string, string>()
  for (const v of valued) if (v.asOf) { const o = ctx.origin(v.c); if ((last.get(o) ?? '') < v.asOf.from) last.set(o, v.asOf.from) }
  return valued.filter((v) => !v.asOf || v.asOf.to >= last.get(ctx.origin(v.c))!)
}

// A count that moves fast (a toll in its first days) is updated within a day: figures of the same
// day conflict only when they are far apart (one more than 2.5 times the other), as 11,300 dead
// against 3,958 are; 296 in the morning and 632 at night are one count rising.
const SAME_DAY_RATIO = 2.5
const vague = (v: Valued) => v.c.quantity.qualifier === 'vague'
/** Two counts of one day that are one toll moving, not two claims: neither vague, neither far above the other. */
// Two speakers one article quotes side by side for one moment disagree; their counts are not one
// count moving within the day (an article that tells how a count rose names no second speaker).
const quotedApart = (a: Valued, b: Valued) => a.c.source === b.c.source && !!a.c.attribution && !!b.c.attribution && sameStatedTime(a.c, b.c)
const movingCount = (a: Valued, b: Valued) => !quotedApart(a, b) && a.c.quantity.kind === 'count' && b.c.quantity.kind === 'count' && !vague(a) && !vague(b) && !farApart(a.iv, b.iv)
function farApart(a: Interval, b: Interval): boolean {
  const hiA = Number.isFinite(a.hi) ? a.hi : a.lo
  const hiB = Number.isFinite(b.hi) ? b.hi : b.lo
  const lo = Math.min(hiA, hiB)
  const hi = Math.max(Number.isFinite(a.lo) ? a.lo : hiA, Number.isFinite(b.lo) ? b.lo : hiB)
  return lo > 0 ? hi / lo > SAME_DAY_RATIO : true
}

// A count since a known start (displaced "since April 2023") grows at some pace: two figures a few
// days apart that differ by far more than that pace allows are two estimates that disagree, not
// the count moving. A toll in the first days of a disaster moves as fast as its average since the
// event; a war-long total does not gain a million in two days.
const FASTER_THAN_AVERAGE = 10
const DAY_MS = 86_400_000
function tooFast(a: Valued, b: Valued): boolean {
  const start = [sinceOf(a.c), sinceOf(b.c)].filter((x): x is string => !!x).sort()[0]
  if (!start || !a.asOf || !b.asOf) return false
  const [early, late] = a.asOf.from <= b.asOf.from ? [a, b] : [b, a]
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS
  const since = day(late.asOf!.to) - day(start)
  const apart = Math.max(1, day(late.asOf!.from) - day(early.asOf!.to))
  const value = (v: Valued) => pointOf(v.iv)
  if (!(since > 0) || !Number.isFinite(value(late)) || !Number.isFinite(value(early))) return false
  return Math.abs(value(late) - value(early)) / apart > FASTER_THAN_AVERAGE * (Math.max(value(late), value(early)) / since)
}

// A vague amount says "at least": "thousands dead" is not refuted by 11,300, and "dozens" beside
// "hundreds" is a floor the other exceeds, an understatement, not a contradiction. It conflicts
// only with a figure below it ("hundreds" against 40).
const loose = (v: Valued): Interval => (v.c.quantity.qualifier === 'vague' ? v.atLeast : v.soft)

// The unit most figures are in: amounts are compared in it; between currencies, dollars first,
// then euros, as readers of the reports most often reckon in them.
const PREFERRED = ['USD', 'EUR']
function commonUnit(cs: Claim[]): string | null {
  const n = new Map<string | null, number>()
  for (const c of cs) n.set(c.quantity.unit, (n.get(c.quantity.unit) ?? 0) + 1)
  const rank = (u: string | null) => { const i = PREFERRED.indexOf(u ?? ''); return i < 0 ? PREFERRED.length : i }
  return [...n.entries()].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0]?.[0] ?? null
}

// A converted amount is an estimate: two significant digits say so ("about 58 million").
const roughly = (x: number) => { const p = 10 ** (Math.floor(Math.log10(Math.abs(x) || 1)) - 1); return Math.round(x / p) * p }

// A round figure was rounded: "2,700 tonnes" stands for 2,650–2,750, but never for more than 2 %
// around it, so "3,000" does not swallow 3,252.
function rounded(q: Quantity, iv: Interval): Interval {
  if (q.qualifier || typeof q.lo !== 'number' || q.lo !== q.hi || !Number.isInteger(q.lo) || q.lo < 100) return iv
  let step = 1
  while (q.lo % (step * 10) === 0) step *= 10
  if (step < 100) return iv
  const slack = Math.min(step / 2, q.lo * 0.02)
  return { lo: iv.lo - slack, hi: iv.hi + slack }
}

const LENGTH: Record<string, number> = { km: 1, m: 0.001, mi: 1.609344, nmi: 1.852, ft: 0.0003048 }
const MASS: Record<string, number> = { tonne: 1, kg: 0.001, g: 1e-6 }
const CURRENCY = /^[A-Z]{3}$/

/** A figure's interval in `unit`; null when it has no value; 'incomparable' when it cannot be converted. */
function inUnit(c: Claim, unit: string | null, asOf: AsOf | null, conversions: Conversion[], tolerance: number): Interval | null | 'incomparable' {
  const q = c.quantity
  const base = approximate(c) ?? toInterval(q, tolerance)
  if (!base || q.unit === unit) return base
  const from = q.unit ?? ''
  const to = unit ?? ''
  if (CURRENCY.test(from) && CURRENCY.test(to)) {
    if (!asOf) return 'incomparable'
    const month = asOf.to.slice(0, 7)
    const f = (x: number) => (Number.isFinite(x) ? convert(x, from, to, month) : x)
    const lo = f(base.lo)
    const hi = f(base.hi)
    if (lo === null || hi === null) return 'incomparable'
    const mid = typeof q.lo === 'number' ? convert(q.lo, from, to, month) : typeof q.hi === 'number' ? convert(q.hi, from, to, month) : null
    if (mid !== null) conversions.push({ claim: c.id, to, amount: roughly(mid), month })
    return { lo, hi }
  }
  // Lengths of time too: "about 18 months" and "more than a year and a half" are comparable.
  for (const table of [LENGTH, MASS, DAYS_PER_UNIT]) {
    if (table[from] !== undefined && table[to] !== undefined) {
      const k = table[from] / table[to]
      return { lo: base.lo * k, hi: base.hi * k }
    }
  }
  return 'incomparable'
}
