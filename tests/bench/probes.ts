// Scripts the browser benches put in the page before it loads (strings: tsx would wrap a function
// with helpers the page does not have).

/** Records performance.now() as `window.__usable` when the first topic card and a row of the coverage matrix are in the page. */
export const USABLE_PROBE = `(() => {
  const seen = () => document.querySelector('[data-testid="topic-card"]') && document.querySelector('[data-testid="coverage-matrix"] tbody tr')
  new MutationObserver((_, obs) => { if (seen()) { window.__usable = performance.now(); obs.disconnect() } }).observe(document, { childList: true, subtree: true })
})()`

/**
 * Records performance.now() as `window.__usable` when the first topic card is in the page and the
 * coverage matrix has a column for each of `sources` sources: a reload counts as done when the
 * overview shows every source, not when it first shows the view kept from before an import.
 */
export const usableWithSources = (sources: number) => `(() => {
  const seen = () => document.querySelector('[data-testid="topic-card"]') && document.querySelector('[data-testid="coverage-matrix"] tbody tr') && document.querySelectorAll('[data-testid="coverage-matrix"] thead th.src').length >= ${sources}
  new MutationObserver((_, obs) => { if (seen()) { window.__usable = performance.now(); obs.disconnect() } }).observe(document, { childList: true, subtree: true })
})()`
