// @vitest-environment jsdom
// The audit trail is drawn a page at a time: thousands of entries on one topic do not hold up the page.
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { AuditEntry } from '../../src/core/model'
import ReviewAuditTrail from '../../src/ui/components/review/ReviewAuditTrail.vue'
import { plugins } from './helpers'

const entries: AuditEntry[] = Array.from({ length: 20_000 }, (_, i) => ({ at: new Date(Date.UTC(2025, 0, 1) + (20_000 - i) * 60_000).toISOString(), reviewer: 'Salma', target: 'topic:bamex-dates', action: 'note', detail: `note ${i}` }))

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null })

describe('ReviewAuditTrail', () => {
  it('draws the newest page, says how many there are, and shows older ones on demand', async () => {
    const p = await plugins('en')
    const wrapper = mount(ReviewAuditTrail, { props: { entries, quoteOf: () => null }, global: { plugins: [...p.all] } })
    current = wrapper
    expect(wrapper.findAll('[data-testid="audit-entry"]')).toHaveLength(50)
    expect(wrapper.find('[data-testid="audit-entry"]').text()).toContain('note 0')
    expect(wrapper.find('[data-testid="audit-hidden"]').text()).toBe('Showing the latest 50 of 20,000.')
    await wrapper.find('[data-testid="audit-more"]').trigger('click')
    expect(wrapper.findAll('[data-testid="audit-entry"]')).toHaveLength(100)
    expect(wrapper.findAll('[data-testid="audit-entry"]').at(99)!.text()).toContain('note 99')
  })

  it('in Arabic (Latin digits, as the app writes numbers in Arabic), with no English', async () => {
    const p = await plugins('ar')
    const wrapper = mount(ReviewAuditTrail, { props: { entries, quoteOf: () => null }, global: { plugins: [...p.all] } })
    current = wrapper
    expect(wrapper.find('[data-testid="audit-hidden"]').text()).toBe('المعروض: الأحدث 50 من 20,000.')
    expect(wrapper.find('[data-testid="audit-more"]').text()).toBe('عرض الأقدم (50)')
  })

  it('a short trail has no pager', async () => {
    const p = await plugins('en')
    const wrapper = mount(ReviewAuditTrail, { props: { entries: entries.slice(0, 3), quoteOf: () => null }, global: { plugins: [...p.all] } })
    current = wrapper
    expect(wrapper.findAll('[data-testid="audit-entry"]')).toHaveLength(3)
    expect(wrapper.find('[data-testid="audit-more"]').exists()).toBe(false)
  })
})
