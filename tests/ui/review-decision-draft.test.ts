// @vitest-environment jsdom
// The decision form holds a draft: a decision arriving from another tab is offered, never typed
// over what the reviewer is writing.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { TopicReview } from '../../src/core/model'
import ReviewDecision from '../../src/ui/components/review/ReviewDecision.vue'
import { useReviewStore } from '../../src/ui/stores/review'
import { plugins } from './helpers'

const first: TopicReview = { topicId: 'bamex-dates', override: null, reason: '', note: 'first look', reviewer: 'Salma', at: '2025-12-01T10:00:00.000Z' }
const other: TopicReview = { topicId: 'bamex-dates', override: 'conflict', reason: 'the dates differ', note: 'Karim’s reading', reviewer: 'Karim', at: '2025-12-01T10:05:00.000Z' }

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null })

async function setup(decision: TopicReview | undefined = first, locale: 'en' | 'ar' = 'en') {
  const p = await plugins(locale)
  const wrapper = mount(ReviewDecision, { props: { topicId: 'bamex-dates', suggested: 'conflict', decision }, global: { plugins: [...p.all] }, attachTo: document.body })
  current = wrapper
  const review = useReviewStore()
  return { wrapper, review }
}
const note = (w: VueWrapper) => w.find<HTMLTextAreaElement>('[data-testid="decision-note"]')

describe('ReviewDecision with a draft', () => {
  it('says who decided and when with the comma of the page’s language', async () => {
    const { wrapper } = await setup(first, 'ar')
    const said = wrapper.find('[data-testid="decision-current"] .muted').text()
    expect(said).toMatch(/^· قبله \u2068Salma\u2069، 1 ديسمبر 2025/)
    expect(said).not.toContain(',')
  })

  it('follows a decision from another tab while nothing is typed', async () => {
    const { wrapper } = await setup()
    expect(note(wrapper).element.value).toBe('first look')
    await wrapper.setProps({ decision: other })
    expect(note(wrapper).element.value).toBe('Karim’s reading')
    expect(wrapper.find('[data-testid="decision-conflict"]').exists()).toBe(false)
  })

  it('keeps the draft and offers "keep mine / take theirs" when another tab saves meanwhile', async () => {
    const { wrapper } = await setup()
    await note(wrapper).setValue('my unsaved note')
    await wrapper.setProps({ decision: other })
    expect(note(wrapper).element.value).toBe('my unsaved note')
    const notice = wrapper.find('[data-testid="decision-conflict"]')
    expect(notice.text()).toContain('\u2068Karim\u2069 saved another decision in another tab')
    expect(notice.text()).toContain('Your draft is kept below')
    expect(wrapper.find('[data-testid="decision-save"]').attributes('disabled')).toBeDefined()
    await wrapper.find('[data-testid="decision-take-theirs"]').trigger('click')
    expect(note(wrapper).element.value).toBe('Karim’s reading')
    expect(wrapper.find<HTMLInputElement>('[data-testid="decision-override"]').element.checked).toBe(true)
    expect(wrapper.find('[data-testid="decision-conflict"]').exists()).toBe(false)
  })

  it('"keep mine" saves the draft over the decision it now knows', async () => {
    const { wrapper, review } = await setup()
    const decide = vi.spyOn(review, 'decide').mockResolvedValue(null)
    await note(wrapper).setValue('my unsaved note')
    await wrapper.setProps({ decision: other })
    await wrapper.find('[data-testid="decision-keep-mine"]').trigger('click')
    expect(note(wrapper).element.value).toBe('my unsaved note')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(decide).toHaveBeenCalledWith('bamex-dates', { override: null, reason: '', note: 'my unsaved note' }, other)
  })

  it('a save refused because another tab saved first keeps the draft and offers the choice', async () => {
    const { wrapper, review } = await setup()
    vi.spyOn(review, 'decide').mockResolvedValue({ conflict: other })
    await note(wrapper).setValue('my note')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(note(wrapper).element.value).toBe('my note')
    expect(wrapper.find('[data-testid="decision-conflict"]').text()).toContain('Karim')
  })

  it('its own save coming back is not taken for another tab’s', async () => {
    const { wrapper, review } = await setup()
    vi.spyOn(review, 'decide').mockResolvedValue(null)
    await note(wrapper).setValue('my note')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    // The reviewer goes on typing before the saved decision comes back from the database.
    await note(wrapper).setValue('my note, and more')
    await wrapper.setProps({ decision: { ...first, note: 'my note', at: '2025-12-01T10:07:00.000Z' } })
    expect(wrapper.find('[data-testid="decision-conflict"]').exists()).toBe(false)
    expect(note(wrapper).element.value).toBe('my note, and more')
  })

  it('shows a storage failure in words, not the browser’s error', async () => {
    const { wrapper, review } = await setup()
    vi.spyOn(review, 'decide').mockResolvedValue('unavailable')
    await note(wrapper).setValue('my note')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="decision-error"]').text()).toBe('This browser does not allow storage: your work cannot be saved. The built-in articles can still be read.')
    expect(note(wrapper).element.value).toBe('my note')
  })
})
