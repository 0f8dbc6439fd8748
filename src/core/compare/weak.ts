import type { Assignment, Claim, Topic, Verdict } from '../model'
import { decide, type DecideContext } from './decide'
import { durationDays, toInterval, type Interval } from './interval'
import { isDateKind } from '../quantity/parts'
import type { Decision } from './reason'

// Placement is imperfect: a figure of another measure, or of another place, sometimes joins a
// topic on thin evidence and alone turns agreeing reports into a conflict or a time series. A
// fact-checker weighs the figures whose placement is certain first: a figure placed on weak
// evidence (its measure named only somewhere in its sentence, the topic's entity only somewhere in
// its article, or joined only because another report states its value) that alone makes the
// verdict a dispute, against figures placed on strong evidence that agree, is set aside and named
// in the explanation, not allowed to decide the verdict. Nor does such a figure alone confirm a
// single source: two origins agree only when both are placed on strong evidence. When the strong
// figures themselves disagree, or the weak ones disagree together, nothing is set aside.

/** Why a figure's placement is weak: what placement could not find by the figure. */
export const WEAK_WHY = ['measure-in-sentence', 'entity-in-article', 'restated', 'vague-alone', 'outlier', 'outlier-date', 'earlier-count'] as const
export type WeakWhy = (typeof WEAK_WHY)[number]

/** The reasons that say where a figure was placed (weak evidence); the others say what the figure is (a stray, a vague amount, an earlier count). */
export const PLACED_WEAKLY: ReadonlySet<WeakWhy> = new Set(['measure-in-sentence', 'entity-in-article', 'restated'])

/** A figure set aside from the decision, and why its placement was weak. */
export interface WeakFigure { claim: string; why: WeakWhy }

// Read from the reasons placement gives (src/core/align/assign.ts and restated.ts word them).
const RESTATED = /^another report states the same figure/
const MEASURE_IN_SENTENCE = /\(named in the sentence\)$/
const ENTITY_IN_ARTICLE = /^entity ".*" in the article$/

/** Why an assignment rests on weak evidence, or null when its evidence is strong. */
export function weakEvidence(a: Pick<Assignment, 'reasons'>): WeakWhy | null {
  if (a.reasons.some((r) => RESTATED.test(r))) return 'restated'
  if (a.reasons.some((r) => MEASURE_IN_SENTENCE.test(r))) return 'measure-in-sentence'
  if (a.reasons.some((r) => ENTITY_IN_ARTICLE.test(r))) return 'entity-in-article'
  return null
}

const DISPUTED: ReadonlySet<Verdict> = new Set(['conflict', 'time-series'])
const AGREED: ReadonlySet<Verdict> = new Set(['agree', 'agree-precision'])
const MAX_TRIED = 40
const MAX_FIGURES = 400
const UNCONFIRMING: ReadonlySet<WeakWhy> = new Set(['restated', 'entity-in-article', 'outlier', 'outlier-date'])

/**
 * The decision on a topic, weighing figures placed on strong evidence first: returns the decision
 * and the weak figures set aside from it (none when the evidence does not allow it).
 */
export function decideWeighed(topic: Pick<Topic, 'kind' | 'recurring' | 'fixed' | 'concept'> & Partial<Pick<Topic, 'label' | 'measure'>>, claims: Claim[], ctx: DecideContext, placedWeakly: (c: Claim) => WeakWhy | null): { decision: Decision; weak: WeakFigure[] } {
  const full = decide(topic, claims, ctx)
  const lone = vagueAlone(claims, ctx)
  const far = outliers(claims, ctx)
  // A stray undoes a series only on a day the figures it strays from are given too: on a day of
  // its own it may be a step of a count that moved (an early forecast of 250 dead, then 20,000 two
  // days later).
  const days = new Set(claims.filter((c) => !far.has(c)).map((c) => ctx.asOf(c)?.from ?? ''))
  const ownDay = (c: Claim) => full.verdict === 'time-series' && !days.has(ctx.asOf(c)?.from ?? '')
  const weakOf = (c: Claim): WeakWhy | null => placedWeakly(c) ?? (lone.has(c) ? 'vague-alone' : far.has(c) && !ownDay(c) ? stray(c) : null)
  const weighed = weighWeak(topic, claims, ctx, full, weakOf)
  if (weighed.weak.length || !far.size || full.verdict !== 'conflict' || claims.length > MAX_FIGURES) return weighed
  // A stray (3 dead among tolls of 3,000 and more) is another measure's, whatever the evidence it
  // was placed on: while the conflict's reason names a stray, that stray is set aside (the one
  // furthest from the figures the topic rests on first), and the others are read as they are
  // (counts of other days as they move, one origin as the single source it is). When the others
  // conflict among themselves as well, the verdict stays a conflict, but it is their disagreement
  // that the reason names, not the stray's.
  let kept = claims
  let d = full
  const aside: Claim[] = []
  while (d.verdict === 'conflict' && aside.length < far.size) {
    const named = [...far.keys()].filter((c) => !aside.includes(c) && names(d.reason, c.id))
    if (!named.length) break
    const c = named.reduce((a, b) => (far.get(b)! > far.get(a)! ? b : a))
    aside.push(c)
    kept = kept.filter((x) => x !== c)
    d = decide(topic, kept, ctx)
  }
  if (!aside.length) return weighed
  // With the strays aside, the figures placed on weak evidence are weighed as above.
  const then = weighWeak(topic, kept, ctx, d, weakOf)
  return { decision: then.decision, weak: [...aside.map((c) => ({ claim: c.id, why: stray(c) })), ...then.weak] }
}

/** Why a figure far from every other report's is set aside: a number many times away, or a date years away. */
const stray = (c: Claim): WeakWhy => (isDateKind(c.quantity.kind) ? 'outlier-date' : 'outlier')

/** Whether a reason names a figure as one that drives it. */
function names(r: Decision['reason'], id: string): boolean {
  switch (r.code) {
    case 'no-overlap': case 'incomparable': case 'ambiguous-unit': case 'recurring': case 'ranges-differ': return r.a === id || r.b === id
    case 'fell': return r.earlier === id || r.later === id
    case 'forecast': return r.forecast === id || r.outcome === id
    case 'duration-vs-range': return r.duration === id || r.range === id
    case 'since-apart': return r.day === id || r.since === id
    case 'loose-week': return r.week === id || r.other === id
    case 'scheduled': return r.planned === id || r.held === id
    default: return false
  }
}

function weighWeak(topic: Pick<Topic, 'kind' | 'recurring' | 'fixed' | 'concept'> & Partial<Pick<Topic, 'label' | 'measure'>>, claims: Claim[], ctx: DecideContext, full: Decision, weakOf: (c: Claim) => WeakWhy | null): { decision: Decision; weak: WeakFigure[] } {
  const weak = claims.filter((c) => weakOf(c))
  // In an archive-sized topic the verdict stands as it is, so that judging stays quick (each weak
  // figure is tried against the strong ones).
  if (!weak.length || weak.length === claims.length || claims.length > MAX_FIGURES) return { decision: full, weak: [] }
  const strong = claims.filter((c) => !weakOf(c))
  const base = decide(topic, strong, ctx)
  const named = (cs: Claim[]) => cs.map((c) => ({ claim: c.id, why: weakOf(c)! }))
  if (DISPUTED.has(full.verdict)) {
    // The strong figures must agree, and two reports at least must give a figure of their own ("dozens"
    // or "millions" fit almost anything): one report is no evidence against another.
    const firm = new Set(strong.filter((c) => c.quantity.qualifier !== 'vague').map((c) => c.source))
    if (!AGREED.has(base.verdict) || firm.size < 2) return { decision: full, weak: [] }
    // Past a few dozen weak figures they are the coverage, not strays, and trying each would be slow.
    if (weak.length > MAX_TRIED) return { decision: full, weak: [] }
    const aside = weak.filter((w) => DISPUTED.has(decide(topic, [...strong, w], ctx).verdict))
    const setAside = new Set(aside)
    const kept = claims.filter((c) => !setAside.has(c))
    const d = decide(topic, kept, ctx)
    return aside.length && !DISPUTED.has(d.verdict) ? { decision: d, weak: named(aside) } : { decision: full, weak: [] }
  }
  // Nor does a figure confirm a single source when it joined only because it repeats that source's
  // value (circular), when what the topic is about is named only elsewhere in its article (it
  // may be another place's figure), or when it is a stray far from it ("several" beside 140,000).
  // A figure whose measure its sentence names does confirm.
  if (AGREED.has(full.verdict) && base.verdict === 'single-source' && weak.every((c) => UNCONFIRMING.has(weakOf(c)!))) return { decision: base, weak: named(weak) }
  return { decision: full, weak: [] }
}

/**
 * Vague amounts ("tens of thousands", "des centaines") that one origin alone gives, and gives no
 * number beside, in a topic whose numbers two origins or more state: most often a figure of
 * another measure that a word of the topic brought in (the toll feared, those left homeless). Like
 * a figure placed on weak evidence, such an amount alone does not make the numbers a dispute.
 */
function vagueAlone(claims: Claim[], ctx: DecideContext): Set<Claim> {
  const read = claims.filter((c) => ctx.compared(c) && c.role !== 'conversion')
  const numbered = new Set(read.filter((c) => c.quantity.qualifier !== 'vague').map(ctx.origin))
  const vague = read.filter((c) => c.quantity.qualifier === 'vague' && !numbered.has(ctx.origin(c)))
  return numbered.size >= 2 && new Set(vague.map(ctx.origin)).size === 1 ? new Set(vague) : new Set()
}

/** How far (as a ratio) numbers lie from each other to be read as two measures. */
const OUTLIER_RATIO = 10
/** How far (in days) dates lie from each other to be read as two events: three years. */
const OUTLIER_DAYS = 3 * 365
/**
 * Figures far from the figures most reports give. The figures of one scale (numbers in one unit, or
 * dates) fall into groups separated by wide gaps: numbers more than OUTLIER_RATIO times apart, dates
 * more than three years apart (a bound read at its bound). When one group is given by more reports
 * than any other, and by two at least, the figures of the other groups are strays (so is a group of
 * vague amounts far from a number that as many reports give: "several" beside 140,000): "trois" among
 * tolls of 3,000 and more, "five" survivors beside 104, about 8,000 firefighters among counts of ten
 * soldiers, "hundreds of thousands" among counts of about 2,000, a "since 1934" among days of 2024.
 * A disagreement between reports of one event is rarely that wide (3,000 against 11,300 dead is four
 * times; two days apart are two days): so wide a gap says the figure is of something else.
 */
function outliers(claims: Claim[], ctx: DecideContext): Map<Claim, number> {
  const read = claims.filter((c) => ctx.compared(c) && c.role !== 'conversion')
    .map((c) => ({ c, iv: at(inDays(c) ?? toInterval(c.quantity, ctx.tolerance)), scale: isDateKind(c.quantity.kind) ? 'date' : inDays(c) ? 'duration' : `${c.quantity.kind}|${c.quantity.unit ?? ''}` }))
    .filter((x): x is { c: Claim; iv: Interval; scale: string } => !!x.iv && (x.scale === 'date' || x.iv.lo > 0))
  if (read.length > MAX_FIGURES) return new Map()
  // Each stray with how far it lies from the main group (a ratio for numbers, days for dates).
  const out = new Map<Claim, number>()
  for (const scale of new Set(read.map((x) => x.scale))) {
    const xs = read.filter((x) => x.scale === scale).sort((a, b) => a.iv.lo - b.iv.lo)
    const gap = (top: number, next: number) => (scale === 'date' ? next - top > OUTLIER_DAYS : next > top * OUTLIER_RATIO)
    const groups: (typeof xs)[] = []
    let top = -Infinity
    for (const x of xs) {
      if (!groups.length || gap(top, x.iv.lo)) { groups.push([x]); top = x.iv.hi } else { groups[groups.length - 1].push(x); top = Math.max(top, x.iv.hi) }
    }
    // Groups ranked by how many reports give them, then by whether they hold a number: a vague
    // amount ("several", "dozens") far below a number is no second reading of it.
    const rank = groups.map((g) => ({ reports: new Set(g.map((x) => x.c.source)).size, number: g.some((x) => x.c.quantity.qualifier !== 'vague') }))
    const better = (a: (typeof rank)[number], b: (typeof rank)[number]) => a.reports > b.reports || (a.reports === b.reports && a.number && !b.number)
    const main = rank.findIndex((r) => rank.every((o) => o === r || better(r, o)))
    if (main < 0) continue
    const lo = Math.min(...groups[main].map((x) => x.iv.lo))
    const hi = Math.max(...groups[main].map((x) => x.iv.hi))
    const away = (iv: Interval) => (scale === 'date' ? Math.max(lo - iv.hi, iv.lo - hi) : Math.max(lo / iv.hi, iv.lo / hi))
    groups.forEach((g, k) => { if (k !== main && (rank[main].reports >= 2 || !rank[k].number)) for (const x of g) out.set(x.c, away(x.iv)) })
  }
  return out
}

/** A length of time in days ("a few hours" beside "seven days"), or null. */
const inDays = (c: Claim): Interval | null => (c.quantity.kind === 'duration' ? durationDays(c.quantity) : null)

/** An interval with an open side read at its bound ("more than 2,000" at 2,000): how far it reaches from the others. */
function at(iv: Interval | null): Interval | null {
  if (!iv) return null
  if (Number.isFinite(iv.lo) && Number.isFinite(iv.hi)) return iv
  const v = Number.isFinite(iv.lo) ? iv.lo : iv.hi
  return Number.isFinite(v) ? { lo: v, hi: v } : null
}
