import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { figureNarrowing, fitsNarrowing, hourIn, narrowingOf, narrowingSiblings, siblingNarrowings, storyYearOf, withNarrowing, yearIn } from '../../../src/core/align/narrowing'
import { topicFromText } from '../../../src/core/align/topicFromText'

// Sibling topics that share a measure and differ by one narrowing word: a side of a divided land,
// another time, an hour of the day, abroad. Sentences written for these tests, about places and
// people that do not exist.

describe('narrowingOf: what a label narrows its measure to', () => {
  it.each([
    ['Flood deaths in rebel-held areas', '', { side: 'rebels' }],
    ['Flood deaths on the government-held side', '', { side: 'government' }],
    ['Russian-side deaths by district', '', { side: 'Russia' }],
    // Both sides named: their whole.
    ['Flood deaths in Tarvania', 'people killed in government-held and rebel-held areas together', {}],
    ['Turnout at 5 pm', '', { hour: 17 }],
    ['Turnout at 17:00 in 2019', '', { year: 2019, hour: 17 }],
    ['Date of the previous election', '', { previous: true }],
    // "The earlier" fire is a previous one; "earlier" alone is only when something was said.
    ['Dead in the earlier Velmora fire', 'people killed in the April fire at the Velmora clinic', { previous: true }],
    ['Deaths counted earlier', '', {}],
    ['Turnout abroad', '', { abroad: true }],
    ['Velmora ferry death toll', 'people killed when the Velmora ferry sank in 2011', { year: 2011 }],
    // The story's own year narrows nothing; a year that says who is counted is no time.
    ['Election day', 'when the vote was held (Sunday 10 March 2024)', {}],
    ['Quota for veterans’ children', 'share of posts reserved for children of 1971 veterans', {}],
    // A record's year is what the figures count from.
    ['Last storm as strong (1951)', '', {}],
  ] as const)('%s → %j', (label, measure, expected) => {
    expect(narrowingOf(label, measure, 2024)).toEqual(expected)
  })
})

describe('hours and years said by a figure', () => {
  it.each([
    ['at 5:00 pm (1600 GMT)', 17],
    ['à 17H00 (16H00 GMT)', 17],
    ['at 9 am', 9],
    ['turnout at 5 PM', 17],
    ['عند الخامسة من مساء السبت', 17],
    ['عند الساعة الثالثة', 3],
    ['1600 GMT', undefined],
    ['5.5 million', undefined],
    ['in 17 provinces', undefined],
  ] as const)('%s → %s', (text, hour) => expect(hourIn(text)).toBe(hour))
  it.each([
    ['in the 2019 election', 2019],
    ['contre 33 % il y a cinq ans', 2019],
    ['five years ago', 2019],
    ['قبل خمس سنوات', 2019],
    ['قبل عامين', 2022],
    ['cinq ans plus tôt', 2019],
    // Counted from a year, or days ago: no other time.
    ['since 2014', undefined],
    ['منذ 2014', undefined],
    ['قبل 3 أيام', undefined],
  ] as const)('%s → %s', (text, year) => expect(yearIn(text, 2024)).toBe(year))
})

describe('fitsNarrowing: the narrowed topic takes what names it, the broad sibling the rest', () => {
  const broad = {}
  const at5 = { hour: 17 }
  const old = { year: 2019 }
  it('an hour', () => {
    expect(fitsNarrowing(at5, siblingNarrowings([broad]), { hour: 17 }, 2024)).toBe(true)
    expect(fitsNarrowing(at5, siblingNarrowings([broad]), {}, 2024)).toBe(false)
    expect(fitsNarrowing(broad, siblingNarrowings([at5]), { hour: 17 }, 2024)).toBe(false)
    expect(fitsNarrowing(broad, siblingNarrowings([at5]), {}, 2024)).toBe(true)
  })
  it('another year, or "the previous" one', () => {
    expect(fitsNarrowing(old, siblingNarrowings([broad]), { year: 2019 }, 2024)).toBe(true)
    expect(fitsNarrowing(old, siblingNarrowings([broad]), { year: 2014 }, 2024)).toBe(false)
    expect(fitsNarrowing(old, siblingNarrowings([broad]), { year: 2024 }, 2024)).toBe(false)
    expect(fitsNarrowing(broad, siblingNarrowings([old]), { year: 2019 }, 2024)).toBe(false)
    expect(fitsNarrowing(broad, siblingNarrowings([old]), { year: 2024 }, 2024)).toBe(true)
    expect(fitsNarrowing({ previous: true }, siblingNarrowings([broad]), { previous: true }, 2024)).toBe(true)
  })
  it('a side: another side never, silence only where no sibling counts otherwise', () => {
    const ru = { side: 'Russia' }
    const ua = { side: 'Ukraine' }
    expect(fitsNarrowing(ru, siblingNarrowings([ua], ru), { sure: 'Russia' })).toBe(true)
    expect(fitsNarrowing(ru, siblingNarrowings([ua], ru), { near: 'Russia' })).toBe(true)
    expect(fitsNarrowing(ru, siblingNarrowings([ua], ru), { sure: 'Ukraine' })).toBe(false)
    expect(fitsNarrowing(ru, siblingNarrowings([ua], ru), {})).toBe(false)
    expect(fitsNarrowing(broad, siblingNarrowings([ru]), { sure: 'Russia' })).toBe(false)
    expect(fitsNarrowing(broad, siblingNarrowings([ru]), {})).toBe(true)
    // One body's count keeps what that body says.
    expect(fitsNarrowing(ru, siblingNarrowings([broad], ru), {}, undefined, true)).toBe(true)
  })
  it('abroad', () => {
    expect(fitsNarrowing({ abroad: true }, siblingNarrowings([broad]), { abroad: true })).toBe(true)
    expect(fitsNarrowing({ abroad: true }, siblingNarrowings([broad]), {})).toBe(false)
    expect(fitsNarrowing(broad, siblingNarrowings([{ abroad: true }]), { abroad: true })).toBe(false)
  })
})

describe('figureNarrowing: a figure’s own words, its sentence’s head, the figure it is set against', () => {
  const read = (text: string, figure: string, prevFigure?: string) => {
    const sentence = { start: 0, end: text.length }
    const at = (f: string) => { const start = text.indexOf(f); return { start, end: start + f.length } }
    const c = { span: at(figure), sentence, text: figure }
    const prev = prevFigure ? figureNarrowing(text, { span: at(prevFigure), sentence, text: prevFigure }, { start: 0, end: c.span.start }, { start: 0, end: 0 }, { storyYear: 2024 }) : undefined
    const own = prevFigure ? { start: text.indexOf(',', at(prevFigure).end) + 1, end: text.length } : { start: 0, end: text.length }
    return figureNarrowing(text, c, own, { start: 0, end: prevFigure ? at(prevFigure).start : c.span.start }, { storyYear: 2024, prev })
  }
  it.each([
    ['Turnout stood at 31 per cent at 5:00 pm, against 38 per cent at the same point in 2019.', '38 per cent', '31 per cent', { year: 2019, hour: 17 }],
    ['La participation atteignait 31 % à 17H00, contre 38 % il y a cinq ans.', '38 %', '31 %', { year: 2019, hour: 17 }],
    ['In 2019 the president had won with 58% of the vote.', '58%', undefined, { year: 2019 }],
    ['وبلغت نسبة المشاركة في الخارج 12 بالمائة', '12 بالمائة', undefined, { abroad: true }],
    ['La participation des électeurs à l’étranger atteignait 9 %.', '9 %', undefined, { abroad: true }],
    // The figure's own digits are no year of it.
    ['Officials said 2000 people had voted by noon.', '2000', undefined, {}],
  ] as const)('%s', (text, figure, prev, expected) => {
    expect(read(text, figure, prev)).toEqual(expected)
  })
})

describe('withNarrowing: a name that only says the side is no entity', () => {
  it.each([
    ['Flood deaths in Russian-held areas', 'Russia'],
    ['People evacuated on the Ukrainian-held side', 'Ukraine'],
  ])('%s', (label, side) => {
    const t = withNarrowing(topicFromText({ id: 't', label, kind: 'count' })!)
    expect(t.side).toBe(side)
    expect(t.entity.name).toBe('')
  })
})

describe('narrowingSiblings: siblings of siblings share the narrowings', () => {
  it('an hour of a cue topic reaches the concept topics it shares a word with', () => {
    // "Queue at 5 pm" names no measure the product reads (a cue topic); it shares "queue" with the
    // lorries stuck in it, which share their measure with the lorries turned back.
    const ts = [
      topicFromText({ id: 'stuck', label: 'Lorries stuck in the queue', kind: 'count' })!,
      topicFromText({ id: 'back', label: 'Lorries turned back', kind: 'count' })!,
      topicFromText({ id: 'at5', label: 'Queue at 5 pm', kind: 'count' })!,
    ]
    expect(ts.map((t) => t.concept ?? null)).toEqual(['vehicles', 'vehicles', null])
    const [, back] = narrowingSiblings(ts, 2024)
    expect([...back.siblings!.hours]).toEqual([17])
  })

  it('turnout at an hour is a sibling of the turnout, not of a candidate\'s share of the vote', () => {
    const ts = [
      topicFromText({ id: 'turnout', label: 'Overall turnout', kind: 'percent' })!,
      topicFromText({ id: 'share', label: 'Vaskor’s share of the vote', kind: 'percent' })!,
      topicFromText({ id: 'at5', label: 'Turnout at 5 pm', kind: 'percent' })!,
    ]
    const [turnout, share] = narrowingSiblings(ts, 2024)
    expect([...turnout.siblings!.hours]).toEqual([17])
    expect(share.siblings).toBeNull()
  })
})

it('storyYearOf: the year most reports were published in', () => {
  expect(storyYearOf([{ published: '2024-03-01' }, { published: '2024-03-02' }, { published: '2023-12-30' }, { published: null }])).toBe(2024)
  expect(storyYearOf([{ published: null }])).toBeUndefined()
})

describe('placement: a figure of a side goes to that side’s topic', () => {
  const topics = () => [topic('rebels', 'Flood deaths in rebel-held areas', 'count'), topic('gov', 'Flood deaths in government-held areas', 'count')]
  it.each([
    ['en', 'In the rebel-held north, volunteers counted 40 flood deaths. In government-held areas, officials reported 25 deaths from the floods.'],
    ['fr', 'Dans les zones rebelles, les secouristes ont recensé 40 morts dans les inondations. Dans les zones tenues par le gouvernement, les autorités font état de 25 morts.'],
    ['ar', 'في المناطق الخاضعة لسيطرة المعارضة، أحصى المتطوعون 40 قتيلا في الفيضانات. وفي المناطق الخاضعة لسيطرة الحكومة، أعلنت السلطات 25 قتيلا.'],
  ] as const)('%s', (lang, text) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.rebels).toEqual(['40'])
    expect(got.gov).toEqual(['25'])
  })
  it('a country’s side, said by who counts', () => {
    const ts = [topic('ru', 'Flood deaths in Russian-held areas', 'count'), topic('ua', 'Flood deaths on the Ukrainian-held side', 'count')]
    const got = placed(source('a', 'fr', 'La Russie a porté à 31 morts le bilan des inondations. Côté ukrainien, les autorités annoncent 12 morts.'), ts)
    expect(got.ru).toEqual(['31'])
    expect(got.ua).toEqual(['12'])
  })
})

describe('placement: a figure of another year never joins this time’s topic', () => {
  const topics = () => [topic('now', 'Vaskor’s share of the vote', 'percent'), topic('then', 'Vaskor’s 2019 vote share', 'percent')]
  it.each([
    ['en', 'Vaskor won 71% of the vote on Sunday. In 2019 he had won 58% of the vote.'],
    ['fr', 'Vaskor a obtenu 71 % des voix dimanche. En 2019, il avait obtenu 58 % des voix.'],
  ] as const)('%s', (lang, text) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.now).toEqual([lang === 'fr' ? '71 %' : '71%'])
    expect(got.then).toEqual([lang === 'fr' ? '58 %' : '58%'])
  })
})

// A record is counted from its year ("since 1951"), but what its "when" tells happened that year.
describe('placement: the toll of the record\'s year, told by its "when"', () => {
  const topics = () => [topic('now', 'Death toll of the warehouse fire', 'count'), topic('then', 'Toll of the 1951 fire', 'count')]
  it.each([
    ['en', 'At least 40 people died in the warehouse fire in Velmora. It was the deadliest blaze in the city since 1951, when 96 people died in a market fire.', 'At least 40', '96'],
    ['fr', 'Au moins 40 personnes sont mortes dans l’incendie de l’entrepôt de Velmora. C’est le plus meurtrier dans la ville depuis 1951, lorsque 96 personnes avaient péri dans un marché.', 'Au moins 40', '96'],
    ['ar', 'لقي 40 شخصاً على الأقل حتفهم في حريق المستودع في فيلمورا. ويُعد الحريق الأسوأ في المدينة منذ عام 1951، حين قضى 96 شخصاً في حريق سوق.', '40', '96'],
  ] as const)('%s', (lang, text, now, then) => {
    const got = placed(source(`w-${lang}`, lang, text), topics())
    expect(got.then).toEqual([then])
    expect(got.now).toEqual([now])
  })
})
