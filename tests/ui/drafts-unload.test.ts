// @vitest-environment jsdom
// Import drafts live in memory until saved: while there are any, a reload or a closed tab asks first.
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { useWorkspaceStore } from '../../src/ui/stores/workspace'

const unload = () => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented }

describe('unsaved import drafts', () => {
  it('make the browser ask before the page is left, and stop once none is left', async () => {
    setActivePinia(createPinia())
    const workspace = useWorkspaceStore()
    expect(unload()).toBe(false)
    workspace.addRefused('report.pdf', { code: 'unsupported-file', name: 'report.pdf' })
    await nextTick()
    expect(unload()).toBe(true)
    workspace.discard(workspace.drafts[0].key)
    await nextTick()
    expect(unload()).toBe(false)
  })
})
