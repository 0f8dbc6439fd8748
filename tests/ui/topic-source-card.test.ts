// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import TopicSourceCard from '../../src/ui/components/topic/TopicSourceCard.vue'
import { sourceColumns } from '../../src/core/charts/topics'
import { bamexAnalysis, makeClaim, makeSource } from './fixtures'
import { fixedClient, plugins } from './helpers'
import { useAnalysisStore } from '../../src/ui/stores/analysis'

const a = bamexAnalysis()
const bamex = a.claims.filter((c) => a.comparisons[0].claims.includes(c.id))
const [col000, col001] = sourceColumns(bamex, a.sources)

// The card asks the analysis for its source's text, as on the page.
async function mountCard(column = col000, locale: 'en' | 'ar' = 'en', analysis = a) {
  const { all } = await plugins(locale)
  await useAnalysisStore().start(fixedClient(analysis))
  const w = mount(TopicSourceCard, { props: { column, status: 'differ' }, global: { plugins: [...all] } })
  await flushPromises()
  return w
}

describe('TopicSourceCard', () => {
  it('shows outlet, via, date and how the source stands', async () => {
    const w = await mountCard()
    expect(w.find('h3').text()).toContain('Le Monde')
    expect(w.text()).toContain('Arabi21 (Arabic translation)')
    expect(w.text()).toContain('16 Nov 2025 – 31 Mar 2026')
    expect(w.find('.status').text()).toContain('differs')
    expect(w.classes()).toContain('s-differ')
  })

  it('quotes the sentence once with both figures highlighted, right to left by content', async () => {
    const w = await mountCard()
    const quotes = w.findAll('[data-testid="quote"]')
    expect(quotes).toHaveLength(1)
    expect(quotes[0].attributes('dir')).toBe('auto')
    expect(quotes[0].attributes('lang')).toBe('ar')
    expect(quotes[0].findAll('mark').map((m) => m.text())).toEqual(['منتصف تشرين الثاني/نوفمبر 2025', 'ثلاثة أيام'])
    expect(quotes[0].text()).toContain('أقيم معرض بامكس 2025')
  })

  it('shows the figures alone until the text has come, then the sentence around them', async () => {
    const { all } = await plugins('en')
    await useAnalysisStore().start(fixedClient(a))
    const w = mount(TopicSourceCard, { props: { column: col000, status: 'differ' }, global: { plugins: [...all] } })
    const quote = () => w.find('[data-testid="quote"]')
    expect(quote().findAll('mark').map((m) => m.text())).toEqual(['منتصف تشرين الثاني/نوفمبر 2025', 'ثلاثة أيام'])
    expect(quote().text()).not.toContain('أقيم معرض بامكس 2025')
    await flushPromises()
    expect(quote().text()).toContain('أقيم معرض بامكس 2025')
  })

  it('gives each figure its normalised value, qualifier, attribution and a link to it in the article', async () => {
    const w = await mountCard(col001)
    expect(w.text()).toMatch(/11–24 Nov 2025/)
    expect(w.text()).toContain('range')
    expect(w.text()).toContain('not attributed')
    const link = w.find('[data-testid="open-in-article"]')
    expect(link.attributes('href')).toBe(`/sources/001?claim=${col001.claims[0].id}`)
  })

  it('shows the attribution and scope when the figure has them', async () => {
    const s = makeSource('009', 'وقال الجيش إن 200 مقاتل في سيغو فقط.')
    const c = makeClaim(s, '200', { kind: 'count', lo: 200, hi: 200 }, {
      attribution: { who: 'the army', cue: 'وقال الجيش', span: { start: 0, end: 10 } },
      scopes: [{ kind: 'place', label: 'Ségou', span: { start: s.text.indexOf('سيغو'), end: s.text.indexOf('سيغو') + 4 } }],
    })
    const w = await mountCard({ source: s, claims: [c] }, 'en', { ...a, sources: [...a.sources, s], claims: [...a.claims, c] })
    expect(w.text()).toContain('the army')
    expect(w.text()).toContain('Ségou')
    expect(w.find('.attribution').text()).toBe('وقال الجيش')
    expect(w.find('.scope').exists()).toBe(true)
  })

  it('never renders the article text as HTML', async () => {
    const s = makeSource('666', 'قال <b onclick="x()">المصدر</b> إن 5 قتلى.')
    const c = makeClaim(s, '5', { kind: 'count', lo: 5, hi: 5 })
    const w = await mountCard({ source: s, claims: [c] }, 'en', { ...a, sources: [...a.sources, s], claims: [...a.claims, c] })
    expect(w.find('b').exists()).toBe(false)
    expect(w.find('[data-testid="quote"]').text()).toContain('<b onclick="x()">المصدر</b>')
  })
})
