// @vitest-environment jsdom
// A figure an article states twice (its headline restating its text) is one figure wherever a page
// counts figures per source: the topic card, the coverage matrix and the article's page count it
// once and say so (issue 11). Sentences written for these tests.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import TopicCard from '../../src/ui/components/topic/TopicCard.vue'
import OverviewCoverage from '../../src/ui/components/overview/OverviewCoverage.vue'
import { coverageMatrix } from '../../src/core/charts/coverage'
import { topicRows } from '../../src/core/charts/topics'
import { statedCount, statements } from '../../src/core/charts/restated'
import type { Claim } from '../../src/core/model'
import { makeAnalysis, makeClaim, makeComparison, makeSource, makeTopic } from './fixtures'
import { mountRoute, plugins } from './helpers'

beforeAll(() => { Element.prototype.scrollIntoView = vi.fn() })

// Headline and text of one report give 61; the text also gives 12 missing, and a second body says 61 too.
const post = makeSource('rp', '61 dead in Osterval floods\nThe floods in Osterval killed 61 people and 12 are missing. The mayor said 61 had died.', { outlet: 'River Post', lang: 'en' })
const courier = makeSource('lc', "Les crues d'Osterval ont fait 64 morts.", { outlet: 'Le Courrier', lang: 'fr' })
const count = (n: number) => ({ kind: 'count' as const, lo: n, hi: n })
const headline = makeClaim(post, '61', count(61))
const body = makeClaim(post, '61', count(61), {}, 2)
const mayor = makeClaim(post, '61', count(61), { attribution: { who: 'the mayor', cue: 'said', span: { start: 0, end: 0 } } }, 3)
const missing = makeClaim(post, '12', count(12), { counted: 'missing' })
const other = makeClaim(courier, '64', count(64))
const analysis = makeAnalysis([post, courier], [headline, body, mayor, missing, other], [makeTopic('toll', { label: { en: 'Death toll', ar: 'حصيلة القتلى' } })], [makeComparison('toll', 'conflict', [headline, body, mayor, other])], [missing.id])
const rows = topicRows(analysis)
const sources = new Map(analysis.sources.map((s) => [s.id, s]))

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null })

describe('statements', () => {
  const speaker = (who: string) => ({ attribution: { who, cue: 'said', span: { start: 0, end: 0 } } })
  const cases: { name: string; claims: Claim[]; topic?: (c: Claim) => string; figures: number }[] = [
    { name: 'a headline restating its text: one', claims: [headline, body], figures: 1 },
    { name: 'an unattributed headline restates the speaker the text names: one', claims: [headline, mayor], figures: 1 },
    { name: 'the same number from two speakers: two voices', claims: [{ ...headline, ...speaker('the mayor') }, { ...body, ...speaker('the police') }], figures: 2 },
    { name: 'the same number about two things (dead and missing, say): two', claims: [headline, { ...missing, quantity: headline.quantity }], topic: (c) => (c.id === missing.id ? 'missing' : 'toll'), figures: 2 },
    { name: 'in no topic, a headline\'s bare number restates the text\'s "61 people": one', claims: [headline, { ...body, counted: 'people' }], figures: 1 },
    { name: 'in no topic, 61 people and 61 homes: two', claims: [{ ...headline, counted: 'homes' }, { ...body, counted: 'people' }], figures: 2 },
    { name: 'another value: two', claims: [headline, missing], topic: () => 'toll', figures: 2 },
    { name: '"about 61" and "61" are not said alike: two', claims: [headline, { ...body, quantity: { ...body.quantity, qualifier: 'about' } }], figures: 2 },
  ]
  it.each(cases)('$name', ({ claims, topic, figures }) => {
    expect(statements(claims, topic).length).toBe(figures)
    expect(statedCount(claims, topic)).toEqual({ figures, restated: claims.length - figures })
  })
  it('keeps the first of each figure, in the order they come', () => {
    expect(statements([headline, missing, body]).map((g) => g.map((c) => c.id))).toEqual([[headline.id, body.id], [missing.id]])
  })
})

describe('where a page counts figures per source', () => {
  it('the topic card gives a restated value once and says it was repeated', async () => {
    const { all } = await plugins('en')
    current = mount(TopicCard, { props: { row: rows[0], sources }, global: { plugins: [...all] } })
    const mine = current.findAll('.values li').find((li) => li.text().includes('River Post'))!
    expect(mine.find('.val').text()).toBe('61')
    expect(mine.find('[data-testid="restated"]').text()).toBe('repeated in the article: 2 figures, counted once')
  })

  it('the same in Arabic, with the noun agreeing and no English', async () => {
    const { all } = await plugins('ar')
    current = mount(TopicCard, { props: { row: rows[0], sources }, global: { plugins: [...all] } })
    const note = current.find('[data-testid="restated"]').text()
    expect(note).toBe('المكرر في المقال: رقمان، لا يُحسب مرتين')
  })

  it('the coverage matrix counts one figure, not "×3"', async () => {
    const { all } = await plugins('en')
    current = mount(OverviewCoverage, { props: { matrix: coverageMatrix(rows, analysis.sources) }, global: { plugins: [...all] } })
    const cell = current.findAll('tr[data-topic="toll"] td[data-status]').find((td) => td.find('a[href^="/sources/rp"]').exists())!
    expect(cell.text()).not.toContain('×')
    expect(cell.find('[data-testid="cell-restated"]').text()).toBe('repeated in the article: 2 figures, counted once')
  })

  it('in a topic, one value counted by two nouns ("61 dead", "61 people") is one figure, on the card and in the matrix', async () => {
    const dead = { ...headline, counted: 'dead' }
    const people = { ...body, counted: 'people' }
    const a = makeAnalysis([post, courier], [dead, people, other], [makeTopic('toll', { label: { en: 'Death toll', ar: 'حصيلة القتلى' } })], [makeComparison('toll', 'conflict', [dead, people, other])])
    const r = topicRows(a)
    const matrix = coverageMatrix(r, a.sources)
    expect(matrix.rows[0].cells.find((c) => c.sourceId === post.id)).toMatchObject({ figures: 1, restated: 1 })
    const { all } = await plugins('en')
    current = mount(TopicCard, { props: { row: r[0], sources }, global: { plugins: [...all] } })
    const mine = current.findAll('.values li').find((li) => li.text().includes('River Post'))!
    expect(mine.find('.val').text()).toBe('61')
  })

  it("the article's page counts its figures with a restatement once, and says how many were repeated", async () => {
    const { wrapper } = await mountRoute('/sources/rp', 'en', analysis)
    current = wrapper
    expect(wrapper.find('[data-testid="figure-count"]').text()).toBe('Figures in this article: 2')
    expect(wrapper.find('[data-testid="figure-restated"]').text()).toContain('repeated: 2 figures')
    // Every figure is still highlighted in the text: only the count folds them.
    expect(wrapper.findAll('[data-testid="figure"]')).toHaveLength(4)
  })
})
