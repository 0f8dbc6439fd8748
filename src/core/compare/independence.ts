import type { Source } from '../model'
import { foldKey } from '../text/normalize'

// Which sources count as one: a relay or translation of another (metadata), and near-copies of
// one story detected from the texts (MinHash over word 3-shingles after Arabic folding).

export const NEAR_COPY_JACCARD = 0.5
const HASHES = 64
const SHINGLE = 3

function hash32(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) }
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h ^= h >>> 12
  return h >>> 0
}

// Near-copies share their opening: the first shingles are enough, and keep a 5 MB paste cheap.
const MAX_SHINGLES = 20_000
const SIG_CACHE = new Map<string, Uint32Array>()

/** A MinHash signature of a text's word shingles (one hash per shingle, permuted 64 ways). */
export function signature(text: string): Uint32Array {
  const cacheKey = `${text.length}:${text.slice(0, 200)}:${text.slice(-200)}`
  const hit = SIG_CACHE.get(cacheKey)
  if (hit) return hit
  const words = foldKey(text.slice(0, MAX_SHINGLES * 12)).match(/[\p{L}\p{N}]+/gu) ?? []
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  const n = Math.min(words.length - SHINGLE + 1, MAX_SHINGLES)
  for (let i = 0; i < n; i++) {
    const h = hash32(`${words[i]} ${words[i + 1]} ${words[i + 2]}`, 0)
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h ^ MULT[k], 0x9e3779b1) + MULT[k]) >>> 0
      if (v < sig[k]) sig[k] = v
    }
  }
  if (SIG_CACHE.size > 500) SIG_CACHE.clear()
  SIG_CACHE.set(cacheKey, sig)
  return sig
}

const MULT = Uint32Array.from({ length: HASHES }, (_, k) => hash32(`perm${k}`, k))

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let k = 0; k < a.length; k++) if (a[k] === b[k] && a[k] !== 0xffffffff) same++
  return same / a.length
}

export interface SourceGroups {
  /** Group id of each source. */
  groupOf: Map<string, string>
  /** Groups of two or more sources, and why they were folded together. */
  folded: { sources: string[]; why: string }[]
}

export function independence(sources: Source[]): SourceGroups {
  const parent = new Map(sources.map((s) => [s.id, s.id]))
  const find = (x: string): string => { const p = parent.get(x)!; if (p === x) return x; const r = find(p); parent.set(x, r); return r }
  const why = new Map<string, string[]>()
  const join = (a: string, b: string, reason: string) => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(rb, ra)
    why.set(a, [...(why.get(a) ?? []), reason])
  }
  for (const s of sources) if (s.relays && parent.has(s.relays)) join(s.relays, s.id, `${s.id} relays ${s.relays} (${s.via ?? 'metadata'})`)
  const sigs = sources.map((s) => signature(s.text))
  for (const [i, j] of candidatePairs(sigs)) {
    const sim = similarity(sigs[i], sigs[j])
    if (sim >= NEAR_COPY_JACCARD) join(sources[i].id, sources[j].id, `${sources[i].id} and ${sources[j].id} are near-copies of one text (${Math.round(sim * 100)} % shared word sequences)`)
  }
  const groupOf = new Map(sources.map((s) => [s.id, find(s.id)]))
  const members = new Map<string, string[]>()
  for (const [id, g] of groupOf) members.set(g, [...(members.get(g) ?? []), id])
  const folded = [...members.values()].filter((m) => m.length > 1).map((m) => ({ sources: m, why: m.flatMap((id) => why.get(id) ?? []).join('; ') }))
  return { groupOf, folded }
}

// Two signatures that share at least half of their hashes differ in at most half of them, so they
// share a hash among any HASHES / 2 + 1 positions: texts are bucketed by their hash at each of
// those positions, and only texts that meet in a bucket are compared. Every pair a comparison of
// all pairs would find is found, in the same order, without comparing thousands of unrelated texts.
const PROBES = Math.floor(HASHES * (1 - NEAR_COPY_JACCARD)) + 1

/** The pairs of signatures (i < j, in order) that may be near-copies. */
function candidatePairs(sigs: Uint32Array[]): [number, number][] {
  const pairs = new Set<number>()
  const n = sigs.length
  for (let k = 0; k < PROBES; k++) {
    const buckets = new Map<number, number[]>()
    sigs.forEach((sig, i) => {
      // An empty text has no hash to share.
      if (sig[k] === 0xffffffff) return
      const b = buckets.get(sig[k])
      if (b) b.push(i)
      else buckets.set(sig[k], [i])
    })
    for (const b of buckets.values()) for (let x = 0; x < b.length; x++) for (let y = x + 1; y < b.length; y++) pairs.add(b[x] * n + b[y])
  }
  return [...pairs].sort((a, b) => a - b).map((p) => [Math.floor(p / n), p % n])
}
