// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import LayoutTopBar from '../../src/ui/components/layout/LayoutTopBar.vue'
import { LOCALE_KEY } from '../../src/ui/i18n'
import { plugins } from './helpers'

describe('language switch', () => {
  beforeEach(() => localStorage.clear())

  it('flips the page direction to rtl for Arabic and back, and remembers the choice', async () => {
    const { all } = await plugins('en')
    const wrapper = mount(LayoutTopBar, { global: { plugins: [...all] } })
    await wrapper.vm.$nextTick()
    expect(document.documentElement.dir).toBe('ltr')
    await wrapper.find('[data-testid="lang-switch"]').setValue('ar')
    expect(document.documentElement.dir).toBe('rtl')
    expect(document.documentElement.lang).toBe('ar')
    expect(localStorage.getItem(LOCALE_KEY)).toBe('ar')
    expect(wrapper.text()).toContain('المصادر')
    await wrapper.find('[data-testid="lang-switch"]').setValue('en')
    expect(document.documentElement.dir).toBe('ltr')
    expect(wrapper.text()).toContain('Sources')
  })
})
