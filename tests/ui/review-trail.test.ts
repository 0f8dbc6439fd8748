// @vitest-environment jsdom
// The audit trail is drawn a page at a time: thousands of entries on one topic do not hold up the page.
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { AuditEntry } from '../../src/core/model'
import ReviewAuditTrail from '../../src/ui/components/review/ReviewAuditTrail.vue'
import { fixedClient, plugins } from './helpers'
import { makeAnalysis, makeClaim, makeComparison, makeSource, makeTopic } from './fixtures'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { auditForTopic, correctionAudit, topicCreatedAudit } from '../../src/core/workspace'
import { markdownReport } from '../../src/core/export'

const entries: AuditEntry[] = Array.from({ length: 20_000 }, (_, i) => ({ at: new Date(Date.UTC(2025, 0, 1) + (20_000 - i) * 60_000).toISOString(), reviewer: 'Salma', target: 'topic:bamex-dates', action: 'note', detail: `note ${i}` }))

let current: VueWrapper | null = null
afterEach(() => { current?.unmount(); current = null })

describe('ReviewAuditTrail', () => {
  it('draws the newest page, says how many there are, and shows older ones on demand', async () => {
    const p = await plugins('en')
    const wrapper = mount(ReviewAuditTrail, { props: { entries, quoteOf: () => null }, global: { plugins: [...p.all] } })
    current = wrapper
    expect(wrapper.findAll('[data-testid="audit-entry"]')).toHaveLength(50)
    expect(wrapper.find('[data-testid="audit-entry"]').text()).toContain('note 0')
    expect(wrapper.find('[data-testid="audit-hidden"]').text()).toBe('Showing the latest 50 of 20,000.')
    await wrapper.find('[data-testid="audit-more"]').trigger('click')
    expect(wrapper.findAll('[data-testid="audit-entry"]')).toHaveLength(100)
    expect(wrapper.findAll('[data-testid="audit-entry"]').at(99)!.text()).toContain('note 99')
  })

  it('in Arabic (Latin digits, as the app writes numbers in Arabic), with no English', async () => {
    const p = await plugins('ar')
    const wrapper = mount(ReviewAuditTrail, { props: { entries, quoteOf: () => null }, global: { plugins: [...p.all] } })
    current = wrapper
    expect(wrapper.find('[data-testid="audit-hidden"]').text()).toBe('المعروض: الأحدث 50 من 20,000.')
    expect(wrapper.find('[data-testid="audit-more"]').text()).toBe('عرض الأقدم (50)')
  })

  it('a short trail has no pager', async () => {
    const p = await plugins('en')
    const wrapper = mount(ReviewAuditTrail, { props: { entries: entries.slice(0, 3), quoteOf: () => null }, global: { plugins: [...p.all] } })
    current = wrapper
    expect(wrapper.findAll('[data-testid="audit-entry"]')).toHaveLength(3)
    expect(wrapper.find('[data-testid="audit-more"]').exists()).toBe(false)
  })
})

// A topic made from a candidate: the store writes one "created" entry and one "moved" entry per
// figure, all of one moment. The history shows one row per source, naming it and counting its figures.
describe('ReviewAuditTrail after a candidate is accepted', () => {
  const ar = makeSource('fa1', 'قال الدفاع المدني إن الحريق أصاب 14 عاملاً، ثم قال لاحقاً إن 15 عاملاً أصيبوا.', { outlet: 'الصباح' })
  const en = makeSource('fb2', 'The regional hospital said 23 workers were hurt in the warehouse fire.', { outlet: 'Coastal Times', lang: 'en' })
  const claims = [makeClaim(ar, '14', { kind: 'count', lo: 14, hi: 14 }), makeClaim(ar, '15', { kind: 'count', lo: 15, hi: 15 }), makeClaim(en, '23', { kind: 'count', lo: 23, hi: 23 })]
  const at = '2026-03-12T09:00:00.000Z'
  const topic = { ...makeTopic('user-workers-injured', { label: { en: 'Workers injured', ar: 'العمال المصابون' } }), at, reviewer: 'Amal' }
  const trail = [
    topicCreatedAudit(topic, 'candidate injured|count|people'),
    ...claims.flatMap((c) => correctionAudit(undefined, { claimId: c.id, topicId: topic.id }, { at, reviewer: 'Amal', topicId: null })),
  ]
  const mountTrail = async (locale: 'en' | 'ar') => {
    const p = await plugins(locale)
    await useAnalysisStore().start(fixedClient(makeAnalysis([ar, en], claims, [topic], [makeComparison(topic.id, 'conflict', claims)])))
    const wrapper = mount(ReviewAuditTrail, { props: { entries: auditForTopic(trail, topic.id, claims.map((c) => c.id)), quoteOf: (id: string) => claims.find((c) => c.id === id)?.text ?? null }, global: { plugins: [...p.all] } })
    current = wrapper
    return wrapper.findAll('[data-testid="audit-entry"]').map((r) => r.text())
  }

  it('one row for the topic, one per source (not one per figure)', async () => {
    const rows = await mountTrail('en')
    expect(rows).toHaveLength(3)
    expect(rows[0]).toContain('created a topic: Workers injured (from a candidate topic)')
    expect(rows[1]).toContain('moved 2 figures from الصباح “14” and “15”: automatic placement → Workers injured')
    expect(rows[2]).toContain('moved a figure “23”: automatic placement → Workers injured')
  })

  it('in Arabic, the count agrees with its noun and no English is added', async () => {
    const rows = await mountTrail('ar')
    expect(rows).toHaveLength(3)
    expect(rows[1]).toContain('نُقل من الصباح رقمان «14» و«15»: التوزيع الآلي ← العمال المصابون')
    // Only the reviewer's name and the English outlet's own name are in Latin letters.
    expect(rows.join(' ').replace(/Amal|Coastal Times/g, '')).not.toMatch(/[A-Za-z]/)
  })
})

// The history on the topic's page and in the report come from one place (core/export/trail.ts):
// the same rows, in the same order, in the same words. The trial had found them apart: other
// verdict names, other times, quotes listed otherwise, set-aside figures' steps only on screen.
describe("ReviewAuditTrail reads as the report's history", () => {
  const ar = makeSource('fa1', 'قال الدفاع المدني إن الحريق أصاب 14 عاملاً، ثم قال لاحقاً إن 15 عاملاً أصيبوا.', { outlet: 'الصباح' })
  const en = makeSource('fb2', 'The regional hospital said 23 workers were hurt in the warehouse fire.', { outlet: 'Coastal Times', lang: 'en' })
  const claims = [makeClaim(ar, '14', { kind: 'count', lo: 14, hi: 14 }), makeClaim(ar, '15', { kind: 'count', lo: 15, hi: 15 }), makeClaim(en, '23', { kind: 'count', lo: 23, hi: 23 })]
  const topic = makeTopic('fire', { label: { en: 'Workers injured', ar: 'العمال المصابون' } })
  const analysis = makeAnalysis([ar, en], claims.slice(0, 2), [topic], [makeComparison(topic.id, 'time-series', claims.slice(0, 2))])
  const at = (m: number) => `2026-03-12T09:${String(m).padStart(2, '0')}:00.000Z`
  // The third figure was set aside from the topic: its step is part of the topic's history.
  const setAside = { claims: { [claims[2].id]: { claimId: claims[2].id, status: 'wrong-extraction' as const } }, added: [], topics: [], weights: {} }
  const trail: AuditEntry[] = [
    { at: at(1), reviewer: 'Amal', target: 'topic:fire', action: 'accept', detail: 'time-series' },
    ...claims.slice(0, 2).flatMap((c) => correctionAudit(undefined, { claimId: c.id, topicId: topic.id }, { at: at(2), reviewer: 'Amal', topicId: null })),
    ...correctionAudit(undefined, { claimId: claims[2].id, status: 'wrong-extraction' }, { at: at(3), reviewer: '', topicId: topic.id }),
    { at: at(4), reviewer: 'Amal', target: 'topic:fire', action: 'note', detail: 'Two counts of one day' },
  ]

  for (const lang of ['en', 'ar'] as const) {
    it(`in ${lang === 'en' ? 'English' : 'Arabic'}: every row of the page is a line of the report, in its order`, async () => {
      const p = await plugins(lang)
      await useAnalysisStore().start(fixedClient({ ...analysis, claims }))
      const entries = auditForTopic(trail, topic.id, [...claims.slice(0, 2), claims[2]].map((c) => c.id))
      const w = mount(ReviewAuditTrail, { props: { entries, quoteOf: (id: string) => claims.find((c) => c.id === id)?.text ?? null }, global: { plugins: [...p.all] } })
      current = w
      const page = w.findAll('[data-testid="audit-entry"]').map((r) => r.text().replace(/\s+/g, ' ').trim())
      const md = markdownReport({ analysis: { ...analysis, claims }, reviews: [], corrections: setAside, setAsideFrom: { [claims[2].id]: topic.id } }, { generatedAt: at(5), lang, topicIds: [topic.id], audit: trail })
      const history = md.slice(md.indexOf(lang === 'en' ? '**History:**' : '**السجل:**')).split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).replace(/\\/g, ''))
      expect(page).toHaveLength(4)
      expect(page).toEqual(history)
      // The verdict is named as the report names it, the time in UTC with the day in words.
      expect(page[3]).toContain(lang === 'en' ? 'accepted the verdict: Figures at different times' : 'قبل الحكم: أرقام في أوقات مختلفة')
      expect(page[0]).toMatch(lang === 'en' ? /^12 March 2026, 09:04 UTC · Amal · wrote a note/ : /^12 مارس 2026، الساعة 09:04 بالتوقيت العالمي · Amal · كتب ملاحظة/)
      if (lang === 'ar') expect(page.join(' ').replace(/Amal|Coastal Times|Two counts of one day/g, '')).not.toMatch(/[A-Za-z]/)
    })
  }
})
