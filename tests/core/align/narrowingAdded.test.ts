import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { fitsNarrowing, narrowingOf, siblingNarrowings } from '../../../src/core/align/narrowing'
import { addedByFigure, addedInLabel } from '../../../src/core/align/narrowAdded'

// What was added to a count beside the count itself: "Deaths added in a week" beside "Death toll".
// Sentences written for these tests, about a place that does not exist.

describe('addedInLabel', () => {
  it.each(['Deaths added on 10 August', 'Deaths added in a week', 'Rise in people affected since July', 'Extra aid for lost goods', 'Morts supplémentaires'])('%s', (label) => expect(addedInLabel(label)).toBe(true))
  it.each(['Death toll', 'People affected', 'Date the minister added the figures'.replace('added', 'gave')])('not: %s', (label) => expect(addedInLabel(label)).toBe(false))
  it('narrowingOf keeps it', () => expect(narrowingOf('Deaths added in a week', '')).toEqual({ added: true }))
})

describe('addedByFigure: the figure’s own words, or its mark as an increment', () => {
  const read = (text: string, figure: string, kind: 'count' | 'money' | 'percent' | 'date' = 'count', role?: 'increment') => {
    const start = text.indexOf(figure)
    return addedByFigure(text, { span: { start, end: start + figure.length }, quantity: { kind } as never, role }, { start: 0, end: text.length })
  }
  it.each([
    ['The toll rose to 58, with 12 more deaths recorded in the hills.', '12', 'count'],
    ['Le bilan atteint 487 morts, soit 146 de plus en une semaine.', '146', 'count'],
    ['Another 9 bodies were found on Friday.', '9', 'count'],
    ['Chaque foyer recevra jusqu’à 10 000 euros supplémentaires.', '10 000 euros', 'money'],
    ['Le nombre de sinistrés a augmenté de 50 % en une semaine.', '50 %', 'percent'],
    ['وسجلت السلطات وفاتين إضافيتين في القرية.', 'وفاتين', 'count'],
    ['The bodies were added on 10 August to the list.', '10 August', 'date'],
    ['أضيفت يوم الخميس إلى الحصيلة', 'الخميس', 'date'],
  ] as const)('%s', (text, figure, kind) => expect(read(text, figure, kind)).toBe(true))
  it.each([
    ['The toll rose to 58 on Tuesday.', '58', 'count'],
    // A speaker who "added" says more; the day is not one of an addition.
    ['The minister added on Monday that 40 had died.', 'Monday', 'date'],
    ["Le ministre a ajouté le 10 août que 40 personnes étaient mortes.", '10 août', 'date'],
    // ("encore" before a number is "still").
    ['Il y a encore 12 disparus dans la vallée.', '12', 'count'],
    ['The flood struck on 10 August.', '10 August', 'date'],
  ] as const)('not: %s', (text, figure, kind) => expect(read(text, figure, kind)).toBe(false))
  it('a count extraction marked an increment', () => expect(read('Officials reported 7 on the hill.', '7', 'count', 'increment')).toBe(true))
})

describe('fitsNarrowing: the topic of what was added takes only what was added, the count none of it', () => {
  it('both ways', () => {
    expect(fitsNarrowing({ added: true }, siblingNarrowings([{}]), { added: true })).toBe(true)
    expect(fitsNarrowing({ added: true }, siblingNarrowings([{}]), {})).toBe(false)
    expect(fitsNarrowing({}, siblingNarrowings([{ added: true }]), { added: true })).toBe(false)
    expect(fitsNarrowing({}, siblingNarrowings([{ added: true }]), {})).toBe(true)
  })
})

describe('placement: a count said as added goes to the topic of what was added', () => {
  const topics = () => [topic('toll', 'Flood death toll', 'count'), topic('added', 'Flood deaths added in a week', 'count')]
  it.each([
    ['en', 'The flood death toll in Velmora rose to 487. Officials recorded an additional 146 deaths in a week.', '146'],
    ['fr', 'Le bilan des inondations à Velmora atteint 487 morts. Les autorités ont recensé 146 décès supplémentaires en une semaine.', '146'],
    ['ar', 'ارتفعت حصيلة ضحايا الفيضانات في فيلمورا إلى 487 قتيلا. وسجلت السلطات 146 وفاة إضافية خلال أسبوع.', '146'],
  ] as const)('%s', (lang, text, added) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.added).toEqual([added])
    expect(got.toll).toEqual(['487'])
  })
})

describe('placement: the day deaths were added is not the day of the event', () => {
  const topics = () => [topic('flood', 'Date of the flood', 'date'), topic('added', 'Date deaths were added to the toll', 'date')]
  it.each([
    ['en', 'The flood struck Velmora on 3 May. Twelve more bodies were added to the death toll on 10 May, officials said.', '3 May', '10 May'],
    ['fr', "L'inondation a frappé Velmora le 3 mai. Douze corps ont été ajoutés au bilan le 10 mai, selon les autorités.", '3 mai', '10 mai'],
    ['ar', 'ضربت الفيضانات فيلمورا يوم 3 مايو. وأضيفت 12 جثة إلى الحصيلة يوم 10 مايو، بحسب السلطات.', 'يوم 3 مايو', 'يوم 10 مايو'],
  ] as const)('%s', (lang, text, event, added) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.flood).toEqual([event])
    expect(got.added).toEqual([added])
  })
})
