// @vitest-environment jsdom
// The source filter of an archive: thousands of options are made when the list is opened, not
// with every drawing of the overview; the chosen source stays shown and every source can be chosen.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import OverviewFilters from '../../src/ui/components/overview/OverviewFilters.vue'
import { EMPTY_FILTER } from '../../src/core/charts/overview'
import type { Source } from '../../src/core/model'
import { plugins } from './helpers'

const source = (i: number): Source => ({ id: `s${i}`, title: `Report ${i}`, lang: 'en', outlet: `Outlet ${i}`, via: null, kind: 'news', published: '2025-01-01', window: null, url: null, text: 'x', origin: 'imported' })

describe('OverviewFilters', () => {
  it('lists a few sources at once', async () => {
    const { all } = await plugins('en')
    const w = mount(OverviewFilters, { props: { filter: EMPTY_FILTER, sources: [1, 2, 3].map(source), kinds: [], langs: [] }, global: { plugins: [...all] } })
    expect(w.findAll('[data-testid="filter-source"] option')).toHaveLength(4)
  })

  it('makes the options of thousands of sources when the list is opened, keeping the chosen one shown before', async () => {
    const { all } = await plugins('en')
    const sources = Array.from({ length: 3000 }, (_, i) => source(i))
    const w = mount(OverviewFilters, { props: { filter: { ...EMPTY_FILTER, source: 's2500' }, sources, kinds: [], langs: [] }, global: { plugins: [...all] } })
    const select = w.find('[data-testid="filter-source"]')
    expect(select.findAll('option').map((o) => o.attributes('value'))).toEqual(['', 's2500'])
    expect((select.element as HTMLSelectElement).value).toBe('s2500')
    await select.trigger('focus')
    expect(select.findAll('option')).toHaveLength(3001)
    await select.setValue('s17')
    expect(w.emitted('change')?.at(-1)).toEqual([{ source: 's17' }])
  })
})
