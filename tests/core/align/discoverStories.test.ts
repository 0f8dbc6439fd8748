import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { storyName } from '../../../src/core/align/candidateStoryName'
import type { Lang, Source } from '../../../src/core/model'

// Reports of two stories imported together, written for these tests: a flood in a river town in
// March and a mine collapse in a mountain district in October.

const source = (id: string, lang: Lang, text: string, published: string | null): Source => ({ id, lang, text, outlet: id, title: id, published, window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

const flood = [
  source('flood-en', 'en', 'Floods in Varnholm killed 48 people, the Orvelian civil defence said. The Selka river burst its banks on Sunday.', '2024-03-11'),
  source('flood-fr', 'fr', "Les inondations à Varnholm ont fait 48 morts, selon la défense civile orvélienne. La Selka est sortie de son lit.", '2024-03-12'),
  source('flood-ar', 'ar', 'أودت الفيضانات في فارنهولم بحياة 48 شخصا بحسب الدفاع المدني.', '2024-03-12'),
]
const mine = [
  source('mine-en', 'en', 'The collapse of the Kestrava mine in the Dunmere district killed 19 miners, Dunmere officials said.', '2024-10-02'),
  source('mine-fr', 'fr', "L'effondrement de la mine de Kestrava, dans le district de Dunmere, a fait 21 morts parmi les mineurs.", '2024-10-03'),
  source('mine-ar', 'ar', 'أسفر انهيار منجم كيسترافا في منطقة دنمير عن مقتل 19 عاملا.', '2024-10-03'),
]

describe('discoverCandidates over two stories', () => {
  it("a death toll of one story never holds another story's deaths", () => {
    const sources = [...flood, ...mine]
    const claims = sources.flatMap((s) => extractClaims(s))
    const text = (id: string) => claims.find((c) => c.id === id)!
    const tolls = discoverCandidates(claims, sources).filter((c) => c.concept === 'killed')
    expect(tolls).toHaveLength(2)
    for (const t of tolls) expect(new Set(t.claims.map((id) => text(id).source.split('-')[0])).size).toBe(1)
    expect(tolls.map((t) => t.claims.map((id) => text(id).text).sort().join(' ')).sort()).toEqual(['19 19 21', '48 48 48'])
  })
})

describe('candidates of several stories', () => {
  it('are named for their story, in each language', () => {
    const sources = [...flood, ...mine]
    const claims = sources.flatMap((s) => extractClaims(s))
    const tolls = discoverCandidates(claims, sources).filter((c) => c.concept === 'killed')
    const floodToll = tolls.find((t) => t.sources.includes('flood-en'))!
    const mineToll = tolls.find((t) => t.sources.includes('mine-en'))!
    expect(floodToll.label?.en).toMatch(/ — Varnholm$/)
    expect(floodToll.label?.ar).toMatch(/ — فارنهولم$/)
    expect(mineToll.label?.en).toMatch(/ — (Kestrava|Dunmere)$/)
    // One story alone needs no name.
    const alone = discoverCandidates(flood.flatMap((s) => extractClaims(s)), flood).find((c) => c.concept === 'killed')!
    expect(alone.label?.en).not.toMatch(/—/)
  })
})

describe('storyName', () => {
  it('names a story by the name its reports repeat that the other stories do not use, spelt in Arabic letters when no Arabic report writes it', () => {
    expect(storyName(mine, flood)?.en).toMatch(/^(Kestrava|Dunmere)$/)
    const latinOnly = mine.filter((s) => s.lang !== 'ar')
    const name = storyName(latinOnly, flood)!
    expect(name.ar).toMatch(/^\p{Script=Arabic}+$/u)
    // A name every story uses says nothing of one.
    const both = [...flood, source('mine-x', 'en', 'In Varnholm, officials said the Kestrava mine would stay shut.', '2024-10-04')]
    expect(storyName(flood, both.slice(3))?.en).not.toBe('Varnholm')
  })
})


describe('rank by independent reports', () => {
  it('one report quoting many authorities ranks as one report, after two reports that agree', () => {
    const day = '2024-04-02'
    const sources = [
      source('q-en', 'en', 'Police said 40 people were arrested. The army said 55 were arrested. A rights group said 70 were arrested. The mayor said 62 were arrested. A lawyer said 81 were arrested. Witnesses said 47 were arrested.', day),
      source('q-fr', 'fr', 'Selon la préfecture, 90 personnes ont été arrêtées.', day),
      source('q-ar', 'ar', 'دمرت العاصفة 300 منزل في المدينة بحسب المحافظ.', day),
      source('q-en2', 'en', 'The storm destroyed 300 homes in the city, the Red Crescent said.', day),
  source('q-fr2', 'fr', 'La tempête a détruit 300 maisons, selon la mairie.', day),
      source('q-fr2', 'fr', 'La tempête a détruit 300 maisons, selon la mairie.', day),
    ]
    const claims = sources.flatMap((s) => extractClaims(s))
    const found = discoverCandidates(claims, sources)
    const arrested = found.findIndex((c) => c.concept === 'arrested')
    const homes = found.findIndex((c) => c.sources.includes('q-ar') && c.sources.includes('q-en2'))
    expect(arrested).toBeGreaterThanOrEqual(0)
    expect(homes).toBeGreaterThanOrEqual(0)
    expect(homes).toBeLessThan(arrested)
  })
})
