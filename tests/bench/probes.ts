// Scripts the browser benches put in the page before it loads (strings: tsx would wrap a function
// with helpers the page does not have).

/** Records performance.now() as `window.__usable` when the first topic card and a row of the coverage matrix are in the page. */
export const USABLE_PROBE = `(() => {
  const seen = () => document.querySelector('[data-testid="topic-card"]') && document.querySelector('[data-testid="coverage-matrix"] tbody tr')
  new MutationObserver((_, obs) => { if (seen()) { window.__usable = performance.now(); obs.disconnect() } }).observe(document, { childList: true, subtree: true })
})()`
