import { createRouter, createWebHashHistory, type RouterHistory } from 'vue-router'
import { keepStoryInUrl } from './composables/useStory'

// Hash history: deep links work from `vite preview`, a static host or a file, with no server rewrites.
// Routes: `/` overview, `/topics/:id` one comparison, `/sources` the list, `/sources/:id?claim=<claimId>`
// an article scrolled to one figure. (Review and exchange routes such as /import and /export go below.)
const TopicView = () => import('./views/TopicView.vue')

/** Fetches the topic page's code (and its chart's) while the reader looks at the overview, so opening a topic does not wait for it. */
export function prefetchTopicPage(): void {
  void TopicView().catch(() => { /* fetched again when the page is opened */ })
}

export function makeRouter(history: RouterHistory = createWebHashHistory()) {
  const router = createRouter({
    history,
    routes: [
      { path: '/', name: 'overview', component: () => import('./views/OverviewView.vue') },
      { path: '/topics/:id', name: 'topic', component: TopicView, props: true },
      { path: '/sources', name: 'sources', component: () => import('./views/SourcesView.vue') },
      { path: '/sources/:id', name: 'source', component: () => import('./views/SourceView.vue'), props: true },
      // More routes (import, export) are added here.
      { path: '/import', name: 'import', component: () => import('./views/ImportView.vue') },
      { path: '/export', name: 'export', component: () => import('./views/ExportView.vue') },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
    scrollBehavior(to, from, saved) {
      if (saved) return saved
      // A link to one figure: the source view scrolls to it and focuses it once the text is drawn.
      if (to.name === 'source' && to.query.claim) return false
      if (to.path === from.path) return false
      return to.hash ? { el: to.hash } : { top: 0 }
    },
  })
  keepStoryInUrl(router)
  return router
}
