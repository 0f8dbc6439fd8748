// The analysis worker's cache in IndexedDB: a text's claims and fingerprint for an extractor
// version, a source's placements, a topic's comparison, each under the key of everything it was
// computed from, and the view last shown (for the code's version: the page reads it at a reload).
// Reads of placements and comparisons are served from memory (loaded once at start); writes go to
// the database behind the analysis, never in its way.
import type { Assignment, Claim, Comparison, Source } from '../../core/model'
import { EXTRACTOR_VERSION } from '../../core/extract'
import { sha256Hex } from '../../core/workspace/hash'
import type { AnalysisView, EngineMemo } from '../../core/incremental'
import type { Verdict } from '../../core/model'
import type { CacheRow, ClaimCompareDb } from '../db/schema'
import { keptViewKey } from '../db/names'

/**
 * A 128-bit digest of a string (four multiply-xor lanes over its UTF-16 units): cache keys are
 * megabytes long for a topic of thousands of figures, and SHA-256 in JavaScript would take longer
 * than the result it finds. Not for adversaries: for telling our own inputs apart.
 */
export function hash128(s: string): string {
  let a = 0x9e3779b1, b = 0x85ebca77, c = 0xc2b2ae3d, d = 0x27d4eb2f
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i)
    a = Math.imul(a ^ k, 0x01000193); b = Math.imul(b ^ k, 0x5bd1e995); c = Math.imul(c ^ k, 0x1b873593); d = Math.imul(d ^ k, 0xcc9e2d51)
    a ^= b >>> 15; b ^= c >>> 13; c ^= d >>> 16; d ^= a >>> 11
  }
  return [a, b, c, d, s.length].map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('')
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/** SHA-256 of a text exactly as it is (offsets point into it: unlike the duplicate check, every space counts). */
export async function exactHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  const subtle = globalThis.crypto?.subtle
  if (subtle) return hex(new Uint8Array(await subtle.digest('SHA-256', bytes)))
  return sha256Hex(bytes)
}

/**
 * The key of a source's extraction: the text, the code that extracted it, and the metadata
 * extraction reads. The code is the analysis code's digest in a build (a new build reads every text
 * again: its figures may differ), and EXTRACTOR_VERSION on the development server, which has none.
 */
export function extractionKey(source: Pick<Source, 'lang' | 'published' | 'window'>, hash: string, version: string | null): string {
  return `x|${version ?? EXTRACTOR_VERSION}|${hash}|${source.lang}|${source.published ?? ''}|${JSON.stringify(source.window ?? null)}`
}

/** Claims cached for one source id, given to another source with the same text: ids follow the source. */
export function rebind(claims: Claim[], from: string, to: string): Claim[] {
  if (from === to) return claims
  return claims.map((c) => ({ ...c, source: to, id: `${to}${c.id.slice(c.id.indexOf(':'))}` }))
}

export class ResultCache {
  private placements = new Map<string, Assignment[]>()
  private comparisons = new Map<string, Comparison>()
  private used = new Set<string>()
  private pending: CacheRow[] = []
  private flushing: Promise<void> | null = null

  /** `version`: the analysis code's version; null keeps nothing across sessions (development builds). */
  constructor(private db: ClaimCompareDb | null, private version: string | null) {}

  /** Loads the stored placements and comparisons into memory. */
  async load(): Promise<void> {
    if (!this.db || this.version === null) return
    try {
      const rows = await this.db.cache.where('kind').anyOf('placement', 'comparison').toArray()
      for (const r of rows) {
        if (r.kind === 'placement') this.placements.set(r.key, r.assignments)
        else if (r.kind === 'comparison') this.comparisons.set(r.key, r.comparison)
      }
    } catch { /* a cache that cannot be read is an empty one */ }
  }

  /** Cached extractions by key (undefined where there is none). */
  async extractions(keys: string[]): Promise<({ source: string; claims: Claim[]; signature: Uint32Array } | undefined)[]> {
    if (!this.db || !keys.length) return keys.map(() => undefined)
    try {
      const rows = await this.db.cache.bulkGet(keys)
      return rows.map((r) => (r && r.kind === 'extraction' ? (this.used.add(r.key), r) : undefined))
    } catch {
      return keys.map(() => undefined)
    }
  }

  putExtraction(key: string, source: string, claims: Claim[], signature: Uint32Array) {
    this.write({ key, kind: 'extraction', source, at: new Date().toISOString(), claims, signature })
  }

  /** The memo the engine consults for placements and comparisons. */
  memo(claimsKey: (sourceId: string) => string | undefined): EngineMemo | undefined {
    if (this.version === null) return undefined
    return {
      version: this.version,
      claimsKey,
      hash: hash128,
      getPlacements: (key) => { const v = this.placements.get(key); if (v) this.used.add(key); return v },
      setPlacements: (key, source, assignments) => {
        this.placements.set(key, assignments)
        this.write({ key, kind: 'placement', source, at: new Date().toISOString(), assignments })
      },
      getComparison: (key) => { const v = this.comparisons.get(key); if (v) this.used.add(key); return v },
      setComparison: (key, topic, comparison) => {
        this.comparisons.set(key, comparison)
        this.write({ key, kind: 'comparison', source: topic, at: new Date().toISOString(), comparison })
      },
    }
  }

  private get viewKey() { return keptViewKey(this.version ?? '') }

  /** The view last shown by this code, if kept. */
  async snapshot(): Promise<{ view: AnalysisView; decisions: Map<string, Verdict | null>; at: string } | undefined> {
    if (!this.db || this.version === null) return undefined
    try {
      const r = await this.db.cache.get(this.viewKey)
      if (r?.kind !== 'view') return undefined
      this.used.add(r.key)
      return { view: r.view, decisions: r.decisions, at: r.at }
    } catch {
      return undefined
    }
  }

  /** Keeps the view the page shows now, in place of the one kept before. */
  putSnapshot(view: AnalysisView, decisions: Map<string, Verdict | null>) {
    this.write({ key: this.viewKey, kind: 'view', source: '', at: new Date().toISOString(), view, decisions })
  }

  /** Drops what the current analysis did not use (older states, removed sources, older code). */
  async prune(): Promise<void> {
    if (!this.db) return
    await this.flushed()
    try {
      const keys = await this.db.cache.toCollection().primaryKeys()
      const stale = keys.filter((k) => !this.used.has(k))
      for (const k of stale) { this.placements.delete(k); this.comparisons.delete(k) }
      if (stale.length) await this.db.cache.bulkDelete(stale)
    } catch { /* nothing lost: it is a cache */ }
  }

  /** Resolves once every write so far has reached the database. */
  async flushed(): Promise<void> {
    while (this.flushing) await this.flushing
  }

  private write(row: CacheRow) {
    this.used.add(row.key)
    if (!this.db || this.version === null) return
    this.pending.push(row)
    this.flushing ??= this.flush()
  }

  private async flush(): Promise<void> {
    // Batched: one transaction for what piled up while the analysis ran.
    await new Promise((r) => setTimeout(r, 0))
    while (this.pending.length) {
      const batch = this.pending.splice(0)
      try { await this.db!.cache.bulkPut(batch) } catch { /* a full disk loses the cache, not the work */ }
    }
    this.flushing = null
  }
}
