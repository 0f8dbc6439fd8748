import { describe, expect, it } from 'vitest'
import { speakerAr, speakerPhrase } from '../../../src/core/compare/speakerName'
import { explainAr } from '../../../src/core/compare/explain.ar'
import { explainEn } from '../../../src/core/compare/explain.en'
import type { ExplainContext } from '../../../src/core/compare/explain'
import type { Claim } from '../../../src/core/model'

// How explanations name the speaker a figure is credited to: never the "however" its report wrote
// after it, and in Arabic never a name in Latin letters.

describe('speakerPhrase: a word of sequence or contrast after the speaker is no part of it', () => {
  it.each([
    ['the coastguard, however', 'the coastguard'],
    ['the regional governor, for his part', 'the regional governor'],
    ['la préfecture, toutefois', 'la préfecture'],
    ['le syndicat des pêcheurs, pour sa part', 'le syndicat des pêcheurs'],
    ['الوكالة أيضاً', 'الوكالة'],
    ['الهيئة بدورها', 'الهيئة'],
    // Nothing to cut: a speaker stays as written, and a name that is only such a word stays too.
    ['the port authority', 'the port authority'],
    ['However', 'However'],
    // A mark before the trailing word does not move the cut.
    ['المتحدّث باسم الوزارة أيضاً', 'المتحدّث باسم الوزارة'],
  ])('%s → %s', (who, want) => expect(speakerPhrase(who)).toBe(want))
})

describe('speakerAr: a speaker an Arabic sentence can name', () => {
  it.each([
    // Written in Arabic: as the report wrote it, without a trailing "أيضاً".
    ['مديرية الصحة في المحافظة', 'مديرية الصحة في المحافظة'],
    ['الوكالة أيضاً', 'الوكالة'],
    // A known body by its Arabic name, in any of the languages it is cited in.
    ['the World Food Programme', 'برنامج الأغذية العالمي'],
    ["l'Organisation mondiale de la santé", 'منظمة الصحة العالمية'],
    // An authority by its kind, with its country when the speaker names one.
    ["the mayor's office, however", 'رئيس البلدية'],
    ['Tunisia’s interior ministry', 'وزارة الداخلية (تونس)'],
    ['le ministère égyptien de la Santé', 'وزارة الصحة (مصر)'],
  ])('%s → %s', (who, want) => expect(speakerAr(who)).toBe(want))
  it.each(['Fatima Okonkwo', 'a fisherman on the quay', 'un témoin'])('%s: no Arabic name, so none', (who) => expect(speakerAr(who)).toBeNull())
})

describe('explanations name each speaker of one article in the reader’s language', () => {
  let n = 0
  const fig = (who: string, lo: number): Claim => ({ id: `c${++n}`, source: 'a', span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }, counted: null, sentence: { start: 0, end: 1 }, attribution: { who, cue: 'said', span: { start: 0, end: 1 } }, scopes: [] })
  const ctx = (cs: Claim[]): ExplainContext => ({ claim: (id) => cs.find((c) => c.id === id)!, source: () => 'Harbour Gazette', setAside: [], outlets: 1, origins: 2 })
  it('a known authority and an unnamed person: Arabic names the one and calls the other a speaker; English keeps both, without "however"', () => {
    const a = fig("the country's health ministry, however", 40)
    const b = fig('Dr Selma Varga', 75)
    const r = { code: 'no-overlap' as const, a: a.id, b: b.id, conversions: [], sameSource: true }
    const ar = explainAr(r, ctx([a, b]))
    expect(ar).toContain('نقلاً عن وزارة الصحة')
    expect(ar).toContain('نقلاً عن أحد المتحدثين')
    expect(ar.replace(/Harbour Gazette/g, '')).not.toMatch(/\p{Script=Latin}/u)
    const en = explainEn(r, ctx([a, b]))
    expect(en).toContain("quoting the country's health ministry:")
    expect(en).toContain('quoting Dr Selma Varga:')
  })
  it('two unnamed speakers are told apart: one, and another', () => {
    const a = fig('Dr Selma Varga', 40)
    const b = fig('Captain Ivo Marsh', 75)
    const ar = explainAr({ code: 'no-overlap', a: a.id, b: b.id, conversions: [], sameSource: true }, ctx([a, b]))
    expect(ar).toContain('نقلاً عن أحد المتحدثين')
    expect(ar).toContain('نقلاً عن متحدث آخر')
  })
  it('one origin cited in Latin letters: the Arabic sentence names it by its Arabic name, or not at all', () => {
    const named = [fig('the World Bank', 9), { ...fig('the World Bank', 9), source: 'b' }]
    expect(explainAr({ code: 'one-origin', figures: named.map((c) => c.id), outlets: ['a', 'b'], origin: 'World Bank' }, ctx(named))).toContain('(كلها عن البنك الدولي)')
    const unnamed = [fig('his press office', 9), { ...fig('his press office', 9), source: 'b' }]
    const ar = explainAr({ code: 'one-origin', figures: unnamed.map((c) => c.id), outlets: ['a', 'b'], origin: null }, ctx(unnamed))
    expect(ar).not.toContain('كلها عن')
    expect(ar).not.toMatch(/\p{Script=Latin}/u)
  })
})
