// @vitest-environment jsdom
// A text refused as too long says by how much, with the noun agreeing with the number in Arabic
// (10,000,000 takes the singular genitive "حرف", not the accusative "حرفًا" of 11–99).
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ImportDraftCard from '../../src/ui/components/import/ImportDraftCard.vue'
import type { Draft } from '../../src/ui/stores/workspace'
import { plugins } from './helpers'

const draft: Draft = {
  key: 1, fileName: 'archive.txt', status: 'invalid', problem: { code: 'too-large', length: 12_500_000 } as Draft['problem'], hash: '', guess: null, publishedFrom: null, duplicate: null, error: null,
  form: { title: '', outlet: '', via: '', lang: 'ar', kind: 'news', published: '', url: '', text: '' } as unknown as Draft['form'],
}

describe('ImportDraftCard', () => {
  it('says how long a refused text is, and the limit, with nouns that agree', async () => {
    for (const [locale, said] of [['en', '(12,500,000 characters; the limit is 10,000,000 characters)'], ['ar', '(12,500,000 حرف؛ والحد 10,000,000 حرف)']] as const) {
      const p = await plugins(locale)
      const w = mount(ImportDraftCard, { props: { draft }, global: { plugins: [...p.all] } })
      expect(w.find('[data-testid="draft-problem"]').text()).toContain(said)
      w.unmount()
    }
  })

  it('shows a day read from the text as such, and in the Arabic form says the field\'s order and the day in Arabic', async () => {
    const ready: Draft = {
      ...draft, status: 'ready', problem: null, hash: 'sha256:x', guess: { lang: 'ar', detected: 'arb' },
      publishedFrom: { day: '2023-08-11', text: 'الجمعة ١١ أغسطس ٢٠٢٣', start: 10, end: 30, dateline: null },
      form: { ...draft.form, title: 'المكتبة تفتح', published: '2023-08-11', text: 'المكتبة تفتح\nالجمعة ١١ أغسطس ٢٠٢٣' },
    }
    const order = new Intl.DateTimeFormat(navigator.language, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(2001, 10, 22)).map((p) => p.type).filter((t) => t !== 'literal')
    const names: Record<string, string> = { day: 'اليوم', month: 'الشهر', year: 'السنة' }
    const ar = await plugins('ar')
    let w = mount(ImportDraftCard, { props: { draft: ready }, global: { plugins: [...ar.all] } })
    expect(w.find('[data-testid="meta-published"]').element).toHaveProperty('value', '2023-08-11')
    expect(w.find('[data-testid="meta-published-from"]').text()).toBe('قُرئ من النص: «الجمعة ١١ أغسطس ٢٠٢٣». تحقّق منه.')
    expect(w.find('[data-testid="meta-published-order"]').text()).toBe(`يُكتب في الخانة بترتيب: ${order.map((t) => names[t]).join(' / ')}`)
    expect(w.find('[data-testid="meta-published-day"]').text()).toMatch(/11 أغسطس 2023/)
    expect(w.find('[data-testid="meta-published-day"]').text()).not.toMatch(/[A-Za-z]/)
    w.unmount()
    const en = await plugins('en')
    w = mount(ImportDraftCard, { props: { draft: { ...ready, publishedFrom: null } }, global: { plugins: [...en.all] } })
    expect(w.find('[data-testid="meta-published-from"]').exists()).toBe(false)
    expect(w.find('[data-testid="meta-published-order"]').exists()).toBe(false)
    w.unmount()
  })
})
