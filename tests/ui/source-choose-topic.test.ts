// @vitest-environment jsdom
import 'fake-indexeddb/auto'
// On an article's page, "Choose a topic" for a figure in no topic offers the topics of the story
// looked at (the article's own story, when a link opened it from another); with every story shown,
// its own story's topics come first. Starting a topic that the browser cannot save says so and
// stays on the page. Sentences written for these tests.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type VueWrapper } from '@vue/test-utils'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { topicsForSource } from '../../src/core/corpus/workspaceStories'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { useReviewStore } from '../../src/ui/stores/review'
import { ClaimCompareDb, setAppDb } from '../../src/ui/db/schema'
import { makeAnalysis, makeClaim, makeComparison, makeSource, makeTopic } from './fixtures'
import { mountRoute } from './helpers'
import { until } from './until'

beforeAll(() => { Element.prototype.scrollIntoView = vi.fn() })

const built = [makeSource('000', 'أعلن المكتب أن الطريق أغلق 12 يوما.'), makeSource('001', 'قال المكتب إن الطريق أغلق 15 يوما.')]
const imported = [
  makeSource('im1', 'The Osterval floods killed 61 people and cut 40 roads.', { outlet: 'River Post', lang: 'en', origin: 'imported' }),
  makeSource('im2', "Les crues d'Osterval ont fait 64 morts.", { outlet: 'Le Courrier', lang: 'fr', origin: 'imported' }),
]
const c = [
  makeClaim(built[0], '12', { kind: 'duration', lo: 12, hi: 12, unit: 'day' }), makeClaim(built[1], '15', { kind: 'duration', lo: 15, hi: 15, unit: 'day' }),
  makeClaim(imported[0], '61', { kind: 'count', lo: 61, hi: 61 }), makeClaim(imported[1], '64', { kind: 'count', lo: 64, hi: 64 }),
]
const roads = makeClaim(imported[0], '40', { kind: 'count', lo: 40, hi: 40 })
const topics = [makeTopic('road', { label: { en: 'Road closure', ar: 'إغلاق الطريق' } }), makeTopic('toll', { label: { en: 'Flood toll', ar: 'حصيلة الفيضانات' } })]
const analysis = makeAnalysis([...built, ...imported], [...c, roads], topics, [makeComparison('road', 'conflict', c.slice(0, 2)), makeComparison('toll', 'conflict', c.slice(2))], [roads.id])
const stories = [{ id: '000', sources: ['000', '001'], name: null }, { id: 'im1', sources: ['im1', 'im2'], name: { en: 'Floods in Osterval', ar: 'فيضانات أوسترفال' } }]

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null; localStorage.clear() })

async function page(path: string) {
  const m = await mountRoute(path, 'en', analysis)
  useAnalysisStore().receive({ type: 'stories', stories })
  current = m.wrapper
  await until(() => m.wrapper.find('[data-testid="assign-select"]').exists())
  const options = () => m.wrapper.findAll('[data-testid="assign-select"] option').slice(1).map((o) => o.text())
  return { ...m, options }
}

describe('topicsForSource', () => {
  const rows = [{ topic: topics[0], sourceIds: ['000', '001'] }, { topic: topics[1], sourceIds: ['im1', 'im2'] }, { topic: makeTopic('fresh', { story: ['im2'] }), sourceIds: [] }]
  const ids = (rs: typeof rows) => rs.map((r) => r.topic.id)
  it.each([
    { name: 'the story looked at holds the article: its topics', shown: stories[1], source: 'im1', want: ['toll', 'fresh'] },
    { name: 'another story looked at: the article\'s own', shown: stories[0], source: 'im1', want: ['toll', 'fresh'] },
    { name: 'every story shown: all, its own first', shown: null, source: 'im1', want: ['toll', 'fresh', 'road'] },
    { name: 'every story shown, a built-in article: all, its own first', shown: null, source: '001', want: ['road', 'toll', 'fresh'] },
  ])('$name', ({ shown, source, want }) => {
    expect(ids(topicsForSource(rows, stories, shown, source))).toEqual(want)
  })
})

describe('Choose a topic, on an article of one story', () => {
  // (First: a story once chosen is remembered for the tests after.)
  it('with every story shown, offers them all, its own story first', async () => {
    const { options } = await page('/sources/im1')
    expect(options()).toEqual(['Flood toll', 'Road closure'])
  })

  it('offers the topics of the story looked at', async () => {
    const { options } = await page('/sources/im1?story=im1')
    expect(options()).toEqual(['Flood toll'])
  })

  it('opened from another story, offers its own story\'s topics', async () => {
    const { options } = await page('/sources/im1?story=000')
    expect(options()).toEqual(['Flood toll'])
  })

  it('a topic started from a figure that the browser cannot save: said under the figure, and the page stays', async () => {
    const db = new ClaimCompareDb('choose-topic', { indexedDB: new IDBFactory(), IDBKeyRange })
    setAppDb(db)
    const { wrapper, router } = await page('/sources/im1')
    const review = useReviewStore()
    review.start(db)
    await review.setReviewer('Hiba')
    vi.spyOn(db.topics, 'bulkPut').mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))
    await wrapper.find('[data-testid="start-topic"]').trigger('click')
    await until(() => wrapper.find('[data-testid="start-topic-error"]').exists())
    expect(wrapper.find('[data-testid="start-topic-error"]').text()).toContain('The topic was not created.')
    expect(router.currentRoute.value.name).toBe('source')
    expect(await db.topics.count()).toBe(0)
    expect(wrapper.findAll('[data-testid="unassigned-item"]')).toHaveLength(1)
    setAppDb(null)
    db.close()
  })
})
