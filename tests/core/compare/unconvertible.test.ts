import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import type { Claim, Quantity, Source } from '../../../src/core/model'

// A figure in a unit that cannot be converted sends a topic to a reviewer only when the rest of the
// figures leave the verdict open. Two amounts in one currency that differ for one day, or one
// number written in two units of area that conversion sets a million times apart, contradict each
// other as written: no reading of the unconverted figure reconciles them.

let n = 0
function claim(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [] }
}
const money = (source: string, amount: number, unit: string) => claim(source, { kind: 'money', lo: amount, hi: amount, unit })
// (Areas are counts with a unit.)
const area = (source: string, x: number, unit: string | null) => claim(source, { kind: 'count', lo: x, hi: x, unit })
const DAY = '2026-05-08'
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: () => ({ from: DAY, to: DAY }),
  compared: () => true,
  tolerance: 0.1,
}

describe('figures that cannot be converted beside figures that already conflict', () => {
  it('4.6 and 6.3 billion in one currency the same day conflict, whatever an amount in a currency with no known rate says', () => {
    const low = money('a', 4.6e9, 'USD')
    const high = money('b', 6.3e9, 'USD')
    const d = decide({ kind: 'money' }, [low, high, money('c', 1.1e9, 'ZZZ')], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', a: low.id, b: high.id, conversions: [] } })
    const sources = ['a', 'b', 'c'].map((id) => ({ id, outlet: `Outlet ${id.toUpperCase()}`, lang: 'en', text: '', published: DAY })) as Source[]
    const words = explain(d.reason, explainContext([low, high], new Map(sources.map((s) => [s.id, s])), [], 3, 3))
    expect(words.en).toMatch(/Outlet A.*Outlet B.*cannot be right/)
    expect(words.ar.length).toBeGreaterThan(0)
  })

  it('one number in square metres and in square kilometres is a slip of the unit: a conflict, beside a bare number of unknown unit', () => {
    const metres = area('a', 170.8e6, 'm2')
    const kilometres = area('b', 170e6, 'km2')
    const d = decide({ kind: 'count' }, [metres, kilometres, area('c', 170.8e6, null)], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', conversions: [] } })
  })

  it('…while amounts that agree, or that differ only once converted, leave the unconverted figure to a reviewer', () => {
    expect(decide({ kind: 'money' }, [money('a', 5e6, 'USD'), money('b', 5e6, 'USD'), money('c', 1e6, 'ZZZ')], ctx)).toMatchObject({ verdict: 'needs-review', reason: { code: 'incomparable' } })
    expect(decide({ kind: 'money' }, [money('a', 5e7, 'EUR'), money('b', 4e7, 'USD'), money('c', 1e6, 'ZZZ')], ctx)).toMatchObject({ verdict: 'needs-review', reason: { code: 'incomparable' } })
  })
})
