// Figures that read alike for a decision. A topic of thousands of figures (an archive of reports
// on one story) holds few distinct values, days and qualifiers: its figures fall into a few
// profiles, and a pair of figures is judged once per pair of profiles. Only who gave each figure
// (its origin, its source) is read figure by figure, through counts, so that judging stays close
// to linear in the number of figures. Every search returns what a scan of all pairs in order
// would: the first pair (i < j) that qualifies.

/** Figures of one profile: the first stands for all of them. */
export interface Profile<T> {
  rep: T
  /** Positions of its figures in the list, ascending. */
  members: number[]
  /** How many of its figures each origin gave, each source gave, and each origin in each source. */
  byOrigin: Map<string, number>
  bySource: Map<string, number>
  cells: Map<string, { origin: string; source: string; n: number }>
}

/**
 * Which pairs of givers count, as bits: the same origin in the same source (8), the same origin in
 * different sources (4), different origins in the same source (2), different origins and sources (1).
 */
export type Givers = number
/** The bit of a pair of givers in a Givers mask. */
export const giversBit = (sameOrigin: boolean, sameSource: boolean) => (sameOrigin ? (sameSource ? 8 : 4) : sameSource ? 2 : 1)

export interface Profiled<T> {
  list: Profile<T>[]
  /** Each figure's origin, source and profile (its index in the list), by position. */
  origin: string[]
  source: string[]
  at: number[]
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)

/** Groups figures by `key` (which must hold everything the pair judgement reads but who gave them). */
export function profiles<T>(items: T[], key: (t: T) => string, origin: (t: T) => string, source: (t: T) => string): Profiled<T> {
  const byKey = new Map<string, Profile<T>>()
  const origins: string[] = []
  const sources: string[] = []
  const at: number[] = []
  const index = new Map<Profile<T>, number>()
  items.forEach((t, i) => {
    const k = key(t)
    let p = byKey.get(k)
    if (!p) { byKey.set(k, p = { rep: t, members: [], byOrigin: new Map(), bySource: new Map(), cells: new Map() }); index.set(p, index.size) }
    at.push(index.get(p)!)
    const o = origin(t)
    const s = source(t)
    origins.push(o)
    sources.push(s)
    p.members.push(i)
    bump(p.byOrigin, o)
    bump(p.bySource, s)
    const ck = `${o}\u0000${s}`
    const cell = p.cells.get(ck)
    if (cell) cell.n++
    else p.cells.set(ck, { origin: o, source: s, n: 1 })
  })
  return { list: [...byKey.values()], origin: origins, source: sources, at }
}

/**
 * Whether some pair of figures, one of `p` and one of `q` (two of `p` when they are one profile),
 * was given by givers that the mask accepts: by the same origin or not, in the same source or not.
 */
export function somePair<T>(p: Profile<T>, q: Profile<T>, givers: Givers): boolean {
  const tt = (givers & 8) !== 0; const tf = (givers & 4) !== 0; const ft = (givers & 2) !== 0; const ff = (givers & 1) !== 0
  if (!givers) return false
  const self = p === q
  if (givers === 15) return self ? p.members.length > 1 : true
  if (self) {
    for (const c of p.cells.values()) {
      const o = p.byOrigin.get(c.origin)!
      const s = p.bySource.get(c.source)!
      if ((tt && c.n > 1) || (tf && o > c.n) || (ft && s > c.n) || (ff && p.members.length - o - s + c.n > 0)) return true
    }
    return false
  }
  // Counted from the profile with fewer kinds of giver.
  const [small, large] = p.cells.size <= q.cells.size ? [p, q] : [q, p]
  for (const c of small.cells.values()) {
    const both = large.cells.get(`${c.origin}\u0000${c.source}`)?.n ?? 0
    const o = large.byOrigin.get(c.origin) ?? 0
    const s = large.bySource.get(c.source) ?? 0
    if ((tt && both > 0) || (tf && o > both) || (ft && s > both) || (ff && large.members.length - o - s + both > 0)) return true
  }
  return false
}

/** The first pair of positions (i < j), one in `p` and one in `q` (both in `p` when they are one), that `ok` accepts; or null. */
export function firstPair<T>(p: Profile<T>, q: Profile<T>, ok: (i: number, j: number) => boolean): [number, number] | null {
  const self = p === q
  const firsts = self ? p.members : merge(p.members, q.members)
  const inP = self ? null : new Set(p.members)
  for (const i of firsts) {
    const others = self || !inP!.has(i) ? p.members : q.members
    for (let k = after(others, i); k < others.length; k++) if (ok(i, others[k])) return [i, others[k]]
  }
  return null
}

/** The pair that comes first in a scan of all pairs in order. */
export const earlier = (a: [number, number] | null, b: [number, number] | null) => (!a ? b : !b ? a : a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? a : b)

function merge(a: number[], b: number[]): number[] {
  const out: number[] = []
  let i = 0; let j = 0
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++])
  return out
}

/** The index of the first element of a sorted list greater than x. */
function after(xs: number[], x: number): number {
  let lo = 0; let hi = xs.length
  while (lo < hi) { const m = (lo + hi) >> 1; if (xs[m] <= x) lo = m + 1; else hi = m }
  return lo
}

/**
 * The first position of a group of figures, and the first whose origin differs from that one's:
 * with both, the first figure of the group from any origin but a given one is known at once.
 */
export interface FirstTwo { first: number; origin: string; other: number }

export function firstTwo(members: Iterable<number>, origin: (i: number) => string): FirstTwo | null {
  let out: FirstTwo | null = null
  for (const i of members) {
    if (!out || i < out.first) {
      const prev = out
      out = { first: i, origin: origin(i), other: Infinity }
      if (prev) out.other = prev.origin !== out.origin ? prev.first : prev.other
    } else if (origin(i) !== out.origin && i < out.other) out.other = i
  }
  return out
}

/** Two groups' first figures, as one group's. */
export function joinFirstTwo(a: FirstTwo | null, b: FirstTwo | null): FirstTwo | null {
  if (!a || !b) return a ?? b
  const [x, y] = a.first <= b.first ? [a, b] : [b, a]
  return { first: x.first, origin: x.origin, other: Math.min(x.other, y.origin !== x.origin ? y.first : y.other) }
}

/** The first figure of a group whose origin is not `o`, or Infinity. */
export const firstNotFrom = (f: FirstTwo | null, o: string) => (!f ? Infinity : f.origin !== o ? f.first : f.other)
