import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import type { Lang, Source } from '../../../src/core/model'

// Sums and counts of places that do not grow as a toll does: a made-up damage assessment after
// floods in "Marvesia", reported in the three languages; written for these tests.
const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: `Outlet ${id}`, title: id, published: '2024-09-20', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

describe('sums of money two reports each give', () => {
  const reports = [
    source('en-1', 'en', 'The floods caused damage estimated at $12 billion, the assessment said. Damage to roads and bridges alone reached $4 billion.'),
    source('fr-1', 'fr', "Les inondations ont causé des dégâts estimés à 12 milliards de dollars. Les dégâts aux routes et aux ponts atteignent à eux seuls 4 milliards de dollars."),
    source('ar-1', 'ar', 'قدر التقييم الأضرار التي خلفتها الفيضانات بنحو 12 مليار دولار، وبلغت الأضرار في الطرق والجسور وحدها 4 مليارات دولار.'),
  ]
  it('are candidates of their own, never one sum whose reports disagree', () => {
    const claims = reports.flatMap((s) => extractClaims(s))
    const text = (id: string) => claims.find((c) => c.id === id)!.text
    const sums = discoverCandidates(claims, reports).filter((c) => c.kind === 'money')
    const values = sums.map((c) => [...new Set(c.claims.map(text).map((x) => x.replace(/\D/g, '')))].sort().join(','))
    expect(values.sort()).toEqual(['12', '4'])
    for (const c of sums) expect(c.sources.sort()).toEqual(['ar-1', 'en-1', 'fr-1'])
  })
})

describe('counts of places', () => {
  const reports = [
    source('en-1', 'en', 'The floods have hit 19 of the country\'s provinces and 96 of its districts.'),
    source('fr-1', 'fr', 'Les inondations ont touché 19 provinces et 96 districts du pays.'),
    source('ar-1', 'ar', 'ضربت الفيضانات 19 ولاية و96 مقاطعة في البلاد.'),
  ]
  it('far apart count different places: a candidate each', () => {
    const claims = reports.flatMap((s) => extractClaims(s))
    const text = (id: string) => claims.find((c) => c.id === id)!.text
    const places = discoverCandidates(claims, reports).filter((c) => c.unit === 'places')
    const values = places.map((c) => [...new Set(c.claims.map(text).map((x) => x.replace(/\D/g, '')))].sort().join(','))
    expect(values.sort()).toEqual(['19', '96'])
  })
})
