// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import TopicVerdictBadge from '../../src/ui/components/topic/TopicVerdictBadge.vue'
import type { Verdict } from '../../src/core/model'
import { makeI18n } from '../../src/ui/i18n'

const VERDICTS: [Verdict, string, string][] = [
  ['agree', 'Agree', 'متفقة'],
  ['agree-precision', 'Agree, different precision', 'متفقة بدقة مختلفة'],
  ['conflict', 'Conflict', 'متعارضة'],
  ['single-source', 'Single source', 'مصدر واحد'],
  ['other-scope', 'Different scope', 'نطاق مختلف'],
  ['time-series', 'Time series', 'سلسلة زمنية'],
  ['needs-review', 'Needs review', 'تحتاج مراجعة'],
]

describe('TopicVerdictBadge', () => {
  it.each(VERDICTS)('%s: an icon and the word (never colour alone), in English and Arabic', (verdict, en, ar) => {
    for (const [locale, word] of [['en', en], ['ar', ar]] as const) {
      const w = mount(TopicVerdictBadge, { props: { verdict }, global: { plugins: [makeI18n(locale)] } })
      expect(w.text()).toBe(word)
      expect(w.classes()).toContain(`v-${verdict}`)
      expect(w.attributes('data-verdict')).toBe(verdict)
      const icon = w.find('svg')
      expect(icon.exists()).toBe(true)
      expect(icon.attributes('aria-hidden')).toBe('true')
      expect(icon.find('path').attributes('d')).toBeTruthy()
    }
  })

  it('says "Not judged" for a topic without a verdict', () => {
    const w = mount(TopicVerdictBadge, { props: { verdict: null }, global: { plugins: [makeI18n('en')] } })
    expect(w.text()).toBe('Not judged')
    expect(w.attributes('data-verdict')).toBe('none')
  })

  it('draws a different icon for every verdict', () => {
    const paths = VERDICTS.map(([verdict]) => mount(TopicVerdictBadge, { props: { verdict }, global: { plugins: [makeI18n('en')] } }).find('path').attributes('d'))
    expect(new Set(paths).size).toBe(VERDICTS.length)
  })
})
