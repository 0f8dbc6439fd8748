// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import TopicCard from '../../src/ui/components/topic/TopicCard.vue'
import { topicRows } from '../../src/core/charts/topics'
import { bamexAnalysis, makeAnalysis, makeClaim, makeComparison, makeSource, makeTopic } from './fixtures'
import { plugins } from './helpers'

const a = bamexAnalysis()
const rows = topicRows(a)
const sources = new Map(a.sources.map((s) => [s.id, s]))

async function card(id: string, locale: 'en' | 'ar' = 'en', patch: (r: (typeof rows)[number]) => void = () => {}) {
  const row = structuredClone(rows.find((r) => r.topic.id === id)!)
  patch(row)
  const { all } = await plugins(locale)
  return mount(TopicCard, { props: { row, sources }, global: { plugins: [...all] } })
}

describe('TopicCard', () => {
  it('shows the label linking to the topic, the verdict badge, independent sources, each source’s values and the explanation', async () => {
    const w = await card('bamex-dates')
    expect(w.attributes('data-verdict')).toBe('conflict')
    expect(w.find('h3 a').attributes('href')).toBe('/topics/bamex-dates')
    expect(w.find('h3').text()).toBe('BAMEX 2025 dates')
    expect(w.find('[data-testid="verdict-badge"]').text()).toBe('Conflict')
    expect(w.find('[data-testid="source-count"]').text()).toBe('2 independent sources')
    const values = w.findAll('.values li').map((li) => li.text())
    expect(values[0]).toMatch(/Le Monde.*10.*20 Nov 2025, 3 days.*differs/)
    expect(values[1]).toMatch(/Daily Sabah.*11.*24 Nov 2025.*differs/)
    expect(w.find('.why').text()).toContain('14 days')
  })

  it('draws the values at a glance as an SVG strip with the figures in words for screen readers', async () => {
    const w = await card('wagner-personnel')
    const svg = w.find('svg.strip')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toContain('≈ 1,000')
    expect(svg.attributes('aria-label')).toContain('≤ 1,000')
    expect(svg.findAll('g.bar')).toHaveLength(2)
    expect(svg.find('rect.cons').exists()).toBe(true)
    expect(svg.findAll('path.arrow')).toHaveLength(1)
  })

  it('under a reviewer’s override gives the tool’s sentence as the tool’s, not as the reason for the verdict shown', async () => {
    const override = (r: (typeof rows)[number]) => { r.suggested = r.verdict; r.verdict = 'time-series'; r.reviewed = true }
    const en = await card('bamex-dates', 'en', override)
    expect(en.find('[data-testid="verdict-badge"]').text()).toBe('Time series')
    expect(en.find('.why').text()).toMatch(/^A reviewer decided otherwise\. The tool had suggested “Conflict”: .*14 days/)
    const ar = await card('bamex-dates', 'ar', override)
    expect(ar.find('.why').text()).toMatch(/^قرّر المراجع خلاف ذلك\. كانت الأداة قد اقترحت «متعارضة»: .*من 11 إلى 24 نوفمبر/)
  })

  it('speaks Arabic in an Arabic UI', async () => {
    const w = await card('bamex-dates', 'ar')
    expect(w.find('h3').text()).toBe('مواعيد معرض بامكس 2025')
    expect(w.find('[data-testid="verdict-badge"]').text()).toBe('متعارضة')
    expect(w.find('.why').text()).toContain('من 11 إلى 24 نوفمبر')
  })

  it('renders labels and explanations as text, never as HTML', async () => {
    const w = await card('ransom', 'en', (r) => {
      r.topic.label.en = '<img src=x onerror=alert(1)>'
      r.comparison!.explanation.en = '<script>alert(1)</script>'
    })
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('script').exists()).toBe(false)
    expect(w.text()).toContain('<img src=x onerror=alert(1)>')
    expect(w.text()).toContain('<script>alert(1)</script>')
  })

  // Two speakers quoted in one article are two origins to the comparison; the card counts sources,
  // and never more of them than the articles that state the figures.
  it('never counts more independent sources than articles, and says how many articles fold into them', async () => {
    const fire = makeSource('sf1', 'Civil protection said 14 workers were hurt; the hospital director said 19 were admitted.', { outlet: 'Coastal Times', lang: 'en' })
    const claims = [makeClaim(fire, '14', { kind: 'count', lo: 14, hi: 14 }), makeClaim(fire, '19', { kind: 'count', lo: 19, hi: 19 })]
    const topic = makeTopic('fire-injured', { label: { en: 'Workers hurt', ar: 'العمال المصابون' } })
    const speakers = topicRows(makeAnalysis([fire], claims, [topic], [makeComparison(topic.id, 'conflict', claims, { independentSources: 2 })]))
    const { all } = await plugins('en')
    const w = mount(TopicCard, { props: { row: speakers[0], sources: new Map([[fire.id, fire]]) }, global: { plugins: [...all] } })
    expect(w.find('[data-testid="source-count"]').text()).toBe('1 independent source')
    // Three articles, two of them relays of one another.
    const relayed = structuredClone(rows.find((r) => r.topic.id === 'bamex-dates')!)
    relayed.sourceIds = ['000', '001', '002']
    for (const [locale, said] of [['en', '3 articles, 2 independent sources'], ['ar', '3 مقالات، مصدران مستقلان']] as const) {
      const p = await plugins(locale)
      const r = mount(TopicCard, { props: { row: relayed, sources }, global: { plugins: [...p.all] } })
      expect(r.find('[data-testid="source-count"]').text()).toBe(said)
    }
  })
})
