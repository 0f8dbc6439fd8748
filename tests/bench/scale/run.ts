// npm run bench:scale [-- --sizes 1000,10000 --data dir,dir --seed n --no-browser]: a newsroom's
// archive of N sources made from the development reports (tests/fixtures/news/dev, or the corpus
// directories given), then for each N: the CLI's `compare` time and peak memory (GNU time), and in
// Chromium on the built app: importing the workspace file, the overview once the analysis is
// cached (after a reload), a topic with hundreds of figures opened, a filter. Prints the 10k/1k
// ratio of compare's time against n log n; exits 1 when a budget at the largest N is missed.
import { existsSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { parseTopics } from '../../../src/core/align/schema'
import { baseReports, generate, writeArchive } from './generate'
import { browserRun, type BrowserFigures } from './browser-run'

const args = process.argv.slice(2)
const opt = (name: string, dflt: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt }
const sizes = opt('sizes', '1000,10000').split(',').map(Number)
const dirs = opt('data', existsSync('tests/fixtures/news/dev/sources.json') ? 'tests/fixtures/news/dev' : 'data').split(',')
const seed = Number(opt('seed', '13'))
const withBrowser = !args.includes('--no-browser')
const out = resolve(opt('out', 'reports/scale'))

const base = baseReports(dirs)
const topics = parseTopics('tests/bench/scale/topics.json', JSON.parse(readFileSync('tests/bench/scale/topics.json', 'utf8')))
console.log(`base: ${base.length} reports from ${dirs.join(', ')}; topics: tests/bench/scale/topics.json (${topics.length}); seed ${seed}`)

interface Row { n: number; chars: number; compareS: number; peakMB: number; browser: BrowserFigures | null }
const rows: Row[] = []
for (const n of sizes) {
  const archive = writeArchive(join(out, `n${n}`), generate(base, n, seed), topics)
  if (args.includes('--browser-only')) { rows.push({ n, chars: archive.chars, compareS: NaN, peakMB: NaN, browser: await browserRun(archive.workspace, n) }); continue }
  // The CLI as a newsroom runs it, timed by GNU time: wall seconds and peak resident memory.
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, '--import', 'tsx', 'src/cli/compare.ts', '--data', archive.corpus, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 })
  if (run.status !== 0) throw new Error(`compare failed: ${run.stderr.slice(-2000)}`)
  const [secs, kb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number)
  const comparisons = (JSON.parse(run.stdout) as { comparisons: { claims: unknown[] }[] }).comparisons
  console.log(`\nN = ${n}: ${(archive.chars / 1e6).toFixed(1)} M characters; CLI compare ${secs.toFixed(1)} s, peak memory ${(kb / 1024).toFixed(0)} MB; ${comparisons.length} topics, largest ${Math.max(...comparisons.map((c) => c.claims.length))} figures`)
  const browser = withBrowser ? await browserRun(archive.workspace, n) : null
  rows.push({ n, chars: archive.chars, compareS: secs, peakMB: kb / 1024, browser })
}

if (rows.length >= 2) {
  const [a, b] = [rows[0], rows[rows.length - 1]]
  const nlogn = (b.n * Math.log(b.n)) / (a.n * Math.log(a.n))
  console.log(`\ncompare time ${b.n}/${a.n}: ${(b.compareS / a.compareS).toFixed(1)}× (n log n would be ${nlogn.toFixed(1)}×, n² ${((b.n / a.n) ** 2).toFixed(0)}×); peak memory ${(b.peakMB / a.peakMB).toFixed(1)}×`)
}
const last = rows[rows.length - 1]
const missed: string[] = []
if (rows.length >= 2) {
  const [a, b] = [rows[0], last]
  if (b.compareS / a.compareS > (b.n * Math.log(b.n)) / (a.n * Math.log(a.n))) missed.push('compare grows faster than n log n')
}
if (last.browser && last.n >= 10_000) {
  if (last.browser.overviewMs >= 1500) missed.push('overview')
  if (last.browser.topicMs >= 300) missed.push('topic')
  if (last.browser.filterMs >= 100) missed.push('filter')
}
if (missed.length) { console.error(`budget missed: ${missed.join(', ')}`); process.exit(1) }
console.log('budgets met')
