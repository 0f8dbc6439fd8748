// @vitest-environment jsdom
import './chart-env'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { bamexAnalysis, makeAnalysis, makeClaim, makeComparison, makeConsensus, makeSource, makeTopic } from './fixtures'
import { mountRoute } from './helpers'


let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null })

describe('TopicView', () => {
  // An imported article's id is made from its hash ("u" and hex digits): the editor never sees it,
  // in the figures' table either; a corpus id names the article and stays.
  it('names an imported article by its outlet alone in the figures table', async () => {
    const mine = makeSource('u3f9a2c71', 'The quarry collapse at Dunmere killed 7 workers.', { lang: 'en', outlet: 'Valley Courier', published: '2026-03-10', window: null, origin: 'imported' })
    const theirs = makeSource('wire-007', 'Nine workers died when the Dunmere quarry caved in.', { lang: 'en', outlet: 'Hill Wire', published: '2026-03-10', window: null })
    const claims = [makeClaim(mine, '7', { kind: 'count', lo: 7, hi: 7 }), makeClaim(theirs, 'Nine', { kind: 'count', lo: 9, hi: 9 })]
    const topic = makeTopic('quarry-deaths', { label: { en: 'Quarry deaths', ar: 'وفيات المحجر' } })
    const { wrapper } = await mountRoute('/topics/quarry-deaths', 'en', makeAnalysis([mine, theirs], claims, [topic], [makeComparison(topic.id, 'conflict', claims)]))
    current = wrapper
    await vi.waitFor(() => expect(wrapper.find('[data-testid="figure-table"]').exists()).toBe(true))
    const table = wrapper.find('[data-testid="figure-table"]').text()
    expect(table).toContain('Valley Courier')
    expect(table).not.toContain('u3f9a2c71')
    expect(table).toContain('wire-007')
  })

  // A count that grows over two days is a time series: no figure is judged against a consensus,
  // so none is drawn or named, though the comparison computed one.
  it('draws no consensus line when every figure is "not compared"', async () => {
    const day1 = makeSource('tw1', 'By Tuesday night the hospital had admitted 14 injured workers.', { lang: 'en', outlet: 'Coastal Times', published: '2026-03-10', window: null })
    const day2 = makeSource('tw2', 'On Thursday the count of injured workers reached 23, the ministry said.', { lang: 'en', outlet: 'Harbour Post', published: '2026-03-12', window: null })
    const claims = [makeClaim(day1, '14', { kind: 'count', lo: 14, hi: 14 }), makeClaim(day2, '23', { kind: 'count', lo: 23, hi: 23 })]
    const topic = makeTopic('fire-injured', { label: { en: 'Workers injured', ar: 'العمال المصابون' } })
    const cmp = makeComparison(topic.id, 'time-series', claims, { consensus: makeConsensus({ interval: { lo: 14, hi: 23, count: 2 }, median: 18.5 }) })
    const { wrapper } = await mountRoute('/topics/fire-injured', 'en', makeAnalysis([day1, day2], claims, [topic], [cmp]))
    current = wrapper
    await vi.waitFor(() => expect(wrapper.find('[data-testid="topic-chart"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="chart-caption"]').text()).not.toContain('consensus')
    expect(wrapper.findAll('[data-testid="source-column"] .status').map((p) => p.text())).toEqual(['In the comparison: not compared', 'In the comparison: not compared'])
    expect(wrapper.find('#topic-figures-table thead').text()).not.toContain('consensus')
  })

  it('shows the verdict and why, a review slot, the sources side by side by date, and a timeline with its table', async () => {
    const { wrapper } = await mountRoute('/topics/bamex-dates', 'en', bamexAnalysis())
    current = wrapper
    const header = wrapper.find('[data-testid="topic-header"]')
    expect(header.find('h1').text()).toBe('BAMEX 2025 dates')
    expect(header.find('[data-testid="verdict-badge"]').text()).toBe('Conflict')
    expect(header.find('[data-testid="explanation"]').text()).toContain('11–24 November')
    const slot = wrapper.find('section.review-slot')
    expect(slot.exists()).toBe(true)
    // The review follows the evidence it judges: the sources and the chart come first.
    expect(wrapper.find('section.chart-section').element.nextElementSibling).toBe(slot.element)
    const cols = wrapper.findAll('[data-testid="source-column"]')
    expect(cols.map((c) => c.attributes('data-source'))).toEqual(['000', '001'])
    expect(cols[1].find('mark').text()).toBe('من 11 إلى 24 نوفمبر')
    expect(wrapper.find('h2#chart-h').text()).toBe('The dates on a timeline')
    // The chart comes once the head and the sources are painted.
    await vi.waitFor(() => expect(wrapper.find('[data-testid="topic-chart"]').exists()).toBe(true))
    const chart = wrapper.find('[data-testid="topic-chart"]')
    expect(chart.attributes('data-axis')).toBe('time')
    expect(chart.find('canvas').attributes('aria-describedby')).toBe('topic-figures-table')
    expect(wrapper.find('#topic-figures-table').exists()).toBe(true)
  })

  it('shows the head and the sources first, and draws the chart once they are painted', async () => {
    const { wrapper } = await mountRoute('/topics/wagner-personnel', 'en', bamexAnalysis())
    current = wrapper
    expect(wrapper.find('[data-testid="topic-header"]').exists()).toBe(true)
    expect(wrapper.findAll('[data-testid="source-column"]').length).toBeGreaterThan(0)
    expect(wrapper.find('[data-testid="topic-chart"]').exists()).toBe(false)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="topic-chart"]').exists()).toBe(true))
  })

  it('draws numbers on a linear chart', async () => {
    const { wrapper } = await mountRoute('/topics/wagner-personnel', 'en', bamexAnalysis())
    current = wrapper
    await vi.waitFor(() => expect(wrapper.find('[data-testid="topic-chart"]').attributes('data-axis')).toBe('linear'))
  })

  it('shows the first few notes of a topic that folds many relays, and the rest on request', async () => {
    const analysis = bamexAnalysis()
    const cmp = analysis.comparisons.find((c) => c.topic === 'bamex-dates')!
    cmp.folded = Array.from({ length: 8 }, (_, i) => ({ sources: [`relay-a${i}`, `relay-b${i}`], why: 'relay' }))
    const { wrapper } = await mountRoute('/topics/bamex-dates', 'en', analysis)
    current = wrapper
    expect(wrapper.findAll('[data-testid="notes"] li')).toHaveLength(5)
    const more = wrapper.find('[data-testid="more-notes"]')
    expect(more.text()).toContain('3 not shown')
    await more.trigger('click')
    expect(wrapper.findAll('[data-testid="notes"] li')).toHaveLength(8)
    expect(wrapper.find('[data-testid="more-notes"]').exists()).toBe(false)
  })

  it('says when no topic has the id', async () => {
    const { wrapper } = await mountRoute('/topics/nope', 'en', bamexAnalysis())
    current = wrapper
    expect(wrapper.find('[role="alert"]').text()).toContain('nope')
  })
})
