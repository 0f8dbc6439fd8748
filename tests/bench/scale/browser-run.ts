// The browser half of bench:scale, on the built app in Chromium: restore a workspace file of N
// sources (until every figure is read and the overview shows them), reload (the analysis is then
// cached: no extraction, no placement, no comparison again) and time the overview drawn, open the
// topic with the most figures, apply a filter.
import { launch, newContext, serve } from '../browser'
import { USABLE_PROBE } from '../probes'

export interface BrowserFigures { importS: number; overviewMs: number; topicMs: number; topicFigures: number; filterMs: number }

/** Time from running `act` in the page to the first frame after `done()` holds (both run in the page). */
const TIMED = `(act, done) => new Promise((resolve) => {
  const start = performance.now()
  const check = () => { if (!done()) return false; obs.disconnect(); requestAnimationFrame(() => resolve(performance.now() - start)); return true }
  const obs = new MutationObserver(check)
  obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  act()
  check()
})`

export async function browserRun(workspace: string, n: number): Promise<BrowserFigures> {
  const server = await serve(process.env.E2E_DIST ?? 'dist', Number(process.env.E2E_PORT ?? 4317))
  const browser = await launch()
  try {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`${server.url}/#/import`)
    const t0 = Date.now()
    await page.getByTestId('workspace-file').setInputFiles(workspace)
    await page.getByTestId('workspace-summary').waitFor({ timeout: 600_000 })
    const saved = Date.now()
    // Every figure read: the status line goes away once the worker has read every article.
    await page.getByTestId('analysis-status').waitFor({ state: 'visible', timeout: 60_000 }).catch(() => {})
    await page.getByTestId('analysis-status').waitFor({ state: 'detached', timeout: 3_600_000 })
    await page.goto(`${server.url}/#/`)
    await page.getByTestId('topic-card').first().waitFor({ timeout: 600_000 })
    const importS = (Date.now() - t0) / 1000
    console.log(`  browser: workspace file of ${n} sources saved in ${((saved - t0) / 1000).toFixed(1)} s; every article read and the overview shown ${importS.toFixed(1)} s after choosing the file`)

    // The overview after a reload, with everything cached.
    await page.waitForTimeout(3000)
    await page.addInitScript(USABLE_PROBE)
    await page.reload()
    await page.waitForFunction(() => (window as unknown as { __usable?: number }).__usable !== undefined, null, { timeout: 600_000 })
    const overviewMs = Math.round(await page.evaluate(() => (window as unknown as { __usable: number }).__usable))

    // The topic with the most figures (the cards say how many independent sources; the link opens it).
    const biggest = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('[data-testid="topic-card"]')]
      return cards.map((c) => ({ id: c.getAttribute('data-topic')!, n: Number((c.querySelector('.count')?.textContent ?? '').replace(/\D/g, '')) })).sort((a, b) => b.n - a.n)[0]?.id
    })
    const topicMs = Math.round(await page.evaluate(`(${TIMED})(
      () => document.querySelector('[data-topic="${biggest}"] h3 a').click(),
      () => document.querySelector('[data-testid="topic-header"]') && document.querySelector('[data-testid="source-column"]'))`) as number)
    const topicFigures = Number(await page.locator('[data-testid="review-panel"] [aria-rowcount]').first().getAttribute('aria-rowcount').catch(() => '0')) || await page.getByTestId('review-claim').count()

    // A filter on the overview: conflicts only.
    await page.goto(`${server.url}/#/`)
    await page.getByTestId('topic-card').first().waitFor()
    const before = await page.getByTestId('shown-count').textContent()
    const filterMs = Math.round(await page.evaluate(`(${TIMED})(
      () => { const s = document.querySelector('[data-testid="filter-verdict"]'); s.value = 'conflict'; s.dispatchEvent(new Event('change', { bubbles: true })) },
      () => document.querySelector('[data-testid="shown-count"]').textContent !== ${JSON.stringify(before)})`) as number)
    console.log(`  browser: overview after a reload ${overviewMs} ms (budget 1500); topic "${biggest}" with ${topicFigures} figures opened in ${topicMs} ms (budget 300); filter ${filterMs} ms (budget 100)`)
    await context.close()
    return { importS, overviewMs, topicMs, topicFigures, filterMs }
  } finally {
    await browser.close()
    server.stop()
  }
}
