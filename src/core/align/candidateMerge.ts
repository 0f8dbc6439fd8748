import type { Claim, QuantityKind } from '../model'
import { statedWith } from './candidateValues'

// Near-duplicate candidates, joined before they are ranked, so that one measure read two ways does
// not spend two of a reader's first places: two candidates whose most-stated figure is the same
// value ("78 dead" and "78 bodies recovered", "1,500 troops" and "1,500 French soldiers").

/** A candidate before it is ranked: its key, concept, kind and unit, and its figures. */
export interface Draft { key: string; concept?: string; kind: QuantityKind; unit: string | null; cs: Claim[] }

/**
 * The value a candidate's figures state most, counted by independent origins: the stated number
 * ("at least 78" states 78, "between 400 and 750" states that range), never a vague one. Null when
 * no value is stated by two origins, or when two values are (a tie says nothing of which is its own).
 */
export function mostStated(cs: Claim[], originOf: (c: Claim) => string): string | null {
  const by = new Map<string, Set<string>>()
  for (const c of cs) {
    const q = c.quantity
    if (q.qualifier === 'vague' || c.quantity.kind === 'date' || c.quantity.kind === 'daterange') continue
    const ends = [q.lo, q.hi].filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
    if (!ends.length) continue
    const k = `${q.unit ?? ''}|${[...new Set(ends)].join('-')}`
    const s = by.get(k) ?? new Set<string>()
    s.add(originOf(c))
    by.set(k, s)
  }
  const ranked = [...by].sort((a, b) => b[1].size - a[1].size)
  if (!ranked.length || ranked[0][1].size < 2 || ranked[1]?.[1].size === ranked[0][1].size) return null
  return ranked[0][0]
}

/** The drafts with near-duplicates joined into the larger one (it keeps its key and name). */
export function mergeDrafts<D extends Draft>(drafts: D[], originOf: (c: Claim) => string): D[] {
  const gone = new Set<D>()
  const join = (into: D, from: D) => { into.cs = [...into.cs, ...from.cs]; gone.add(from) }
  // Largest first: the one with most figures names the two; modes are read before any join.
  const live = [...drafts].sort((a, b) => b.cs.length - a.cs.length)
  const modes = new Map(live.map((d) => [d, mostStated(d.cs, originOf)]))
  for (let i = 0; i < live.length; i++) {
    const a = live[i]
    if (gone.has(a) || !modes.get(a)) continue
    for (let j = i + 1; j < live.length; j++) {
      const b = live[j]
      // Of one kind and unit family: a count of people never joins a count of boats.
      if (gone.has(b) || b.kind !== a.kind || b.unit !== a.unit || modes.get(b) !== modes.get(a)) continue
      join(a, b)
    }
  }
  return drafts.filter((d) => !gone.has(d))
}

/**
 * The drafts with each narrower measure's joined into its broader measure's when at least half its
 * figures state the very numbers the broader's state ("more than 3,000 bodies recovered" beside
 * "3,000 dead", "40,000 left homeless" beside "40,000 displaced", whoever says them: one agency
 * giving one number under two words says one figure). Numbers only near each other stay apart
 * (2,944 dead buried beside a toll of 2,946 is the count of burials). `broaderOf`: a concept's
 * broader concept.
 */
export function joinNarrower<D extends Draft>(drafts: D[], broaderOf: (concept: string) => string | undefined): D[] {
  const gone = new Set<D>()
  // Only a measure's whole candidate takes them, never one of its facets or values.
  const whole = new Map(drafts.map((d) => [d.key, d]))
  for (const d of drafts) {
    const broader = d.concept ? broaderOf(d.concept) : undefined
    if (!broader || d.key !== `${d.concept}|${d.kind}|${d.unit ?? ''}`) continue
    const into = whole.get(`${broader}|${d.kind}|${d.unit ?? ''}`)
    if (!into || gone.has(into) || statedWith(d.cs, into.cs, (c) => c.id) < 0.5) continue
    into.cs = [...into.cs, ...d.cs]
    gone.add(d)
  }
  return drafts.filter((d) => !gone.has(d))
}
