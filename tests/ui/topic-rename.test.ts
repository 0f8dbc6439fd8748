// @vitest-environment jsdom
// A topic accepted from a candidate in one click takes the name proposed; its page renames it, in
// both languages, and the history says so in the reader's language.
import 'fake-indexeddb/auto' // before Dexie: liveQuery only runs where a global indexedDB exists
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import ReviewTopicName from '../../src/ui/components/review/ReviewTopicName.vue'
import { ClaimCompareDb } from '../../src/ui/db/schema'
import { readState } from '../../src/ui/db/repo'
import { useReviewStore } from '../../src/ui/stores/review'
import { renamedTopic, type StoredTopic } from '../../src/core/workspace'
import { sayAuditEntry } from '../../src/core/export/words'
import { plugins } from './helpers'
import { until } from './until'

const topic: StoredTopic = { id: 'user-people-injured', label: { en: 'people injured', ar: 'المصابون' }, entity: { name: '', aliases: [] }, measure: 'injured', kind: 'count', cues: [], concept: 'injured', at: '2026-03-01T08:00:00.000Z', reviewer: 'Nour' }
const stamp = { at: '2026-03-02T10:00:00.000Z', reviewer: 'Salma' }

describe('renamedTopic', () => {
  it('gives the topic its new name and the history an entry read in either language', () => {
    const r = renamedTopic(topic, { en: 'Workers injured', ar: 'العمال المصابون' }, stamp)!
    expect(r.topic.label).toEqual({ en: 'Workers injured', ar: 'العمال المصابون' })
    // The topic keeps the moment and the name of its making.
    expect(r.topic).toMatchObject({ at: topic.at, reviewer: 'Nour', concept: 'injured' })
    expect(r.audit).toMatchObject({ at: stamp.at, reviewer: 'Salma', target: 'topic:user-people-injured', action: 'rename-topic' })
    expect(sayAuditEntry(r.audit, 'en')).toEqual({ action: 'renamed the topic', detail: 'people injured → Workers injured' })
    expect(sayAuditEntry(r.audit, 'ar')).toEqual({ action: 'غيّر اسم الموضوع', detail: 'المصابون ← العمال المصابون' })
  })

  it('a rename of the English name alone reads, in Arabic, as the name that changed', () => {
    const r = renamedTopic(topic, { en: 'Workers injured', ar: 'المصابون' }, stamp)!
    expect(r.topic.label).toEqual({ en: 'Workers injured', ar: 'المصابون' })
    expect(sayAuditEntry(r.audit, 'en').detail).toBe('people injured → Workers injured')
    expect(sayAuditEntry(r.audit, 'ar').detail).toBe('people injured ← Workers injured')
  })

  it('a name given in one language names the topic in both; an empty or unchanged one changes nothing', () => {
    expect(renamedTopic(topic, { en: 'Workers hurt', ar: '' }, stamp)!.topic.label).toEqual({ en: 'Workers hurt', ar: 'Workers hurt' })
    expect(renamedTopic(topic, { en: ' ', ar: '' }, stamp)).toBeNull()
    expect(renamedTopic(topic, { en: 'people injured', ar: 'المصابون' }, stamp)).toBeNull()
  })
})

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null })

describe('ReviewTopicName', () => {
  it("renames a reviewer's topic and records it; a curated topic has no such button", async () => {
    const p = await plugins('en')
    const db = new ClaimCompareDb('rename1', { indexedDB: new IDBFactory(), IDBKeyRange })
    await db.topics.put(topic)
    const review = useReviewStore()
    review.start(db)
    await until(() => review.userTopics.length === 1)
    await review.setReviewer('Salma')
    current = mount(ReviewTopicName, { props: { topicId: topic.id }, global: { plugins: [...p.all] } })
    await current.find('[data-testid="topic-rename"]').trigger('click')
    expect((current.find('[data-testid="topic-label-en"]').element as HTMLInputElement).value).toBe('people injured')
    await current.find('[data-testid="topic-label-en"]').setValue('Workers injured')
    await current.find('form').trigger('submit')
    await until(() => review.userTopics[0]?.label.en === 'Workers injured')
    const state = await readState(db)
    expect(state.corrections.topics[0].label).toEqual({ en: 'Workers injured', ar: 'المصابون' })
    expect(state.audit.filter((e) => e.action === 'rename-topic').map((e) => e.detail)).toEqual(['people injured ‖ المصابون → Workers injured ‖ المصابون'])
    const curated = mount(ReviewTopicName, { props: { topicId: 'bridge-closure' }, global: { plugins: [...p.all] } })
    expect(curated.find('[data-testid="topic-rename"]').exists()).toBe(false)
    curated.unmount()
  })
})
