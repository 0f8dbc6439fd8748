// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { bamexAnalysis } from './fixtures'
import { mountRoute } from './helpers'
import { ClaimCompareDb, setAppDb } from '../../src/ui/db/schema'
import { useReviewStore } from '../../src/ui/stores/review'

beforeAll(() => { Element.prototype.scrollIntoView = vi.fn() })

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null })
const a = bamexAnalysis()
const range = a.claims.find((c) => c.text === 'من 11 إلى 24 نوفمبر')!
const stray = a.unassigned[0]

describe('SourceView', () => {
  it('shows the whole article with its figures and a legend of the verdicts in it', async () => {
    const { wrapper } = await mountRoute('/sources/001', 'en', bamexAnalysis())
    current = wrapper
    expect(wrapper.find('h1').text()).toBe('Source 001')
    expect(wrapper.findAll('[data-testid="figure"]')).toHaveLength(3)
    expect(wrapper.find('[data-testid="legend"]').findAll('[data-testid="verdict-badge"]').map((b) => b.text())).toEqual(['Conflict', 'Agree', 'Single source'])
  })

  it('scrolls to and focuses the figure a deep link names', async () => {
    const { wrapper } = await mountRoute(`/sources/001?claim=${range.id}`, 'en', bamexAnalysis())
    current = wrapper
    await flushPromises()
    const fig = document.getElementById(`fig-${range.id}`)!
    expect(fig.textContent).toBe('من 11 إلى 24 نوفمبر')
    expect(document.activeElement).toBe(fig)
    expect(fig.classList.contains('target')).toBe(true)
  })

  it('lists figures in no topic, to assign to a topic or start one from', async () => {
    const { wrapper, router } = await mountRoute('/sources/000', 'en', bamexAnalysis())
    current = wrapper
    const db = new ClaimCompareDb('source-view', { indexedDB: new IDBFactory(), IDBKeyRange })
    setAppDb(db)
    const review = useReviewStore()
    review.start(db)
    await review.setReviewer('Salma')
    await vi.waitFor(() => expect(review.reviewer).toBe('Salma'))
    const items = wrapper.findAll('[data-testid="unassigned-item"]')
    expect(items).toHaveLength(1)
    expect(items[0].text()).toContain('نوفمبر 2024')
    await items[0].find('[data-testid="assign-select"]').setValue('ransom')
    await items[0].find('form').trigger('submit')
    // The move is the reviewer's: stored with its audit entry (the analysis worker reads it from there).
    await vi.waitFor(async () => expect(await db.corrections.get(stray)).toMatchObject({ topicId: 'ransom', reviewer: 'Salma' }))
    await items[0].find('[data-testid="start-topic"]').trigger('click')
    await vi.waitFor(async () => expect(await db.topics.count()).toBe(1))
    const topic = (await db.topics.toArray())[0]
    expect(await db.corrections.get(stray)).toMatchObject({ topicId: topic.id })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('topic'), { timeout: 10_000 })
    expect(router.currentRoute.value.params.id).toBe(topic.id)
    setAppDb(null)
    db.close()
  })

  it('focuses the list entry when a figure in no topic is clicked', async () => {
    const { wrapper } = await mountRoute('/sources/000', 'en', bamexAnalysis())
    current = wrapper
    await wrapper.find(`[data-claim="${stray}"]`).trigger('click')
    expect(document.activeElement?.id).toBe(`unassigned-${stray}`)
  })
})
