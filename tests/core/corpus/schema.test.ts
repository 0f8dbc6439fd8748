import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { buildCorpus, CorpusError } from '../../../src/core/corpus/load'

const raw = JSON.parse(readFileSync('data/sources.json', 'utf8'))
const read = (file: string): string | undefined => readFileSync(`data/${file}`, 'utf8')
const clone = () => structuredClone(raw)

function errorOf(data: unknown, reader = read): string {
  try {
    buildCorpus('data/sources.json', data, reader)
  } catch (e) {
    expect(e).toBeInstanceOf(CorpusError)
    return (e as Error).message
  }
  throw new Error('expected the corpus to be rejected')
}

describe('corpus schema', () => {
  it('accepts the five seed sources with their text byte for byte (checksums recorded when they were copied in)', () => {
    const sources = buildCorpus('data/sources.json', raw, read)
    expect(sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004'])
    const recorded = new Map(readFileSync('data/sources.sha256', 'utf8').trim().split('\n').map((l) => l.split(/\s+/).reverse() as [string, string]))
    for (const s of sources) {
      const sha = createHash('sha256').update(readFileSync(`data/sources/${s.id}.txt`)).digest('hex')
      expect(sha, s.id).toBe(recorded.get(`sources/${s.id}.txt`))
      expect(s.text).toBe(readFileSync(`data/sources/${s.id}.txt`, 'utf8'))
    }
    expect(sources[0].via).toMatch(/Arabi21/)
  })

  it('rejects a source with a missing field, naming the file, the source and the field', () => {
    const data = clone()
    delete data.sources[1].title
    expect(errorOf(data)).toMatch(/^data\/sources\.json: \(id 001\) sources\[1\]\.title: /)
  })

  it('rejects a bad date, naming the field', () => {
    const data = clone()
    data.sources[2].window.from = '2025-13-45'
    expect(errorOf(data)).toMatch(/\(id 002\) sources\[2\]\.window\.from: must be a date as YYYY-MM-DD/)
  })

  it('rejects an unknown language, naming the field', () => {
    const data = clone()
    data.sources[0].lang = 'xx'
    expect(errorOf(data)).toMatch(/sources\[0\]\.lang: must be one of ar, en, fr/)
  })

  it('rejects a missing text file, an empty text and a binary file', () => {
    expect(errorOf(raw, () => undefined)).toMatch(/sources\[0\]\.file: no such text file "sources\/000\.txt"/)
    expect(errorOf(raw, () => '  \n')).toMatch(/sources\/000\.txt: the text is empty/)
    expect(errorOf(raw, () => 'ab\u0000cd')).toMatch(/binary/)
  })

  it('rejects duplicate ids', () => {
    const data = clone()
    data.sources[1].id = '000'
    expect(errorOf(data)).toMatch(/duplicate id/)
  })
})
