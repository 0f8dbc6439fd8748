import type { Claim } from '../model'
import { distance, overlaps, pointOf, type Interval } from './interval'
import { sameStatedTime, sameTime, sinceOf, statedTime } from './asof'
import type { Moment } from './moment'
import type { DecideContext } from './decide'
import { earlier, firstPair, profiles, somePair, type Profile } from './profiles'
import { countGoesOn } from './tally'

/** A figure as the number decision reads it: its interval in the common unit, rounded, as a floor, and its time. */
export interface Valued { c: Claim; iv: Interval; soft: Interval; atLeast: Interval; asOf: Moment | null; open: boolean }

const SLIGHT_REVISION = 0.1
/**
 * Whether a later figure of a running total falls below an earlier one. Built once per topic, with
 * what it reads indexed (the counts given, one per day and value; the highest count given after
 * each day), as a topic may hold thousands of figures.
 */
function fallsOf(all: Valued[], reportTop: Map<string, number>, lowered: (c: Claim) => boolean): (a: Valued, b: Valued) => boolean {
  const history = new Map<string, { from: string; soft: Interval }>()
  for (const v of all) if (!vague(v) && !v.open && v.asOf) history.set(`${v.asOf.from}|${v.soft.lo}|${v.soft.hi}`, { from: v.asOf.from, soft: v.soft })
  const given = [...history.values()]
  const dated = all.filter((v) => v.asOf).map((v) => ({ from: v.asOf!.from, lo: v.iv.lo })).sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0))
  const highestFrom = dated.map((d) => d.lo)
  for (let i = highestFrom.length - 2; i >= 0; i--) highestFrom[i] = Math.max(highestFrom[i], highestFrom[i + 1])
  const recalledOf = new Map<Valued, boolean>()
  // Each report's counts with their days: a report that gives, for the same day or later, a count
  // at least as high as the earlier one does not say the count fell ("22 dead, then 28 by
  // Wednesday": the 22 is recalled, whatever day it is read as of).
  const byReport = new Map<string, { from: string; lo: number }[]>()
  for (const v of all) if (v.asOf && Number.isFinite(v.iv.lo)) { const l = byReport.get(v.c.source); const x = { from: v.asOf.from, lo: v.iv.lo }; if (l) l.push(x); else byReport.set(v.c.source, [x]) }
  return (a, b) => {
    if (sameTime(a.asOf!, b.asOf!)) return false
    const [early, late] = a.asOf!.from <= b.asOf!.from ? [a, b] : [b, a]
    if (!(late.soft.hi < early.soft.lo)) return false
    // A count its report says was lowered corrects the higher one: that is the fall.
    if (lowered(late.c)) return true
    if (byReport.get(late.c.source)?.some((x) => x.from >= late.asOf!.from && x.lo >= early.iv.lo)) return false
    // A later report that recalls an earlier count ("the first toll, 50 dead") gives a number
    // already given: that is history, not a fall. Unless it is a slight revision down to a number
    // given before, in a report that gives no count above it: that corrects the count ("78
    // bodies, fewer than the 79 announced on Wednesday"), and a running total corrected down fell.
    const floor = early.iv.lo * (1 - SLIGHT_REVISION)
    let recalled = recalledOf.get(late)
    if (recalled === undefined) recalledOf.set(late, recalled = given.some((h) => h.from < late.asOf!.from && overlaps(h.soft, late.soft)))
    const corrected = !(late.iv.hi < floor) && !((reportTop.get(late.c.source) ?? -Infinity) > late.iv.hi)
    if (recalled && !corrected) return false
    // A figure far below (the earlier one is more than SAME_DAY_RATIO times it), with the count
    // back at the earlier level on a later day, stands amid counts that stay high: a figure of
    // another measure or a part, not the count falling. A figure only somewhat below (three
    // children dead after at least five) is the count given lower, whatever came after.
    if (!(late.iv.hi < floor) || !(late.iv.hi * SAME_DAY_RATIO < early.iv.lo)) return true
    const k = firstAfter(dated, late.asOf!.to)
    return (k < dated.length ? highestFrom[k] : -Infinity) < floor
  }
}

/** The index of the first of a list sorted by day whose day comes after `day`. */
function firstAfter(xs: { from: string }[], day: string): number {
  let lo = 0; let hi = xs.length
  while (lo < hi) { const m = (lo + hi) >> 1; if (xs[m].from <= day) lo = m + 1; else hi = m }
  return lo
}

// What a pair of figures says, given who gave them: they clash (they cannot both hold, or one body
// moved its count between two days), and whether that clash is a conflict that may drive the verdict.
const CLASH = 1
const DRIVES = 2

/**
 * Pairs of figures from different origins that cannot both hold. Those for one moment (or of
 * unknown time) conflict, and the pair furthest apart drives the verdict (the first such pair in
 * the figures' order); the others are a series over time. Pairs are judged by profile (profiles.ts):
 * a topic of thousands of figures has millions of pairs but few distinct figures.
 */
export function clashes(valued: Valued[], ctx: DecideContext, series: boolean, running: (c: Claim) => boolean, moves = true): { clash: boolean; worst: [Valued, Valued] | null } {
  // The highest count each report gives: a report that gives a number beside a higher count recalls it.
  const reportTop = new Map<string, number>()
  for (const v of valued) if (Number.isFinite(v.iv.lo)) reportTop.set(v.c.source, Math.max(reportTop.get(v.c.source) ?? -Infinity, v.iv.lo))
  const fellBack = fallsOf(valued, reportTop, (c) => ctx.lowered?.(c) ?? false)
  // A measure that does not move still has a count that goes on: a tally under way, then the next.
  const movesOn = (a: Valued, b: Valued) => countGoesOn(ctx.stage?.(a.c) ?? null, ctx.stage?.(b.c) ?? null)
  // A count that moved between two known days: the figures do not overlap, or one is a bound the
  // other has left far behind ("more than 1,000" on one day, "more than 16,000" ten days later).
  // A running total only moves up: a later bound below an earlier count ("more than 460" the day
  // after "about 1,200") still holds, and says the count did not move.
  // A floor and a ceiling ("more than 15,000" killed, "as high as 150,000") bracket the count
  // between them: whatever days they were given, neither says where it stood near its own end.
  const moved = (a: Valued, b: Valued) => series && a.asOf !== null && b.asOf !== null && !sameTime(a.asOf, b.asOf) && !overlaps(reach(a), reach(b)) && !truncated(a, b) && !(running(a.c) && running(b.c) && fellWithin(a, b)) && !bracket(a, b)
  // For one moment (or no known time), two bounds on one side still say where each count stood:
  // "more than 26,000" and "more than 390,000" displaced the same day are two counts far apart,
  // not one loosely said. A bound beside a plain figure stays compatible with it ("more than 20
  // million" and 50 million): the bound is all its source knew.
  const outreached = (a: Valued, b: Valued) => sameSide(a, b) && !(a.asOf && b.asOf && !sameTime(a.asOf, b.asOf)) && !overlaps(reach(a), reach(b)) && farApart(a.iv, b.iv)
  // The pair (a, b), a given first: what it says from one origin, from two origins, and from two
  // speakers quoted side by side in one article.
  // Only a count that moves within hours is updated within a day: a running total (the dead, the
  // injured) or people and things in a present state (in critical condition, fires still active).
  // Other counts (the provinces hit, the missing, the homes damaged) are tallied and published:
  // two origins giving two of them for one day give two accounts of one count.
  const state = (v: Valued) => ctx.state?.(v.c) ?? false
  const fast = (a: Valued, b: Valued) => (running(a.c) && running(b.c)) || state(a) || state(b)
  const judge = (a: Valued, b: Valued): Judged => {
    const timed = a.asOf !== null && b.asOf !== null
    const fell = running(a.c) && running(b.c) && timed && fellBack(a, b)
    const differentDays = timed && !sameTime(a.asOf!, b.asOf!)
    // One body updating its own count on different days is a series, not a disagreement, unless
    // a running total of its own falls. A measure that does not move has no updates: one origin
    // giving it two ways (a provisional count, then the final one; a relay that misquotes it) for
    // what the text sets at no different times cannot be right both times.
    const still = moves || movesOn(a, b)
    const own = fell || (!still && sameStatedTime(a.c, b.c)) ? CLASH | DRIVES : series && differentDays ? CLASH : 0
    // Between origins, figures of two known days are a series, unless they are one moment's
    // counts that are not one count moving, or the count moved too fast, or a running total fell.
    // (A measure that does not move is a series only where the text sets each figure at its own time.)
    const later = series && timed && !tooFast(a, b) && !fell && (still || !sameStatedTime(a.c, b.c))
    const apart = later && !(!differentDays && !(fast(a, b) && movingCount(a, b, false))) ? CLASH : CLASH | DRIVES
    const quoted = later && !(!differentDays && !(fast(a, b) && movingCount(a, b, true))) ? CLASH : CLASH | DRIVES
    // One origin's figure for one moment as two reports relay it: two different figures cannot
    // both be what it said (as with one origin alone, decide.ts), unless it is a count that moves
    // within the day.
    const relayed = timed && !differentDays && sameStatedTime(a.c, b.c) && !(fast(a, b) && movingCount(a, b, false)) ? own | CLASH | DRIVES : own
    return [own, apart, quoted, relayed]
  }
  // (`article`: both figures are in one report, whoever it credits them to.)
  const says = (t: Judged, sameOrigin: boolean, quoted: boolean, article: boolean) => (sameOrigin ? t[article ? 0 : 3] : t[quoted ? 2 : 1])
  // The pairs of givers for which a judgement has a flag (when one origin reads the same in one report or two).
  const mask = (t: Judged, flag: number) => ((t[0] & flag ? 12 : 0) | (t[2] & flag ? 2 : 0) | (t[1] & flag ? 1 : 0))
  // Two figures are quoted side by side when one article gives both, each to a speaker: a figure
  // with no speaker stands for a source of its own, so that no pair with it is "quoted".
  const { list, origin, source, at } = profiles(valued, (v) => `${valuedKey(v)}\u0001${(reportTop.get(v.c.source) ?? -Infinity) > v.iv.hi}\u0001${ctx.stage?.(v.c) ?? ''}\u0001${running(v.c)}\u0001${state(v)}`, (v) => ctx.origin(v.c), (v) => (v.c.attribution ? v.c.source : `\u0000${v.c.id}`))
  const looseOf = list.map((p) => loose(p.rep))
  const compatible = (x: number, y: number) => {
    const a = list[x].rep
    const b = list[y].rep
    return (overlaps(looseOf[x], looseOf[y]) || truncated(a, b)) && !moved(a, b) && !outreached(a, b)
  }
  let clash = false
  let furthest = -1
  let drivers: { p: Profile<Valued>; q: Profile<Valued>; ok: (i: number, j: number) => boolean }[] = []
  const visit = (u: number, v: number) => {
    const x = Math.min(u, v)
    const y = Math.max(u, v)
    const p = list[x]
    const q = list[y]
    const d = distance(p.rep.iv, q.rep.iv)
    // Once a clash is known, only a pair at least as far apart as the furthest can drive the verdict.
    if (clash && !(d >= furthest)) return
    if (compatible(x, y)) return
    const ab = judge(p.rep, q.rep)
    const ba = p === q ? ab : judge(q.rep, p.rep)
    // The earlier figure of a pair is read first (how fast a count moved depends on it).
    const pair = (flag: number) => (i: number, j: number) => (says(at[i] === x ? ab : ba, origin[i] === origin[j], source[i] === source[j], valued[i].c.source === valued[j].c.source) & flag) !== 0
    // When one origin reads differently in one report and in two, the pairs are read one by one.
    const exact = ab[3] !== ab[0] || ba[3] !== ba[0]
    if (!clash) clash = exact ? !!firstPair(p, q, pair(CLASH)) : somePair(p, q, mask(ab, CLASH))
    if (!(d >= furthest)) return
    const ok = pair(DRIVES)
    const sym = !exact && ab[0] === ba[0] && ab[1] === ba[1] && ab[2] === ba[2]
    if (!(sym ? somePair(p, q, mask(ab, DRIVES)) : firstPair(p, q, ok))) return
    if (d > furthest) { furthest = d; drivers = [] }
    drivers.push({ p, q, ok })
  }
  // Pairs furthest apart first: each profile against those that lie above it, highest first, as
  // long as they lie at least as far as the furthest conflict found. The rest only when no clash
  // is known, or none lies apart.
  const ivs = list.map((p) => p.rep.iv)
  const plain = list.map((_, x) => x).filter((x) => ivs[x].lo <= ivs[x].hi)
  const byHi = [...plain].sort((x, y) => ivs[x].hi - ivs[y].hi)
  const byLo = [...plain].sort((x, y) => ivs[y].lo - ivs[x].lo)
  for (const x of byHi) {
    for (const y of byLo) {
      const gap = ivs[y].lo - ivs[x].hi
      if (!(gap > 0) || gap < furthest) break
      visit(x, y)
    }
  }
  // (The pairs apart by at least the furthest conflict found were judged already.)
  const judged = furthest
  const apart = (x: number, y: number) => Math.max(ivs[y].lo - ivs[x].hi, ivs[x].lo - ivs[y].hi)
  if (!clash || !(furthest > 0) || plain.length < list.length) {
    for (let x = 0; x < list.length; x++) for (let y = x; y < list.length; y++) if (!(apart(x, y) > 0 && apart(x, y) >= judged && ivs[x].lo <= ivs[x].hi && ivs[y].lo <= ivs[y].hi)) visit(x, y)
  }
  let first: [number, number] | null = null
  for (const { p, q, ok } of drivers) {
    if (first && Math.min(p.members[0], q.members[0]) > first[0]) continue
    first = earlier(first, firstPair(p, q, ok))
  }
  return { clash, worst: first && [valued[first[0]], valued[first[1]]] }
}

/** What a pair says: from one origin in one report, from two origins, from two speakers one report quotes, and from one origin in two reports. */
type Judged = [number, number, number, number]

/** Everything the pair judgement reads of a figure, but who gave it. */
const valuedKey = (v: Valued) => [v.iv.lo, v.iv.hi, v.soft.lo, v.soft.hi, v.asOf?.from, v.asOf?.to, v.open, v.c.quantity.qualifier, v.c.quantity.kind, statedTime(v.c), sinceOf(v.c)].join('\u0001')

// A whole percent may be a finer one with its decimals cut off rather than rounded (a headline's
// "94%" for the 94.6 % its text gives): beside a finer figure, it stands for the values that
// truncate to it too. (Two whole percents are read as rounded: 31 % and 32 % still differ.)
const wholePercent = (v: Valued) => v.c.quantity.kind === 'percent' && !v.c.quantity.qualifier && v.iv.lo === v.iv.hi && Number.isInteger(v.iv.lo)
const finePercent = (v: Valued) => v.c.quantity.kind === 'percent' && !v.c.quantity.qualifier && v.iv.lo === v.iv.hi && !Number.isInteger(v.iv.lo)
/** Whether `whole` is the finer figure `fine` with its decimals cut off. */
const cutFrom = (whole: Valued, fine: Valued) => wholePercent(whole) && finePercent(fine) && Math.trunc(fine.iv.lo) === whole.iv.lo
/** Whether one of two figures is the other with its decimals cut off. */
const truncated = (a: Valued, b: Valued) => cutFrom(a, b) || cutFrom(b, a)

/** Whether the later of two figures of known days lies below the earlier one, and is a lower bound that the earlier one meets. */
function fellWithin(a: Valued, b: Valued): boolean {
  const [early, late] = a.asOf!.from <= b.asOf!.from ? [a, b] : [b, a]
  return late.open && Number.isFinite(late.iv.lo) && late.iv.lo <= early.iv.lo
}

/** A lower bound and an upper bound that leave room between them ("more than 15,000", "up to 150,000"). */
const bracket = (a: Valued, b: Valued) => a.open && b.open && !sameSide(a, b) && overlaps(a.iv, b.iv)

/** Two bounds open on the same side: both lower ("more than"), or both upper ("up to"). */
const sameSide = (a: Valued, b: Valued) => a.open && b.open && Number.isFinite(a.iv.lo) === Number.isFinite(b.iv.lo)

// A bound says about where a count stood when it was given: "more than 1,000" is not how anyone
// reports 2,000 or more, nor "up to 300" 150 or fewer. Between two known days, a figure beyond
// that reach means the count moved; on one day a bound stays compatible with anything on its side.
// The reach stops short of twice the bound: a count that doubled is said as such ("about 1,000"
// the day after "more than 250" is a rescue count that grew, even though "about 1,000" rounds down
// to 500), not as the same "more than".
const BOUND_REACH = 2
const SHY = 1e-9
function reach(v: Valued): Interval {
  if (!v.open || v.c.quantity.qualifier === 'vague') return loose(v)
  return Number.isFinite(v.iv.lo) ? { lo: v.iv.lo, hi: v.iv.lo * BOUND_REACH * (1 - SHY) } : { lo: (v.iv.hi / BOUND_REACH) * (1 + SHY), hi: v.iv.hi }
}

// A count that moves fast (a toll in its first days, people in critical condition) is updated within
// a day: figures of the same day conflict only when they are far apart (one more than 2.5 times the other), as 11,300 dead
// against 3,958 are; 296 in the morning and 632 at night are one count rising.
const SAME_DAY_RATIO = 2.5
export const vague = (v: Valued) => v.c.quantity.qualifier === 'vague'
/** Two counts of one day that are one toll moving, not two claims: neither vague, neither far above the other. */
// Two speakers one article quotes side by side for one moment disagree; their counts are not one
// count moving within the day (an article that tells how a count rose names no second speaker).
// (`quoted`: one article gives both figures, each to a speaker.)
const quotedApart = (a: Valued, b: Valued, quoted: boolean) => quoted && sameStatedTime(a.c, b.c)
// A figure whose text sets it at one occasion ("on Saturday night", "when the fire broke out") is
// that occasion's: a figure of the same day beside it is no count moving within the day.
const atOccasion = (a: Valued, b: Valued) => !!a.asOf?.told || !!b.asOf?.told
const movingCount = (a: Valued, b: Valued, quoted: boolean) => !quotedApart(a, b, quoted) && !atOccasion(a, b) && a.c.quantity.kind === 'count' && b.c.quantity.kind === 'count' && !vague(a) && !vague(b) && !farApart(a.iv, b.iv)
export function farApart(a: Interval, b: Interval): boolean {
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

