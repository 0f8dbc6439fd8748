// npm run eval: extraction accuracy on the seed gold and on the news development and test splits,
// per language and kind. --verbose lists the errors on seeds and dev, an attribution miss with its
// sentence (never on test: it is scored only); --json prints the scores; --duckling <file> also runs Duckling's Arabic conformance corpus.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { extractClaims, parseFigure } from '../core/extract'
import { scoreCorpus, type CorpusScore, type EvalReport, type GoldFigure } from '../core/extract/evaluate'
import { conforms, flattenDuckling } from '../core/extract/conformance'
import type { Claim, Source } from '../core/model'
import { chronoDateClaims } from './chrono-peer'
import { DEFAULT_DATA, loadCorpusDir, parseArgs, readBytes, run } from './args'
import { parseJsonFile } from '../core/corpus/load'
import { decodeText } from '../core/text/decode'

const ROOT = resolve(DEFAULT_DATA, '..')
const NEWS = join(ROOT, 'tests/fixtures/news')
const pct = (x: number) => `${(100 * x).toFixed(1)}%`

interface Corpus { name: string; sources: Source[]; gold: GoldFigure[]; debuggable: boolean }

function corpora(): Corpus[] {
  const seedGold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed-figures.json'), 'utf8'))
  // The seeds carry a window, not a day: the gold's assumed publication days anchor their relative dates.
  const seeds = loadCorpusDir(DEFAULT_DATA).map((s) => ({ ...s, published: seedGold.published[s.id] ?? s.published }))
  const out: Corpus[] = [{ name: 'seeds', sources: seeds, gold: seedGold.figures, debuggable: true }]
  const newsGold = existsSync(join(NEWS, 'gold.json')) ? JSON.parse(readFileSync(join(NEWS, 'gold.json'), 'utf8')).figures as GoldFigure[] : []
  for (const split of ['dev', 'test']) {
    if (existsSync(join(NEWS, split, 'sources.json'))) out.push({ name: `news/${split}`, sources: loadCorpusDir(join(NEWS, split)), gold: newsGold, debuggable: split === 'dev' })
  }
  return out
}

function table(c: Corpus, scores: CorpusScore[]): void {
  console.log(`\n${c.name}`)
  console.log('lang kind       gold  pred | exact P     R      F1   | overlap F1 | value  qualif  attrib')
  for (const s of scores) {
    const rows = [...s.exact.perKind, s.exact.overall]
    for (const k of rows) {
      const o = (k.kind === 'all' ? s.overlap.overall : s.overlap.perKind.find((x) => x.kind === k.kind))
      const tail = k.kind === 'all' ? ` | ${pct(s.exact.value.rate).padStart(6)} ${pct(s.exact.qualifier.rate).padStart(6)} ${s.exact.attribution.of ? pct(s.exact.attribution.rate).padStart(6) : '     -'}` : ''
      console.log(`${(k.kind === 'all' ? s.lang : '').padEnd(4)} ${k.kind.padEnd(10)} ${String(k.gold).padStart(4)}  ${String(k.predicted).padStart(4)} | ${pct(k.precision).padStart(6)} ${pct(k.recall).padStart(6)} ${pct(k.f1).padStart(6)} | ${pct(o?.f1 ?? 0).padStart(10)}${tail}`)
    }
  }
}

// An attribution miss is judged on its sentence: the construction that names (or hides) the speaker.
const sentenceOf = (texts: Record<string, string>, c: Claim) => (texts[c.source] ?? '').slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ')

function errors(name: string, r: EvalReport, texts: Record<string, string>): void {
  for (const m of r.misses) console.log(`MISS    ${name} ${m.source} ${m.kind} «${m.text}» [${m.lo}, ${m.hi}] ${m.unit ?? ''}`)
  for (const c of r.spurious) console.log(`EXTRA   ${name} ${c.source} ${c.quantity.kind} «${c.text}» [${c.quantity.lo}, ${c.quantity.hi}] ${c.quantity.unit ?? ''}`)
  for (const w of r.wrongValues) console.log(`VALUE   ${name} ${w.gold.source} «${w.gold.text}»: expected [${w.gold.lo}, ${w.gold.hi}] ${w.gold.unit ?? ''}, got [${w.claim.quantity.lo}, ${w.claim.quantity.hi}] ${w.claim.quantity.unit ?? ''}`)
  for (const w of r.wrongQualifiers) console.log(`QUALIF  ${name} ${w.gold.source} «${w.gold.text}»: expected ${w.gold.qualifier}, got ${w.claim.quantity.qualifier}`)
  for (const w of r.wrongAttributions) console.log(`ATTRIB  ${name} ${w.gold.source} «${w.gold.text}»: expected ${w.gold.attribution}, got ${w.claim.attribution?.who ?? null}\n        | ${sentenceOf(texts, w.claim)}`)
}

run(() => {
  const { flags } = parseArgs(process.argv.slice(2), { booleans: ['verbose', 'json'], values: { duckling: 'file.json' } })
  const all: Record<string, CorpusScore[]> = {}
  for (const c of corpora()) {
    const claims = c.sources.flatMap((s) => extractClaims(s))
    const scores = scoreCorpus(c.sources, c.gold, claims)
    all[c.name] = scores
    if (flags.json) continue
    table(c, scores)
    if (flags.verbose && c.debuggable) for (const s of scores) errors(c.name, s.exact, Object.fromEntries(c.sources.map((x) => [x.id, x.text])))
    if (c.name === 'seeds') chronoPeer(c)
    if (c.name === 'news/dev') for (const lang of ['en', 'fr'] as const) chronoPeer({ ...c, sources: c.sources.filter((s) => s.lang === lang) }, lang)
  }
  if (flags.json) console.log(JSON.stringify(Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.map((s) => ({ lang: s.lang, sources: s.sources, exact: summary(s.exact), overlap: summary(s.overlap) }))])), null, 2))
  // Another project's corpus is read only when given by path: the repository never reads outside itself.
  if (typeof flags.duckling === 'string') duckling(flags.duckling, !!flags.verbose)
})

const summary = (r: EvalReport) => ({ perKind: r.perKind, overall: r.overall, value: r.value, qualifier: r.qualifier, attribution: r.attribution })

// The peer for dates: chrono-node's parser of the language over the same texts, scored on the gold dates.
function chronoPeer(c: Corpus, lang: 'ar' | 'en' | 'fr' = 'ar'): void {
  const isDate = (k: string) => k === 'date' || k === 'daterange'
  const gold = c.gold.filter((g) => isDate(g.kind)).map((g) => ({ ...g, kind: 'date' as const }))
  const asDate = <T extends { quantity: { kind: string } }>(cs: T[]) => cs.filter((x) => isDate(x.quantity.kind)).map((x) => ({ ...x, quantity: { ...x.quantity, kind: 'date' as const } }))
  const ours = asDate(c.sources.flatMap((s) => extractClaims(s)))
  const chrono = asDate(c.sources.flatMap((s) => chronoDateClaims(s.id, s.text, s.published!, lang)))
  const sources = c.sources.map((s) => ({ id: s.id, lang: s.lang, text: s.text }))
  const [o] = scoreCorpus(sources, gold, ours as never)
  const [p] = scoreCorpus(sources, gold, chrono as never)
  console.log(`${lang} dates (${o.exact.overall.gold} gold, overlap matching): ours F1 ${pct(o.overlap.overall.f1)}, values right ${pct(o.overlap.value.rate)}; chrono-node ${lang} F1 ${pct(p.overlap.overall.f1)}, values right ${pct(p.overlap.value.rate)}`)
}

function duckling(file: string, verbose: boolean): void {
  const duck = flattenDuckling(parseJsonFile(file, decodeText(readBytes(file))) as Parameters<typeof flattenDuckling>[0])
  const failed = duck.filter((c) => !conforms(c, parseFigure(c.input)))
  console.log(`\nDuckling conformance (${file}): ${duck.length - failed.length}/${duck.length} = ${pct((duck.length - failed.length) / duck.length)}`)
  for (const d of ['numeral', 'money', 'duration']) {
    const all = duck.filter((c) => c.dimension === d)
    console.log(`  ${d.padEnd(9)} ${all.length - failed.filter((c) => c.dimension === d).length}/${all.length}`)
  }
  if (verbose) for (const c of failed) console.log(`FAIL    ${c.dimension} ${c.input} → ${JSON.stringify(parseFigure(c.input))}`)
}
