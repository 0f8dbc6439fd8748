import type { Claim } from '../model'
import { statedWith } from './candidateValues'

// A candidate that mostly restates a better-ranked one of the same measure ("death toll (Monday)"
// whose 34 dead the toll's own candidate already holds, a date of the blast said again under
// another event's name) spends one of a reader's first places on a topic already proposed. It
// keeps its figures, but ranks by what it adds: the figures whose value the other does not hold.

/** A ranked candidate's measure, kind and figures. */
export interface Restatable { concept?: string; kind: string; unit: string | null; cs: Claim[]; rank: number }

/** The share of a candidate's figures that must restate another's values to rank by the rest alone. */
const RESTATED = 0.5

/**
 * Ranks each candidate that restates a better-ranked one (of one measure, kind and unit family, at
 * least half of its figures state a number two of its reports state) by its other
 * figures alone, through `rankOf`; none left ranks at nothing. Best-ranked first, in place.
 */
export function rankRestated<C extends Restatable>(cands: C[], rankOf: (cs: Claim[]) => number): void {
  const byRank = [...cands].sort((a, b) => b.rank - a.rank)
  const ranks = new Map(byRank.map((c) => [c, c.rank]))
  const agreed = new Map(byRank.map((c) => [c, agreedIn(c.cs)]))
  byRank.forEach((c, i) => {
    if (!c.concept) return
    // Compared with the others as they first ranked, so that the order of demotions does not matter.
    const over = byRank.slice(0, i).find((o) => o.concept === c.concept && o.kind === c.kind && o.unit === c.unit && ranks.get(o)! > ranks.get(c)!
      && statedWith(c.cs, agreed.get(o)!, (x) => x.id) >= RESTATED)
    if (!over) return
    const own = c.cs.filter((x) => statedWith([x], agreed.get(over)!, (y) => y.id) === 0)
    c.rank = Math.min(c.rank, own.length ? rankOf(own) : 0)
  })
}

// The figures of a candidate whose value another report of it gives too: the values it stands for
// (a figure only one report gives may be misread into it, and restates nothing).
function agreedIn(cs: Claim[]): Claim[] {
  return cs.filter((x) => statedWith([x], cs.filter((y) => y.source !== x.source), (y) => y.id) > 0)
}
