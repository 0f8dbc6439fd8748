// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import LayoutTopBar from '../../src/ui/components/layout/LayoutTopBar.vue'
import { THEME_KEY } from '../../src/ui/composables/useTheme'
import { plugins } from './helpers'

describe('theme switch', () => {
  beforeEach(() => localStorage.clear())

  it('follows the system by default, pins light or dark on <html data-theme>, and remembers it', async () => {
    const { all } = await plugins('en')
    const w = mount(LayoutTopBar, { global: { plugins: [...all] } })
    const select = w.find('[data-testid="theme-switch"]')
    expect((select.element as HTMLSelectElement).value).toBe('system')
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
    await select.setValue('dark')
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark')
    expect(localStorage.getItem(THEME_KEY)).toBe('dark')
    await select.setValue('system')
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
  })

  it('keeps the skip link and room for more navigation links', async () => {
    const { all } = await plugins('en')
    const w = mount(LayoutTopBar, { global: { plugins: [...all] } })
    expect(w.find('a.skip').text()).toBe('Skip to content')
    expect(w.findAll('nav a').map((a) => a.text()).slice(0, 2)).toEqual(['Overview', 'Sources'])
  })
})
