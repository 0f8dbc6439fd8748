import { describe, expect, it } from 'vitest'
import { extent, rangeStrip } from '../../../src/core/charts/strip'
import { topicRows } from '../../../src/core/charts/topics'
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

  it('pads a single value so it does not sit on the edge', () => {
    expect(extent([5, 5])).toEqual([5 - 0.08, 5 + 0.08])
    expect(extent([])).toBeNull()
  })
})
