import type { Claim } from '../model'
import { overlaps, widen, type Interval } from '../compare/interval'

// Two values one report gives side by side, in one sentence, are two things it sets against each
// other ("a turnout of 26 % at 5 pm, against 33 % at the same hour five years ago", "il l'avait
// emporté avec 58 %, avec une participation de 39,8 %", "بقوة 7.8 ثم 7.5 درجات"): whatever
// chain of values from other reports links them, a candidate of a share, a decision or a measure
// that does not change is cut between them. It is cut where the values lie furthest apart, so each
// side keeps the figures of other reports nearest its own value.

/** A figure with its value as stated (`value`) and its value widened for matching (`iv`). */
export interface Valued { c: Claim; value: Interval }

/** The figures of a chain (sorted by value) cut into runs wherever a report gives two distinct values side by side; the chain itself when none does. */
export function cutApart<V extends Valued>(chain: V[], distinct: (a: Interval, b: Interval) => boolean): V[][] {
  if (chain.length < 2) return [chain]
  const cuts = new Set<number>()
  // A cut at i falls between chain[i - 1] and chain[i].
  const cutBetween = (i: number, j: number) => {
    for (let k = i + 1; k <= j; k++) if (cuts.has(k)) return
    let best = i + 1
    let widest = -Infinity
    for (let k = i + 1; k <= j; k++) {
      const gap = spread(chain[k - 1].value, chain[k].value)
      if (gap > widest) { widest = gap; best = k }
    }
    cuts.add(best)
  }
  // Pairs side by side, nearest values first: each is cut where no cut already parts them.
  // (Only values of one sentence are paired: a chain of thousands of values holds few per sentence.)
  const bySentence = new Map<string, number[]>()
  chain.forEach((v, i) => { const k = `${v.c.source}|${v.c.sentence.start}`; const l = bySentence.get(k); if (l) l.push(i); else bySentence.set(k, [i]) })
  const pairs: [number, number][] = []
  for (const l of bySentence.values()) for (let x = 0; x < l.length; x++) for (let y = x + 1; y < l.length; y++) if (distinct(chain[l[x]].value, chain[l[y]].value)) pairs.push([l[x], l[y]])
  pairs.sort((x, y) => spread(chain[x[0]].value, chain[x[1]].value) - spread(chain[y[0]].value, chain[y[1]].value) || x[0] - y[0] || x[1] - y[1])
  for (const [i, j] of pairs) cutBetween(i, j)
  if (!cuts.size) return [chain]
  const out: V[][] = []
  let cur: V[] = []
  chain.forEach((v, k) => {
    if (cuts.has(k) && cur.length) { out.push(cur); cur = [] }
    cur.push(v)
  })
  if (cur.length) out.push(cur)
  return out
}

// How far apart two values lie: the ratio of their middles, for positive values; else their difference.
function spread(a: Interval, b: Interval): number {
  const x = (a.lo + a.hi) / 2
  const y = (b.lo + b.hi) / 2
  return x > 0 && y > 0 ? Math.abs(Math.log(y / x)) : Math.abs(y - x)
}

// A chain of values may run through figures only one report gives ("33 %", then one report's
// "39.8 %", then "46.1 %"): such a figure is no witness that the values on either side are one. The
// chain holds only through values two reports give (within `near` of each other), when there are
// two such values or more; a value one report gives joins the run it meets, else stands alone.

/**
 * The runs of a chain (sorted by value) held together by values two reports give; `near`: the share
 * two values may differ by and be one. Near-linear: whether a value meets another report's is read
 * from the values sorted by their low ends, and whether it meets a run's from the run's highest
 * ends so far (a chain of thousands of values once took seconds here).
 */
export function unbridged<V extends Valued>(chain: V[], near: number): V[][] {
  if (chain.length < 3) return [chain]
  // Two values meet when either, widened by `near`, overlaps the other.
  const wide = chain.map((v) => widen(v.value, near))
  const source = chain.map((v) => v.c.source)
  // A value two reports give: another report's value meets it.
  const byWide = otherSourceReach(chain.map((_, i) => ({ iv: wide[i], source: source[i] })))
  const byValue = otherSourceReach(chain.map((v, i) => ({ iv: v.value, source: source[i] })))
  const isStrong = chain.map((v, i) => byWide(v.value, source[i]) || byValue(wide[i], source[i]))
  const strong = chain.flatMap((_, i) => (isStrong[i] ? [i] : []))
  // Each strong value joins the run before it when a value of that run meets it.
  const runOf = new Array<number>(chain.length).fill(-1)
  const runs: V[][] = []
  const wideLo = new PrefixMax(strong.map((i) => wide[i].lo))
  const valueLo = new PrefixMax(strong.map((i) => chain[i].value.lo))
  for (const i of strong) {
    const v = chain[i]
    const met = runs.length && (wideLo.reaches(v.value.hi, v.value.lo) || valueLo.reaches(wide[i].hi, wide[i].lo))
    if (!met) { runs.push([]); wideLo.clear(); valueLo.clear() }
    runs[runs.length - 1].push(v)
    runOf[i] = runs.length - 1
    wideLo.add(wide[i].lo, wide[i].hi)
    valueLo.add(v.value.lo, v.value.hi)
  }
  // (With fewer than two values two reports give, nothing sets the values apart: one report's
  // "15.6 crore" beside another's "19.26 crore" may be one sum paid, counted on two days.)
  if (runs.length < 2) return [chain]
  // A value one report gives meets none of another report's (else it would be strong): it joins the
  // first run that holds a value of its own report it meets, else stands alone.
  const placed = new Map<string, number[]>()
  for (const i of strong) { const l = placed.get(source[i]); if (l) l.push(i); else placed.set(source[i], [i]) }
  const meets = (i: number, j: number) => overlaps(wide[i], chain[j].value) || overlaps(wide[j], chain[i].value)
  chain.forEach((v, i) => {
    if (isStrong[i]) return
    const own = placed.get(source[i]) ?? []
    let run = -1
    for (const j of own) if (meets(j, i) && (run < 0 || runOf[j] < run)) run = runOf[j]
    if (run < 0) { run = runs.length; runs.push([]) }
    runs[run].push(v)
    runOf[i] = run
    if (!placed.has(source[i])) placed.set(source[i], own)
    own.push(i)
  })
  return runs
}

/** For intervals with their sources: whether an interval of a source other than `source` overlaps `q` (sorted by low end, with the two highest ends of distinct sources so far). */
function otherSourceReach(items: { iv: Interval; source: string }[]): (q: Interval, source: string) => boolean {
  const sorted = [...items].sort((a, b) => a.iv.lo - b.iv.lo)
  const lo = sorted.map((x) => x.iv.lo)
  // Over each prefix: the highest end and its source, and the highest end of any other source.
  const top: { hi: number; source: string; other: number }[] = []
  let cur = { hi: -Infinity, source: '', other: -Infinity }
  for (const x of sorted) {
    if (x.source === cur.source) cur = { ...cur, hi: Math.max(cur.hi, x.iv.hi) }
    else if (x.iv.hi > cur.hi) cur = { hi: x.iv.hi, source: x.source, other: cur.hi }
    else cur = { ...cur, other: Math.max(cur.other, x.iv.hi) }
    top.push(cur)
  }
  return (q, source) => {
    const k = lastAtMost(lo, q.hi)
    if (k < 0) return false
    const t = top[k]
    return (t.source !== source ? t.hi : t.other) >= q.lo
  }
}

/** The index of the last of these sorted numbers that is at most `x`, or -1. */
function lastAtMost(sorted: number[], x: number): number {
  let a = 0
  let b = sorted.length
  while (a < b) { const m = (a + b) >> 1; if (sorted[m] <= x) a = m + 1; else b = m }
  return a - 1
}

/**
 * Intervals added one by one, by their low ends among keys known beforehand: whether one added
 * since the last `clear` starts at or before `lo` and ends at or after `hi` (a Fenwick tree of the
 * highest ends, each node stamped with the run it was written in, so clearing costs nothing).
 */
class PrefixMax {
  private readonly keys: number[]
  private readonly hi: number[]
  private readonly stamp: number[]
  private run = 0
  constructor(keys: number[]) {
    this.keys = [...new Set(keys)].sort((a, b) => a - b)
    this.hi = new Array<number>(this.keys.length + 1).fill(-Infinity)
    this.stamp = new Array<number>(this.keys.length + 1).fill(-1)
  }
  clear() { this.run++ }
  add(lo: number, hi: number) {
    for (let k = lastAtMost(this.keys, lo) + 1; k < this.hi.length; k += k & -k) {
      if (this.stamp[k] !== this.run) { this.stamp[k] = this.run; this.hi[k] = hi } else if (hi > this.hi[k]) this.hi[k] = hi
    }
  }
  /** Whether an interval added since the last clear starts at or before `at` and ends at or after `reach`. */
  reaches(at: number, reach: number): boolean {
    let best = -Infinity
    for (let k = lastAtMost(this.keys, at) + 1; k > 0; k -= k & -k) if (this.stamp[k] === this.run && this.hi[k] > best) best = this.hi[k]
    return best >= reach
  }
}
