import { nextTick } from 'vue'
import { useRouter } from 'vue-router'

/**
 * After moving to another page, focus moves to <main> (as a page load would put it at the top), so
 * keyboard and screen-reader users start on the new page, not on a link that is gone. Not for
 * changes of the query alone (filters, search) nor for links to one figure (the page focuses it).
 */
export function useRouteFocus() {
  const router = useRouter()
  router.afterEach((to, from) => {
    if (!from.matched.length || to.path === from.path || to.query.claim) return
    void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }))
  })
}
