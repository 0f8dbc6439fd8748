import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { analyze } from '../../../src/core/pipeline'
import { buildCorpus } from '../../../src/core/corpus/load'
import { parseTopics } from '../../../src/core/align/schema'
import { independence } from '../../../src/core/compare/independence'
import type { Source } from '../../../src/core/model'

const sources = buildCorpus('data/sources.json', JSON.parse(readFileSync('data/sources.json', 'utf8')), (f) => readFileSync(`data/${f}`, 'utf8'))
const topics = parseTopics('data/topics.json', JSON.parse(readFileSync('data/topics.json', 'utf8')))
const a = analyze(sources, topics)
const cmp = (id: string) => a.comparisons.find((c) => c.topic === id)!

describe('the reference comparisons on the seed corpus', () => {
  it('TB2 first delivery agrees: end of 2022 lies inside 2022', () => {
    expect(cmp('tb2-first-delivery').verdict).toBe('agree-precision')
    expect(cmp('tb2-first-delivery').independentSources).toBe(2)
    expect(cmp('tb2-first-delivery').explanation.en).toMatch(/late 2022 lies within .*2022/)
  })
  it('TB2 count is single-source', () => {
    expect(cmp('tb2-count').verdict).toBe('single-source')
    expect(cmp('tb2-count').explanation.en).toMatch(/Only Daily Sabah/)
  })
  it('Wagner: one article whose two speakers agree stays a single source; Ségou and Moura are other scopes', () => {
    const c = cmp('wagner-personnel')
    // Issue 11: single-source stays single-source however many figures (and speakers) that source gives.
    expect(c.verdict).toBe('single-source')
    expect(c.explanation.en).toMatch(/at most 1,000/)
    expect(c.explanation.en).toMatch(/about 1,000/)
    // A sentence starts with a capital; the source's Arabic words are quoted.
    expect(c.explanation.en).toMatch(/\. About 200 \(at “\u2068[^”]*سيجو\u2069”\) and more than 100 \(in “\u2068[^”]*مورا\u2069”\) concern parts only/)
    // One article is one independent source, as its badge says.
    expect(c.independentSources).toBe(1)
  })
  it('Wagner arrival dates agree: December 2021 lies inside late 2021; June 2025 and 6 June 2025 agree', () => {
    expect(cmp('wagner-arrival').verdict).toBe('agree-precision')
    expect(cmp('wagner-withdrawal').verdict).toBe('agree-precision')
  })
  it('the ransom is single-source', () => expect(cmp('emirati-ransom').verdict).toBe('single-source'))
  it('a rate reads as words in both languages', () => {
    expect(cmp('wagner-monthly-cost').explanation.en).toMatch(/10 million US dollars a month/)
    expect(cmp('wagner-monthly-cost').explanation.ar).toMatch(/10 ملايين دولار شهرياً/)
  })
  it('BAMEX is a conflict: three days against 11–24 November', () => {
    const c = cmp('bamex-dates')
    expect(c.verdict).toBe('conflict')
    expect(c.explanation.en).toMatch(/3 days.*11–24 November 2025.*14 days/)
    expect(c.explanation.ar).toMatch(/14 يوماً/)
  })
  it("Goïta's takeover needs review (2020 and 2021 may be two coups), never averaged", () => {
    const c = cmp('goita-takeover')
    expect(c.verdict).toBe('needs-review')
    expect(c.consensus).toBeNull()
    expect(c.explanation.en).toMatch(/August 2020.*2021/)
  })
  it('the Moura civilians are flagged within source 003', () => {
    const c = cmp('moura-civilians')
    expect(c.withinSource).toHaveLength(1)
    expect(c.withinSource[0].source).toBe('003')
  })
  it('Russian helicopters form a time series, not a contradiction', () => {
    expect(cmp('russian-helicopters').verdict).toBe('time-series')
    expect(cmp('russian-helicopters').withinSource).toEqual([])
  })
  it('the Canik video date agrees across spellings', () => expect(cmp('canik-video').verdict).toBe('agree'))
})

describe('independence', () => {
  const base = sources[1]
  it('folds a relay named in the metadata', () => {
    const relay: Source = { ...sources[2], id: 'r', relays: base.id, via: 'relay of Daily Sabah' }
    const g = independence([base, relay])
    expect(g.groupOf.get('r')).toBe(g.groupOf.get(base.id))
    expect(g.folded[0].why).toMatch(/relays/)
  })
  it('folds a near-copy found from the text alone, even with no metadata', () => {
    const copy: Source = { ...base, id: 'copy', outlet: 'Another site', text: `${base.text.slice(0, 6000)}\nخبر إضافي قصير عن الطقس.` }
    const g = independence([base, copy, sources[3]])
    expect(g.groupOf.get('copy')).toBe(g.groupOf.get(base.id))
    expect(g.groupOf.get(sources[3].id)).not.toBe(g.groupOf.get(base.id))
    expect(g.folded[0].why).toMatch(/near-copies/)
  })
  it('a relayed copy does not count as confirmation', () => {
    const copy: Source = { ...base, id: 'copy', outlet: 'Copy site', relays: base.id }
    const b = analyze([...sources, copy], topics)
    const c = b.comparisons.find((x) => x.topic === 'emirati-ransom')!
    expect(c.claims.length).toBe(2)
    expect(c.independentSources).toBe(1)
    expect(c.verdict).toBe('single-source')
    expect(c.folded[0].sources.sort()).toEqual(['001', 'copy'])
  })
})
