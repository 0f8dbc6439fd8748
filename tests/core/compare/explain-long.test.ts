import { describe, expect, it } from 'vitest'
import { explain, type ExplainContext } from '../../../src/core/compare/explain'
import type { Claim, Quantity } from '../../../src/core/model'

// An archive's topic may hold thousands of figures: the explanation stays one sentence that a
// reader can take in, naming a few figures and how many there are.

function claim(id: string, lo: number, scope: string | null = null): Claim {
  const quantity: Quantity = { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }
  return { id, source: id, span: { start: 0, end: 1 }, text: String(lo), quantity, counted: null, sentence: { start: 0, end: 1 }, attribution: null, scopes: scope ? [{ kind: 'place', label: scope }] as Claim['scopes'] : [] }
}
const figures = Array.from({ length: 300 }, (_, i) => claim(`s${i}`, 40))
const parts = Array.from({ length: 250 }, (_, i) => claim(`p${i}`, 5 + (i % 3), 'Agadez'))
const byId = new Map([...figures, ...parts].map((c) => [c.id, c]))
const ctx = (setAside: Claim[]): ExplainContext => ({ claim: (id) => byId.get(id)!, source: (c) => `Outlet ${c.source}`, setAside, outlets: 300, origins: 300 })

describe('explanations of very large topics', () => {
  it('three hundred agreeing figures: their count and a few of them, not three hundred names', () => {
    const { en, ar } = explain({ code: 'same', figures: figures.map((c) => c.id), origins: 300, conversions: [] }, ctx([]))
    expect(en).toMatch(/^300 figures, among them Outlet s0: 40, Outlet s1: 40 and Outlet s2: 40: 300 origins agree\.$/)
    expect(ar).toMatch(/^300 رقم، منها /)
    expect(en.length).toBeLessThan(200)
  })
  it('hundreds of figures about a part: their count and the distinct ones, once each', () => {
    const { en, ar } = explain({ code: 'same', figures: ['s0', 's1'], origins: 2, conversions: [] }, ctx(parts))
    expect(en).toMatch(/ 250 figures, among them 5 \(at Agadez\), 6 \(at Agadez\) and 7 \(at Agadez\), concern parts only and are not compared\.$/)
    expect(ar).toMatch(/ 250 رقماً، منها 5 و6 و7، تخص أجزاء فقط ولا تُقارن\.$/)
  })
  it('a few figures about parts are all named, as before', () => {
    const { en } = explain({ code: 'same', figures: ['s0', 's1'], origins: 2, conversions: [] }, ctx(parts.slice(0, 2)))
    expect(en).toMatch(/ 5 \(at Agadez\) and 6 \(at Agadez\) concern parts only/)
  })
})
