import { describe, expect, it } from 'vitest'
import { figureRows, intervalChart, verdictChart, withAlpha, type ChartPalette } from '../../../src/core/charts/intervals'
import { topicRows } from '../../../src/core/charts/topics'
import { bamexAnalysis } from '../../ui/fixtures'

const palette: ChartPalette = { agree: '#1f7a3d', differ: '#b3261e', alone: '#7a5a00', unjudged: '#4b5bb5', empty: '#dddddd', consensus: '#333333', text: '#000000', grid: '#cccccc' }
const a = bamexAnalysis()
const rows = topicRows(a)
const row = (id: string) => rows.find((r) => r.topic.id === id)!

describe('figureRows', () => {
  it('puts dated figures on the timeline and a duration beside it, ordered by publication', () => {
    const { rows: on, aside } = figureRows(row('bamex-dates'), a.sources)
    expect(on.map((f) => [f.source.id, f.claim.text])).toEqual([['000', 'منتصف تشرين الثاني/نوفمبر 2025'], ['001', 'من 11 إلى 24 نوفمبر']])
    expect(aside.map((f) => f.claim.text)).toEqual(['ثلاثة أيام'])
    expect(on[0].fuzzy).toBe(true)
    expect(on[1].fuzzy).toBe(false)
  })
})

describe('intervalChart', () => {
  it('draws dates as floating bars on a time axis, the vaguer one faded', () => {
    const { rows: on } = figureRows(row('bamex-dates'), a.sources)
    const chart = intervalChart(on, { kind: 'daterange', consensus: null, palette, labels: ['Le Monde', 'Daily Sabah'], consensusLabel: 'consensus' })
    expect(chart.time).toBe(true)
    expect(chart.data.labels).toEqual(['Le Monde', 'Daily Sabah'])
    const [mid, range] = chart.data.datasets[0].data
    expect(mid).toEqual([new Date(2025, 10, 10).getTime(), new Date(2025, 10, 21).getTime() - 1])
    expect(range[0]).toBe(new Date(2025, 10, 11).getTime())
    expect(chart.min).toBeLessThan(mid[0])
    expect(chart.max).toBeGreaterThan(range[1])
    expect(chart.data.datasets[0].backgroundColor).toEqual(['rgba(179, 38, 30, 0.3)', 'rgba(179, 38, 30, 0.75)'])
    expect(chart.annotations.consensus).toBeUndefined()
  })

  it('draws a duration beside dates as a box of its length inside its source’s bar', () => {
    const { rows: on, aside } = figureRows(row('bamex-dates'), a.sources)
    const chart = intervalChart(on, { kind: 'daterange', consensus: null, palette, labels: ['a', 'b'], consensusLabel: 'c', aside, asideLabels: ['3 days'] })
    const box = chart.annotations.duration0 as { xMin: number; xMax: number; yMin: number; yMax: number; label: { content: string } }
    expect(box.xMax - box.xMin).toBe(3 * 86_400_000)
    expect(box.yMin).toBeLessThan(0)
    expect(box.yMax).toBeGreaterThan(0)
    expect(box.label.content).toBe('3 days')
    const [lo, hi] = chart.data.datasets[0].data[0]
    expect(box.xMin).toBeGreaterThan(lo)
    expect(box.xMax).toBeLessThan(hi)
  })

  it('marks single values, widens "about", draws an open bound to the edge with an arrow, and the consensus as a line', () => {
    const { rows: on } = figureRows(row('wagner-personnel'), a.sources)
    const cmp = row('wagner-personnel').comparison!
    const chart = intervalChart(on, { kind: 'count', consensus: cmp.consensus, palette, labels: ['a', 'b'], consensusLabel: 'consensus' })
    expect(chart.time).toBe(false)
    const [about, atMost] = chart.data.datasets[0].data
    expect(about).toEqual([900, 1100])
    expect(atMost).toEqual([chart.min, 1000])
    expect(chart.min).toBe(0)
    expect(chart.annotations.mark0).toMatchObject({ type: 'point', xValue: 1000, yValue: 0 })
    expect(chart.annotations.open1).toMatchObject({ type: 'line', xMin: 1000, xMax: chart.min, arrowHeads: { end: { display: true } } })
    expect(chart.annotations.consensus).toMatchObject({ type: 'line', scaleID: 'x', value: 1000 })
    expect(chart.annotations.consensusBand).toMatchObject({ type: 'box', xMin: 900, xMax: 1000 })
  })
})

describe('colours', () => {
  it('adds an alpha to hex colours and leaves others alone', () => {
    expect(withAlpha('#fff', 0.5)).toBe('rgba(255, 255, 255, 0.5)')
    expect(withAlpha('#b3261e', 1)).toBe('rgba(179, 38, 30, 1)')
    expect(withAlpha('red', 0.5)).toBe('red')
  })

  it('shapes the verdict counts as one coloured bar each', () => {
    const d = verdictChart([{ verdict: 'conflict', count: 2 }, { verdict: 'agree', count: 1 }], ['Conflict', 'Agree'], ['#b3261e', '#1f7a3d'])
    expect(d.labels).toEqual(['Conflict', 'Agree'])
    expect(d.datasets[0].data).toEqual([2, 1])
  })
})
