// @vitest-environment jsdom
import 'fake-indexeddb/auto' // before Dexie: liveQuery only runs where a global indexedDB exists
import './chart-env'
// A story is named from what its reports share (the event and the place their titles and texts
// name, never the month they were written in), in the screen's language; an editor renames it,
// the name is kept with the workspace and its history as a topic's; and the story looked at is in
// the URL, so a link opens the same view. Sentences written for these tests.
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { Lang, Source } from '../../src/core/model'
import { storyEvent, storyTitle } from '../../src/core/align/candidateStoryName'
import { givenName, namedStories, renamedStory, type WorkspaceStory } from '../../src/core/corpus/workspaceStories'
import { sayAuditEntry } from '../../src/core/export/words'
import { buildWorkspaceFile, emptyState, mergeWorkspace, parseWorkspace, serializeWorkspace } from '../../src/core/workspace'
import { ClaimCompareDb } from '../../src/ui/db/schema'
import { readState } from '../../src/ui/db/repo'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { useReviewStore } from '../../src/ui/stores/review'
import LayoutStoryPick from '../../src/ui/components/layout/LayoutStoryPick.vue'
import { STORY_KEY } from '../../src/ui/composables/useStory'
import { makeAnalysis, makeClaim, makeComparison, makeSource, makeTopic } from './fixtures'
import { mountRoute } from './helpers'
import { until } from './until'

const report = (id: string, lang: Lang, title: string, text: string): Source => makeSource(id, text, { lang, title, published: '2031-10-14', window: null, origin: 'imported' })

// A flood in a river town, reported in October: every report says "October", some twice.
const flood = [
  report('fl1', 'en', 'Floods leave 61 dead in Osterval', 'In October the floods in Osterval killed 61 people, officials said on Monday. The October rains had not stopped. October storms hit Osterval again.'),
  report('fl2', 'en', 'Osterval buries its dead', 'The floods that struck Osterval on 9 October killed 61 people. Rescuers in Osterval searched through October.'),
  report('fl3', 'fr', 'Osterval sous les eaux', "Les inondations d'octobre ont fait 61 morts à Osterval, selon la préfecture."),
  report('fl4', 'ar', 'الفيضانات تقتل 61 في أوسترفال', 'أودت الفيضانات في أوسترفال بحياة 61 شخصاً في أكتوبر.'),
  report('fl5', 'ar', 'فيضانات أوسترفال', 'ارتفعت حصيلة الفيضانات في أوسترفال إلى 61 قتيلاً.'),
]
// A blast at a port, the same month.
const blast = [
  report('bl1', 'en', 'Explosion at Kerrin port', 'The explosion at the Kerrin port on Monday killed 9 dock workers in October, the harbour office said.'),
  report('bl2', 'en', 'Kerrin counts the cost of the explosion', 'Kerrin officials said the explosion destroyed 40 warehouses in October.'),
]

describe('storyTitle', () => {
  it('names a story by its event and its place, in each language, never by its month', () => {
    expect(storyTitle(flood, blast)).toEqual({ en: 'Floods in Osterval', ar: 'فيضانات أوسترفال' })
    expect(storyTitle(blast, flood)?.en).toBe('Explosion in Kerrin')
  })

  it('reads the event from titles and ledes, as a noun: a verb names none', () => {
    // "struck" is the flood's verb in the English reports; "فيضانات" the Arabic reports' noun, written with the article too.
    expect(storyEvent(flood)).toEqual({ en: 'floods', ar: 'فيضانات' })
    // "اجتاحت" (swept) is said most, but never with the article: the torrents it says swept are the event.
    const swept = [report('v1', 'ar', 'اجتاحت السيول أوسترفال', 'اجتاحت المياه البلدة واجتاحت الحقول.'), report('v2', 'ar', 'اجتاحت السيول البلدة', 'اجتاحت المياه البلدة مساء.')]
    expect(storyEvent(swept).ar).toBe('سيول')
    expect(storyEvent([report('v3', 'ar', 'اجتاحت المياه أوسترفال', 'اجتاحت المياه البلدة.')]).ar).toBeNull()
  })

  it('reads an "-ing" word as the event where a noun stands, not where it is a verb', () => {
    const bombing = [
      report('bo1', 'en', 'Bombing in Valdmar kills 14', 'The bombing of the Valdmar market on Friday killed 14 people.'),
      report('bo2', 'en', "Valdmar mourns after Friday's bombing", 'A bombing at the market in Valdmar left 14 dead, police said.'),
    ]
    expect(storyEvent(bombing).en).toBe('bombing')
    expect(storyTitle(bombing, flood)?.en).toBe('Bombing in Valdmar')
    // "shelling" here is what the guns did: no noun of the event is written, so none is named.
    const shelled = [
      report('sh1', 'en', 'Guns keep shelling Valdmar', 'Artillery kept shelling Valdmar through the night.'),
      report('sh2', 'en', 'Valdmar under fire', 'Batteries were shelling Valdmar again at dawn.'),
    ]
    expect(storyEvent(shelled).en).toBeNull()
  })

  it('keeps the place alone where no report of a language names the event (no English on an Arabic screen)', () => {
    const latin = flood.filter((s) => s.lang !== 'ar')
    const name = storyTitle(latin, blast)!
    expect(name.en).toBe('Floods in Osterval')
    expect(name.ar).toMatch(/^\p{Script=Arabic}[\p{Script=Arabic}\s]*$/u)
  })
})

const stamp = { at: '2031-10-20T09:00:00.000Z', reviewer: 'Hiba' }
const story: WorkspaceStory = { id: 'fl1', sources: ['fl1', 'fl2'], name: { en: 'Floods in Osterval', ar: 'فيضانات أوسترفال' } }

describe('renamedStory', () => {
  it('keeps the new name by the story and writes the history as for a topic', () => {
    const r = renamedStory(story, story.name!, { en: 'Osterval floods 2031', ar: 'فيضانات أوسترفال 2031' }, stamp)!
    expect(r.name).toEqual({ source: 'fl1', label: { en: 'Osterval floods 2031', ar: 'فيضانات أوسترفال 2031' }, ...stamp })
    expect(r.audit).toMatchObject({ target: 'story:fl1', action: 'rename-story', reviewer: 'Hiba' })
    expect(sayAuditEntry(r.audit, 'en')).toEqual({ action: 'renamed the story', detail: 'Floods in Osterval → Osterval floods 2031' })
    expect(sayAuditEntry(r.audit, 'ar')).toEqual({ action: 'غيّر اسم القصة', detail: 'فيضانات أوسترفال ← فيضانات أوسترفال 2031' })
  })

  it('a name in one language names it in both; an empty or unchanged name changes nothing', () => {
    expect(renamedStory(story, story.name!, { en: '', ar: 'سيول أوسترفال' }, stamp)!.name.label).toEqual({ en: 'سيول أوسترفال', ar: 'سيول أوسترفال' })
    expect(renamedStory(story, story.name!, { en: '  ', ar: '' }, stamp)).toBeNull()
    expect(renamedStory(story, story.name!, { ...story.name! }, stamp)).toBeNull()
  })

  it('stays with the story as reports join it or its first report changes: the newest name given to any of its sources', () => {
    const older = { source: 'fl2', label: { en: 'Old', ar: 'قديم' }, at: '2031-10-18T09:00:00.000Z', reviewer: 'A' }
    const newer = { source: 'fl1', label: { en: 'New', ar: 'جديد' }, at: '2031-10-19T09:00:00.000Z', reviewer: 'B' }
    const grown: WorkspaceStory = { id: 'fl0', sources: ['fl0', 'fl1', 'fl2'], name: null }
    expect(givenName(grown, [older, newer])?.label.en).toBe('New')
    expect(namedStories([grown, { id: 'bl1', sources: ['bl1'], name: null }], [older])).toMatchObject([{ name: { en: 'Old' }, renamed: true }, { name: null }])
  })

  it('goes out and comes back with the workspace file; the newer name wins a merge', () => {
    const name = renamedStory(story, story.name!, { en: 'Osterval', ar: 'أوسترفال' }, stamp)!.name
    const text = serializeWorkspace(buildWorkspaceFile({ ...emptyState(), stories: [name] }, stamp.at))
    const parsed = parseWorkspace(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const mine = { ...name, label: { en: 'Mine', ar: 'لي' }, at: '2031-10-19T09:00:00.000Z' }
    const merged = mergeWorkspace({ ...emptyState(), stories: [mine] }, parsed.file, {}, '2031-11-01T00:00:00.000Z')
    expect(merged.ok && merged.state.stories).toEqual([name])
    // A file of a workspace that named no story carries no such field (as files written before).
    expect(serializeWorkspace(buildWorkspaceFile(emptyState(), stamp.at))).not.toContain('"stories"')
  })
})

// The overview of a workspace of two stories.
const built = [makeSource('000', 'أعلن المكتب أن الطريق أغلق 12 يوما.', { outlet: 'Built-in A' }), makeSource('001', 'قال المكتب إن الطريق أغلق 15 يوما.', { outlet: 'Built-in B' })]
const imported = [
  makeSource('im1', 'The Osterval floods killed 61 people.', { outlet: 'River Post', lang: 'en', origin: 'imported', title: 'Osterval floods' }),
  makeSource('im2', "Les crues d'Osterval ont fait 64 morts.", { outlet: 'Le Courrier', lang: 'fr', origin: 'imported', title: "Crues d'Osterval" }),
]
const c = [
  makeClaim(built[0], '12', { kind: 'duration', lo: 12, hi: 12, unit: 'day' }), makeClaim(built[1], '15', { kind: 'duration', lo: 15, hi: 15, unit: 'day' }),
  makeClaim(imported[0], '61', { kind: 'count', lo: 61, hi: 61 }), makeClaim(imported[1], '64', { kind: 'count', lo: 64, hi: 64 }),
]
const analysis = makeAnalysis([...built, ...imported], c, [makeTopic('road', { kind: 'duration' }), makeTopic('toll', { story: ['im1'] })], [makeComparison('road', 'conflict', c.slice(0, 2)), makeComparison('toll', 'conflict', c.slice(2))])
const stories = [{ id: '000', sources: ['000', '001'], name: null }, { id: 'im1', sources: ['im1', 'im2'], name: { en: 'Floods in Osterval', ar: 'فيضانات أوسترفال' } }]

let wrappers: VueWrapper[] = []
afterEach(() => { for (const w of wrappers) w.unmount(); wrappers = []; localStorage.clear() })
let n = 0

async function overview(path: string, locale: 'en' | 'ar' = 'en') {
  const m = await mountRoute(path, locale, analysis)
  useAnalysisStore().receive({ type: 'stories', stories })
  const db = new ClaimCompareDb(`story-name${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange })
  const review = useReviewStore()
  review.start(db)
  await until(() => review.ready)
  const pick = mount(LayoutStoryPick, { global: { plugins: [...m.all] } })
  wrappers.push(m.wrapper, pick)
  await flushPromises()
  const topics = () => m.wrapper.findAll('[data-testid="topic-card"]').map((x) => x.attributes('data-topic'))
  return { ...m, pick, db, review, topics }
}

describe('the story looked at, in the URL', () => {
  it('a link that names a story opens on it; choosing one writes it in the URL, "all" takes it out', async () => {
    const { wrapper, pick, router, topics } = await overview('/?story=im2')
    expect(topics()).toEqual(['toll'])
    expect(wrapper.find('[data-testid="story-name"]').text()).toBe('Floods in Osterval (2 articles)')
    await pick.find('select').setValue('000')
    await until(() => router.currentRoute.value.query.story === '000')
    expect(topics()).toEqual(['road'])
    await wrapper.find('[data-testid="story-all"]').trigger('click')
    await until(() => router.currentRoute.value.query.story === undefined)
    expect(topics().sort()).toEqual(['road', 'toll'])
  })

  it('the story chosen follows the reader to other pages, and stays when the overview filters change', async () => {
    const { router } = await overview('/?story=im1')
    await router.push({ name: 'sources' })
    expect(router.currentRoute.value.query.story).toBe('im1')
    await router.push({ name: 'overview', query: { verdict: 'conflict' } })
    expect(router.currentRoute.value.query).toMatchObject({ story: 'im1', verdict: 'conflict' })
    expect(localStorage.getItem(STORY_KEY)).toBe('im1')
  })
})

describe('renaming a story', () => {
  it('is saved with the workspace and its history, and names it everywhere at once', async () => {
    const { wrapper, pick, db, review } = await overview('/?story=im1')
    await review.setReviewer('Hiba')
    await wrapper.find('[data-testid="story-rename"]').trigger('click')
    expect((wrapper.find('[data-testid="story-name-en"]').element as HTMLInputElement).value).toBe('Floods in Osterval')
    expect((wrapper.find('[data-testid="story-name-ar"]').element as HTMLInputElement).value).toBe('فيضانات أوسترفال')
    await wrapper.find('[data-testid="story-name-en"]').setValue('Osterval floods, autumn 2031')
    await wrapper.find('[data-testid="story-rename-form"]').trigger('submit')
    await until(() => wrapper.find('[data-testid="story-name"]').text().startsWith('Osterval floods, autumn 2031'))
    expect(pick.findAll('option').map((o) => o.text())).toContain('Osterval floods, autumn 2031 (2 articles)')
    const state = await readState(db)
    expect(state.stories).toEqual([expect.objectContaining({ source: 'im1', label: { en: 'Osterval floods, autumn 2031', ar: 'فيضانات أوسترفال' }, reviewer: 'Hiba' })])
    expect(state.audit.filter((e) => e.action === 'rename-story').map((e) => e.detail)).toEqual(['Floods in Osterval ‖ فيضانات أوسترفال → Osterval floods, autumn 2031 ‖ فيضانات أوسترفال'])
    await until(() => wrapper.find('[data-testid="story-history"]').exists())
    expect(wrapper.find('[data-testid="story-history"]').text()).toContain('Floods in Osterval → Osterval floods, autumn 2031')
  })

  it('the built-in articles can be renamed too', async () => {
    const { wrapper } = await overview('/?story=000')
    await wrapper.find('[data-testid="story-rename"]').trigger('click')
    expect((wrapper.find('[data-testid="story-name-en"]').element as HTMLInputElement).value).toBe('Built-in articles')
    await wrapper.find('[data-testid="story-name-en"]').setValue('Road closure')
    await wrapper.find('[data-testid="story-name-ar"]').setValue('إغلاق الطريق')
    await wrapper.find('[data-testid="story-rename-form"]').trigger('submit')
    await until(() => wrapper.find('[data-testid="story-name"]').text().startsWith('Road closure'))
  })

  it('in Arabic: the name isolated in the sentence, counts that agree, no English', async () => {
    const { wrapper } = await overview('/?story=im1', 'ar')
    const shown = wrapper.find('[data-testid="story-shown"]')
    // The name is a <bdi> of its own: a Latin name does not pull the Arabic sentence's full stop out of place.
    expect(shown.find('bdi[data-testid="story-name"]').text()).toBe('فيضانات أوسترفال (مقالان)')
    await wrapper.find('[data-testid="story-rename"]').trigger('click')
    expect(shown.text().replace(/\s+/g, '')).not.toMatch(/[A-Za-z]/)
  })
})
