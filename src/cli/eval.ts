// npm run eval: precision, recall and F1 per kind on the gold seed figures, value accuracy, and the
// Duckling conformance pass rate. --verbose lists misses, spurious figures and wrong values.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { extractClaims, parseFigure } from '../core/extract'
import { evaluate, type GoldFigure } from '../core/extract/evaluate'
import { conforms, flattenDuckling } from '../core/extract/conformance'
import { chronoDateClaims } from './chrono-peer'
import { DEFAULT_DATA, loadCorpusDir, parseArgs, readBytes, run } from './args'
import { parseJsonFile } from '../core/corpus/load'
import { decodeText } from '../core/text/decode'

const pct = (x: number) => `${(100 * x).toFixed(1)}%`

run(() => {
  const { flags } = parseArgs(process.argv.slice(2), { booleans: ['verbose'], values: { duckling: 'file.json' } })
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
  // The peer for dates: chrono-node's Arabic parser over the same texts, scored on the gold dates.
  const dateGold = (goldFile.figures as GoldFigure[]).filter((g) => g.kind === 'date' || g.kind === 'daterange')
  const chrono = sources.flatMap((s) => chronoDateClaims(s.id, s.text, goldFile.published[s.id]))
  const ours = claims.filter((c) => c.quantity.kind === 'date' || c.quantity.kind === 'daterange')
  const asDate = (cs: typeof claims) => cs.map((c) => ({ ...c, quantity: { ...c.quantity, kind: 'date' as const } }))
  const gd = dateGold.map((g) => ({ ...g, kind: 'date' as const }))
  const rc = evaluate(texts, gd, asDate(chrono))
  const ro = evaluate(texts, gd, asDate(ours))
  console.log(`\nDates and date ranges (${dateGold.length} gold): ours F1 ${pct(ro.overall.f1)}, values right ${pct(ro.valueAccuracy)}; chrono-node ar F1 ${pct(rc.overall.f1)}, values right ${pct(rc.valueAccuracy)}`)
  // Another project's corpus is read only when given by path: the repository never reads outside itself.
  if (typeof flags.duckling !== 'string') return
  const duck = flattenDuckling(parseJsonFile(flags.duckling, decodeText(readBytes(flags.duckling))) as Parameters<typeof flattenDuckling>[0])
  const failed = duck.filter((c) => !conforms(c, parseFigure(c.input)))
  console.log(`\nDuckling conformance (${flags.duckling}): ${duck.length - failed.length}/${duck.length} = ${pct((duck.length - failed.length) / duck.length)}`)
  for (const d of ['numeral', 'money', 'duration']) {
    const all = duck.filter((c) => c.dimension === d)
    console.log(`  ${d.padEnd(9)} ${all.length - failed.filter((c) => c.dimension === d).length}/${all.length}`)
  }
  if (flags.verbose) for (const c of failed) console.log(`FAIL    ${c.dimension} ${c.input} → ${JSON.stringify(parseFigure(c.input))}`)
})
