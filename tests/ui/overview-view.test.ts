// @vitest-environment jsdom
import './chart-env'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { bamexAnalysis } from './fixtures'
import { mountRoute } from './helpers'

let empty = false
const analysis = () => (empty ? { ...bamexAnalysis(), topics: [], comparisons: [], assignments: [] } : bamexAnalysis())

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null; empty = false })
const cards = (w: VueWrapper) => w.findAll('[data-testid="topic-card"]').map((c) => c.attributes('data-topic'))

describe('OverviewView', () => {
  it('lists every topic, conflicts first, under the verdict chart and the coverage matrix', async () => {
    const { wrapper } = await mountRoute('/', 'en', analysis())
    current = wrapper
    expect(wrapper.find('h1').text()).toBe('Where the coverage disagrees')
    expect(cards(wrapper)).toEqual(['bamex-dates', 'wagner-personnel', 'ransom'])
    // The chart's code loads after the cards and the matrix.
    await vi.waitFor(() => expect(wrapper.find('[data-testid="verdict-chart"] canvas').exists()).toBe(true))
    expect(wrapper.findAll('[data-testid="coverage-matrix"] tbody tr')).toHaveLength(3)
    expect(wrapper.find('[data-testid="shown-count"]').text()).toBe('Showing 3 of 3 topics')
    const legend = wrapper.find('[data-testid="verdict-legend"]')
    expect(legend.findAll('dd')).toHaveLength(7)
    expect(legend.text()).toContain('cannot all be true')
  })

  it('filters and sorts from the URL query, and writes the controls back to it', async () => {
    const { wrapper, router } = await mountRoute('/?verdict=agree', 'en', analysis())
    current = wrapper
    expect(cards(wrapper)).toEqual(['wagner-personnel'])
    await wrapper.find('[data-testid="filter-verdict"]').setValue('')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    await wrapper.find('[data-testid="filter-source"]').setValue('000')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ source: '000' })
    expect(cards(wrapper)).toEqual(['bamex-dates', 'wagner-personnel'])
    await wrapper.find('[data-testid="sort"]').setValue('label')
    await flushPromises()
    expect(cards(wrapper)).toEqual(['bamex-dates', 'wagner-personnel'])
    expect(router.currentRoute.value.query).toEqual({ source: '000', sort: 'label' })
  })

  it('searches topics and article text with Arabic folding, and lists the matching articles', async () => {
    const { wrapper, router } = await mountRoute('/', 'en', analysis())
    current = wrapper
    await wrapper.find('[data-testid="search"]').setValue('الفديه')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'الفديه' })
    expect(cards(wrapper)).toEqual(['ransom'])
    expect(wrapper.find('[data-testid="source-hits"]').text()).toContain('Source 001')
    await wrapper.find('[data-testid="search"]').setValue('nothing-like-this')
    await flushPromises()
    expect(cards(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('No topic matches these filters.')
  })

  it('says so when there are no topics yet', async () => {
    empty = true
    const { wrapper } = await mountRoute('/', 'en', analysis())
    current = wrapper
    expect(wrapper.text()).toContain('No topics yet')
    expect(wrapper.find('[data-testid="coverage-matrix"]').exists()).toBe(false)
  })

  it('while the articles are being read, says so and neither "no topic matches" nor a count of none', async () => {
    // No worker has answered yet: the page waits for its first view.
    const { wrapper } = await mountRoute('/', 'en')
    current = wrapper
    expect(wrapper.find('[data-testid="analysing"]').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('No topic matches these filters.')
    expect(wrapper.find('[data-testid="shown-count"]').exists()).toBe(false)
  })

  it('speaks Arabic', async () => {
    const { wrapper } = await mountRoute('/', 'ar', analysis())
    current = wrapper
    expect(wrapper.find('h1').text()).toBe('حيث تختلف التغطية')
    expect(wrapper.find('[data-topic="bamex-dates"] h3').text()).toBe('مواعيد معرض بامكس 2025')
  })
})
