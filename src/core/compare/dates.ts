import type { Claim, Quantity, Topic } from '../model'
import { contains, dayNumber, days, overlaps, toInterval, width, type Interval } from './interval'
import type { Decision, ReadAt, Reason } from './reason'
import type { DecideContext } from './decide'
import { conceptById } from '../align/measureOf'
import { phaseOfName } from '../align/dateSiblings'
import { earlier, firstPair, profiles, somePair } from './profiles'
import { foldKey } from '../text/normalize'
import { WORD_END, WORD_START } from '../text/words'

// The decision on figures that are dates: two complete ranges of one event that differ at an end
// conflict; a point inside a range agrees with different precision; dates that do not overlap
// conflict (or need review when the event can recur).

export function decideDates(topic: Pick<Topic, 'recurring' | 'concept'> & Partial<Pick<Topic, 'label' | 'measure'>>, cs: Claim[], since: Claim[], ctx: DecideContext): Decision {
  // In a topic about when something began (or ended), a range stated in full ("from 18 June to
  // 1 July") gives its start (or its end): that day is what it says of the topic.
  const end = endOf(topic)
  const all = cs.map((c) => ({ c, iv: endOfRange(toInterval(c.quantity), c.quantity, end) })).filter((x): x is Dated => !!x.iv)
  // A report's stray date beside one that others confirm is set aside first (alsoConfirmed). Then
  // a report that dates the event to a day is read at that day: a vaguer period of its own that
  // misses it ("last week" reckoned from another first day of the week, "a week ago") is its loose
  // wording, not a second date. Reports that give no day keep every period they give.
  const read = alsoConfirmed(all, ctx)
  const ownDays = new Map<string, Interval>()
  for (const y of read) {
    if (width(y.iv) !== 0) continue
    const d = ownDays.get(y.c.source)
    ownDays.set(y.c.source, d ? { lo: Math.min(d.lo, y.iv.lo), hi: Math.max(d.hi, y.iv.hi) } : y.iv)
  }
  const ivs = read.filter((x) => { const d = ownDays.get(x.c.source); return width(x.iv) === 0 || !d || contains(x.iv, d) })
  // A deadline is a latest day: "by 22 December" does not contradict "by 31 December".
  const latest = conceptById(topic.concept)?.latest ?? false
  // An event over a night or several days is dated by any of them: two days that a stated range
  // holds both of ("Sunday", "Monday", and "the night of Sunday to Monday") do not contradict.
  const spanned = holderIndex(ivs.filter((x) => x.c.quantity.kind === 'daterange' && width(x.iv) > 0).map((x) => x.iv))
  // Pairs of dates of other origins, read by profile (a day or range, complete or not): the first
  // pair in order that cannot both hold decides; else the first that says one more precisely.
  const { list, origin } = profiles(ivs, (x) => [x.iv.lo, x.iv.hi, complete(x.c.quantity)].join('|'), (x) => ctx.origin(x.c), () => '')
  const apart = (i: number, j: number) => origin[i] !== origin[j]
  const clashOf = (a: Dated, b: Dated): 'apart' | 'ranges' | null => (!overlaps(a.iv, b.iv) && !latest && !spanned(a.iv, b.iv) ? 'apart' : complete(a.c.quantity) && complete(b.c.quantity) && (a.iv.lo !== b.iv.lo || a.iv.hi !== b.iv.hi) ? 'ranges' : null)
  let clash: [number, number] | null = null
  let finer: [number, number] | null = null
  for (let x = 0; x < list.length; x++) {
    for (let y = x; y < list.length; y++) {
      const p = list[x]
      const q = list[y]
      const bound = Math.min(p.members[0], q.members[0])
      const kind = clashOf(p.rep, q.rep)
      if (kind && !(clash && bound > clash[0]) && somePair(p, q, DIFFERENT_ORIGINS)) clash = earlier(clash, firstPair(p, q, apart))
      // Only a closed period holds a finer date: an open bound ("before April") says no period.
      const holds = width(p.rep.iv) !== width(q.rep.iv) && ((period(p.rep) && contains(p.rep.iv, q.rep.iv)) || (period(q.rep) && contains(q.rep.iv, p.rep.iv)))
      if (!kind && holds && !(finer && bound > finer[0]) && somePair(p, q, DIFFERENT_ORIGINS)) finer = earlier(finer, firstPair(p, q, apart))
    }
  }
  if (clash) {
    const a = ivs[clash[0]]
    const b = ivs[clash[1]]
    const loose = clashOf(a, b) === 'apart' && looseWeek(a, b)
    if (loose) return { verdict: 'needs-review', reason: { code: 'loose-week', week: loose.c.id, other: (loose === a ? b : a).c.id } }
    const plan = clashOf(a, b) === 'apart' ? scheduled(a, b, ctx) : null
    if (plan) return { verdict: 'needs-review', reason: { code: 'scheduled', planned: plan[0].c.id, held: plan[1].c.id, written: plan[2] } }
    if (clashOf(a, b) === 'apart') return topic.recurring ? { verdict: 'needs-review', reason: { code: 'recurring', a: a.c.id, b: b.c.id } } : { verdict: 'conflict', reason: { code: 'no-overlap', a: a.c.id, b: b.c.id, conversions: [], sameSource: a.c.source === b.c.source, ...readAt(end, [a, b]) } }
    // Two complete ranges of one event that differ at an end cannot both be right.
    const ends = a.iv.lo !== b.iv.lo && a.iv.hi !== b.iv.hi ? 'both' : a.iv.lo !== b.iv.lo ? 'start' : 'end'
    return { verdict: 'conflict', reason: { code: 'ranges-differ', a: a.c.id, b: b.c.id, ends } }
  }
  let within: Reason | null = null
  if (finer) {
    const a = ivs[finer[0]]
    const b = ivs[finer[1]]
    const [fine, coarse] = width(a.iv) < width(b.iv) ? [a.c, b.c] : [b.c, a.c]
    within = { code: 'within', fine: fine.id, coarse: coarse.id, ...readAt(end, [a, b]) }
  }
  if (within) return { verdict: 'agree-precision', reason: within }
  // The most precise date stated, beside a length of time since it that fits it: a rounded elapsed
  // time agrees with the day, it is no period the day lies inside.
  const finest = [...ivs].sort((x, y) => width(x.iv) - width(y.iv))[0]
  const after = since.find((d) => ctx.origin(d) !== ctx.origin(finest?.c ?? d)) ?? since[0]
  if (finest && after) return { verdict: 'agree', reason: { code: 'since', day: finest.c.id, since: after.id, written: ctx.asOf(after)!.to } }
  return { verdict: 'agree', reason: { code: 'same', figures: cs.map((c) => c.id), origins: new Set(cs.map(ctx.origin)).size, conversions: [] } }
}

interface Dated { c: Claim; iv: Interval }

/** The days the ranges among some dates were read at, for the reason (nothing when none was). */
function readAt(end: 'start' | 'end' | null, xs: Dated[]): { readAt?: ReadAt } {
  const read = end ? xs.filter((x) => complete(x.c.quantity) && x.iv.lo === x.iv.hi && x.c.quantity.lo !== x.c.quantity.hi) : []
  return end && read.length ? { readAt: { end, days: Object.fromEntries(read.map((x) => [x.c.id, (end === 'start' ? x.c.quantity.lo : x.c.quantity.hi) as string])) } } : {}
}

const NIGHT_DAYS = 2
/** Which end of a range a topic is about: its start, its end, or the whole range (null) — by the words placement tells date topics apart by. */
function endOf(topic: Partial<Pick<Topic, 'label' | 'measure'>>): 'start' | 'end' | null {
  const phases = new Set([topic.label?.en, topic.label?.ar, topic.measure].flatMap((name) => (name ? [phaseOfName(name)] : [])).filter((p) => p))
  return phases.size === 1 ? [...phases][0] : null
}

/**
 * A range stated in full, read at the end a topic is about; any other date as it is. A night or two
 * days ("from Sunday into Monday") is when the event began, not a period it began at one end of.
 */
function endOfRange(iv: Interval | null, q: Quantity, end: 'start' | 'end' | null): Interval | null {
  if (!iv || !end || !complete(q) || days(iv) <= NIGHT_DAYS) return iv
  return end === 'start' ? { lo: iv.lo, hi: iv.lo } : { lo: iv.hi, hi: iv.hi }
}

/**
 * A report that dates the event twice, to a date another report gives as well and to one that no
 * other report gives as precisely, is read at the date others confirm: its other date is a day
 * reckoned from another anchor ("the day before" read from the wrong day) or the date of something
 * else it tells (the day a photograph was taken, the first wave of two), not a second date for the
 * event. A date is confirmed by another origin's date, in another report, that overlaps it and is
 * no wider ("last week" does not confirm a Thursday); the report must give the confirmed date at
 * least as precisely as the other, or as a range stated in full. A report whose dates no one else confirms keeps them all.
 */
function alsoConfirmed(ivs: Dated[], ctx: DecideContext): Dated[] {
  const bySource = new Map<string, Dated[]>()
  for (const x of ivs) { const l = bySource.get(x.c.source); if (l) l.push(x); else bySource.set(x.c.source, [x]) }
  if (bySource.size < 2) return ivs
  // Each report's dates against the other reports' (a topic holds few reports' dates: pairs are cheap).
  const confirmed = (d: Dated) => ivs.some((x) => x.c.source !== d.c.source && ctx.origin(x.c) !== ctx.origin(d.c) && width(x.iv) <= width(d.iv) && overlaps(x.iv, d.iv))
  const drop = new Set<Dated>()
  for (const own of bySource.values()) {
    if (own.length < 2) continue
    const sure = own.filter(confirmed)
    if (!sure.length) continue
    for (const d of own) {
      if (sure.includes(d)) continue
      // Only a confirmed date at least as precise, or a range it states in full ("from Sunday to
      // Monday"), says the report meant another day; a loose period ("last week") does not.
      const precise = sure.filter((e) => width(e.iv) <= width(d.iv) || complete(e.c.quantity))
      if (precise.length && !precise.some((e) => overlaps(e.iv, d.iv))) drop.add(d)
    }
  }
  return drop.size ? ivs.filter((x) => !drop.has(x)) : ivs
}
// A week named from its report's day ("this week", "la semaine dernière", "الأسبوع الماضي") is
// reckoned from a first day of the week that differs from country to country (Saturday, Sunday or
// Monday), or loosely as the last seven days: beside a date it misses by no more than that, the gap
// may be the wording, and a reviewer decides.
const RELATIVE_WEEK = new RegExp(`${WORD_START}(?:this week|last week|the past week|cette semaine|la semaine (?:dernière|passée)|(?:[وفبل])?(?:ال|لل)اسبوع (?:الماضي|الحالي|الجاري)|(?:[وفبل])?(?:هذا|خلال) الاسبوع)${WORD_END}`, 'iu')
const WEEK_START_SLACK = 2
function looseWeek(a: Dated, b: Dated): Dated | null {
  const week = [a, b].find((x) => RELATIVE_WEEK.test(foldKey(x.c.text)))
  if (!week) return null
  const other = week === a ? b : a
  return overlaps({ lo: week.iv.lo - WEEK_START_SLACK, hi: week.iv.hi + WEEK_START_SLACK }, other.iv) ? week : null
}

// A date a report gave while it was still ahead ("next Tuesday", written on the Sunday before) is a
// plan; a report written on or after the day it gives tells what happened. When the plan and the
// account differ, the schedule may have changed as well as one report be wrong: a reviewer decides.
// (Two plans, or two accounts, that differ still conflict.)
/** The planned date, the date told after the fact, and the day the plan was written, when two dates are one of each; else null. */
function scheduled(a: Dated, b: Dated, ctx: DecideContext): [Dated, Dated, string] | null {
  const written = (x: Dated) => ctx.asOf(x.c)?.to ?? null
  const ahead = (x: Dated) => { const w = written(x); return w ? x.iv.lo > dayNumber(w) : null }
  const [pa, pb] = [ahead(a), ahead(b)]
  if (pa === null || pb === null || pa === pb) return null
  const [plan, told] = pa ? [a, b] : [b, a]
  // (The account is written after the plan, so that the plan had time to change: an account of the
  // same day or older is no outcome of it.)
  return written(told)! > written(plan)! ? [plan, told, written(plan)!] : null
}

/** Pairs given by different origins (profiles.ts). */
const DIFFERENT_ORIGINS = 3

/** Whether a stated range holds both of two intervals: sorted once, each question answered by bisection. */
function holderIndex(ranges: Interval[]): (a: Interval, b: Interval) => boolean {
  const sorted = [...ranges].sort((x, y) => x.lo - y.lo)
  const highest = sorted.map((x) => x.hi)
  for (let i = 1; i < highest.length; i++) highest[i] = Math.max(highest[i], highest[i - 1])
  return (a, b) => {
    const lo = Math.min(a.lo, b.lo)
    const hi = Math.max(a.hi, b.hi)
    let k = 0; let n = sorted.length
    while (k < n) { const m = (k + n) >> 1; if (sorted[m].lo <= lo) k = m + 1; else n = m }
    return k > 0 && highest[k - 1] >= hi
  }
}

/** A closed period (a night, a week, a month, a stated range) that a finer date can lie inside. */
const period = (x: Dated) => Number.isFinite(width(x.iv)) && x.c.quantity.qualifier !== 'about' && x.c.quantity.qualifier !== 'vague'
const complete = (q: Quantity) => q.kind === 'daterange' && q.qualifier === 'range' && q.lo !== null && q.hi !== null
