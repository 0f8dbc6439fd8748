declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/** A digest of the analysis code (src/core) at build time: cached results of other code are not reused. */
declare const __ANALYSIS_VERSION__: string
