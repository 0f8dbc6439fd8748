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
  const pairs: [number, number][] = []
  for (let i = 0; i < chain.length; i++) {
    for (let j = i + 1; j < chain.length; j++) {
      const a = chain[i].c
      const b = chain[j].c
      if (a.source === b.source && a.sentence.start === b.sentence.start && distinct(chain[i].value, chain[j].value)) pairs.push([i, j])
    }
  }
  pairs.sort((x, y) => spread(chain[x[0]].value, chain[x[1]].value) - spread(chain[y[0]].value, chain[y[1]].value))
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

/** The runs of a chain (sorted by value) held together by values two reports give; `near`: the share two values may differ by and be one. */
export function unbridged<V extends Valued>(chain: V[], near: number): V[][] {
  if (chain.length < 3) return [chain]
  const meets = (a: Interval, b: Interval) => overlaps(widen(a, near), b) || overlaps(widen(b, near), a)
  const shared = (v: V) => chain.some((w) => w.c.source !== v.c.source && meets(v.value, w.value))
  const strong = chain.filter(shared)
  const runs: V[][] = []
  for (const v of strong) {
    const last = runs[runs.length - 1]
    if (last && last.some((w) => meets(w.value, v.value))) last.push(v)
    else runs.push([v])
  }
  // (With fewer than two values two reports give, nothing sets the values apart: one report's
  // "15.6 crore" beside another's "19.26 crore" may be one sum paid, counted on two days.)
  if (runs.length < 2) return [chain]
  for (const v of chain) {
    if (strong.includes(v)) continue
    const run = runs.find((r) => r.some((w) => meets(w.value, v.value)))
    if (run) run.push(v)
    else runs.push([v])
  }
  return runs
}
