// The page's thread with 5 MB imported, in Chromium on the built app (issue 13 §3):
//  1. the longest main-thread task (PerformanceObserver "longtask") from the paste of a 5 MB text
//     to its figures shown, and for 3 s after (budget: none over 200 ms);
//  2. a review action reflected on screen, from the click to the next frame showing it (budget
//     < 100 ms): a verdict override on the topic's header, a figure marked as a wrong extraction
//     in the set-aside list; and the time until the topic's verdict is judged again without it;
//  3. a reload with the 5 MB imported: navigation start to the overview drawn with the imported
//     source in it (budget < 2 s), without extracting it again; once right after the last change
//     (printed: the view kept for the next session is written 1 s after the analysis settles) and
//     once after the work has settled (the budget).
// Run: npm run bench:responsive [-- --dist dir] (exits 1 when a budget is missed).
import { readFileSync } from 'node:fs'
import { launch, newContext, serve } from './browser'
import { usableWithSources } from './probes'

const args = process.argv.slice(2)
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist'
const port = Number(process.env.E2E_PORT ?? 4317)
const article = readFileSync('data/sources/001.txt', 'utf8')

const server = await serve(dist, port)
const browser = await launch()
const figures: Record<string, number> = {}
try {
  const context = await newContext(browser)
  const page = await context.newPage()
  await page.goto(`${server.url}/#/import`)
  await page.getByTestId('paste-text').waitFor()
  await page.evaluate(`(() => {
    window.__long = []
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ at: Math.round(e.startTime), ms: Math.round(e.duration) }) }).observe({ type: 'longtask' })
  })()`)
  // The text is made in the page: handing 5 MB over from here would itself be a page task.
  const t0 = await page.getByTestId('paste-text').evaluate((el, text) => {
    const data = new DataTransfer()
    data.setData('text/plain', `${text}\n`.repeat(Math.ceil(5_000_000 / (text.length + 1))))
    const at = performance.now()
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    return at
  }, article)
  const draft = page.getByTestId('draft')
  await draft.waitFor()
  await page.waitForFunction(() => document.querySelector('[data-testid="draft"]')?.getAttribute('data-status') === 'ready', null, { timeout: 60_000 })
  await draft.getByTestId('meta-title').fill('Five megabytes')
  await draft.getByTestId('draft-save').click()
  await page.getByTestId('figures-count').waitFor({ timeout: 300_000 })
  const shown = await page.evaluate(() => performance.now())
  await page.waitForTimeout(3000)
  const long = await page.evaluate(() => (window as unknown as { __long: { at: number; ms: number }[] }).__long)
  const during = long.filter((t) => t.at >= t0)
  figures.importMs = Math.round(shown - t0)
  figures.longestTask = Math.max(0, ...during.map((t) => t.ms))
  console.log(`5 MB import: paste to figures shown ${figures.importMs} ms; main-thread tasks over 50 ms: ${during.length}${during.length ? ` (${during.map((t) => `${t.ms} ms at +${t.at - Math.round(t0)}`).join(', ')})` : ''}; longest ${figures.longestTask} ms (budget 200)`)

  // A review action on a topic the import fills with hundreds of figures.
  await page.goto(`${server.url}/#/topics/bamex-dates`)
  const panel = page.getByTestId('review-panel')
  await panel.waitFor({ timeout: 60_000 })
  await panel.getByTestId('reviewer-name').fill('Bench')
  await panel.getByTestId('reviewer-save').click()
  await panel.getByTestId('reviewer-current').waitFor()
  await panel.getByTestId('decision-override').check()
  await panel.getByTestId('override-verdict').selectOption('other-scope')
  await panel.getByTestId('override-reason').fill('bench')
  figures.decisionMs = await page.evaluate(() => new Promise<number>((resolve) => {
    const badge = () => document.querySelector('[data-testid="topic-header"] [data-testid="verdict-badge"]')
    const start = performance.now()
    const obs = new MutationObserver(() => {
      if (badge()?.getAttribute('data-verdict') !== 'other-scope') return
      obs.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    ;(document.querySelector('[data-testid="decision-save"]') as HTMLButtonElement).click()
  }))
  // A long list draws only what is on screen; its length is in aria-rowcount.
  const claimCount = Number(await panel.locator('[aria-rowcount]').first().getAttribute('aria-rowcount').catch(() => null)) || await panel.getByTestId('review-claim').count()
  const marked = await page.evaluate(() => new Promise<{ shown: number; judged: number }>((resolve) => {
    const row = document.querySelector('[data-testid="review-claim"]') as HTMLElement
    const sel = `[data-testid="review-claim"][data-claim="${CSS.escape(row.getAttribute('data-claim')!)}"]`
    const start = performance.now()
    let shown = -1
    const check = () => {
      // Shown: listed as set aside (this tab's review store); judged again: no longer among the
      // topic's figures (the worker's new comparison).
      if (shown < 0 && document.querySelector(`[data-testid="set-aside"] ${sel}`)) {
        const at = performance.now()
        requestAnimationFrame(() => { shown = at - start + (performance.now() - at) })
      }
      if (document.querySelectorAll(sel).length === 1 && document.querySelector(`[data-testid="set-aside"] ${sel}`)) {
        obs.disconnect()
        const at = performance.now()
        requestAnimationFrame(() => { const judged = performance.now() - start; const wait = () => (shown < 0 ? requestAnimationFrame(wait) : resolve({ shown, judged })); void at; wait() })
      }
    }
    const obs = new MutationObserver(check)
    obs.observe(document.body, { subtree: true, childList: true, attributes: true })
    const select = row.querySelector('[data-testid="claim-status"]') as HTMLSelectElement
    select.value = 'wrong-extraction'
    select.dispatchEvent(new Event('change', { bubbles: true }))
  }))
  figures.markMs = Math.round(marked.shown)
  figures.decisionMs = Math.round(figures.decisionMs)
  console.log(`review with 5 MB imported (topic with ${claimCount} figures): override shown in ${figures.decisionMs} ms; figure marked shown in ${figures.markMs} ms (budget 100); topic judged again in ${Math.round(marked.judged)} ms`)

  // Reload: the overview again, nothing extracted again.
  await page.goto(`${server.url}/#/`)
  await page.waitForSelector('[data-testid="topic-card"]')
  // The five embedded sources and the import (a first view kept from before the import has five).
  await page.addInitScript(usableWithSources(6))
  const reload = async () => {
    await page.reload()
    await page.waitForFunction(() => (window as unknown as { __usable?: number }).__usable !== undefined, null, { timeout: 60_000 })
    return Math.round(await page.evaluate(() => (window as unknown as { __usable: number }).__usable))
  }
  // Right after the last change the view kept for the next session is not written yet (the worker
  // writes it once the analysis has stayed unchanged 1 s): the page shows the older one, then the
  // analysis. Printed, not budgeted: a reload a second after a change is the exception.
  const early = await reload()
  // The reload a reviewer makes later: the kept view holds the import (the budget).
  await page.waitForTimeout(2500)
  figures.reloadMs = await reload()
  const cols = await page.locator('[data-testid="coverage-matrix"] thead th.src').count()
  console.log(`reload with 5 MB imported: overview drawn ${figures.reloadMs} ms after navigation start (budget 2000), ${cols} sources in the matrix; right after a change ${early} ms`)
  await context.close()
} finally {
  await browser.close()
  server.stop()
}
const missed = [figures.longestTask >= 200 && 'longest task', figures.decisionMs >= 100 && 'override shown', figures.markMs >= 100 && 'mark shown', figures.reloadMs >= 2000 && 'reload'].filter(Boolean)
if (missed.length) { console.error(`budget missed: ${missed.join(', ')}`); process.exit(1) }
console.log('all budgets met')
