import { createRouter, createWebHashHistory, type RouterHistory } from 'vue-router'

// Hash history: deep links work from `vite preview`, a static host or a file, with no server rewrites.
export function makeRouter(history: RouterHistory = createWebHashHistory()) {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'overview', component: () => import('./views/SourcesView.vue') },
      { path: '/sources', name: 'sources', component: () => import('./views/SourcesView.vue') },
      { path: '/sources/:id', name: 'source', component: () => import('./views/SourceView.vue'), props: true },
    ],
    scrollBehavior(to) {
      return to.hash ? { el: to.hash } : { top: 0 }
    },
  })
}
