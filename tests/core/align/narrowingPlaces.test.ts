import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { figureNarrowing, fitsNarrowing, narrowingOf, siblingNarrowings } from '../../../src/core/align/narrowing'
import { wholePlaceIn } from '../../../src/core/align/narrowPlaces'

// The whole of a place beside its parts: "People injured nationwide" beside "Injured in Velmora
// province". Sentences written for these tests, about places that do not exist (the countries are
// real: the whole of a named country is read by its name).

describe('wholePlaceIn: the whole of a country, or of a named place', () => {
  it.each([
    'People injured nationwide',
    'Flood death toll across eastern Libya',
    'more than 900 wounded across Lebanon',
    'dans tout le pays',
    "dans tout l'est libyen",
    "à l'échelle nationale",
    'في عموم البلاد',
    'في أنحاء شرق ليبيا',
    'على مستوى البلاد',
    'the region as a whole',
    // A federal state's whole beside its counties.
    'Statewide death toll',
    "le bilan dans tout l'État",
    'الحصيلة على مستوى الولاية',
  ])('%s', (text) => expect(wholePlaceIn(text)).toBe(true))
  it.each([
    // Across something that is no place's whole.
    'fled across the border',
    'à travers les décombres',
    'Death toll in Velmora',
    'across the river from the town',
  ])('not: %s', (text) => expect(wholePlaceIn(text)).toBe(false))
})

describe('the whole narrows a label, and a figure', () => {
  it('a label', () => {
    expect(narrowingOf('People injured nationwide', '')).toEqual({ whole: true })
    expect(narrowingOf('Injured in Velmora province', '')).toEqual({})
  })
  it('a figure: its own words or its sentence’s head for the whole, its own words for the rest of a place', () => {
    const text = 'Officials counted 45 injured in Velmora and 12 elsewhere in the country.'
    const at = (f: string) => { const start = text.indexOf(f); return { start, end: start + f.length } }
    const sentence = { start: 0, end: text.length }
    const twelve = figureNarrowing(text, { span: at('12'), sentence, text: '12' }, { start: at('45').end, end: text.length }, { start: 0, end: at('45').start })
    expect(twelve.outside).toBe(true)
    const head = 'Across the country, 320 people were injured.'
    const f = figureNarrowing(head, { span: { start: 20, end: 23 }, sentence: { start: 0, end: head.length }, text: '320' }, { start: 20, end: head.length }, { start: 0, end: 20 })
    expect(f.whole).toBe(true)
  })
  it('fitsNarrowing: the whole takes no figure of the rest of a place, a part none of the whole', () => {
    const whole = { whole: true }
    const part = {}
    expect(fitsNarrowing(whole, siblingNarrowings([part]), { whole: true })).toBe(true)
    expect(fitsNarrowing(whole, siblingNarrowings([part]), {})).toBe(true)
    expect(fitsNarrowing(whole, siblingNarrowings([part]), { outside: true })).toBe(false)
    expect(fitsNarrowing(part, siblingNarrowings([whole]), { whole: true })).toBe(false)
    expect(fitsNarrowing(part, siblingNarrowings([whole]), {})).toBe(true)
  })
})

describe('placement: a figure of the whole country goes to the whole’s topic, never to a part’s', () => {
  const topics = () => [topic('all', 'People injured nationwide', 'count'), topic('velmora', 'Injured in Velmora province', 'count')]
  it.each([
    ['en', 'Officials counted 45 injured in Velmora province and 320 injured across the country.', '45', '320'],
    ['fr', 'Les autorités ont recensé 45 blessés dans la province de Velmora et 320 blessés dans tout le pays.', '45', '320'],
    ['ar', 'أحصت السلطات 45 جريحا في إقليم فيلمورا و320 جريحا في عموم البلاد.', '45', '320'],
  ] as const)('%s', (lang, text, part, whole) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.velmora ?? []).not.toContain(whole)
    expect(got.all).toContain(whole)
  })
})

describe('placement: the whole’s topic takes no figure of the rest of a place', () => {
  const topics = () => [topic('all', 'Flood deaths nationwide', 'count'), topic('in', 'Flood deaths in Velmora', 'count'), topic('out', 'Flood deaths outside Velmora', 'count')]
  it.each([
    ['en', 'The floods killed 40 people in Velmora and 12 elsewhere.'],
    ['fr', 'Les inondations ont tué 40 personnes à Velmora et 12 ailleurs.'],
  ] as const)('%s', (lang, text) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.out).toEqual(['12'])
    expect(got.all ?? []).not.toContain('12')
  })
})

describe('placement: a capital stands for its country among topics told apart by country', () => {
  const topics = () => [topic('niger', 'French troops in Niger', 'count'), topic('chad', 'French troops in Chad', 'count')]
  it.each([
    ['en', "Some 1,500 French troops are deployed in Niger. About 1,000 French soldiers are based in N'Djamena, where the command sits.", 'Some 1,500', 'About 1,000'],
    ['fr', "Quelque 1 500 militaires français sont déployés au Niger. C'est à N'Djamena que se trouve l'état-major, où sont basés un millier de soldats français.", 'Quelque 1 500', 'un millier'],
  ] as const)('%s', (lang, text, niger, chad) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.niger).toEqual([niger])
    expect(got.chad).toEqual([chad])
  })
})

describe('placement: scattered places after a figure said in a named place are the rest of it', () => {
  const topics = () => [topic('in', 'Deaths in Velmora', 'count'), topic('out', 'Deaths outside Velmora', 'count')]
  it.each([
    ['en', 'The commission said 17 people were killed in Velmora and 22 others in various parts of the country.'],
    ['fr', 'Selon la commission, 17 personnes ont été tuées à Velmora et 22 autres ont été tuées dans différentes régions du pays.'],
    ['ar', 'وقالت اللجنة إن 17 شخصا قتلوا في العاصمة فيلمورا و22 آخرين في مناطق متفرقة من البلاد.'],
  ] as const)('%s', (lang, text) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.in).toEqual(['17'])
    expect(got.out).toEqual(['22'])
  })
  it('scattered places alone are the whole: no rest of a place', () => {
    const got = placed(source('a', 'ar', 'لقي 15 شخصا حتفهم في حرائق اشتعلت في مناطق متفرقة من البلاد.'), [topic('all', 'Wildfire deaths', 'count'), topic('out', 'Deaths outside Velmora', 'count')])
    expect(got.all).toEqual(['15'])
    expect(got.out ?? []).toEqual([])
  })
})
