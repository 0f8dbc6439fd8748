// @vitest-environment jsdom
import 'fake-indexeddb/auto' // before Dexie: liveQuery only runs where a global indexedDB exists
// A proposed topic says who gives which figure: whether "14" and "23" are worth comparing depends
// on who says them (and a stray "six" shows as that source's).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { ClaimCompareDb } from '../../src/ui/db/schema'
import { readState } from '../../src/ui/db/repo'
import { useReviewStore } from '../../src/ui/stores/review'
import { until } from './until'
import ReviewCandidates from '../../src/ui/components/review/ReviewCandidates.vue'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { makeAnalysis, makeClaim, makeSource } from './fixtures'
import { fixedClient, plugins } from './helpers'

const ar = makeSource('fc1', 'قال الدفاع المدني إن الحريق أصاب 14 عاملاً في المستودع.', { outlet: 'الصباح' })
const en = makeSource('fc2', 'The hospital said 23 workers were hurt, six of them badly.', { outlet: 'Coastal Times', lang: 'en' })
const claims = [makeClaim(ar, '14', { kind: 'count', lo: 14, hi: 14 }), makeClaim(en, '23', { kind: 'count', lo: 23, hi: 23 }), makeClaim(en, 'six', { kind: 'count', lo: 6, hi: 6 })]
const analysis = { ...makeAnalysis([ar, en], claims, [], [], claims.map((c) => c.id)), candidates: [{ key: 'injured|count|people', label: { en: 'people injured', ar: 'المصابون' }, entity: '', kind: 'count' as const, unit: null, claims: claims.map((c) => c.id), sources: [ar.id, en.id] }] }

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null })

describe('ReviewCandidates', () => {
  it('names the source of each proposed figure', async () => {
    const p = await plugins('en')
    await useAnalysisStore().start(fixedClient(analysis))
    current = mount(ReviewCandidates, { global: { plugins: [...p.all] } })
    const said = current.findAll('[data-testid="candidate-source"]').map((s) => s.text().replace(/\s+/g, ' '))
    // (English quotation marks in the English interface, as the report writes them.)
    expect(said).toEqual(['الصباح “14”', 'Coastal Times “23” “six”'])
    expect(current.find('[data-testid="candidate"]').text()).toContain('people injured · Count · 2 sources')
  })
})

// Accepting a candidate is one click: the topic takes the name proposed (renamed on its page). The
// history records who accepted it: a reviewer with no name yet is asked for it there, and the same
// click goes through once it is given.
describe('ReviewCandidates: accepting a candidate', () => {
  let n = 0
  async function open(locale: 'en' | 'ar', reviewer: string | null) {
    const p = await plugins(locale, '/import')
    await useAnalysisStore().start(fixedClient(analysis))
    const db = new ClaimCompareDb(`cand${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange })
    const review = useReviewStore()
    review.start(db)
    await until(() => review.ready)
    if (reviewer) await review.setReviewer(reviewer)
    current = mount(ReviewCandidates, { global: { plugins: [...p.all] }, attachTo: document.body })
    return { w: current, db, review, router: p.router }
  }

  it('with a reviewer known, one click makes the topic with its proposed name and opens it', async () => {
    const { w, db, router } = await open('en', 'Nour')
    await w.find('[data-testid="candidate-accept"]').trigger('click')
    await until(() => router.currentRoute.value.name === 'topic')
    const { topics } = (await readState(db)).corrections
    expect(topics).toHaveLength(1)
    expect(topics[0]).toMatchObject({ label: { en: 'people injured', ar: 'المصابون' }, reviewer: 'Nour', kind: 'count' })
    expect(router.currentRoute.value.params.id).toBe(topics[0].id)
    expect(w.find('[data-testid="candidate-ask"]').exists()).toBe(false)
  })

  it('with no name yet, the click asks for it by the candidate, then accepts it without a second click', async () => {
    const { w, db, review, router } = await open('en', null)
    expect(w.find('[data-testid="candidate-accept"]').attributes('disabled')).toBeUndefined()
    await w.find('[data-testid="candidate-accept"]').trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="candidate-ask"]').exists()).toBe(true)
    expect(document.activeElement?.getAttribute('data-testid')).toBe('candidate-name')
    expect((await readState(db)).corrections.topics).toHaveLength(0)
    await w.find('[data-testid="candidate-name"]').setValue('Salma')
    await w.find('[data-testid="candidate-ask"]').trigger('submit')
    await until(() => router.currentRoute.value.name === 'topic')
    expect(review.reviewer).toBe('Salma')
    const { topics } = (await readState(db)).corrections
    expect(topics.map((t) => [t.label.en, t.reviewer])).toEqual([['people injured', 'Salma']])
  })

  it('a save the browser refuses says so and stays: no topic, the candidate still offered, the next click goes through', async () => {
    const { w, db, router } = await open('en', 'Nour')
    const full = vi.spyOn(db.topics, 'bulkPut').mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))
    await w.find('[data-testid="candidate-accept"]').trigger('click')
    await until(() => w.find('[data-testid="candidate-error"]').exists())
    expect(w.find('[data-testid="candidate-error"]').text()).toBe('The topic was not created, and the candidate is still here. The browser’s storage for this site is full: the last change was not saved. Download the workspace, then free some space.')
    expect(router.currentRoute.value.name).toBe('import')
    expect((await readState(db)).corrections.topics).toHaveLength(0)
    expect(w.findAll('[data-testid="candidate"]')).toHaveLength(1)
    full.mockRestore()
    await w.find('[data-testid="candidate-accept"]').trigger('click')
    await until(() => router.currentRoute.value.name === 'topic')
    expect((await readState(db)).corrections.topics).toHaveLength(1)
  })

  it('asks in Arabic, with no English', async () => {
    const { w } = await open('ar', null)
    await w.find('[data-testid="candidate-accept"]').trigger('click')
    await flushPromises()
    const ask = w.find('[data-testid="candidate-ask"]').text()
    expect(ask).toContain('اسمك')
    expect(w.find('[data-testid="candidate-accept"]').text()).toBe('اعتمده موضوعًا')
    expect(ask.replace(/\s+/g, '')).not.toMatch(/[A-Za-z]/)
  })
})
