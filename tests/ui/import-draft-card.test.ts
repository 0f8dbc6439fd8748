// @vitest-environment jsdom
// A text refused as too long says by how much, with the noun agreeing with the number in Arabic
// (10,000,000 takes the singular genitive "حرف", not the accusative "حرفًا" of 11–99).
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ImportDraftCard from '../../src/ui/components/import/ImportDraftCard.vue'
import type { Draft } from '../../src/ui/stores/workspace'
import { plugins } from './helpers'

const draft: Draft = {
  key: 1, fileName: 'archive.txt', status: 'invalid', problem: { code: 'too-large', length: 12_500_000 } as Draft['problem'], hash: '', guess: null, duplicate: null, error: null,
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
})
