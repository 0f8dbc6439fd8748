// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import OverviewCoverage from '../../src/ui/components/overview/OverviewCoverage.vue'
import { coverageMatrix } from '../../src/core/charts/coverage'
import { topicRows } from '../../src/core/charts/topics'
import { bamexAnalysis } from './fixtures'
import { plugins } from './helpers'

describe('OverviewCoverage', () => {
  it('shows topics × sources, each cell with a word and a glyph and a link to the figure', async () => {
    const a = bamexAnalysis()
    const matrix = coverageMatrix(topicRows(a), a.sources)
    const { all } = await plugins('en')
    const w = mount(OverviewCoverage, { props: { matrix }, global: { plugins: [...all] } })
    expect(w.findAll('thead th').map((th) => th.text())).toEqual(['Topics', 'Le Monde000', 'Daily Sabah001'])
    const bamex = w.find('tr[data-topic="bamex-dates"]')
    expect(bamex.find('th a').attributes('href')).toBe('/topics/bamex-dates')
    const cells = bamex.findAll('td')
    expect(cells.map((c) => c.attributes('data-status'))).toEqual(['differ', 'differ'])
    expect(cells[0].find('svg.sicon').exists()).toBe(true)
    expect(cells[0].text()).toContain('differs')
    expect(cells[0].text()).toContain('×2')
    expect(cells[1].find('a').attributes('href')).toMatch(/^\/sources\/001\?claim=001:/)
    const ransom = w.find('tr[data-topic="ransom"]').findAll('td')
    expect(ransom.map((c) => c.attributes('data-status'))).toEqual(['empty', 'alone'])
    expect(ransom[0].find('a').exists()).toBe(false)
    expect(ransom[0].text()).toContain('no figure')
  })
})
