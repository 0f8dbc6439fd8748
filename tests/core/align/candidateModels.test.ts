import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { modelsOf } from '../../../src/core/align/candidateModels'
import { discoverCandidates } from '../../../src/core/align/discover'
import type { Lang, Source } from '../../../src/core/model'

// Counts of things by the model they name, in sentences written for these tests (invented models,
// in Arabic, English and French): two models are two candidates, never one count that disagrees.

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: id, title: id, published: '2025-04-20', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function models(lang: Lang, text: string, figure: string): string[] {
  const c = extractClaims(source('s', lang, text)).find((x) => x.text === figure)
  if (!c) throw new Error(`no figure "${figure}" in: ${text}`)
  return modelsOf(c, text, lang).map((m) => m.word)
}

describe('modelsOf', () => {
  it.each([
    ['en', 'The navy commissioned 4 Corvo-class patrol boats.', '4', ['Corvo-class']],
    ['en', 'The army bought 12 Tarn T7 armoured trucks.', '12', ['Tarn', 'T7']],
    ['fr', "La marine a reçu quatre patrouilleurs Corvo l'an dernier.", 'quatre', ['Corvo']],
    ['ar', 'تسلمت البحرية أربعة زوارق دورية من طراز كورفو.', 'أربعة', ['كورفو']],
    ['ar', 'اشترى الجيش 12 شاحنة مدرعة من نوع T7.', '12', ['T7']],
  ] as [Lang, string, string, string[]][])('%s: %s', (lang, text, figure, words) => {
    expect(models(lang, text, figure)).toEqual(words)
  })

  it('names no model in common words, in a country, or past its clause', () => {
    expect(models('en', 'The storm sank 4 fishing boats off the coast.', '4')).toEqual([])
    expect(models('en', 'The navy commissioned 4 French patrol boats.', '4')).toEqual([])
    expect(models('en', 'The storm sank 4 boats, the Corvo shipyard said.', '4')).toEqual([])
  })

  it('names no model in a day or a month after the count, nor far past its number', () => {
    expect(models('en', 'Russia launched 12 drones at the port on Monday.', '12')).toEqual([])
    expect(models('en', 'The ministry bought 14 patrol boats in March.', '14')).toEqual([])
    expect(models('fr', 'La marine a reçu 14 patrouilleurs en mars.', '14')).toEqual([])
    expect(models('en', 'The storm sank 4 boats near the port of Harbin.', '4')).toEqual([])
  })
})

describe('discoverCandidates: things counted by model', () => {
  const reports = [
    source('a', 'en', 'The air force took delivery of 8 Kestrel K2 drones last year and of three Harrow drones in March.'),
    source('b', 'fr', "L'armée de l'air a reçu huit drones Kestrel K2 l'an dernier, puis trois drones Harrow en mars."),
    source('c', 'ar', 'تسلم سلاح الجو 10 طائرات مسيرة من طراز كيستريل العام الماضي، ثم ثلاث طائرات من طراز هارو في مارس.'),
  ]
  const claims = reports.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  const found = discoverCandidates(claims, reports).filter((c) => c.kind === 'count')

  it('two models two reports or more name are two candidates', () => {
    const byFigures = found.map((c) => c.claims.map(text).sort())
    expect(byFigures).toContainEqual(['10', '8', 'huit'])
    expect(byFigures).toContainEqual(['three', 'trois', 'ثلاث'])
  })

  it('each is named for its model in both languages, in Arabic letters on the Arabic label', () => {
    const kestrel = found.find((c) => c.claims.map(text).includes('huit'))!
    expect(kestrel.label?.en).toMatch(/\(Kestrel\)$/)
    expect(kestrel.label?.ar).toMatch(/\(كيستريل\)$/)
    const harrow = found.find((c) => c.claims.map(text).includes('trois'))!
    expect(harrow.label?.en).toMatch(/\(Harrow\)$/)
    expect(harrow.label?.ar).not.toMatch(/[A-Za-z]/)
  })
})
