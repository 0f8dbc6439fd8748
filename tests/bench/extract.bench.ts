// Extraction throughput on the seed corpus repeated to ≥ 5 M characters, against chrono-node's `ar`
// date parser (dates only) and a bare word-tokenising pass (the floor) over the same text; and on
// the English and French news reports repeated to ≥ 2 M characters, against chrono-node's own `en`
// and `fr` parsers (dates only) over the same text; and on those reports one at a time, as the
// product reads them (chrono-node's cost grows faster than the text, so one long text flatters us).
// chars/s = characters × hz (Vitest reports hz = runs per second); the target is English and
// French extraction ≥ 20× chrono-node's `en`.
import { bench, describe } from 'vitest'
import { ar, en, fr } from 'chrono-node'
import { extractClaims } from '../../src/core/extract'
import { newsCorpus, newsReports, seedCorpus } from './corpus'

const text = seedCorpus()
const ref = new Date('2025-11-28T00:00:00Z')
console.log(`bench text: ${text.length.toLocaleString('en')} characters; chars/s = ${text.length} × hz`)

describe(`Arabic extraction over ${(text.length / 1e6).toFixed(1)} M characters`, () => {
  bench('extractClaims (all figures)', () => {
    extractClaims({ id: 'bench', text, lang: 'ar', published: '2025-11-28', window: null })
  }, { iterations: 3, warmupIterations: 1, time: 0 })

  bench('chrono-node ar (dates only)', () => {
    ar.parse(text, ref)
  }, { iterations: 1, warmupIterations: 0, time: 0 })

  bench('bare tokenising pass /[\\p{L}\\p{N}]+/gu (floor)', () => {
    let n = 0
    for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) n++
    if (n === 0) throw new Error('no words')
  }, { iterations: 3, warmupIterations: 1, time: 0 })
})

for (const lang of ['en', 'fr'] as const) {
  const name = lang === 'en' ? 'English' : 'French'
  const reports = newsReports(lang)
  const chars = reports.reduce((n, r) => n + r.length, 0)
  console.log(`${name} reports: ${reports.length}, ${chars.toLocaleString('en')} characters; chars/s = ${chars} × hz`)
  describe(`${name} news reports one at a time (${reports.length} reports, ${chars.toLocaleString('en')} characters)`, () => {
    bench('extractClaims (all figures)', () => {
      for (const text of reports) extractClaims({ id: 'bench', text, lang, published: '2025-11-28', window: null })
    }, { time: 3000, warmupTime: 1000 })

    bench('chrono-node en (dates only)', () => {
      for (const text of reports) en.parse(text, ref)
    }, { time: 3000, warmupTime: 1000 })

    if (lang === 'fr') {
      bench('chrono-node fr (dates only)', () => {
        for (const text of reports) fr.parse(text, ref)
      }, { time: 3000, warmupTime: 1000 })
    }
  })

  const news = newsCorpus(lang)
  console.log(`${name} bench text: ${news.length.toLocaleString('en')} characters; chars/s = ${news.length} × hz`)
  describe(`${name} extraction over ${(news.length / 1e6).toFixed(1)} M characters in one text`, () => {
    bench('extractClaims (all figures)', () => {
      extractClaims({ id: 'bench', text: news, lang, published: '2025-11-28', window: null })
    }, { iterations: 5, warmupIterations: 1, time: 0 })

    bench('chrono-node en (dates only)', () => {
      en.parse(news, ref)
    }, { iterations: 1, warmupIterations: 0, time: 0 })

    if (lang === 'fr') {
      bench('chrono-node fr (dates only)', () => {
        fr.parse(news, ref)
      }, { iterations: 3, warmupIterations: 1, time: 0 })
    }
  })
}
