// npm run eval: precision, recall and F1 per kind on the gold seed figures, value accuracy, and the
// Duckling conformance pass rate. --verbose lists misses, spurious figures and wrong values.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { extractClaims, parseFigure } from '../core/extract'
import { evaluate, type GoldFigure } from '../core/extract/evaluate'
import { conforms, flattenDuckling } from '../core/extract/conformance'
import { DEFAULT_DATA, loadCorpusDir, parseArgs, run } from './args'

const pct = (x: number) => `${(100 * x).toFixed(1)}%`

run(() => {
  const { flags } = parseArgs(process.argv.slice(2), ['verbose'])
  const goldFile = JSON.parse(readFileSync(resolve(DEFAULT_DATA, '../tests/fixtures/seed-figures.json'), 'utf8'))
  const sources = loadCorpusDir(DEFAULT_DATA)
  const texts = Object.fromEntries(sources.map((s) => [s.id, s.text]))
  const claims = sources.flatMap((s) => extractClaims({ ...s, published: goldFile.published[s.id] ?? s.published }))
  const r = evaluate(texts, goldFile.figures as GoldFigure[], claims)
  console.log('Seed figures (tests/fixtures/seed-figures.json)')
  console.log('kind       gold  pred  match  precision  recall   F1')
  for (const k of [...r.perKind, r.overall]) {
    console.log(`${k.kind.padEnd(10)} ${String(k.gold).padStart(4)}  ${String(k.predicted).padStart(4)}  ${String(k.matched).padStart(5)}  ${pct(k.precision).padStart(9)}  ${pct(k.recall).padStart(6)}  ${pct(k.f1).padStart(6)}`)
  }
  console.log(`value accuracy of matched figures: ${pct(r.valueAccuracy)}`)
  if (flags.verbose) {
    for (const m of r.misses) console.log(`MISS    ${m.source} ${m.kind} ${m.text}`)
    for (const c of r.spurious) console.log(`EXTRA   ${c.source} ${c.quantity.kind} ${c.text} [${c.quantity.lo}, ${c.quantity.hi}]`)
    for (const w of r.wrongValues) console.log(`VALUE   ${w.gold.source} ${w.gold.text}: expected [${w.gold.lo}, ${w.gold.hi}] ${w.gold.unit ?? ''}, got "${w.claim.text}" [${w.claim.quantity.lo}, ${w.claim.quantity.hi}] ${w.claim.quantity.unit ?? ''}`)
  }
  const duck = flattenDuckling(JSON.parse(readFileSync(resolve(DEFAULT_DATA, '../../shared/conformance/duckling-ar.json'), 'utf8')))
  const failed = duck.filter((c) => !conforms(c, parseFigure(c.input)))
  console.log(`\nDuckling conformance (shared/conformance/duckling-ar.json): ${duck.length - failed.length}/${duck.length} = ${pct((duck.length - failed.length) / duck.length)}`)
  for (const d of ['numeral', 'money', 'duration']) {
    const all = duck.filter((c) => c.dimension === d)
    console.log(`  ${d.padEnd(9)} ${all.length - failed.filter((c) => c.dimension === d).length}/${all.length}`)
  }
  if (flags.verbose) for (const c of failed) console.log(`FAIL    ${c.dimension} ${c.input} → ${JSON.stringify(parseFigure(c.input))}`)
})
