import type { Claim, Quantity } from '../model'
import { contains, DAYS_PER_UNIT, overlaps, pointOf, toInterval, width, type Interval } from './interval'
import { convert } from './money'
import type { Conversion, Decision } from './reason'
import { sameTime, sinceOf, type AsOf } from './asof'
import { namedMoment } from './moment'
import type { DecideContext } from './decide'
import { clashes, vague, type Valued } from './clashes'
import { firstNotFrom, firstTwo, joinFirstTwo, type FirstTwo } from './profiles'
import { foldKey } from '../text/normalize'
import { countGoesOn } from './tally'
import { bodyLabel } from './origins'
import { conceptById } from '../align/measureOf'

// The decision on figures that are numbers: read in one unit (currencies converted at the rate of
// their month), bounds and approximations kept; figures that cannot both hold conflict or form a
// series (clashes.ts); otherwise they agree, one perhaps more precisely.

// Running totals: the dead, the injured, the bodies found and buried are counted up and never come
// back to life. A later figure below an earlier one, from another origin or from the same body
// revising its own count down, is no step of a series but a conflict (223 then 222 included).
// The countries a count names (the nationalities among the dead, the countries that sent help)
// only grow too, as more are identified or join.
export const RUNNING = new Set(['killed', 'injured', 'bodies', 'buried', 'countries'])
// People who fled are counted up too when the count runs from the event ("have fled since 15
// April"); the displaced counted as they are now (in camps, still away) may fall.
const FLED = new Set(['displaced', 'arrived'])

/** Whether a topic's figure is a running total: by its measure, or, for people who fled, by its start. */
export const runsUp = (concept: string | undefined) => (c: Claim) => RUNNING.has(concept ?? '') || (FLED.has(concept ?? '') && sinceOf(c) !== null)

// Measures that describe the event itself, not its aftermath: the attackers, the people on board,
// the crowd, the trains in a collision, the tugs of a salvage, the devices that exploded, the rain
// and wind of a storm. They do not move while the story is reported: two origins giving them
// differently on two days are two accounts of one thing (a conflict), unless the text itself sets
// each figure at its own time. (A measure that is unknown may move, as a toll does.)
// Two standing facts do not move either: a place's population over the days a story is told, and
// the votes of a ballot already held, whose provisional count the final one replaces (a final
// count that differs contradicts the provisional one; it is no count growing). Their count goes on
// until it ends, though: a tally under way, or one at another stage, is a step of it (tally.ts).
// The missiles or rockets fired in an attack are a fact of the attack as its devices are: an air
// force's count the next day is another account of the same barrage, not the count growing.
// A narrower measure of one that does not move does not move either: the valid votes and the
// spoiled ballots of a ballot already held are parts of its votes.
const EVENT_FACTS = new Set(['aboard', 'attackers', 'audience', 'trains', 'tugs', 'devices', 'missiles', 'dams', 'wind', 'rain', 'pilgrims', 'population', 'votes'])

/** Whether a topic's measure may move while the story is reported (see EVENT_FACTS). */
export const movesOverTime = (concept: string | undefined) => !EVENT_FACTS.has(concept ?? '') && !EVENT_FACTS.has(conceptById(concept)?.broader ?? '')

export function decideNumbers(given: Claim[], ctx: DecideContext, series: boolean, running: (c: Claim) => boolean = () => false, moves = true): Decision {
  const cs = inTheOneUnit(given)
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
      // Figures that cannot be converted need a reviewer, unless the others already contradict
      // each other as written (two amounts in one currency, one number in two units slipped): no
      // conversion could reconcile those, whatever the unconverted figures say.
      const comparable = cs.filter((x) => x.quantity.unit === unit || (x.quantity.unit !== null && inUnit(x, unit, ctx.asOf(x), [], ctx.tolerance) !== 'incomparable'))
      const rest = comparable.length > 1 && comparable.length < cs.length ? decideNumbers(comparable, ctx, series, running, moves) : null
      if (rest?.verdict === 'conflict' && rest.reason.code === 'no-overlap' && !rest.reason.conversions.length) return rest
      return { verdict: 'needs-review', reason: { code: 'incomparable', a: other.id, b: c.id, units: [other.quantity.unit ?? '', c.quantity.unit ?? ''] } }
    }
    if (!iv) continue
    valued.push({ c, iv, soft: rounded(c.quantity, iv), atLeast: { lo: iv.lo, hi: Infinity }, asOf, open: isBound(c.quantity) && !(Number.isFinite(iv.lo) && Number.isFinite(iv.hi)) })
  }
  // Pairs of figures from different origins that cannot both hold. Those for one moment (or of
  // unknown time) conflict, and the pair furthest apart drives the verdict; the others are a
  // series over time. Only the furthest pair is kept: a topic of thousands of figures has
  // millions of pairs.
  // A measure that does not change (a magnitude, a ransom) revised by the body that gave it: its
  // later figure replaces the earlier one, which contradicts no one any more.
  if (!series) valued = latestOfEachOrigin(valued, ctx)
  const slip = unitSlip(valued, ctx)
  if (slip) return { verdict: 'conflict', reason: { code: 'no-overlap', a: slip[0].c.id, b: slip[1].c.id, conversions: [], sameSource: slip[0].c.source === slip[1].c.source } }
  const { clash, worst } = clashes(valued, ctx, series, running, moves)
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
      // A series needs two known times: counts that all share one day are not one measure over time.
      if (new Set(points.map((v) => v.asOf.from)).size < 2 && points.length > 1) {
        const lo = points.reduce((m, v) => (v.iv.hi < m.iv.hi ? v : m))
        const hi = points.reduce((m, v) => (v.iv.lo > m.iv.lo ? v : m))
        return { verdict: 'conflict', reason: { code: 'no-overlap', a: lo.c.id, b: hi.c.id, conversions: [], sameSource: lo.c.source === hi.c.source } }
      }
      return { verdict: 'time-series', reason: { code: 'series', points: points.map((v) => ({ claim: v.c.id, from: v.asOf.from, to: v.asOf.to })) } }
    }
    const [a, b] = worst
    // A running total given lower on a later day: say which figure replaced which.
    if (running(a.c) && running(b.c) && a.asOf && b.asOf && !sameTime(a.asOf, b.asOf)) {
      const [early, late] = a.asOf.from <= b.asOf.from ? [a, b] : [b, a]
      if (late.iv.hi < early.iv.lo) return { verdict: 'conflict', reason: { code: 'fell', earlier: early.c.id, later: late.c.id, from: early.asOf!.from, to: late.asOf!.from } }
    }
    // Two figures told for one moment (a night, the occasion they measure) name it.
    const moment = namedMoment(a.asOf, b.asOf)
    // Two days of a measure that does not move (a provisional count, then the final one): say that
    // the later figure is no update of the earlier.
    const standing: [string, string] | null = !moves && !countGoesOn(ctx.stage?.(a.c) ?? null, ctx.stage?.(b.c) ?? null) && !moment && a.asOf && b.asOf && !sameTime(a.asOf, b.asOf) ? [a.asOf.from, b.asOf.from] : null
    // One origin's figure for one time as two reports relay it: say that both report what it said.
    const one = !standing && ctx.origin(a.c) === ctx.origin(b.c) && a.c.source !== b.c.source ? ctx.origin(a.c) : null
    const relayed = one === null ? {} : { relayed: ctx.body?.(one) ? bodyLabel(one) : null }
    return { verdict: 'conflict', reason: { code: 'no-overlap', a: a.c.id, b: b.c.id, conversions: used([a.c.id, b.c.id]), sameSource: a.c.source === b.c.source, ...relayed, ...(moment ? { moment } : {}), ...(standing ? { standing } : {}) } }
  }
  // A value inside another origin's closed range: the same, said more precisely. An approximate
  // figure is read at its stated value (about 300,000 lies inside 250,000–300,000). A vague amount
  // ("a few hours", "hundreds of thousands") and an open bound are no range: beside them a finer
  // figure agrees, it is not "more precise".
  const within = finerWithin(valued, ctx)
  if (within) return { verdict: 'agree-precision', reason: { code: 'within', fine: within[1].c.id, coarse: within[0].c.id } }
  const bound = valued.find((v) => v.open)
  const point = bound && valued.find((v) => !v.open && ctx.origin(v.c) !== ctx.origin(bound.c))
  // (A figure equal to the bound's own end, "1,000" beside "more than 1,000", is at it, not inside.)
  const atEdge = !!point && point.iv.lo === point.iv.hi && (point.iv.lo === bound.iv.lo || point.iv.lo === bound.iv.hi)
  if (bound && point) return { verdict: 'agree', reason: { code: 'bound', bound: bound.c.id, value: point.c.id, conversions: used([bound.c.id, point.c.id]), ...(atEdge ? { atEdge } : {}) } }
  return { verdict: 'agree', reason: { code: 'same', figures: valued.map((v) => v.c.id), origins: new Set(valued.map((v) => ctx.origin(v.c))).size, conversions } }
}

const stated = (v: Valued): Interval => (v.c.quantity.qualifier === 'about' ? { lo: pointOf(v.iv), hi: pointOf(v.iv) } : v.iv)
// (A figure in another unit is read as precise as its written digits, which makes it no range;
// a bound close to its figure, "just under 19 million", is an approximation, as "nearly" is.)
const closed = (v: Valued) => !vague(v) && v.c.quantity.qualifier !== 'about' && !isBound(v.c.quantity) && v.c.quantity.lo !== v.c.quantity.hi && Number.isFinite(width(v.iv)) && width(v.iv) > 0

/**
 * The first closed range (in order) that holds a finer figure of another origin, and the first
 * such figure. Finer figures are grouped by their stated value, and each range's groups are read
 * once: the search is linear in the figures, not in their pairs.
 */
function finerWithin(valued: Valued[], ctx: DecideContext): [Valued, Valued] | null {
  const origin = valued.map((v) => ctx.origin(v.c))
  const groups = new Map<string, { st: Interval; members: number[] }>()
  valued.forEach((v, j) => {
    if (vague(v) || !Number.isFinite(width(v.iv))) return
    const st = stated(v)
    const k = `${st.lo}|${st.hi}`
    const g = groups.get(k)
    if (g) g.members.push(j)
    else groups.set(k, { st, members: [j] })
  })
  const fine = [...groups.values()].map((g) => ({ st: g.st, first: firstTwo(g.members, (j) => origin[j]) }))
  const inside = new Map<string, FirstTwo | null>()
  for (let i = 0; i < valued.length; i++) {
    const coarse = valued[i]
    if (!closed(coarse)) continue
    const k = `${coarse.iv.lo}|${coarse.iv.hi}`
    let f = inside.get(k)
    if (f === undefined) inside.set(k, f = fine.filter((g) => width(g.st) < width(coarse.iv) && contains(coarse.iv, g.st)).reduce<FirstTwo | null>((acc, g) => joinFirstTwo(acc, g.first), null))
    const j = firstNotFrom(f, origin[i])
    if (j !== Infinity) return [coarse, valued[j]]
  }
  return null
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
// Words that approach a number from below ("nearly", "almost", "près de"). The extraction reads
// them as "about", as it reads "around"; the verdict needs the side. Arabic "قرابة" and "ما يقارب"
// are said of figures on either side, so they stay "about".
const NEARLY = /^(?:nearly|almost|close to|just under|approaching|près de|près d['’]|presque|quasiment|pas loin de)\s/iu
const nearly = (c: Claim) => c.quantity.qualifier === 'about' && NEARLY.test(c.text)

// A bound said to lie close to its figure ("just under 19 million", "un peu plus de 400", "أقل
// بقليل من مليون") is no open bound: it stays within half a step of the figure's last non-zero
// digit, on its side (18.5 to 19 million), as "nearly" does.
const CLOSE = /^(?:(?:just|slightly|a little|a bit|marginally)\s+(?:over|under|above|below|more than|less than|fewer than)|(?:un peu|légèrement|à peine|tout juste)\s+(?:plus|moins|au-dessus|en dessous|en deçà)|(?:ما\s+)?(?:اكثر|اقل|يزيد|يقل|تزيد|تقل)\s+(?:بقليل|قليلا))(?![\p{L}])/iu
function closeBound(c: Claim): Interval | null {
  const q = c.quantity
  const above = q.qualifier === 'more-than' || q.qualifier === 'at-least'
  const x = above ? q.lo : q.hi
  if (typeof x !== 'number' || x === 0 || !(above || q.qualifier === 'less-than' || q.qualifier === 'at-most') || !CLOSE.test(foldKey(c.text))) return null
  const half = lastDigit(x) / 2
  return above ? { lo: x, hi: x + half } : { lo: x - half, hi: x }
}

function latestOfEachOrigin(valued: Valued[], ctx: DecideContext): Valued[] {
  const last = new Map<string, string>()
  for (const v of valued) if (v.asOf) { const o = ctx.origin(v.c); if ((last.get(o) ?? '') < v.asOf.from) last.set(o, v.asOf.from) }
  return valued.filter((v) => !v.asOf || v.asOf.to >= last.get(ctx.origin(v.c))!)
}

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
// A figure in thousands or more may also have lost its last digits rather than been rounded ("$397
// million" for 397.6 million, "2 milliards" for 2.04, "148 ألف" for 148,723): it stands for up to
// a whole step above it, within the same 2 %.
const TRUNCATED_FROM = 1_000
const ROUNDING_SHARE = 0.02
// A share given in whole percent was rounded to the point ("26 per cent" for an authority's
// 26.46 %): it stands for the values that round to it, which no other whole percent shares.
const WHOLE_PERCENT_SLACK = 0.49
export function rounded(q: Quantity, iv: Interval): Interval {
  if (q.kind === 'percent' && !q.qualifier && typeof q.lo === 'number' && q.lo === q.hi && Number.isInteger(q.lo)) return { lo: iv.lo - WHOLE_PERCENT_SLACK, hi: iv.hi + WHOLE_PERCENT_SLACK }
  if (q.qualifier || typeof q.lo !== 'number' || q.lo !== q.hi || !Number.isInteger(q.lo) || q.lo < 100) return iv
  let step = 1
  while (q.lo % (step * 10) === 0) step *= 10
  if (step < 100) return iv
  const slack = Math.min(step / 2, q.lo * ROUNDING_SHARE)
  const above = q.lo >= TRUNCATED_FROM ? Math.min(step, q.lo * ROUNDING_SHARE) : slack
  return { lo: iv.lo - slack, hi: iv.hi + above }
}

const LENGTH: Record<string, number> = { km: 1, m: 0.001, mi: 1.609344, nmi: 1.852, ft: 0.0003048 }
const MASS: Record<string, number> = { tonne: 1, kg: 0.001, g: 1e-6 }
// Areas in square kilometres: "259,000 hectares (640,000 acres)", "170.8 million square metres".
const AREA: Record<string, number> = { km2: 1, m2: 1e-6, ha: 0.01, acre: 0.004_046_856_4, mi2: 2.589_988, feddan: 0.004_2 }
// Power in megawatts: "15 gigawatts, soit 15 000 mégawatts".
const POWER: Record<string, number> = { MW: 1, GW: 1000, kW: 0.001 }
/** Half the place of a written number's last digit (0.5 for 125, 0.05 for 51.8); 0 for an open bound. */
const digitsOf = (x: Quantity['lo']) => (typeof x !== 'number' ? 0 : 0.5 * 10 ** -((String(Math.abs(x)).split('.')[1] ?? '').length))
const TEMPERATURE: Record<string, (x: number) => number> = { '°F>°C': (f) => ((f - 32) * 5) / 9, '°C>°F': (c) => (c * 9) / 5 + 32 }
const CURRENCY = /^[A-Z]{3}$/

// Two origins writing one number in two units of one measure that conversion sets far apart ("170
// million square kilometres" beside "170.8 million square metres"): one of them slipped its unit.
// That is no count moving from day to day: both cannot be right.
const SLIP_SHARE = 0.02
function unitSlip(valued: Valued[], ctx: DecideContext): [Valued, Valued] | null {
  const reps = new Map<string, Valued>()
  for (const v of valued) { const k = `${v.c.quantity.unit}|${v.c.quantity.lo}|${v.c.quantity.hi}`; if (!reps.has(k)) reps.set(k, v) }
  const written = (v: Valued) => v.c.quantity.lo ?? v.c.quantity.hi
  const list = [...reps.values()].filter((v) => typeof written(v) === 'number' && v.c.quantity.unit && !CURRENCY.test(v.c.quantity.unit))
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
    const a = list[i]; const b = list[j]
    const x = written(a) as number; const y = written(b) as number
    if (a.c.quantity.unit === b.c.quantity.unit || ctx.origin(a.c) === ctx.origin(b.c) || overlaps(a.iv, b.iv)) continue
    if (Math.abs(x - y) <= SLIP_SHARE * Math.max(Math.abs(x), Math.abs(y))) return [a, b]
  }
  return null
}

/**
 * A bare number beside figures that all give it one unit of measure ("Soleimani, who was 62 when
 * he was killed" beside "tué à 62 ans") is in that unit: its writer left the unit implicit. So is
 * a bare count beside figures that all give it as a count per one period ("more than 20,000
 * children" beside "20,000 children a year"): the period was said elsewhere ("each year",
 * "سنوياً") or not repeated. (Not a share or a currency: a bare count beside percentages or amounts
 * is another figure.)
 */
function inTheOneUnit(cs: Claim[]): Claim[] {
  const units = new Set(cs.map((c) => c.quantity.unit).filter((u): u is string => !!u))
  if (units.size > 1) return inTheSameNumbersUnit(cs, units)
  if (units.size !== 1 || !cs.some((c) => !c.quantity.unit)) return cs
  const [unit] = units
  const given = cs.find((c) => c.quantity.unit === unit)!.quantity
  const perPeriod = given.kind === 'rate' && unit.startsWith('count/') && !!given.per
  if (!perPeriod && ![LENGTH, MASS, AREA, POWER, DAYS_PER_UNIT].some((t) => t[unit] !== undefined)) return cs
  const { kind } = given
  const per = perPeriod ? { per: given.per } : {}
  return cs.map((c) => (c.quantity.unit || c.quantity.kind !== 'count' ? c : { ...c, quantity: { ...c.quantity, unit, kind, ...per } }))
}

/**
 * Figures in two units of one measure ("26 feet", "about 8 metres") beside a bare number: the bare
 * number that repeats a number written with its unit ("the river rose 26 feet … the 26-foot rise"
 * written "26") is in that unit; the writer named it once. A bare number that repeats none, or
 * numbers in units of two measures, are left as they are.
 */
function inTheSameNumbersUnit(cs: Claim[], units: Set<string>): Claim[] {
  const table = [LENGTH, MASS, AREA, POWER, DAYS_PER_UNIT].find((t) => [...units].every((u) => t[u] !== undefined))
  if (!table || !cs.some((c) => !c.quantity.unit && c.quantity.kind === 'count')) return cs
  const unitOf = new Map<number, Set<string>>()
  for (const c of cs) { const x = c.quantity.lo ?? c.quantity.hi; if (c.quantity.unit && typeof x === 'number') unitOf.set(x, (unitOf.get(x) ?? new Set()).add(c.quantity.unit)) }
  return cs.map((c) => {
    const x = c.quantity.lo ?? c.quantity.hi
    const one = !c.quantity.unit && c.quantity.kind === 'count' && typeof x === 'number' ? unitOf.get(x) : undefined
    if (one?.size !== 1) return c
    const unit = [...one][0]
    const given = cs.find((g) => g.quantity.unit === unit)!.quantity
    return { ...c, quantity: { ...c.quantity, unit, kind: given.kind } }
  })
}

/** A figure's interval in `unit`; null when it has no value; 'incomparable' when it cannot be converted. */
function inUnit(c: Claim, unit: string | null, asOf: AsOf | null, conversions: Conversion[], tolerance: number): Interval | null | 'incomparable' {
  const q = c.quantity
  const base = approximate(c) ?? closeBound(c) ?? toInterval(q, tolerance)
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
  // A measure given in another unit is as precise as its written digits: 125 °F is 124.5 to
  // 125.5 °F, which holds the 51.8 °C it converts (51.8 °C is 125.24 °F).
  const written = { lo: base.lo - digitsOf(q.lo), hi: base.hi + digitsOf(q.hi) }
  // Temperatures by their scales' formula; a bound keeps its side.
  const scale = TEMPERATURE[`${from}>${to}`]
  if (scale) return { lo: Number.isFinite(written.lo) ? scale(written.lo) : written.lo, hi: Number.isFinite(written.hi) ? scale(written.hi) : written.hi }
  // Lengths of time too: "about 18 months" and "more than a year and a half" are comparable.
  for (const table of [LENGTH, MASS, AREA, POWER, DAYS_PER_UNIT]) {
    if (table[from] !== undefined && table[to] !== undefined) {
      const k = table[from] / table[to]
      return { lo: written.lo * k, hi: written.hi * k }
    }
  }
  return 'incomparable'
}
