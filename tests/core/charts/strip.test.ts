import { describe, expect, it } from 'vitest'
import { STRIP_BARS, extent, rangeStrip } from '../../../src/core/charts/strip'
import { topicRows, type TopicRow } from '../../../src/core/charts/topics'
import { bamexAnalysis } from '../../ui/fixtures'

describe('rangeStrip', () => {
  const rows = topicRows(bamexAnalysis())
  const byId = (id: string) => rows.find((r) => r.topic.id === id)!

  it('places each dated figure on one scale; a duration beside dates is left out', () => {
    const strip = rangeStrip(byId('bamex-dates'))
    expect(strip.bars.map((b) => b.sourceId)).toEqual(['000', '001'])
    const [mid, range] = strip.bars
    expect(mid.x0).toBeGreaterThan(0)
    expect(range.x1).toBeLessThan(1)
    expect(mid.x0).toBeLessThan(range.x0)
    expect(mid.x1).toBeLessThan(range.x1)
    expect(strip.bars.every((b) => b.status === 'differ')).toBe(true)
  })

  it('draws an open bound to the edge and a single value as a point, with the consensus band', () => {
    const strip = rangeStrip(byId('wagner-personnel'))
    const [about, atMost] = strip.bars
    expect(about.exact).toBe(true)
    expect(about.x0).toBe(about.x1)
    expect(atMost.openLo).toBe(true)
    expect(atMost.x0).toBe(0)
    expect(strip.consensus).not.toBeNull()
    expect(strip.consensus!.x0).toBeLessThan(strip.consensus!.x1)
  })

  // An archive's topic: thousands of figures repeating a few values.
  const copies = (row: TopicRow, values: number[], perValue: number): TopicRow => {
    const base = row.claims.find((c) => c.quantity.lo !== null && c.quantity.lo === c.quantity.hi)!
    const claims = values.flatMap((v, i) => Array.from({ length: perValue }, (_, k) => ({
      ...base, id: `s${i}-${k}:0-1`, source: `s${i}-${k}`, quantity: { ...base.quantity, lo: v, hi: v, qualifier: null },
    })))
    return { ...row, claims, sourceIds: claims.map((c) => c.source) }
  }

  it('draws figures alike as one bar that counts them', () => {
    const strip = rangeStrip(copies(byId('wagner-personnel'), [1000, 2000, 3000], 40))
    expect(strip.bars).toHaveLength(3)
    expect(strip.bars.map((b) => b.count)).toEqual([40, 40, 40])
    expect(strip.hidden).toBe(0)
  })

  it('keeps at most STRIP_BARS bars, the most shared first, and says how many figures it left out', () => {
    const values = Array.from({ length: 20 }, (_, i) => 1000 + 100 * i)
    const row = copies(byId('wagner-personnel'), values, 1)
    row.claims.push(...copies(byId('wagner-personnel'), [2900], 5).claims.map((c, k) => ({ ...c, id: `z${k}:0-1`, source: `z${k}` })))
    const strip = rangeStrip(row)
    expect(strip.bars).toHaveLength(STRIP_BARS)
    // 2,900 is stated six times (once among the twenty, five more): its bar is kept.
    expect(strip.bars.find((b) => b.count === 6)).toBeDefined()
    expect(strip.hidden).toBe(25 - strip.bars.reduce((n, b) => n + b.count, 0))
    expect(strip.hidden).toBe(25 - 6 - (STRIP_BARS - 1))
  })

  it('pads a single value so it does not sit on the edge', () => {
    expect(extent([5, 5])).toEqual([5 - 0.08, 5 + 0.08])
    expect(extent([])).toBeNull()
  })
})
