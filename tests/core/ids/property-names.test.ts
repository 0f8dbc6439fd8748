// Ids equal to JavaScript property names must behave like any other id, all the way through the
// analysis. Texts written for this test.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/pipeline'
import type { Source, Topic } from '../../../src/core/model'
import { toCorrections } from '../../../src/core/workspace'

const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty'] as const
const UNITS = ['كتيبة النمر', 'كتيبة الصقر', 'كتيبة الفهد', 'كتيبة الذئب']
const SPEAKERS = ['القيادة', 'وزارة الدفاع', 'هيئة الأركان', 'الناطق العسكري']

const source = (id: string, k: number): Source => ({
  id, title: `Report ${id}`, lang: 'ar', outlet: `Outlet ${k}`, via: null, relays: null, kind: 'news', published: '2024-03-01', window: null, url: null, origin: 'embedded',
  // Each outlet quotes its own speaker: four origins, so the comparison weighs four voices.
  text: UNITS.map((u, i) => `قالت ${SPEAKERS[k]} إن ${u} تضم ${300 + 10 * i + k} جندي في الميدان.`).join('\n'),
})
const topic = (id: string, i: number): Topic => ({
  id, label: { en: `Unit ${i}`, ar: UNITS[i] }, entity: { name: UNITS[i], aliases: [UNITS[i]] }, measure: 'soldiers', kind: 'count', cues: ['جندي'], scope: null, time: null,
})

describe('ids named like Object members', () => {
  const sources = NAMES.map(source)

  it('each topic named like a member gets its own comparison of every source', () => {
    const a = analyze(sources, [], { corrections: { claims: {}, added: [], topics: NAMES.map(topic), weights: {} } })
    for (const id of NAMES) {
      const c = a.comparisons.find((x) => x.topic === id)
      expect(c, id).toBeDefined()
      const from = new Set(c!.claims.map((cid) => a.claims.find((x) => x.id === cid)!.source))
      expect([...from].sort(), id).toEqual([...NAMES].sort())
    }
  })

  it('consensus weights stay numbers when no weight is set, and follow the ones that are', () => {
    const plain = analyze(sources, [], { corrections: { claims: {}, added: [], topics: [topic('constructor', 0)], weights: {} } })
    const w = plain.comparisons[0].consensus!.weights
    for (const id of NAMES) expect(Number.isFinite(w[id]), `${id}: ${w[id]}`).toBe(true)
    const corrections = toCorrections({ claims: [], added: [], topics: [{ ...topic('constructor', 0), at: '2024-03-02T00:00:00Z', reviewer: 'R' }], weights: JSON.parse('{"__proto__": 0, "toString": 3}') })
    const weighted = analyze(sources, [], { corrections })
    const cw = weighted.comparisons[0].consensus!.weights
    expect(cw['toString']).toBeGreaterThan(cw['constructor'])
    for (const id of NAMES) expect(Number.isFinite(cw[id]), id).toBe(true)
  })

  it('a correction keyed by a claim id is applied to that claim only', () => {
    const base = analyze(sources, [], { corrections: { claims: {}, added: [], topics: [topic('hasOwnProperty', 0)], weights: {} } })
    const target = base.claims.find((c) => c.source === '__proto__')!
    const claims = { [target.id]: { claimId: target.id, status: 'wrong-extraction' as const } }
    const after = analyze(sources, [], { corrections: { claims, added: [], topics: [topic('hasOwnProperty', 0)], weights: {} } })
    expect(after.comparisons[0].claims).not.toContain(target.id)
    expect(after.comparisons[0].claims.length).toBe(base.comparisons[0].claims.length - 1)
  })

  it('claims extracted elsewhere are found by own id only', () => {
    const a = analyze(sources, [], { extracted: { constructor: [] } })
    expect(a.claims.filter((c) => c.source === 'constructor')).toHaveLength(0)
    for (const id of ['toString', '__proto__', 'hasOwnProperty']) expect(a.claims.filter((c) => c.source === id).length, id).toBe(UNITS.length)
    expect(a.claims.every((c) => typeof c === 'object' && typeof c.id === 'string')).toBe(true)
  })
})
