// Extraction throughput on the seed corpus repeated to ≥ 5 M characters, against chrono-node's `ar`
// date parser (dates only) and a bare word-tokenising pass (the floor) over the same text.
// chars/s = text.length × hz (Vitest reports hz = runs per second).
import { bench, describe } from 'vitest'
import { ar } from 'chrono-node'
import { extractClaims } from '../../src/core/extract'
import { seedCorpus } from './corpus'

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
