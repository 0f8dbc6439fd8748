// JavaScript the browser must load before the overview is usable, from a built app's manifest:
// index.html with its static imports (what the first paint waits for), plus the overview route's
// chunk and its static imports (what drawing the cards and the matrix waits for). gzip level 9, as
// a static host would serve it. Run: npm run size (builds first); `--budget <kB>` fails above it.
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

interface Entry { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
type Manifest = Record<string, Entry>

const args = process.argv.slice(2)
const dist = args.find((a) => !a.startsWith('--') && !/^\d/.test(a)) ?? 'dist'
const budgetAt = args.indexOf('--budget')
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null
const manifestPath = join(dist, '.vite', 'manifest.json')
if (!existsSync(manifestPath)) {
  console.error(`error: ${manifestPath} is missing; build with \`vite build --manifest\` (npm run size does)`)
  process.exit(1)
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const raw = (file: string) => readFileSync(join(dist, file)).length

/** The chunk files a manifest key needs before it runs: itself and its static imports, recursively. */
function closure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const k of keys) {
    if (seen.has(k) || !manifest[k]) continue
    seen.add(k)
    closure(manifest[k].imports ?? [], seen)
  }
  return seen
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'))
const overview = Object.keys(manifest).find((k) => k.endsWith('views/OverviewView.vue'))
const worker = Object.keys(manifest).find((k) => /workers\/\w+\.worker\.ts/.test(k))
if (!entry || !overview) { console.error('error: the manifest has no index.html entry or no OverviewView chunk'); process.exit(1) }

function report(label: string, keys: Set<string>) {
  const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'))
  const rows = files.map((f) => ({ f, raw: raw(f), gz: gz(f) })).sort((a, b) => b.gz - a.gz)
  const total = rows.reduce((s, r) => s + r.gz, 0)
  console.log(`\n${label}: ${(total / 1000).toFixed(1)} kB gzip (${(rows.reduce((s, r) => s + r.raw, 0) / 1000).toFixed(1)} kB raw) in ${rows.length} files`)
  for (const r of rows) console.log(`  ${(r.gz / 1000).toFixed(1).padStart(7)} kB  ${r.f}`)
  return total
}

const firstPaint = closure([entry])
report('index.html and its static imports (first paint)', firstPaint)
const usable = closure([overview], new Set(firstPaint))
const total = report('+ the overview route and its static imports (overview usable)', usable)
if (worker) {
  // The worker's code is fetched and parsed off the page's thread; shown for completeness.
  const files = [...closure([worker])].map((k) => manifest[k].file)
  console.log(`\nworker (off the main thread): ${(files.reduce((s, f) => s + gz(f), 0) / 1000).toFixed(1)} kB gzip`)
} else {
  const w = readdirWorker()
  if (w) console.log(`\nworker (off the main thread): ${(gz(w) / 1000).toFixed(1)} kB gzip (${w})`)
}
console.log(`\nJavaScript before the overview is usable: ${(total / 1000).toFixed(1)} kB gzip${budget !== null ? ` (budget ${budget} kB)` : ''}`)
if (budget !== null && total / 1000 > budget) { console.error(`over budget by ${(total / 1000 - budget).toFixed(1)} kB`); process.exit(1) }

function readdirWorker(): string | null {
  // Vite bundles a `new Worker(new URL(...))` as an asset, which the manifest may not list as a chunk.
  const all = Object.values(manifest).flatMap((e) => [e.file, ...((e as { assets?: string[] }).assets ?? [])])
  return all.find((f) => /worker-[\w-]+\.js$/.test(f)) ?? null
}
