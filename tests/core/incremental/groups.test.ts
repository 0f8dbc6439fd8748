// Independent sources found without comparing every pair must be the ones independence() finds.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Source } from '../../../src/core/model'
import { independence } from '../../../src/core/compare/independence'
import { sourceGroups } from '../../../src/core/incremental'

const texts = ['000', '001', '002', '003', '004'].map((id) => readFileSync(`data/sources/${id}.txt`, 'utf8'))
const src = (id: string, text: string, relays: string | null = null): Source => ({ id, title: id, lang: 'ar', outlet: null, via: null, relays, kind: 'news', published: null, window: null, url: null, text, origin: 'imported' })

// A deterministic shuffle (mulberry32), so the sources are the same at every run.
function rng(seed: number) {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296 }
}

describe('sourceGroups', () => {
  it('folds the same sources as independence(): near-copies, relays, chains of both, and nothing else', () => {
    const r = rng(7)
    const paragraphs = texts.flatMap((t) => t.split(/\n+/).filter((p) => p.trim().length > 40))
    const sources: Source[] = []
    texts.forEach((t, i) => sources.push(src(`seed${i}`, t)))
    // Near-copies of seeds: the opening 60–95 % kept.
    for (let i = 0; i < 12; i++) { const t = texts[i % 5]; sources.push(src(`cut${i}`, t.slice(0, Math.floor(t.length * (0.6 + r() * 0.35))))) }
    // Articles of their own: paragraphs drawn from everywhere, shuffled.
    for (let i = 0; i < 30; i++) sources.push(src(`mix${i}`, Array.from({ length: 4 }, () => paragraphs[Math.floor(r() * paragraphs.length)]).join('\n')))
    // Relays, one of them relaying a relay; one naming a source that is not there.
    sources.push(src('relay1', 'نص قصير آخر عن الموضوع نفسه.', 'mix3'), src('relay2', 'نص ثالث مختلف تماماً.', 'relay1'), src('relay3', 'لا شيء.', 'missing'))
    const shuffled = sources.map((s) => [r(), s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s)
    const fast = sourceGroups(shuffled)
    const slow = independence(shuffled)
    expect(fast.folded).toEqual(slow.folded)
    expect(fast.folded.length).toBeGreaterThan(3)
    // Group ids may differ; the partition must not.
    const partition = (g: Map<string, string>) => [...g.keys()].map((id) => [...g.keys()].filter((o) => g.get(o) === g.get(id)).sort().join(','))
    expect(partition(fast.groupOf)).toEqual(partition(slow.groupOf))
  })
})
