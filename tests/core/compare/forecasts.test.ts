import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { compareTopics } from '../../../src/core/compare'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// A forecast ("could take a week to ten days") beside what happened ("it took nearly four days"):
// neither a contradiction nor a series, so a reviewer sets them side by side.

let n = 0
function claim(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [] }
}
const days = (source: string, lo: number, hi = lo) => claim(source, { kind: 'duration', lo, hi, unit: 'day', qualifier: lo === hi ? null : 'range' })
const DAY: Record<string, string> = { a: '2026-04-02', b: '2026-04-02', c: '2026-04-20' }
const ctx: DecideContext = { origin: (c) => `outlet:${c.source}`, asOf: (c) => ({ from: DAY[c.source], to: DAY[c.source] }), compared: () => true, tolerance: 0.1 }

describe('a forecast beside an account of what happened', () => {
  it('"a week to ten days" forecast, "four days" reported later: needs review, naming both', () => {
    const guess = days('a', 7, 10)
    const fact = days('c', 4)
    const topic = { kind: 'duration' as const }
    expect(decide(topic, [guess, fact], { ...ctx, forecast: (c) => c === guess })).toEqual({ verdict: 'needs-review', reason: { code: 'forecast', forecast: guess.id, outcome: fact.id } })
    // Read as two counts, they would have been a series.
    expect(decide(topic, [guess, fact], ctx).verdict).toBe('time-series')
  })

  it('two stated figures that clash still conflict, whatever a forecast beside them says', () => {
    const guess = days('a', 20)
    const one = days('b', 3)
    const other = days('a', 9)
    expect(decide({ kind: 'duration' }, [guess, one, other], { ...ctx, forecast: (c) => c === guess }).verdict).toBe('conflict')
  })

  it('in a topic about forecasts, forecasts are the figures themselves', () => {
    const guess = days('a', 7, 10)
    const fact = days('c', 4)
    expect(decide({ kind: 'duration', projection: true }, [guess, fact], { ...ctx, forecast: (c) => c === guess }).verdict).toBe('time-series')
  })
})

describe('read from the reports, in three languages', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'Clearing the queue of lorries could take a week to ten days.', 'a week to ten days', 'It took nearly four days for the queue to clear.'],
    ['fr', 'Résorber la file de camions pourrait prendre de sept à dix jours.', 'de sept à dix jours', 'Il a fallu près de quatre jours pour résorber la file.'],
    ['ar', 'قد يستغرق تفريغ طابور الشاحنات ما بين سبعة وعشرة أيام.', 'ما بين سبعة وعشرة أيام', 'استغرق تفريغ الطابور نحو أربعة أيام.'],
  ]
  for (const [lang, forecastText, forecastFigure, factText] of cases) {
    it(`${lang}: the forecast and the outcome need review, explained in English and Arabic`, () => {
      const sources = [{ id: 'a', text: forecastText }, { id: 'c', text: factText }].map((s) => ({ ...s, lang, published: DAY[s.id], title: s.id, outlet: `Outlet ${s.id}` }) as Source)
      const figure = factText.match(/four days|quatre jours|أربعة أيام/u)![0]
      const mk = (src: Source, text: string, lo: number, hi: number): Claim => {
        const start = src.text.indexOf(text)
        return { id: `${src.id}:${start}`, source: src.id, span: { start, end: start + text.length }, text, quantity: { kind: 'duration', lo, hi, unit: 'day', per: null, precision: 'exact', qualifier: lo === hi ? 'about' : 'range' }, counted: null, sentence: { start: 0, end: src.text.length }, attribution: null, scopes: [] }
      }
      const cs = [mk(sources[0], forecastFigure, 7, 10), mk(sources[1], figure, 4, 4)]
      const topic: Topic = { id: 't', label: { en: 'Time to clear the queue', ar: 'مدة تفريغ الطابور' }, entity: { name: '', aliases: [] }, measure: 'time needed to clear the queue', kind: 'duration', cues: [], scope: null, time: null }
      const [cmp] = compareTopics([topic], cs, cs.map((c) => ({ claimId: c.id, topicId: 't', score: 1, reasons: ['measure'] })), sources)
      expect(cmp.verdict).toBe('needs-review')
      expect(cmp.reason).toMatchObject({ code: 'forecast', forecast: cs[0].id, outcome: cs[1].id })
      expect(cmp.explanation.en).toMatch(/is a forecast, while .* is stated as a fact/)
      expect(cmp.explanation.ar).toMatch(/توقّع، أما .* فمعطًى مؤكد/u)
    })
  }
})
