// The review and workspace stores (Dexie on the page) start when a page that reads or changes the
// user's work is first visited, so the overview's first screen does not load them.
import { watch } from 'vue'
import { useRoute } from 'vue-router'

const READ_ONLY = new Set(['overview', 'sources'])

export function useWorkStores() {
  const route = useRoute()
  let started = false
  watch(() => route.name, (name) => {
    if (started || name === undefined || READ_ONLY.has(String(name))) return
    started = true
    void import('../stores/workspace').then(({ useWorkspaceStore }) => useWorkspaceStore().start())
  }, { immediate: true })
}
