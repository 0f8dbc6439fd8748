import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { extractClaims, parseFigure } from '../../../src/core/extract'
import { evaluate, type GoldFigure } from '../../../src/core/extract/evaluate'
import { conforms, flattenDuckling } from '../../../src/core/extract/conformance'

const gold = JSON.parse(readFileSync('tests/fixtures/seed-figures.json', 'utf8'))
const ids = ['000', '001', '002', '003', '004']
const texts = Object.fromEntries(ids.map((id) => [id, readFileSync(`data/sources/${id}.txt`, 'utf8')]))
const claims = ids.flatMap((id) => extractClaims({ id, text: texts[id], lang: 'ar', published: gold.published[id], window: null }))
const report = evaluate(texts, gold.figures as GoldFigure[], claims)

describe('accuracy on the gold seed figures (written by reading the articles)', () => {
  it('has well over a hundred gold figures', () => expect(gold.figures.length).toBeGreaterThan(100))

  it('reaches F1 ≥ 0.95 overall', () => expect(report.overall.f1).toBeGreaterThanOrEqual(0.95))

  it.each(report.perKind.map((k) => [k.kind, k] as const))('reaches F1 ≥ 0.9 for %s', (_kind, k) => expect(k.f1).toBeGreaterThanOrEqual(0.9))

  it('gets the value right for ≥ 95 % of matched figures', () => expect(report.value.rate).toBeGreaterThanOrEqual(0.95))

  it('extracts none of the annotated negatives', () => {
    for (const n of gold.negatives as { source: string; text: string; occurrence: number }[]) {
      let at = -1
      for (let k = 0; k < n.occurrence; k++) at = texts[n.source].indexOf(n.text, at + 1)
      const hit = claims.filter((c) => c.source === n.source && c.span.start < at + n.text.length && c.span.end > at)
      expect(hit.map((c) => c.text), `${n.source} "${n.text}"`).toEqual([])
    }
  })
})

// Another project's corpus is never part of the repository, and CI never looks for it: it runs
// only when a developer names the file (DUCKLING_AR=<path to duckling-ar.json> npx vitest run …).
const ducklingFile = process.env.DUCKLING_AR
describe.runIf(!!ducklingFile)('Duckling Arabic conformance (given by path in DUCKLING_AR)', () => {
  it('parses ≥ 90 % of the inputs to the expected value', () => {
    const cases = flattenDuckling(JSON.parse(readFileSync(ducklingFile!, 'utf8')))
    const passed = cases.filter((c) => conforms(c, parseFigure(c.input))).length
    expect(passed / cases.length).toBeGreaterThanOrEqual(0.9)
  })
})
