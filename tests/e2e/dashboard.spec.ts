// The dashboard as a fact-checker uses it, on the built app in Chromium: overview → BAMEX topic →
// the figure in source 001, in English and Arabic, with axe checks and screenshots of each page.
import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

const SCREENS = 'test-results/screens'

/** Fails on serious or critical accessibility violations, naming the rule and the elements. */
async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).analyze()
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`)
  expect(bad).toEqual([])
}

/** Records Content-Security-Policy violations and page errors from the first script on. */
async function watchPage(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  return {
    errors,
    csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  }
}

async function waitForFonts(page: Page) {
  await page.evaluate(async () => { await document.fonts.ready })
}

test('BAMEX: a conflict on the overview, both sources side by side with a timeline, then the figure in source 001; in English and Arabic', async ({ page }) => {
  const watch = await watchPage(page)
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
  await page.reload()

  // The overview: the BAMEX topic is there, marked as a conflict (icon and word), among the first.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where the coverage disagrees')
  const card = page.locator('[data-testid="topic-card"][data-topic="bamex-dates"]')
  await expect(card).toHaveAttribute('data-verdict', 'conflict')
  await expect(card.getByTestId('verdict-badge')).toHaveText('Conflict')
  await expect(card.locator('svg.vicon')).toBeVisible()
  const firstVerdict = await page.getByTestId('topic-card').first().getAttribute('data-verdict')
  expect(['conflict', 'needs-review']).toContain(firstVerdict)
  await expect(page.locator('[data-testid="coverage-matrix"] tr[data-topic="bamex-dates"] td[data-status="differ"]').first()).toBeVisible()
  await expect(page.locator('[data-testid="verdict-chart"] canvas')).toBeVisible()
  await waitForFonts(page)
  await page.screenshot({ path: `${SCREENS}/overview-en.png`, fullPage: true })
  await expectAccessible(page)

  // The topic: the sources side by side, by date, each quote with the figure highlighted; a timeline.
  await card.locator('h3 a').click()
  await expect(page).toHaveURL(/#\/topics\/bamex-dates$/)
  await expect(page.getByTestId('topic-header').getByTestId('verdict-badge')).toHaveText('Conflict')
  const columns = page.getByTestId('source-column')
  await expect(columns).toHaveCount(2)
  await expect(columns.nth(0)).toHaveAttribute('data-source', '000')
  await expect(columns.nth(1)).toHaveAttribute('data-source', '001')
  const [left, right] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()]
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(2)
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1)
  for (const i of [0, 1]) {
    const mark = columns.nth(i).getByTestId('quote-figure').first()
    await expect(mark).toBeVisible()
    expect((await mark.textContent())!.trim().length).toBeGreaterThan(0)
  }
  await expect(columns.nth(1).getByTestId('quote-figure').first()).toContainText('11')
  const chart = page.getByTestId('topic-chart')
  await expect(chart).toHaveAttribute('data-axis', 'time')
  await expect(chart.locator('canvas')).toBeVisible()
  await expect(chart.locator('canvas')).toHaveAttribute('aria-describedby', 'topic-figures-table')
  await expect(page.locator('#topic-figures-table tbody tr')).not.toHaveCount(0)
  await waitForFonts(page)
  await page.screenshot({ path: `${SCREENS}/topic-bamex-en.png`, fullPage: true })
  await expectAccessible(page)

  // The link into source 001 lands on the figure: highlighted, coloured by the verdict, focused, in view.
  await columns.nth(1).getByTestId('open-in-article').first().click()
  await expect(page).toHaveURL(/#\/sources\/001\?claim=001/)
  const figure = page.locator('[data-testid="figure"]:focus')
  await expect(figure).toBeVisible()
  await expect(figure).toHaveAttribute('data-verdict', 'conflict')
  await expect(figure).toContainText('11')
  await expect(figure).toBeInViewport()
  await expect(page.getByTestId('article-text')).toHaveAttribute('dir', 'rtl')
  await waitForFonts(page)
  await page.screenshot({ path: `${SCREENS}/source-001-en.png`, fullPage: true })
  await expectAccessible(page)

  // Arabic: the whole UI turns right to left; back goes to the topic and the overview, still in Arabic.
  await page.getByTestId('lang-switch').selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.getByTestId('legend')).toContainText('الأرقام في هذا المقال')
  await page.locator('[data-testid="figure"].target').scrollIntoViewIfNeeded()
  await waitForFonts(page)
  await page.screenshot({ path: `${SCREENS}/source-001-ar.png`, fullPage: true })
  await expectAccessible(page)

  await page.goBack()
  await expect(page).toHaveURL(/#\/topics\/bamex-dates$/)
  await expect(page.getByTestId('topic-header').getByTestId('verdict-badge')).toHaveText('متعارضة')
  await expect(page.getByTestId('source-column')).toHaveCount(2)
  await expect(page.getByTestId('topic-chart')).toHaveAttribute('data-axis', 'time')
  await waitForFonts(page)
  await page.screenshot({ path: `${SCREENS}/topic-bamex-ar.png`, fullPage: true })
  await expectAccessible(page)

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('حيث تختلف التغطية')
  await expect(page.locator('[data-topic="bamex-dates"] [data-testid="verdict-badge"]').first()).toHaveText('متعارضة')
  await waitForFonts(page)
  await page.screenshot({ path: `${SCREENS}/overview-ar.png`, fullPage: true })
  await expectAccessible(page)

  // Forward again, and back to English.
  await page.goForward()
  await expect(page).toHaveURL(/#\/topics\/bamex-dates$/)
  await page.getByTestId('lang-switch').selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByTestId('topic-header').getByTestId('verdict-badge')).toHaveText('Conflict')

  expect(await watch.csp()).toEqual([])
  expect(watch.errors).toEqual([])
})

test('the page carries a Content-Security-Policy with no inline script and no remote origin, and works under it', async ({ page, request }) => {
  const html = await (await request.get('/')).text()
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("default-src 'self'")
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline'\s*;?\s*script|https?:/)
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  const watch = await watchPage(page)
  await page.goto('/#/topics/bamex-dates')
  await expect(page.getByTestId('topic-chart').locator('canvas')).toBeVisible()
  await page.goto('/#/sources/000')
  await expect(page.getByTestId('article-text')).toBeVisible()
  expect(await watch.csp()).toEqual([])
  expect(watch.errors).toEqual([])
})

test('a deep link to a topic or a filtered overview survives a reload; search folds Arabic spellings', async ({ page }) => {
  await page.goto('/#/?verdict=conflict')
  await expect(page.locator('[data-testid="topic-card"][data-topic="bamex-dates"]')).toBeVisible()
  await expect(page.locator('[data-testid="topic-card"]:not([data-verdict="conflict"])')).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('filter-verdict')).toHaveValue('conflict')
  await page.getByTestId('filter-verdict').selectOption('')
  await page.getByTestId('search').fill('بامكس')
  await expect(page).toHaveURL(/q=/)
  await expect(page.locator('[data-testid="topic-card"][data-topic="bamex-dates"]')).toBeVisible()
  await page.getByTestId('search').fill('بامكسxyz')
  await expect(page.getByTestId('topic-card')).toHaveCount(0)
  await page.goto('/#/topics/bamex-dates')
  await page.reload()
  await expect(page.getByTestId('source-column')).toHaveCount(2)
})

test('everything is reachable by keyboard with a visible focus ring', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('topic-card').first()).toBeVisible()
  const target = page.locator('[data-testid="topic-card"][data-topic="bamex-dates"] h3 a')
  let reached = false
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await target.evaluate((el) => el === document.activeElement)
  }
  expect(reached).toBe(true)
  const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/topics\/bamex-dates$/)
  // The new page starts at the top for the keyboard too: focus is on <main>, and Tab goes on from there.
  await expect(page.locator('main#main')).toBeFocused()
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.getElementById('main')!.contains(document.activeElement))).toBe(true)
})

test('the theme follows the system and can be pinned', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(await bg()).toBe('rgb(21, 23, 28)')
  await page.getByTestId('theme-switch').selectOption('light')
  expect(await bg()).toBe('rgb(251, 250, 247)')
  await page.getByTestId('theme-switch').selectOption('system')
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await bg()).toBe('rgb(251, 250, 247)')
})
