// @vitest-environment jsdom
// A topic many sources state, on a phone: one bar per value (labelled with how many sources give
// it), not one unreadable bar per figure; in Arabic the axis runs right to left, labels on the right.
import './chart-env'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { Bar } from 'vue-chartjs'
import ChartIntervals from '../../src/ui/components/chart/ChartIntervals.vue'
import { figureRows } from '../../src/core/charts/intervals'
import { topicRows } from '../../src/core/charts/topics'
import { makeAnalysis, makeClaim, makeComparison, makeSource, makeTopic } from './fixtures'
import { plugins } from './helpers'

// Thirty outlets report the injured of one warehouse fire: most say 14, some 23, a few 19 or "about 30".
const values = [...Array(18).fill('14'), ...Array(8).fill('23'), '19', '19', '30', '30']
const sources = values.map((v, i) => makeSource(`w${i}`, `The fire at the timber warehouse injured ${v} workers, officials said.`, { outlet: `Regional Daily Newspaper No. ${i + 1}`, lang: 'en', published: `2026-03-${String(11 + (i % 3)).padStart(2, '0')}` }))
const claims = sources.map((s, i) => makeClaim(s, values[i], { kind: 'count', lo: Number(values[i]), hi: Number(values[i]), qualifier: values[i] === '30' ? 'about' : null }))
const topic = makeTopic('fire-injured', { label: { en: 'Workers injured', ar: 'العمال المصابون' } })
const row = topicRows(makeAnalysis(sources, claims, [topic], [makeComparison(topic.id, 'conflict', claims)]))[0]
const figures = figureRows(row, sources)

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null; vi.unstubAllGlobals() })

async function chart(locale: 'en' | 'ar', phone: boolean) {
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: phone && q.includes('max-width'), media: q, addEventListener() {}, removeEventListener() {} }))
  const { all } = await plugins(locale)
  current = mount(ChartIntervals, {
    props: { rows: figures.rows, all: figures.rows, kind: 'count', consensus: null, topicLabel: 'Workers injured', tableId: 'tbl' },
    global: { plugins: [...all] }, attachTo: document.body,
  })
  const bar = current.findComponent(Bar)
  return { w: current, labels: bar.props('data').labels as string[], options: bar.props('options') as { scales: { x: { reverse: boolean }; y: { position: string } } } }
}

describe('the topic chart on a phone', () => {
  it('draws one bar per value, labelled with how many sources give it, in the order of the values', async () => {
    const { w, labels } = await chart('en', true)
    expect(w.find('[data-testid="topic-chart"]').attributes('data-grouped')).toBe('value')
    expect(labels).toEqual(['14 · 18 sources', '19 · 2 sources', '23 · 8 sources', '≈ 30 · 2 sources'])
    expect(w.find('[data-testid="chart-caption"]').text()).toContain('30 figures in all')
    // The table under it still lists every figure.
    expect(w.findAll('tbody tr')).toHaveLength(30)
  })

  it('in Arabic: nouns agree with their numbers, the axis runs right to left and the labels sit on the right', async () => {
    const { labels, options, w } = await chart('ar', true)
    expect(labels).toEqual(['14 · 18 مصدراً', '19 · مصدران', '23 · 8 مصادر', '≈ 30 · مصدران'])
    expect(options.scales.x.reverse).toBe(true)
    expect(options.scales.y.position).toBe('right')
    expect(w.find('[data-testid="chart-caption"]').text()).toContain('المجموع: 30 رقماً')
    expect(w.find('[data-testid="chart-caption"]').text()).not.toMatch(/[A-Za-z]/)
  })

  it('at desktop width keeps one bar per figure', async () => {
    const { labels, w } = await chart('en', false)
    expect(w.find('[data-testid="topic-chart"]').attributes('data-grouped')).toBeUndefined()
    expect(labels).toHaveLength(30)
    expect(labels[0]).toBe('Regional Daily Newspaper No. 1')
  })
})
