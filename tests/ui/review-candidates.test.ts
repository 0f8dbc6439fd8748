// @vitest-environment jsdom
// A proposed topic says who gives which figure: whether "14" and "23" are worth comparing depends
// on who says them (and a stray "six" shows as that source's).
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
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
