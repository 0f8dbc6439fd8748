// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import SourceList from '../../src/ui/components/source/SourceList.vue'
import { embeddedSources } from '../../src/ui/corpus'
import { viewSources } from '../../src/core/incremental'
import { plugins } from './helpers'

describe('SourceList', () => {
  it('renders the five embedded sources with outlet, via, language and word count', async () => {
    const { pinia, router, i18n } = await plugins()
    const wrapper = mount(SourceList, { props: { sources: viewSources(embeddedSources()) }, global: { plugins: [pinia, router, i18n] } })
    const rows = wrapper.findAll('[data-testid="source-row"]')
    expect(rows).toHaveLength(5)
    expect(rows[0].text()).toContain('Le Monde')
    expect(rows[0].text()).toContain('Arabi21')
    expect(rows[0].text()).toContain('Arabic')
    expect(rows[4].text()).toContain('DW')
    expect(rows[0].find('td.num').text()).toMatch(/^\d{3,4}$/)
    expect(Number(rows[0].find('td.num').text())).toBe(embeddedSources()[0].text.match(/[\p{L}\p{N}]+/gu)!.length)
  })

  it('never renders markup in metadata: a title with tags shows as text', async () => {
    const { pinia, router, i18n } = await plugins()
    const evil = { ...viewSources(embeddedSources())[0], localized: undefined, title: '<img src=x onerror=alert(1)>' }
    const wrapper = mount(SourceList, { props: { sources: [evil] }, global: { plugins: [pinia, router, i18n] } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text()).toContain('<img src=x onerror=alert(1)>')
  })
})
