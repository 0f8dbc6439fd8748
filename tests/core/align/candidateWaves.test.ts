import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { grownWaves, waveOf, type Wave } from '../../../src/core/align/candidateWaves'
import type { Claim, Lang, Source } from '../../../src/core/model'

// Two blasts at a made-up fireworks depot in "Korvane", on Friday 7 and Saturday 8 June 2024,
// reported in the three languages, written for these tests.
const source = (id: string, lang: Lang, text: string, published: string): Source => ({ id, lang, text, outlet: `Outlet ${id}`, title: id, published, window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

const reports = [
  source('en-1', 'en', 'An explosion at the Korvane fireworks depot on Friday killed 9 people and injured 60, the fire service said.', '2024-06-07'),
  source('fr-1', 'fr', "L'explosion du dépôt de feux d'artifice de Korvane a fait 9 morts et 60 blessés vendredi, selon les pompiers.", '2024-06-07'),
  source('ar-1', 'ar', 'قالت الحماية المدنية إن انفجار يوم السبت في مستودع الألعاب النارية في كورفان أودى بحياة 4 أشخاص. وكان انفجار الجمعة قد أسفر عن مقتل 9 أشخاص.', '2024-06-09'),
  source('en-2', 'en', 'A second explosion on Saturday killed 4 people at the Korvane depot, officials said. The first blast, on Friday, had killed 9.', '2024-06-09'),
  source('fr-2', 'fr', "Samedi, une seconde explosion a tué 4 personnes au dépôt de Korvane, a indiqué la préfecture.", '2024-06-09'),
]

describe('waves of one event', () => {
  it('the counts of each day an event struck are candidates of their own, named for their day', () => {
    const claims = reports.flatMap((s) => extractClaims(s))
    const text = (id: string) => claims.find((c) => c.id === id)!.text
    const tolls = discoverCandidates(claims, reports).filter((c) => c.concept === 'killed' && c.kind === 'count')
    const values = tolls.map((t) => [...new Set(t.claims.map(text).map((x) => x.replace(/\D/g, '')))].sort().join(','))
    // Never the first day's 9 and the second day's 4 in one candidate.
    expect(values.sort()).toEqual(['4', '9'])
    const first = tolls.find((t) => t.claims.map(text).some((x) => x.includes('9')))!
    expect(first.sources.sort()).toEqual(['ar-1', 'en-1', 'en-2', 'fr-1'])
    expect(first.label?.en).toMatch(/7 June 2024/)
    expect(tolls.find((t) => t !== first)!.label?.en).toMatch(/8 June 2024/)
  })
})

describe('a day planned after the reports is no wave', () => {
  it('protests called for a later day, dated by the reports before it came, do not split the toll of the day they report', () => {
    const planned = [
      source('en-p', 'en', 'Police killed 21 people during the protests on Tuesday, 11 June 2024. Organisers have called new protests from Tuesday, 18 June 2024.', '2024-06-12'),
      source('fr-p', 'fr', 'La police a tué 22 personnes lors des manifestations du mardi 11 juin 2024. Les organisateurs appellent à de nouvelles manifestations à partir du mardi 18 juin 2024.', '2024-06-12'),
      source('ar-p', 'ar', 'قتلت الشرطة 21 شخصا خلال احتجاجات يوم الثلاثاء 11 يونيو 2024، ودعا المنظمون إلى احتجاجات جديدة ابتداء من الثلاثاء 18 يونيو 2024.', '2024-06-13'),
    ]
    const claims = planned.flatMap((s) => extractClaims(s))
    const tolls = discoverCandidates(claims, planned).filter((c) => c.concept === 'killed' && c.kind === 'count')
    expect(tolls).toHaveLength(1)
    // Named for no day: the day of the only wave would say nothing a reader does not know.
    expect(tolls[0].label?.en).not.toMatch(/June/)
    expect(tolls[0].sources.sort()).toEqual(['ar-p', 'en-p', 'fr-p'])
  })
})

describe('a toll given again on a later day is no wave', () => {
  // A made-up quake in "Velmora" on Monday 3 June 2024: later reports give the grown toll, some
  // with the quake's day, some with the day it was given.
  const grown = [
    source('en-q', 'en', 'The earthquake that struck Velmora on Monday, 3 June 2024, killed 120 people, officials said.', '2024-06-04'),
    source('fr-q', 'fr', 'Le séisme qui a frappé Velmora le lundi 3 juin 2024 a fait 118 morts, selon les secours.', '2024-06-04'),
    source('ar-q', 'ar', 'الزلزال الذي ضرب فيلمورا يوم الاثنين 3 يونيو 2024 أودى بحياة 240 شخصا.', '2024-06-07'),
    source('en-r', 'en', 'The toll of the Velmora earthquake reached 245 dead on Thursday, 6 June 2024.', '2024-06-07'),
    source('fr-r', 'fr', 'Jeudi 6 juin 2024, le bilan du séisme de Velmora atteignait 240 morts.', '2024-06-07'),
    source('ar-r', 'ar', 'بلغت حصيلة زلزال فيلمورا يوم الخميس 6 يونيو 2024 نحو 245 قتيلا.', '2024-06-07'),
  ]
  it('the counts of the day a toll was given, which restate those of the event\'s day, stay one toll', () => {
    const claims = grown.flatMap((s) => extractClaims(s))
    const tolls = discoverCandidates(claims, grown).filter((c) => c.concept === 'killed' && c.kind === 'count')
    expect(tolls).toHaveLength(1)
    expect(tolls[0].sources.sort()).toEqual(['ar-q', 'ar-r', 'en-q', 'en-r', 'fr-q', 'fr-r'])
    expect(tolls[0].label?.en).not.toMatch(/6 June/)
  })
  it('grownWaves: counts of two days that share no value are two events; one restating the other, one toll', () => {
    const count = (id: string, lang: Lang, text: string) => extractClaims(source(id, lang, text, '2024-06-09')).filter((c) => c.quantity.kind === 'count')
    const first = [...count('a1', 'en', '12 people were killed.'), ...count('a2', 'fr', '12 personnes ont été tuées.')]
    const second = [...count('b1', 'ar', 'قتل 20 شخصا.'), ...count('b2', 'en', '25 people were killed.')]
    const again = [...count('c1', 'fr', '13 personnes ont été tuées.'), ...count('c2', 'ar', 'قتل 12 شخصا.')]
    const origin = (c: Claim) => c.source
    expect(grownWaves([['*1', first], ['*2', second]], origin).size).toBe(0)
    expect([...grownWaves([['*1', first], ['*2', second], ['*3', again]], origin)].sort()).toEqual(['*1', '*3'])
  })
})

describe('waveOf', () => {
  const waves = [{ day: 100, date: {} as Claim }, { day: 101, date: {} as Claim }] as Wave[]
  it('reads the day a sentence names, then what the report could know when it was published', () => {
    expect(waveOf(waves, [101], 102)?.day).toBe(101)
    expect(waveOf(waves, [100, 101], 102)).toBeNull()
    expect(waveOf(waves, [], 100)?.day).toBe(100)
    expect(waveOf(waves, [], 101)).toBeNull()
    expect(waveOf(waves, [], null)).toBeNull()
    expect(waveOf(waves.slice(0, 1), [100], 100)).toBeNull()
  })
})
