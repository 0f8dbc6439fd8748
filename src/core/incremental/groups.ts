// Independent sources at scale. `independence()` compares every pair of sources (n² MinHash
// comparisons: 50 million at 10,000 sources); here only pairs that could be near-copies are
// looked at, and `independence()` itself then runs on each cluster, so its rules and its wording
// stay the only ones.
//
// Assumes (keep true, or change this file with it): two sources are folded together only through a
// chain of pairs that are each either a relay (metadata `relays` naming a source in the list) or
// near-copies (similarity(signature(a), signature(b)) ≥ NEAR_COPY_JACCARD, a share of equal MinHash
// positions); and independence() on a cluster gives that cluster's groups as it would in the whole list.
import type { Source } from '../model'
import { NEAR_COPY_JACCARD, independence, signature, similarity, type SourceGroups } from '../compare/independence'

// Locality-sensitive hashing: a pair is looked at when it shares two consecutive MinHash values
// (one of 32 bands). A near-copy pair has at least half of its 64 positions equal; the chance that
// none of its 32 bands is wholly equal is about 2e-9, so none is missed in practice.
const ROWS = 2
const EMPTY = 0xffffffff

/** Groups of sources counted as one, the same as independence(sources), without comparing every pair. */
export function sourceGroups(sources: Source[], sigOf: (s: Source) => Uint32Array = (s) => signature(s.text)): SourceGroups {
  const index = new Map(sources.map((s, i) => [s.id, i]))
  const parent = sources.map((_, i) => i)
  const find = (x: number): number => { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x] } return x }
  const union = (a: number, b: number) => { const ra = find(a); const rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb) }
  for (const [i, s] of sources.entries()) {
    const j = s.relays ? index.get(s.relays) : undefined
    if (j !== undefined) union(i, j)
  }
  const sigs = sources.map(sigOf)
  const checked = new Set<number>()
  const n = sources.length
  const bands = sigs[0] ? sigs[0].length / ROWS : 0
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>()
    for (let i = 0; i < n; i++) {
      const x = sigs[i][b * ROWS]
      const y = sigs[i][b * ROWS + 1]
      if (x === EMPTY || y === EMPTY) continue
      const key = `${x}:${y}`
      const list = buckets.get(key)
      if (list) list.push(i)
      else buckets.set(key, [i])
    }
    for (const list of buckets.values()) {
      for (let p = 0; p < list.length; p++) {
        for (let q = p + 1; q < list.length; q++) {
          const i = list[p]
          const j = list[q]
          if (find(i) === find(j)) continue
          const pair = i * n + j
          if (checked.has(pair)) continue
          checked.add(pair)
          if (similarity(sigs[i], sigs[j]) >= NEAR_COPY_JACCARD) union(i, j)
        }
      }
    }
  }
  const clusters = new Map<number, Source[]>()
  for (let i = 0; i < n; i++) {
    const r = find(i)
    const list = clusters.get(r)
    if (list) list.push(sources[i])
    else clusters.set(r, [sources[i]])
  }
  const groupOf = new Map(sources.map((s) => [s.id, s.id]))
  const folded: (SourceGroups['folded'][number] & { first: number })[] = []
  for (const members of clusters.values()) {
    if (members.length < 2) continue
    const g = independence(members)
    for (const [id, group] of g.groupOf) groupOf.set(id, group)
    for (const f of g.folded) folded.push({ ...f, first: Math.min(...f.sources.map((id) => index.get(id)!)) })
  }
  // independence() lists folded groups by the position of their first member.
  folded.sort((a, b) => a.first - b.first)
  return { groupOf, folded: folded.map(({ first: _f, ...f }) => f) }
}
