// npm run screenshots -- [--url <base>] [--out <dir>]: the overview, a topic, a source, the import
// and the export pages at phone (390 × 844) and desktop (1440 × 900) width, in Arabic and English,
// light and dark, as PNG files to look at. Serve the built app first (npm start, or vite preview on another port).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback }
const base = arg('url', 'http://127.0.0.1:4173')
const out = arg('out', 'screenshots')
const PAGES = { overview: '#/', topic: '#/topics/bamex-dates', source: '#/sources/001', import: '#/import', export: '#/export' }
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } }

mkdirSync(out, { recursive: true })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of ['en', 'ar']) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme: theme as 'light' | 'dark' })
      await context.addInitScript(([l, t]) => { localStorage.setItem('claim-compare.locale', l); localStorage.setItem('claim-compare.theme', t) }, [lang, theme])
      const page = await context.newPage()
      for (const [name, hash] of Object.entries(PAGES)) {
        await page.goto(`${base}/${hash}`)
        await page.waitForLoadState('networkidle')
        // The overview says it is reading the articles until the worker's first view: a shot before
        // it would show that line, not the page (the analysis of the corpus takes a few seconds).
        await page.waitForSelector('[data-testid="analysing"]', { state: 'detached', timeout: 60_000 })
        await page.waitForTimeout(600)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        const file = join(out, `${name}-${size}-${lang}-${theme}.png`)
        await page.screenshot({ path: file, fullPage: true })
        console.log(`${file}\tscrollWidth ${width}`)
      }
      await context.close()
    }
  }
}
await browser.close()
