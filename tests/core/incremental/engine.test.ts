// The incremental engine must give exactly what analyze() gives, after every kind of change, and
// recompute only what a change touches.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Assignment, Claim, Comparison, Corrections, Source, Topic } from '../../../src/core/model'
import { analyze } from '../../../src/core/pipeline'
import { extractClaims } from '../../../src/core/extract'
import { buildCorpus } from '../../../src/core/corpus/load'
import { parseTopics } from '../../../src/core/align/schema'
import { AnalysisEngine, type EngineMemo } from '../../../src/core/incremental'

const read = (f: string) => readFileSync(`data/${f}`, 'utf8')
const seed = buildCorpus('data/sources.json', JSON.parse(read('sources.json')), read)
const topics: Topic[] = parseTopics('data/topics.json', JSON.parse(read('topics.json')))
const none = (): Corrections => ({ claims: {}, added: [], topics: [], weights: {} })

// Imported texts made from the seed ones: a near-copy (the same article, its last paragraph cut), a
// relay of it, and a short report of our own.
const imported = (id: string, text: string, extra: Partial<Source> = {}): Source => ({ id, title: id, lang: 'ar', outlet: `Outlet ${id}`, via: null, kind: 'news', published: '2025-12-01', window: null, url: null, text, origin: 'imported', ...extra })
const copy = imported('u-copy', seed[1].text.slice(0, Math.floor(seed[1].text.length * 0.8)))
const relay = imported('u-relay', 'نقلت الصحيفة أن مالي تسلمت ثماني طائرات مسيرة من طراز تي بي 2 منذ عام 2022.', { relays: 'u-copy' })
const own = imported('u-own', 'قال مسؤول في باماكو إن معرض بامكس 2025 استمر 12 يوما، وإن نحو 1500 مقاتل من فاغنر غادروا البلاد في يونيو 2025.', { lang: 'ar' })

describe('the incremental engine', () => {
  const claimsOf = new Map<string, Claim[]>()
  beforeAll(() => { for (const s of [...seed, copy, relay, own]) claimsOf.set(s.id, extractClaims(s)) })
  const input = (sources: Source[], corrections: Corrections) => ({ sources, claims: (id: string) => claimsOf.get(id)!, baseTopics: topics, corrections })
  const reference = (sources: Source[], corrections: Corrections) => analyze(sources, topics, { corrections, extracted: Object.fromEntries(claimsOf) })

  it('gives what analyze() gives, from scratch and after each change, recomputing only what the change touches', () => {
    const engine = new AnalysisEngine()
    let sources = [...seed]
    let fixes = none()
    const step = () => {
      const { analysis, changes } = engine.update(input(sources, fixes))
      expect(analysis).toEqual(reference(sources, fixes))
      return changes
    }
    const first = step()
    expect(first.topics.size).toBe(topics.length)

    // Nothing changed: nothing is judged again.
    expect(step().topics.size).toBe(0)

    // One figure set aside: only its topic is judged again.
    const a = engine.update(input(sources, fixes)).analysis
    const target = a.assignments.find((x) => x.topicId === 'bamex-dates')!
    fixes = { ...fixes, claims: { [target.claimId]: { claimId: target.claimId, status: 'wrong-extraction' } } }
    expect([...step().topics]).toEqual(['bamex-dates'])

    // A figure moved to another topic: the two topics.
    const other = a.assignments.find((x) => x.topicId === 'wagner-personnel')!
    fixes = { ...fixes, claims: { ...fixes.claims, [other.claimId]: { claimId: other.claimId, topicId: 'akinci-count' } } }
    expect([...step().topics].sort()).toEqual(['akinci-count', 'wagner-personnel'])

    // A value corrected (another kind), a figure added by hand, a topic created, a weight.
    const stray = a.unassigned[0]
    fixes = { ...fixes, claims: { ...fixes.claims, [stray]: { claimId: stray, quantity: { kind: 'count', lo: 7, hi: 7 } } } }
    step()
    const text = seed[0].text
    const at = text.indexOf('2022')
    const added: Claim = { id: `${seed[0].id}:${at}-${at + 4}`, source: seed[0].id, span: { start: at, end: at + 4 }, text: '2022', quantity: { kind: 'date', lo: '2022-01-01', hi: '2022-12-31', unit: null, per: null, precision: 'year', qualifier: null }, counted: null, sentence: { start: 0, end: text.length }, attribution: null, scopes: [], manual: true }
    fixes = { ...fixes, added: [added], claims: { ...fixes.claims, [added.id + 'x']: { claimId: added.id + 'x', note: 'n' } } }
    step()
    fixes = { ...fixes, topics: [{ id: 'user-x', label: { en: 'X', ar: 'X' }, entity: { name: 'فاغنر', aliases: ['Wagner'] }, measure: 'count', kind: 'count', cues: [], scope: null, time: null }] }
    step()
    fixes = { ...fixes, weights: { '001': 2 } }
    step()

    // Imports: a near-copy, a relay of it, our own report; then metadata edited; then one removed.
    sources = [...seed, copy]
    const withCopy = step()
    expect(withCopy.sources).toBe(true)
    sources = [...seed, copy, relay, own]
    step()
    expect(engine.update(input(sources, fixes)).analysis.comparisons.some((c) => c.folded.length > 0)).toBe(true)
    sources = [...seed, { ...copy, outlet: 'Renamed' }, relay, own]
    step()
    sources = [...seed, relay, own]
    step()
    // The same sources as new objects (a database read gives new ones): nothing is judged again.
    sources = sources.map((s) => ({ ...s }))
    expect(step().topics.size).toBe(0)
  })

  it('reuses placements and comparisons kept from an earlier session, and never those of other code', () => {
    const placements = new Map<string, Assignment[]>()
    const comparisons = new Map<string, Comparison>()
    let writes = 0
    const memo = (version: string): EngineMemo => ({
      version, claimsKey: (id) => `claims of ${id}`, hash: (t) => t,
      getPlacements: (k) => placements.get(k), setPlacements: (k, _s, v) => { writes++; placements.set(k, v) },
      getComparison: (k) => comparisons.get(k), setComparison: (k, _t, v) => { writes++; comparisons.set(k, v) },
    })
    const sources = [...seed, own]
    const first = new AnalysisEngine().update({ ...input(sources, none()), memo: memo('v1') }).analysis
    expect(writes).toBe(sources.length + topics.length)
    writes = 0
    const again = new AnalysisEngine().update({ ...input(sources, none()), memo: memo('v1') }).analysis
    expect(writes).toBe(0)
    expect(again).toEqual(first)
    expect(again).toEqual(reference(sources, none()))
    new AnalysisEngine().update({ ...input(sources, none()), memo: memo('v2') })
    expect(writes).toBe(sources.length + topics.length)
  })
})
