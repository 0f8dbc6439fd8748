import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import { wireOfSource } from '../../../src/core/compare/wireCopy'
import type { Claim, Source, Topic } from '../../../src/core/model'

// Outlets that print one agency's copy ("ORAN (AFP) –", "(رويترز) -", "(avec AFP)") are one
// origin: what they state on their own authority is the agency's.

const src = (id: string, text: string, outlet = `Outlet ${id}`, lang: Source['lang'] = 'en'): Source => ({ id, title: id, outlet, via: null, relays: null, kind: 'news', origin: 'imported', text, lang, published: '2031-09-08', window: null, url: null })
let n = 0
function figure(s: Source, words: string, value: number): Claim {
  const start = s.text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" not in ${s.id}`)
  n++
  return { id: `${s.id}:${n}`, source: s.id, span: { start, end: start + words.length }, text: words, quantity: { kind: 'duration', lo: value, hi: value, unit: 'year', per: null, precision: 'exact', qualifier: null }, counted: null, sentence: { start: 0, end: s.text.length }, attribution: null, scopes: [] }
}
const topic: Topic = { id: 't', label: { en: 'Age of the mayor', ar: 'عمر رئيس البلدية' }, entity: { name: '', aliases: [] }, measure: 'age', kind: 'duration', cues: [], scope: null, time: null }
const judge = (...xs: [Source, Claim][]) => compareTopic(topic, xs.map((x) => x[1]), new Map(xs.map(([s]) => [s.id, s])), new Map(), [])

describe('a report that is a copy of a wire story', () => {
  it('is read from its dateline or its closing credit, in English, French and Arabic', () => {
    expect(wireOfSource(src('a', 'Mayor re-elected\nA headline line\n\nORAN (AFP) – The mayor, 64, won again.'))).toBe('AFP')
    expect(wireOfSource(src('b', 'Le maire réélu\n\nTLEMCEN (Reuters) - Le maire, âgé de 64 ans, a gagné.'))).toBe('Reuters')
    expect(wireOfSource(src('c', 'إعادة انتخاب رئيس البلدية\n\nوهران (رويترز) - فاز رئيس البلدية البالغ 64 عاماً.'))).toBe('Reuters')
    expect(wireOfSource(src('d', 'وهران (أ ف ب) - فاز رئيس البلدية البالغ 64 عاماً.'))).toBe('AFP')
    expect(wireOfSource(src('e', 'Le maire, 64 ans, a été réélu dimanche.\n\n(avec AFP)'))).toBe('AFP')
    expect(wireOfSource(src('f', 'The mayor won again.', 'Daily Star, citing Reuters'))).toBe('Reuters')
  })

  it('is not read from an agency quoted inside the story, nor from another bracket', () => {
    expect(wireOfSource(src('a', 'The mayor, 64, won again, AFP reported. Turnout (official) was low.'))).toBeNull()
    expect(wireOfSource(src('b', 'ORAN (Algeria) – The mayor, 64, won again.'))).toBeNull()
  })

  it('is read from the relay the newsroom recorded on import ("via AFP"), which no line of the copy may show', () => {
    const a = { ...src('a', 'The mayor, 64, won a second term.'), via: 'AFP' }
    const b = { ...src('b', 'Le maire, âgé de 64 ans, a été réélu.', 'Another outlet', 'fr'), via: 'Agence France-Presse' }
    expect(wireOfSource(a)).toBe('AFP')
    const c = judge([a, figure(a, '64', 64)], [b, figure(b, '64', 64)])
    expect(c.verdict).toBe('single-source')
    expect(wireOfSource({ ...src('c', 'The mayor won again.'), via: 'a regional partner' })).toBeNull()
  })

  it('makes two copies of one wire story a single source, and two reports of their own agree', () => {
    const a = src('a', 'ORAN (AFP) – The mayor, 64, won a second term.')
    const b = src('b', 'ORAN (AFP) – Le maire, âgé de 64 ans, a été réélu.', 'Another outlet', 'fr')
    const c = judge([a, figure(a, '64', 64)], [b, figure(b, '64', 64)])
    expect(c.verdict).toBe('single-source')
    expect(c.explanation.en).toMatch(/2 outlets report it \(all from AFP\)/)
    const own = src('own', 'The mayor, 64, won a second term, our correspondent found.')
    const other = src('other', 'Le maire, âgé de 64 ans, a été réélu.', 'Another outlet', 'fr')
    expect(judge([own, figure(own, '64', 64)], [other, figure(other, '64', 64)]).verdict).toBe('agree')
  })
})
