// @vitest-environment jsdom
// A workspace holding the built-in articles and a story imported beside them: the reader looks at
// one story at a time. The overview's topics, verdict counts and matrix keep to it, so do the
// candidates; the choice is remembered in this browser, as the theme and the language are.
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import LayoutStoryPick from '../../src/ui/components/layout/LayoutStoryPick.vue'
import ReviewCandidates from '../../src/ui/components/review/ReviewCandidates.vue'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { STORY_KEY } from '../../src/ui/composables/useStory'
import { makeAnalysis, makeClaim, makeComparison, makeSource, makeTopic } from './fixtures'
import { mountRoute } from './helpers'

const built = [makeSource('000', 'أعلن المكتب أن الجسر أغلق 12 يوما.', { outlet: 'Built-in A' }), makeSource('001', 'قال المكتب إن الجسر أغلق 14 يوما.', { outlet: 'Built-in B' })]
const imported = [
  makeSource('imp1', 'The Varnak floods killed 412 people.', { outlet: 'Coastal Times', lang: 'en', origin: 'imported', title: 'Varnak floods' }),
  makeSource('imp2', 'Les crues de Varnak ont fait 415 morts.', { outlet: 'Journal du Sud', lang: 'fr', origin: 'imported', title: 'Crues de Varnak' }),
]
const c = [
  makeClaim(built[0], '12', { kind: 'duration', lo: 12, hi: 12, unit: 'day' }), makeClaim(built[1], '14', { kind: 'duration', lo: 14, hi: 14, unit: 'day' }),
  makeClaim(imported[0], '412', { kind: 'count', lo: 412, hi: 412 }), makeClaim(imported[1], '415', { kind: 'count', lo: 415, hi: 415 }),
]
const closure = makeTopic('closure', { label: { en: 'Bridge closure', ar: 'إغلاق الجسر' }, kind: 'duration' })
const toll = makeTopic('toll', { label: { en: 'Flood death toll', ar: 'حصيلة الفيضانات' }, story: ['imp1'] })
const analysis = {
  ...makeAnalysis([...built, ...imported], c, [closure, toll], [makeComparison('closure', 'conflict', c.slice(0, 2)), makeComparison('toll', 'conflict', c.slice(2))]),
  candidates: [
    { key: 'a', label: { en: 'bridge length', ar: 'طول الجسر' }, entity: '', kind: 'count' as const, unit: null, claims: [c[0].id, c[1].id], sources: ['000', '001'] },
    { key: 'b', label: { en: 'people missing', ar: 'المفقودون' }, entity: '', kind: 'count' as const, unit: null, claims: [c[2].id, c[3].id], sources: ['imp1', 'imp2'] },
  ],
}
const stories = [{ id: '000', sources: ['000', '001'], name: null }, { id: 'imp1', sources: ['imp1', 'imp2'], name: { en: 'Varnak', ar: 'فارناك' } }]

let wrappers: VueWrapper[] = []
afterEach(() => { for (const w of wrappers) w.unmount(); wrappers = []; localStorage.clear() })

async function overview(locale: 'en' | 'ar' = 'en') {
  const { wrapper, all } = await mountRoute('/', locale, analysis)
  useAnalysisStore().receive({ type: 'stories', stories })
  const pick = mount(LayoutStoryPick, { global: { plugins: [...all] } })
  wrappers.push(wrapper, pick)
  await flushPromises()
  const topics = () => wrapper.findAll('[data-testid="topic-card"]').map((x) => x.attributes('data-topic'))
  const columns = () => wrapper.findAll('[data-testid="coverage-matrix"] thead th.src a').map((x) => x.text())
  return { wrapper, pick, all, topics, columns }
}

describe('the story filter', () => {
  it('offers the stories by name, the built-in articles as such', async () => {
    const { pick } = await overview()
    expect(pick.findAll('option').map((o) => o.text())).toEqual(['All stories', 'Built-in articles (2 articles)', 'Varnak (2 articles)'])
  })

  it('keeps the overview, its matrix and the candidates to the story chosen, and remembers it', async () => {
    const { wrapper, pick, all, topics, columns } = await overview()
    await pick.find('select').setValue('')
    expect(topics().sort()).toEqual(['closure', 'toll'])
    await pick.find('select').setValue('imp1')
    await flushPromises()
    expect(topics()).toEqual(['toll'])
    expect(columns()).toEqual(['Coastal Times', 'Journal du Sud'])
    expect(wrapper.find('[data-testid="shown-count"]').text()).toBe('Showing 1 of 1 topic')
    expect(wrapper.find('[data-testid="story-shown"]').text()).toContain('Showing one story: Varnak (2 articles).')
    expect(localStorage.getItem(STORY_KEY)).toBe('imp1')
    const cands = mount(ReviewCandidates, { global: { plugins: [...all] } })
    wrappers.push(cands)
    expect(cands.findAll('[data-testid="candidate"]').map((x) => x.find('strong').text())).toEqual(['people missing'])
    // Back to everything from the overview itself.
    await wrapper.find('[data-testid="story-all"]').trigger('click')
    await flushPromises()
    expect(topics().sort()).toEqual(['closure', 'toll'])
    expect(localStorage.getItem(STORY_KEY)).toBeNull()
  })

  it('in Arabic, with counts that agree and no English', async () => {
    const { wrapper, pick } = await overview('ar')
    await pick.find('select').setValue('000')
    await flushPromises()
    expect(pick.findAll('option').map((o) => o.text())).toEqual(['كل القصص', 'المقالات المدمجة (مقالان)', 'فارناك (مقالان)'])
    expect(wrapper.find('[data-testid="story-shown"]').text()).toContain('المعروض قصة واحدة: المقالات المدمجة (مقالان).')
    expect(pick.text().replace(/\s+/g, '')).not.toMatch(/[A-Za-z]/)
  })

  it('a workspace of one story offers no choice and shows everything', async () => {
    const { wrapper, pick, topics } = await overview()
    localStorage.setItem(STORY_KEY, 'imp1')
    useAnalysisStore().receive({ type: 'stories', stories: [{ id: '000', sources: ['000', '001', 'imp1', 'imp2'], name: null }] })
    await flushPromises()
    expect(pick.find('select').exists()).toBe(false)
    expect(wrapper.find('[data-testid="story-shown"]').exists()).toBe(false)
    expect(topics().sort()).toEqual(['closure', 'toll'])
  })
})
