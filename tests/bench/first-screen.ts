// First contentful paint and "overview usable" (topic cards and the coverage matrix drawn) of the
// built app in Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), each run in a
// fresh browser context (nothing cached). Run: npm run bench:first-screen [-- --dist dir --runs n]
import { launch, median, newContext, serve } from './browser'
import { USABLE_PROBE } from './probes'

const args = process.argv.slice(2)
const opt = (name: string, dflt: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt }
const dist = opt('dist', 'dist')
const runs = Number(opt('runs', '5'))
const rate = Number(opt('cpu', '4'))
// --warm: one browser profile, loaded once before the timed runs (HTTP cache and the analysis cache filled).
const warm = args.includes('--warm')
const port = Number(process.env.E2E_PORT ?? 4317)

const server = await serve(dist, port)
const browser = await launch()
const fcp: number[] = []
const usable: number[] = []
try {
  const shared = warm ? await newContext(browser) : null
  if (shared) { const p = await shared.newPage(); await p.goto(server.url); await p.waitForSelector('[data-testid="coverage-matrix"] tbody tr', { timeout: 60_000 }); await p.waitForTimeout(1000); await p.close() }
  for (let i = 0; i < runs; i++) {
    const context = shared ?? await newContext(browser)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    // A string, not a function: tsx would wrap a function with helpers the page does not have.
    await page.addInitScript(USABLE_PROBE)
    await page.goto(server.url)
    await page.waitForFunction(() => (window as unknown as { __usable?: number }).__usable !== undefined, null, { timeout: 60_000 })
    const r = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      usable: (window as unknown as { __usable: number }).__usable,
    }))
    fcp.push(r.fcp)
    usable.push(r.usable)
    if (shared) await page.close()
    else await context.close()
  }
} finally {
  await browser.close()
  server.stop()
}
const f = (xs: number[]) => `${Math.round(median(xs))} ms (runs: ${xs.map(Math.round).join(', ')})`
console.log(`CPU slowed ${rate}×, ${runs} ${warm ? 'repeat visits (cached)' : 'cold loads (nothing cached)'} of ${dist}`)
console.log(`first contentful paint: ${f(fcp)}`)
console.log(`overview usable (cards and matrix drawn): ${f(usable)}`)
