// @vitest-environment jsdom
import './chart-env'
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ChartIntervals from '../../src/ui/components/chart/ChartIntervals.vue'
import { figureRows } from '../../src/core/charts/intervals'
import { topicRows } from '../../src/core/charts/topics'
import { bamexAnalysis } from './fixtures'
import { plugins } from './helpers'

const a = bamexAnalysis()
const rows = topicRows(a)
const row = (id: string) => rows.find((r) => r.topic.id === id)!

async function mountChart(id: string, locale: 'en' | 'ar' = 'en') {
  const r = row(id)
  const f = figureRows(r, a.sources)
  const { all } = await plugins(locale)
  return mount(ChartIntervals, {
    props: { rows: f.rows, aside: f.aside, kind: r.topic.kind, consensus: r.comparison?.consensus ?? null, topicLabel: r.topic.label.en, tableId: 'tbl' },
    global: { plugins: [...all] },
    attachTo: document.body,
  })
}

describe('ChartIntervals', () => {
  it('draws dates on a time axis, its canvas described by a table of the same figures', async () => {
    const w = await mountChart('bamex-dates')
    expect(w.find('[data-testid="topic-chart"]').attributes('data-axis')).toBe('time')
    const canvas = w.find('canvas')
    expect(canvas.exists()).toBe(true)
    expect(canvas.attributes('role')).toBe('img')
    expect(canvas.attributes('aria-describedby')).toBe('tbl')
    expect(canvas.attributes('aria-label')).toContain('BAMEX 2025 dates')
    const table = w.find('table#tbl')
    expect(table.exists()).toBe(true)
    const body = table.findAll('tbody tr').map((tr) => tr.text())
    expect(body).toHaveLength(3)
    expect(body[0]).toContain('Le Monde')
    expect(body[1]).toContain('Daily Sabah')
    expect(body[2]).toContain('3 days')
    w.unmount()
  })

  it('draws numbers on a linear axis, with qualifiers in the table', async () => {
    const w = await mountChart('wagner-personnel')
    expect(w.find('[data-testid="topic-chart"]').attributes('data-axis')).toBe('linear')
    const cells = w.findAll('tbody tr').map((tr) => tr.text())
    expect(cells[0]).toContain('about')
    expect(cells[1]).toContain('at most')
    expect(cells.every((c) => c.includes('agrees'))).toBe(true)
    w.unmount()
  })

  it('labels the table in Arabic in an Arabic UI', async () => {
    const w = await mountChart('bamex-dates', 'ar')
    expect(w.find('caption').text()).toBe('أرقام الرسم البياني')
    expect(w.find('tbody').text()).toContain('يختلف')
    w.unmount()
  })
})
