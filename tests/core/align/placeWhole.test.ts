import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { labelPlaces, placeScopes, placeWeight } from '../../../src/core/align/placeWhole'

// Sibling topics told apart by place: one country's toll, the other's, and the two together.
// Reports written for these tests about floods that did not happen.

describe('the places a topic’s label is about', () => {
  it.each([
    ['Combined death toll in Uganda and Tanzania', ['Tanzania', 'Uganda'], true],
    ['Death toll in Uganda and Tanzania together', ['Tanzania', 'Uganda'], true],
    ['Bilan cumulé en Ouganda et en Tanzanie', ['Tanzania', 'Uganda'], true],
    ['Death toll in Tanzania', ['Tanzania'], false],
    // A country's own name in English ("Türkiye") is a name, not a people word.
    ['UN appeal for Türkiye', ['Turkey'], false],
    // A people word counts as its country on a body that counts, not on the people counted.
    ['Deaths counted by the Tanzanian health ministry', ['Tanzania'], false],
    ['Ugandan soldiers deployed in Tanzania', ['Tanzania'], false],
  ] as const)('%s', (label, countries, whole) => {
    const got = labelPlaces(label)
    expect([...got.countries].sort()).toEqual(countries)
    expect(got.whole).toBe(whole)
  })

  it('a topic is scoped by place only beside a sibling of its measure about another place', () => {
    const scopes = placeScopes([
      { concept: 'killed', label: 'Death toll in Uganda' },
      { concept: 'killed', label: 'Combined death toll in Uganda and Tanzania' },
      { concept: 'injured', label: 'Injured in Uganda' },
    ])
    expect([...scopes[0]!.own]).toEqual(['Uganda'])
    expect([...scopes[0]!.among].sort()).toEqual(['Tanzania', 'Uganda'])
    expect(scopes[1]!.own.size).toBe(2)
    expect(scopes[2]).toBeNull()
  })

  it('a country’s topic takes neither the whole nor another country; the whole’s topic is only outranked by one country', () => {
    const uganda = { own: new Set(['Uganda']), among: new Set(['Uganda', 'Tanzania']) }
    const both = { own: new Set(['Uganda', 'Tanzania']), among: new Set(['Uganda', 'Tanzania']) }
    expect(placeWeight(uganda, { whole: true })).toBeNull()
    expect(placeWeight(uganda, { whole: false, country: 'Tanzania' })).toBeNull()
    expect(placeWeight(uganda, { whole: false, country: 'Uganda' })).toBe(0)
    expect(placeWeight(uganda, null)).toBe(0)
    expect(placeWeight(both, { whole: true })).toBe(0)
    expect(placeWeight(both, { whole: false, country: 'Uganda' })).toBeLessThan(0)
  })
})

describe('figures go to the place they are said of', () => {
  const topics = () => [
    topic('ug', 'Death toll in Uganda', 'count'),
    topic('tz', 'Death toll in Tanzania', 'count'),
    topic('all', 'Combined death toll in Uganda and Tanzania', 'count'),
  ]

  it.each([
    ['en', 'Floods killed 212 people in the two countries. In Uganda, 150 people died, while in Tanzania officials counted 62 dead.'],
    ['fr', 'Les inondations ont fait 212 morts dans les deux pays. En Ouganda, 150 personnes sont mortes, tandis qu’en Tanzanie les autorités ont recensé 62 morts.'],
    ['ar', 'أودت الفيضانات بحياة 212 شخصاً في البلدين. ففي أوغندا لقي 150 شخصاً حتفهم، بينما أحصت السلطات في تنزانيا 62 قتيلاً.'],
  ] as const)('%s: “both countries” is the whole, a country’s figure its own', (lang, text) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.ug).toEqual(['150'])
    expect(got.tz).toEqual(['62'])
    expect(got.all).toEqual(['212'])
  })

  it.each([
    ['en', 'The Uganda-Tanzania flood toll has passed 212 dead.'],
    ['fr', 'Les crues qui ont frappé l’Ouganda et la Tanzanie ont fait plus de 212 morts.'],
    ['ar', 'ارتفعت حصيلة الفيضانات في شمال أوغندا وجنوب تنزانيا إلى 212 قتيلاً.'],
  ] as const)('%s: both countries named together make the whole', (lang, text) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.ug).toBeUndefined()
    expect(got.tz).toBeUndefined()
    expect(got.all?.[0]).toContain('212')
  })

  it.each([
    ['en', 'Floods have killed 212 people: 150 in Uganda and 62 in Tanzania.'],
    ['fr', 'Les inondations ont fait 212 morts : 150 en Ouganda et 62 en Tanzanie.'],
    ['ar', 'أودت الفيضانات بحياة 212 شخصاً: 150 في أوغندا و62 في تنزانيا.'],
  ] as const)('%s: a total a breakdown by place follows is the whole', (lang, text) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.ug ?? []).not.toContain('212')
    expect(got.tz ?? []).not.toContain('212')
  })

  it.each([
    ['en', 'While Uganda was spared the worst, the rains killed 62 people in Tanzania.', 'tz'],
    ['fr', 'Si l’Ouganda a été épargné, les pluies ont fait 62 morts en Tanzanie.', 'tz'],
    ['ar', 'بينما نجت أوغندا من الأسوأ، أودت الأمطار بحياة 62 شخصاً في تنزانيا.', 'tz'],
  ] as const)('%s: the nearest place in the figure’s clause, not the first of its sentence', (lang, text, id) => {
    const got = placed(source('a', lang, text), topics())
    expect(got[id]).toEqual(['62'])
    expect(got.ug).toBeUndefined()
  })

  it.each([
    ['en', 'The Tanzanian health ministry said 62 people had died.'],
    ['fr', 'Le ministère tanzanien de la Santé a fait état de 62 morts.'],
    ['ar', 'أعلنت وزارة الصحة التنزانية وفاة 62 شخصاً.'],
  ] as const)('%s: a country’s adjective counts as the country', (lang, text) => {
    const got = placed(source('a', lang, `${lang === 'ar' ? 'ضربت الفيضانات أوغندا وتنزانيا.' : lang === 'fr' ? 'Les crues ont touché l’Ouganda et la Tanzanie.' : 'Floods hit Uganda and Tanzania.'} ${text}`), topics())
    expect(got.ug).toBeUndefined()
    expect(got.tz).toEqual(['62'])
  })
})
