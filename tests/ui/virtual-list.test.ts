// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { h } from 'vue'
import LayoutVirtualList from '../../src/ui/components/layout/LayoutVirtualList.vue'

interface Item { id: string; label: string }
const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `t${i}`, label: `Topic ${i}` }))
const render = (n: number) => mount(LayoutVirtualList, {
  props: { items: items(n), keyOf: (x: unknown) => (x as Item).id, estimate: 100, above: 60 },
  slots: { default: ({ item }: { item: unknown }) => h('span', { class: 'item' }, (item as Item).label) },
  attachTo: document.body,
})

describe('LayoutVirtualList', () => {
  it('draws a short list whole, as a plain list', () => {
    const w = render(12)
    expect(w.findAll('li .item').map((x) => x.text())).toEqual(items(12).map((x) => x.label))
    expect(w.attributes('aria-rowcount')).toBeUndefined()
    w.unmount()
  })

  it('draws only what fits on screen of a long list, and says how long it is', () => {
    const w = render(5000)
    const drawn = w.findAll('li .item')
    // jsdom's window is 768 px high: about eight items of 100 px, and a few either side.
    expect(drawn.length).toBeGreaterThan(5)
    expect(drawn.length).toBeLessThan(30)
    expect(drawn[0].text()).toBe('Topic 0')
    expect(w.attributes('aria-rowcount')).toBe('5000')
    expect(w.attributes('style')).toContain('block-size: 500000px')
    w.unmount()
  })
})
