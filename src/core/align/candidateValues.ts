import type { Claim, Lang, Quantity, QuantityKind } from '../model'
import { durationDays, overlaps, toInterval, widen, type Interval } from '../compare/interval'
import { sayQuantity } from '../quantity/say'
import type { Concept } from './measures'
import { cutApart, unbridged } from './candidateApart'

// What the values of a candidate's figures say about it. Figures of a measure one body decides (a
// deadline, an aid amount, days of mourning) that fall into two values or more, each stated by
// two sources, are two decisions ("7 days" for one body's ultimatum, "48 hours" for another's);
// figures of a measure that does not change (a distance, a length) that lie orders of magnitude
// apart measure two things (a boat 25 metres long, a wreck 75 km offshore). Neither holds for a
// toll, which grows from 296 to 2,946 and is one topic throughout.

// Values are one when they lie within 10 % of each other ("around 1,500" and "1 500"; two reports
// of a provincial toll, 191 and 202, speak of one thing), but a small count only when it is the
// same (six boats are not seven). A measure that does not change splits only between values more
// than three times apart.
const NEAR = 0.1
const SMALL = 20
const APART = 3

/** A figure's value as an interval of comparable numbers (durations in days; amounts within one currency), or null. */
function valueOf(q: Quantity): { iv: Interval; unit: string } | null {
  // A bound of a length of time states its number as a count's does (stated, below): "at most six
  // months" is six months, not every length under it, which "douze jours" would agree with.
  if (q.kind === 'duration') { const d = durationDays(q); return d ? stated(d, 'day') : null }
  if (q.kind === 'date' || q.kind === 'daterange') return null
  const open = toInterval(q)
  if (!open) return null
  const base = q.kind === 'count' && q.unit ? BASE[q.unit] : undefined
  const v = stated(open, base ? base[0] : q.unit ?? '')
  return v && base ? { iv: { lo: v.iv.lo * base[1], hi: v.iv.hi * base[1] }, unit: v.unit } : v
}

// A bound states its number ("more than 33 million", "plus de 33 millions", "at least 78"): as a
// witness of a value, it is that number.
function stated(open: Interval, unit: string): { iv: Interval; unit: string } | null {
  const iv = Number.isFinite(open.lo) !== Number.isFinite(open.hi) ? (Number.isFinite(open.lo) ? { lo: open.lo, hi: open.lo } : { lo: open.hi, hi: open.hi }) : open
  return Number.isFinite(iv.lo) && Number.isFinite(iv.hi) ? { iv, unit } : null
}

// A date names the same day as another when their days meet ("Sunday" and "26 October", "April
// 2023" and "mid-April 2023"); a date wider than a month ("2023", "since the spring") is no witness
// of a day.
const MONTH = 31
function dayValue(q: Quantity): Interval | null {
  const iv = datedDays(q)
  return iv && iv.hi - iv.lo < MONTH ? iv : null
}

/** A date's days, when it names a closed stretch of them (resolved, no open end: not "since 2014"). */
export function datedDays(q: Quantity): Interval | null {
  if ((q.kind !== 'date' && q.kind !== 'daterange') || q.unresolved) return null
  const iv = toInterval(q)
  return iv && Number.isFinite(iv.lo) && Number.isFinite(iv.hi) ? iv : null
}

// A year or a month two reports give ("in 2019", "en 2019", "عام 2019"; "December 2019") is one
// value when it is the very same period; a part of one ("by the end of the year", "late August")
// says too little of where in it.
function periodValue(q: Quantity): Interval | null {
  return q.qualifier === 'vague' || (q.precision !== 'year' && q.precision !== 'month') ? null : datedDays(q)
}

// Lengths in metres and masses in kilograms, so that "47 nautical miles" meets "87 km".
const BASE: Record<string, [string, number]> = {
  km: ['m', 1000], m: ['m', 1], mi: ['m', 1609.344], nmi: ['m', 1852], ft: ['m', 0.3048],
  tonne: ['kg', 1000], kg: ['kg', 1], g: ['kg', 0.001], ounce: ['kg', 0.0283495],
}

/**
 * The figures of a group by value: chains of figures whose values overlap (within `SAME`, or within
 * a factor `APART` for a measure that does not change). Figures with no comparable value are left out.
 */
function clusters(claims: Claim[], loose: boolean, apart = false): Claim[][] {
  const vals = claims.flatMap((c) => {
    const d = loose ? null : dayValue(c.quantity)
    if (d) return [{ c, unit: '~day', iv: d, value: d }]
    const p = loose ? null : periodValue(c.quantity)
    if (p) return [{ c, unit: `~period|${p.lo}|${p.hi}`, iv: p, value: p }]
    const v = valueOf(c.quantity)
    return v ? [{ c, ...v, value: v.iv, iv: loose ? { lo: v.iv.lo / APART, hi: v.iv.hi * APART } : v.iv.hi < SMALL ? v.iv : widen(v.iv, NEAR) }] : []
  })
  // Sorted by unit then low end, a chain is one pass (near-linear).
  vals.sort((a, b) => a.unit.localeCompare(b.unit) || a.iv.lo - b.iv.lo)
  // With `apart`, a chain is cut between two values one report gives side by side (candidateApart.ts).
  const runs = (chain: typeof vals) => (apart ? cutApart(chain, distinct).flatMap((r) => (loose ? [r] : unbridged(r, NEAR))) : [chain]).map((r) => r.map((x) => x.c))
  const out: Claim[][] = []
  let cur: typeof vals = []
  let hi = -Infinity
  for (const v of vals) {
    if (cur.length && (v.unit !== cur[0].unit || v.iv.lo > hi)) { out.push(...runs(cur)); cur = []; hi = -Infinity }
    cur.push(v)
    hi = Math.max(hi, v.iv.hi)
  }
  if (cur.length) out.push(...runs(cur))
  return out
}

// Two values a report gives side by side are two values when they differ by more than a rounding
// ("7.9 millions (7.976.291)" is one value; a magnitude of 7.8 beside one of 7.5 is two).
const ROUNDING = 0.01
const distinct = (a: Interval, b: Interval) => !overlaps(widen(a, ROUNDING), widen(b, ROUNDING))

const sourceCount = (cs: Claim[]) => new Set(cs.map((c) => c.source)).size

/**
 * The value splits of a group: for a decided measure, every value two sources state, when there
 * are two or more, or the one value two sources state when other figures state values of their own
 * (a state's emergency fund beside one outlet's sum of donors' pledges); for sums of money, every
 * value two sources state, when there are two or more; for a measure that does not change and a
 * count of places, every band of values two sources state, when there are two or more; for a share
 * that names no whole, every value two sources state. Empty when the group is one topic.
 */
export function valueSplits(claims: Claim[], concept: Concept): Claim[][] {
  // A share whose words name only its form ("half", "80 %", "نسبة") says nothing of what it is a
  // share of: each value two reports give is one thing they speak of ("half the city" in three
  // reports), and the shares only one report gives (of the budget, of the vote) are other things.
  const form = concept.family === 'percent'
  // A vague figure ("several tonnes", "hundreds") is no second witness of a value.
  const stated = (cs: Claim[]) => sourceCount(cs.filter((c) => c.quantity.qualifier !== 'vague')) >= 2
  // Sums of money that two reports each give are sums a reader tells apart (the damage to roads
  // beside the damage to homes, a claim beside the sum first sought, "$108 billion" beside "33
  // milliards USD"): no amount grows from one to the other as a toll does.
  if (claims.every((c) => c.quantity.kind === 'money')) {
    const sums = clusters(claims, false, true).filter(stated)
    if (sums.length >= 2) return sums
  }
  // Nor does a count of places: "23 provinces" and "115 départements" count two kinds of place.
  const fixed = concept.fixed || concept.family === 'places'
  if (!concept.decided && !fixed && !form) return []
  const parts = clusters(claims, !concept.decided && !form, true).filter(stated)
  if (form) return parts.length >= 2 || (parts.length && parts.flat().length < claims.length) ? parts : []
  // One decision two sources state, beside values each stated by one source alone, is that decision.
  return parts.length >= 2 || (concept.decided && parts.length === 1 && parts[0].length < claims.length) ? parts : []
}

/** How a value split reads: the measure and the value most of its sources give, in each language. */
export function valueLabel(label: { en: string; ar: string }, claims: Claim[]): { en: string; ar: string } {
  const counts = new Map<string, { c: Claim; n: number }>()
  for (const c of claims) {
    const v = valueOf(c.quantity)
    const key = v ? `${v.unit}|${v.iv.lo}|${v.iv.hi}` : c.text
    const e = counts.get(key) ?? { c, n: 0 }
    e.n++
    counts.set(key, e)
  }
  const q = [...counts.values()].sort((a, b) => b.n - a.n)[0].c.quantity
  return { en: `${label.en}: ${sayQuantity(q, 'en')}`, ar: `${label.ar}: ${sayQuantity(q, 'ar')}` }
}

/**
 * How many independent origins of a candidate give a value another origin's figure shares (within
 * 10 %), and the share of its figures that do: figures that agree across origins are the clearest
 * sign of one topic. `reportOf`: when given, a value counts only when two reports give it.
 */
export function agreement(claims: Claim[], originOf: (c: Claim) => string, reportOf?: (c: Claim) => string): { origins: number; share: number; of: Set<string> } {
  const out = new Set<string>()
  let n = 0
  // A vague figure ("several", "dozens") agrees with anything near it: it is no witness.
  for (const cs of clusters(claims.filter((c) => c.quantity.qualifier !== 'vague'), false)) {
    const origins = new Set(cs.map(originOf))
    if (origins.size < 2) continue
    // With `reportOf`, one report that gives a value twice, on two authorities, does not agree with
    // itself: agreement is between reports a reader compares.
    if (reportOf && new Set(cs.map(reportOf)).size < 2) continue
    for (const o of origins) out.add(o)
    n += cs.length
  }
  return { origins: out.size, share: claims.length ? n / claims.length : 0, of: out }
}

/**
 * The independent origins whose rough figure ("tens of thousands", "des dizaines de milliers",
 * "عشرات الآلاف") another origin gives with the same order of magnitude: no witness of a count, but
 * origins that say the same rough size are speaking of one thing.
 */
export function roughAgreement(claims: Claim[], originOf: (c: Claim) => string): Set<string> {
  const by = new Map<string, Set<string>>()
  for (const c of claims) {
    const q = c.quantity
    if (q.qualifier !== 'vague') continue
    const v = valueOf(q)
    if (!v) continue
    const k = `${q.kind}|${v.unit}|${v.iv.lo}|${v.iv.hi}`
    const s = by.get(k) ?? new Set<string>()
    s.add(originOf(c))
    by.set(k, s)
  }
  return new Set([...by.values()].filter((s) => s.size >= 2).flatMap((s) => [...s]))
}

/** Whether two reports of two independent origins give one value among these figures. */
export function corroborated(claims: Claim[], originOf: (c: Claim) => string): boolean {
  // One report that says a value twice, on two authorities, does not corroborate itself.
  return agreement(claims, originOf).origins >= 2 && agreement(claims, (c) => c.source).origins >= 2
}

// Counts or amounts more than ten times apart.
const SPREAD = 10
const WEEK = 7

/** Whether the stated counts or amounts of a candidate, in one unit, lie more than an order of magnitude apart (rough figures aside). */
export function scattered(claims: Claim[]): boolean {
  // Dates more than a week apart date several things (a statement's day, a caption's, a month
  // recalled), when no two origins share one.
  const days = claims.flatMap((c) => {
    const q = c.quantity
    const iv = (q.kind === 'date' || q.kind === 'daterange') && !q.unresolved && q.qualifier !== 'vague' ? toInterval(q) : null
    return iv && Number.isFinite(iv.lo) && Number.isFinite(iv.hi) ? [iv] : []
  })
  if (days.length >= 2 && Math.max(...days.map((d) => d.hi)) - Math.min(...days.map((d) => d.lo)) > WEEK) return true
  const ends = new Map<string, { lo: number; hi: number }>()
  for (const c of claims) {
    const q = c.quantity
    if (q.qualifier === 'vague' || (q.kind !== 'count' && q.kind !== 'money') || typeof q.lo !== 'number' || q.lo <= 0) continue
    const e = ends.get(q.unit ?? '') ?? { lo: q.lo, hi: q.lo }
    ends.set(q.unit ?? '', { lo: Math.min(e.lo, q.lo), hi: Math.max(e.hi, q.lo) })
  }
  return [...ends.values()].some((e) => e.hi / e.lo > SPREAD)
}

/**
 * The share of a part's figures whose value a figure of the rest, from another origin, shares
 * (within 10 %): a part that mostly agrees with the rest is the same measure said with a word more
 * ("4,000 injured were taken to hospitals" beside "4,000 injured").
 */
export function sharedWith(part: Claim[], rest: Claim[], originOf: (c: Claim) => string): number {
  // A vague figure of the part ("thousands") is shared when a figure of the rest lies in its range;
  // a vague figure of the rest witnesses nothing.
  const near = (c: Claim, vague: boolean) => {
    const d = dayValue(c.quantity)
    if (d) return { unit: '~day', iv: d }
    const p = periodValue(c.quantity)
    if (p) return { unit: `~period|${p.lo}|${p.hi}`, iv: p }
    const v = valueOf(c.quantity)
    return v && (vague || c.quantity.qualifier !== 'vague') ? { unit: v.unit, iv: v.iv.hi < SMALL || c.quantity.qualifier === 'vague' ? v.iv : widen(v.iv, NEAR) } : null
  }
  const others = rest.flatMap((c) => { const v = near(c, false); return v ? [{ o: originOf(c), ...v }] : [] })
  const vals = part.flatMap((c) => { const v = near(c, true); return v ? [{ o: originOf(c), ...v }] : [] })
  if (!vals.length) return 0
  return vals.filter((v) => others.some((x) => x.o !== v.o && x.unit === v.unit && x.iv.lo <= v.iv.hi && v.iv.lo <= x.iv.hi)).length / vals.length
}

/** The number a figure states ("at least 78" states 78, "more than 1.8 million" 1.8 million), with its unit, or null for a range or a vague one. */
function statedOf(q: Quantity): string | null {
  if (q.qualifier === 'vague' || q.kind === 'date' || q.kind === 'daterange') return null
  const n = typeof q.lo === 'number' && (q.hi === q.lo || q.hi === null) ? q.lo : q.lo === null && typeof q.hi === 'number' ? q.hi : null
  return n === null ? null : `${q.kind}|${q.unit ?? ''}|${n}`
}

/**
 * The share of a part's figures whose stated number a figure of the rest, from another origin,
 * states too: the same number, not one within 10 % ("137 in the Moscow region" beside "137 dead",
 * where a province's 290 beside a first national toll of 296 is chance).
 */
export function statedWith(part: Claim[], rest: Claim[], originOf: (c: Claim) => string): number {
  const others = new Map<string, Set<string>>()
  for (const c of rest) {
    const k = statedOf(c.quantity)
    if (!k) continue
    const s = others.get(k) ?? new Set<string>()
    s.add(originOf(c))
    others.set(k, s)
  }
  // (A figure that states no number, "dozens", counts against: it witnesses nothing.)
  const vals = part.flatMap((c) => { const k = statedOf(c.quantity); return k ? [{ k, o: originOf(c) }] : [] })
  if (!part.length) return 0
  return vals.filter((v) => [...(others.get(v.k) ?? [])].some((o) => o !== v.o)).length / part.length
}

/** A figure whose measure no word of the lexicon names, with its source's language. */
export interface Unread { c: Claim; lang: Lang; /** A date of the page rather than of the story (a dateline, a photo caption). */ furniture?: boolean }

/**
 * Figures whose measure is not read, grouped by one value that two independent origins state
 * ("six health workers" and "six agents de santé", "six years" and "six ans"): the same count of
 * the same thing, or the same length of time, in two reports is seldom chance; nor is one day two
 * reports date ("29 octobre", "Tuesday, 29 October"), unless it dates the page itself; nor one
 * amount in one currency ("at least $900 million", "900 millions de dollars": a claim, a fine, a
 * cargo's value that no word of the lexicon names). A count needs its counted noun or its unit
 * ("49 °C" in two reports of a heatwave), and a bare year or a count below three (one of many
 * pairs in any story) is left.
 * Named by the value and the counted noun in each language; the counted nouns are its cues.
 */
export function sameValues(unread: Unread[], originOf: (c: Claim) => string): { key: string; kind: QuantityKind; unit: string | null; label: { en: string; ar: string }; claims: Claim[]; cues: string[] }[] {
  const groups = new Map<string, Unread[]>()
  for (const u of unread) {
    const q = u.c.quantity
    // A day (a range by its first day), not a date of the page itself.
    if (q.kind === 'date' || q.kind === 'daterange') {
      if (q.precision !== 'day' || q.unresolved || typeof q.lo !== 'string' || u.furniture) continue
      const key = `~date||${q.lo}`
      const l = groups.get(key)
      if (l) l.push(u)
      else groups.set(key, [u])
      continue
    }
    // (A rate states its unit: "200 mm per year", "200 ملم في السنة".)
    if (q.kind !== 'count' && q.kind !== 'duration' && q.kind !== 'percent' && q.kind !== 'money' && !(q.kind === 'rate' && q.unit)) continue
    if (q.kind === 'count' && !u.c.counted && !q.unit) continue
    // The value as stated, not widened by its qualifier ("نحو نصف" is half, as "نصف" is; "more than
    // 1.8 million" states 1.8 million); a range by both its ends ("five to ten years", "خمسة أو
    // عشرة أعوام": the same two ends in two reports are seldom chance either).
    const range = q.qualifier === 'range' && typeof q.lo === 'number' && typeof q.hi === 'number' && q.lo < q.hi
    const stated = typeof q.lo === 'number' && (q.hi === q.lo || q.hi === null) ? q.lo : q.lo === null && typeof q.hi === 'number' ? q.hi : range ? q.lo as number : null
    if (q.qualifier === 'vague' || stated === null || (q.kind === 'count' && stated < 3)) continue
    const d = q.kind === 'duration' ? durationDays(range ? q : { ...q, lo: stated, hi: stated }) : null
    if (q.kind === 'duration' && !d) continue
    const value = d ? (range ? `${d.lo}-${d.hi}` : d.lo) : range ? `${q.lo}-${q.hi}` : stated
    const key = `~${q.kind}|${q.kind === 'duration' ? 'day' : q.unit ?? ''}|${value}`
    const l = groups.get(key)
    if (l) l.push(u)
    else groups.set(key, [u])
  }
  const out: ReturnType<typeof sameValues> = []
  for (const [key, us] of groups) {
    const cs = us.map((u) => u.c)
    // Two reports, not one report quoting two authorities.
    if (new Set(cs.map(originOf)).size < 2 || new Set(cs.map((c) => c.source)).size < 2) continue
    const q = cs.find((c) => c.quantity.kind === 'date')?.quantity ?? cs[0].quantity
    const noun = (lang: Lang) => us.find((u) => u.lang === lang && u.c.counted)?.c.counted?.split(/\s+/).slice(0, 3).join(' ')
    const en = noun('en') ?? noun('fr')
    const ar = noun('ar')
    // A count's name says what it counts (a bare "97" tells a reader nothing): when no report in a
    // language names the thing, the name quotes the words a report of another language uses.
    const label = {
      en: en ? `${sayQuantity(q, 'en')} ${en}` : ar ? `${sayQuantity(q, 'en')} («${ar}»)` : sayQuantity(q, 'en'),
      ar: ar ? `${sayQuantity(q, 'ar')} (${ar})` : en ? `${sayQuantity(q, 'ar')} («${en}»)` : sayQuantity(q, 'ar'),
    }
    out.push({ key, kind: q.kind === 'daterange' ? 'date' : q.kind, unit: q.unit, label, claims: cs, cues: [...new Set(us.flatMap((u) => (u.c.counted ? [u.c.counted.split(/\s+/).slice(0, 3).join(' ')] : [])))] })
  }
  return out
}

// An event happens on one day: reports that date it differ by a night at most (time zones, a storm
// that struck overnight). A day further from the one most origins give, stated by one origin only,
// dates something else the sentence names with it (a photo's caption, a visit, the day a statement
// was made, the record a storm is compared with) and is left out of the candidate.
const DAY_SLACK = 1
// A value that holds the day but spans more than a year ("since the 1990s") dates nothing.
const YEAR_DAYS = 366

/**
 * The dates of an event's candidate that meet the value most independent origins state, give or
 * take a day ("Sunday", "10 September", "the night of 10 to 11 September", "September 2023"), with
 * any other value two origins state; all of them when no value is stated by more origins than any other.
 */
export function aroundCommonDay(claims: Claim[], originOf: (c: Claim) => string): Claim[] {
  const by = new Map<string, { iv: Interval; origins: Set<string> }>()
  const ivOf = new Map<Claim, Interval>()
  for (const c of claims) {
    const q = c.quantity
    if ((q.kind !== 'date' && q.kind !== 'daterange') || q.unresolved) continue
    const iv = toInterval(q)
    if (!iv || !Number.isFinite(iv.lo) || !Number.isFinite(iv.hi)) continue
    ivOf.set(c, iv)
    const k = `${iv.lo}|${iv.hi}`
    const e = by.get(k) ?? { iv, origins: new Set<string>() }
    e.origins.add(originOf(c))
    by.set(k, e)
  }
  const ranked = [...by.values()].sort((a, b) => b.origins.size - a.origins.size)
  if (!ranked.length || ranked[0].origins.size < 2 || ranked[1]?.origins.size === ranked[0].origins.size) return claims
  const mode = widenDays(ranked[0].iv, DAY_SLACK)
  return claims.filter((c) => {
    const iv = ivOf.get(c)
    if (!iv) return false
    return (overlaps(iv, mode) && iv.hi - iv.lo <= YEAR_DAYS) || by.get(`${iv.lo}|${iv.hi}`)!.origins.size >= 2
  })
}
const widenDays = (iv: Interval, n: number): Interval => ({ lo: iv.lo - n, hi: iv.hi + n })

/** The dates of a candidate by day, when two days or more that do not meet are each given by two origins of two reports; else empty. */
export function daySplits(claims: Claim[], originOf: (c: Claim) => string): Claim[][] {
  const by = new Map<string, { iv: Interval; origins: Set<string>; sources: Set<string> }>()
  const ivOf = new Map<Claim, Interval>()
  for (const c of claims) {
    const q = c.quantity
    if ((q.kind !== 'date' && q.kind !== 'daterange') || q.unresolved || q.precision !== 'day') continue
    const iv = toInterval(q)
    if (!iv || !Number.isFinite(iv.lo) || !Number.isFinite(iv.hi) || iv.lo !== iv.hi) continue
    ivOf.set(c, iv)
    const e = by.get(String(iv.lo)) ?? { iv, origins: new Set<string>(), sources: new Set<string>() }
    e.origins.add(originOf(c))
    e.sources.add(c.source)
    by.set(String(iv.lo), e)
  }
  const days = [...by.values()].filter((e) => e.origins.size >= 2 && e.sources.size >= 2)
  if (days.length < 2) return []
  return days.map((d) => claims.filter((c) => { const iv = ivOf.get(c); return iv && iv.lo === d.iv.lo }))
}
