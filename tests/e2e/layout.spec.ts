// Layout, direction and contrast on the built app: no page scrolls sideways on a phone, the
// Arabic chart axis runs right to left, the dark theme passes axe, and the coverage matrix shows
// ten sources at desktop width with its topic column fixed when it scrolls on a phone.
import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { buildWorkspaceFile, manualClaim, serializeWorkspace, textHash, type StoredSource } from '../../src/core/workspace'

const PHONE = { width: 390, height: 844 }
const PAGES: [string, string][] = [['overview', '/#/'], ['topic', '/#/topics/bamex-dates'], ['source', '/#/sources/001'], ['import', '/#/import'], ['export', '/#/export']]

async function open(page: Page, path: string, lang: 'en' | 'ar', theme: 'light' | 'dark' = 'light') {
  await page.addInitScript(([l, t]) => { localStorage.setItem('claim-compare.locale', l); localStorage.setItem('claim-compare.theme', t) }, [lang, theme])
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.evaluate(async () => { await document.fonts.ready })
}

test('at 390 × 844 no page scrolls sideways, in English and Arabic; wide tables scroll in their own box', async ({ browser }) => {
  const widths: string[] = []
  for (const lang of ['en', 'ar'] as const) {
    const page = await browser.newPage({ viewport: PHONE })
    for (const [name, path] of PAGES) {
      await open(page, path, lang)
      if (name === 'topic') await expect(page.getByTestId('figure-table')).toBeVisible()
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      widths.push(`${lang} ${name}: ${width}`)
      expect(width, `${lang} ${name}`).toBeLessThanOrEqual(PHONE.width)
    }
    // The matrix scrolls inside its box, which says so, and its topic column stays where it is.
    await open(page, '/#/', lang)
    const box = page.getByTestId('coverage-matrix').locator('xpath=..')
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    await expect(page.getByTestId('scroll-hint').first()).toBeVisible()
    const topicCell = page.locator('[data-testid="coverage-matrix"] tbody tr').first().locator('th')
    const before = await topicCell.boundingBox()
    await box.evaluate((el) => { el.scrollLeft = el.scrollWidth * (document.dir === 'rtl' ? -1 : 1) })
    expect(Math.abs((await topicCell.boundingBox())!.x - before!.x)).toBeLessThan(1)
    await page.close()
  }
  console.log(`scrollWidth at 390 px: ${widths.join(', ')}`)
})

test('the value axis of the Arabic chart runs right to left, the English one left to right', async ({ browser }) => {
  for (const [lang, rtl] of [['ar', true], ['en', false]] as const) {
    const page = await browser.newPage()
    await open(page, '/#/topics/wagner-personnel', lang)
    const canvas = page.getByTestId('topic-chart').locator('canvas')
    await expect(canvas).toHaveAttribute('data-low-x', /\d/)
    const [low, high] = await canvas.evaluate((c) => [Number(c.dataset.lowX), Number(c.dataset.highX)])
    // The lowest tick is drawn on the right in Arabic, on the left in English.
    expect(low > high, `${lang}: lowest value at x=${low}, highest at x=${high}`).toBe(rtl)
    await page.close()
  }
})

test('axe finds no serious violation in the dark theme; native controls are dark too', async ({ page }) => {
  for (const lang of ['en', 'ar'] as const) {
    for (const [name, path] of PAGES.slice(0, 3)) {
      await open(page, path, lang, 'dark')
      const result = await new AxeBuilder({ page }).analyze()
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`)
      expect(bad, `${lang} ${name}`).toEqual([])
    }
  }
  // A form control in the page: dark colours and a dark colour scheme for its popup and scrollbar.
  await page.goto('/#/')
  for (const control of [page.getByTestId('filter-verdict'), page.getByTestId('lang-switch')]) {
    expect(await control.evaluate((el) => getComputedStyle(el).colorScheme)).toBe('dark')
    const [r, g, b] = (await control.evaluate((el) => getComputedStyle(el).backgroundColor)).match(/\d+/g)!.map(Number)
    expect(r + g + b).toBeLessThan(150)
  }
})

// Five short articles of our own, each with a figure a reviewer placed in the BAMEX topic, so the
// matrix has ten source columns whatever the automatic placement does.
function tenSources(): string {
  const at = '2025-12-01T09:00:00.000Z'
  const sources: StoredSource[] = []
  const added = []
  const claims = []
  for (let i = 1; i <= 5; i++) {
    const text = `افتتح معرض بامكس 2025 في باماكو يوم ${10 + i} نوفمبر 2025 وسط حضور رسمي.`
    const s: StoredSource = { id: `extra-${i}`, title: `Extra ${i}`, lang: 'ar', outlet: `Outlet ${i}`, via: null, relays: null, kind: 'news', published: '2025-11-25', window: null, url: null, text, origin: 'imported', hash: textHash(text), importedAt: at, fileName: null }
    sources.push(s)
    const words = `${10 + i} نوفمبر 2025`
    const start = text.indexOf(words)
    const day = `2025-11-${10 + i}`
    const claim = manualClaim(s, { start, end: start + words.length }, { kind: 'date', lo: day, hi: day, unit: null, per: null, precision: 'day', qualifier: null }, { at, reviewer: 'Test' })
    added.push(claim)
    claims.push({ claimId: claim.id, topicId: 'bamex-dates', at, reviewer: 'Test' })
  }
  return serializeWorkspace(buildWorkspaceFile({ reviewer: 'Test', sources, corrections: { claims, added, topics: [], weights: {} }, reviews: [], audit: [] }, at))
}

test('with ten sources every source column of the coverage matrix is visible at 1440 px', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await open(page, '/#/import', 'en')
  await page.getByTestId('workspace-file').setInputFiles({ name: 'ten.json', mimeType: 'application/json', buffer: Buffer.from(tenSources()) })
  await expect(page.getByTestId('workspace-summary')).toContainText('5 articles added')
  await page.goto('/#/')
  const heads = page.locator('[data-testid="coverage-matrix"] thead th')
  await expect(heads).toHaveCount(11, { timeout: 20_000 })
  const box = page.getByTestId('coverage-matrix').locator('xpath=..')
  expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true)
  const edge = (await box.boundingBox())!
  for (const h of await heads.all()) {
    const b = (await h.boundingBox())!
    expect(b.x >= edge.x - 1 && b.x + b.width <= edge.x + edge.width + 1).toBe(true)
  }
  await expect(page.getByTestId('scroll-hint')).toHaveCount(0)
})
