// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import SourceArticle from '../../src/ui/components/source/SourceArticle.vue'
import { topicByClaim } from '../../src/core/charts/topics'
import { bamexAnalysis, makeClaim, makeSource } from './fixtures'
import { plugins } from './helpers'

const a = bamexAnalysis()
const s0 = a.sources[0]
const verdicts = new Map(a.comparisons.map((c) => [c.topic, c.verdict]))
const topicOf = new Map([...topicByClaim(a)].map(([claim, topic]) => [claim, { id: topic, label: topic, verdict: verdicts.get(topic) ?? null }]))
const claims0 = a.claims.filter((c) => c.source === '000')

async function mountArticle(props: Record<string, unknown> = {}) {
  const { all } = await plugins('en')
  return mount(SourceArticle, { props: { source: s0, text: s0.text, claims: claims0, topicOf, ...props }, global: { plugins: [...all] }, attachTo: document.body })
}

describe('SourceArticle', () => {
  it('keeps the text exactly, right to left, with every figure highlighted', async () => {
    const w = await mountArticle()
    const art = w.find('article')
    expect(art.attributes('dir')).toBe('rtl')
    expect(art.attributes('lang')).toBe('ar')
    expect(art.element.textContent).toBe(s0.text)
    expect(w.findAll('[data-testid="figure"]').map((f) => f.text())).toEqual(['منتصف تشرين الثاني/نوفمبر 2025', 'ثلاثة أيام', 'نوفمبر 2024', 'نحو ألف'])
  })

  it('colours a figure by its topic’s verdict, marks it with the icon, and links it to the topic', async () => {
    const w = await mountArticle()
    const fig = w.find(`[data-claim="${claims0[0].id}"]`)
    expect(fig.element.tagName).toBe('A')
    expect(fig.attributes('href')).toBe('/topics/bamex-dates')
    expect(fig.attributes('data-verdict')).toBe('conflict')
    expect(fig.classes()).toContain('v-conflict')
    expect(fig.find('svg').exists()).toBe(true)
    expect(fig.attributes('aria-label')).toContain('Conflict')
    expect(fig.attributes('id')).toBe(`fig-${claims0[0].id}`)
  })

  it('makes a figure in no topic a button that asks for the unassigned list', async () => {
    const w = await mountArticle()
    const stray = w.find(`[data-claim="${a.unassigned[0]}"]`)
    expect(stray.element.tagName).toBe('BUTTON')
    expect(stray.attributes('data-verdict')).toBe('unassigned')
    await stray.trigger('click')
    expect(w.emitted('pick')).toEqual([[a.unassigned[0]]])
  })

  it('rings the figure the URL points at', async () => {
    const w = await mountArticle({ target: claims0[1].id })
    expect(w.find('.target').text()).toBe('ثلاثة أيام')
  })

  it('draws overlapping figures once and never parses the text as HTML', async () => {
    const s = makeSource('x', '<i>نص</i> من 11 إلى 24 نوفمبر')
    const wide = makeClaim(s, 'من 11 إلى 24 نوفمبر', { kind: 'daterange' })
    const inner = makeClaim(s, '24 نوفمبر', { kind: 'date' })
    const w = await mountArticle({ source: s, text: s.text, claims: [wide, inner], topicOf: new Map() })
    expect(w.find('i').exists()).toBe(false)
    expect(w.find('article').element.textContent).toBe(s.text)
    expect(w.findAll('[data-testid="figure"]')).toHaveLength(1)
  })
})
