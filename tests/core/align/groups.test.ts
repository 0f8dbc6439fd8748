import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { groupsIn, groupsOfFigure, saidAsPart } from '../../../src/core/align/groups'
import type { Lang } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// The group a count is of, read from the figure's own words, and placement among a toll and the
// topics of its groups: reports written for these tests.

/** The groups the nth figure written `figure` counts, read in its own stretch (up to its neighbours). */
function groupsOf(lang: Lang, text: string, figure: string, nth = 1): string[] {
  const claims = extractClaims(source('a', lang, text)).filter((c) => c.quantity.kind === 'count').sort((a, b) => a.span.start - b.span.start)
  const c = claims.filter((x) => x.text === figure)[nth - 1]
  if (!c) throw new Error(`no figure ${figure} in ${text}`)
  const i = claims.indexOf(c)
  const own = { start: claims[i - 1]?.span.end ?? c.sentence.start, end: claims[i + 1]?.span.start ?? c.sentence.end }
  return [...groupsOfFigure(c, text, own)].sort()
}

describe('a group named in three languages, Arabic with its article and endings', () => {
  it.each([
    ['Foreigners among the dead', ['foreigners']],
    ['Étrangers parmi les victimes', ['foreigners']],
    ['القتلى الأجانب', ['foreigners']],
    ['أصيب أجنبيان', ['foreigners']],
    ['قتل ثلاثة طلاب وطالبتان', ['students']],
    ['Enfants blessés', ['children']],
    ['Women and men among the injured', ['men', 'women']],
  ] as const)('%s', (text, ids) => {
    expect([...groupsIn(text)].sort()).toEqual(ids)
  })
  it('a kind of people that is often the whole count is no part', () => {
    expect(groupsIn('12 soldiers and 300 pilgrims').size).toBe(0)
  })
})

describe('the group of a figure is read from its own words', () => {
  it.each([
    ['en', 'The fire killed 48 people, including 9 foreigners.', '9', ['foreigners']],
    ['en', 'The fire killed 48 people, 9 of them foreign nationals.', '9', ['foreigners']],
    ['en', 'The fire killed 48 people, including 9 foreigners.', '48', []],
    ['fr', "L'incendie a fait 48 morts, dont 9 étrangers.", '9', ['foreigners']],
    ['fr', "L'incendie a fait 48 morts, dont 9 Marocains.", '9', ['nation:Morocco']],
    ['ar', 'أودى الحريق بحياة 48 شخصاً، من بينهم 9 أجانب.', '9', ['foreigners']],
    ['ar', 'أودى الحريق بحياة 48 شخصاً، بينهم 9 مصريين.', '9', ['nation:Egypt']],
    ['ar', 'وتوزع القتلى الأجانب على النحو التالي: 5 من تونس، و3 من الجزائر.', '5', ['nation:Tunisia']],
    ['ar', 'وتوزع القتلى الأجانب على النحو التالي: 5 من تونس، و3 من الجزائر.', '3', ['nation:Algeria']],
    ['en', 'The victims included seven Syrians and two Lebanese.', 'seven', ['nation:Syria']],
    // The figure as the noun itself: a dual.
    ['ar', 'قتل 11 شخصاً بينهم طفلان.', 'طفلان', ['children']],
    // A breakdown by sex: each figure its own group, not its neighbour's.
    ['ar', 'وكان بين القتلى 30 امرأة و18 رجلاً.', '18', ['men']],
    ['en', 'The dead were 30 women and 18 men.', '18', ['men']],
  ] as const)('%s: %s (%s)', (lang, text, figure, ids) => {
    expect(groupsOf(lang, text, figure)).toEqual(ids)
  })
  it.each([
    ['en', 'Some 9 foreigners, from Morocco, Egypt and Tunisia, were among the dead.', 'Some 9'],
    ['fr', 'Neuf étrangers, venus du Maroc, d’Égypte et de Tunisie, figurent parmi les morts.', 'Neuf'],
    ['ar', 'وبين القتلى 9 أجانب من المغرب ومصر وتونس.', '9'],
  ] as const)('%s: peoples listed together are the whole of the list, not the figure\'s people', (lang, text, figure) => {
    expect(groupsOf(lang, text, figure)).toEqual(['foreigners'])
  })
})

describe('a figure given as a part of the one before it', () => {
  it.each([
    [', including ', ' foreigners', true],
    [' morts, dont ', ' étrangers', true],
    [' شخصا، من بينهم ', ' أجانب', true],
    [', ', ' of them foreign nationals', true],
    [' blessés, ', " d'entre eux étrangers", true],
    [' قتيلا و', ' جريحا', false],
    [' dead and ', ' injured', false],
  ])('"%s" … "%s"', (between, after, expected) => {
    expect(saidAsPart(between, after)).toBe(expected)
  })
})

describe('a toll, its foreigners and its peoples', () => {
  const topics = () => [
    topic('dead', 'Death toll of the fire', 'count'),
    topic('foreign-dead', 'Foreigners among the dead', 'count'),
    topic('foreign-injured', 'Foreigners among the injured', 'count'),
    topic('egyptian-dead', 'Egyptians among the dead', 'count'),
  ]
  it.each([
    ['en', 'The hotel fire killed 48 people, including 9 foreigners, and injured 70, 4 of them foreigners.', '48', '9', '4'],
    ['fr', "L'incendie de l'hôtel a fait 48 morts, dont 9 étrangers, et 70 blessés, dont 4 étrangers.", '48', '9', '4'],
    ['ar', 'أودى حريق الفندق بحياة 48 شخصاً، من بينهم 9 أجانب، وأصيب 70 آخرون بينهم 4 أجانب.', '48', '9', '4'],
  ] as const)('%s: the toll keeps the whole, each measure its foreigners', (lang, text, all, foreignDead, foreignInjured) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.dead).toEqual([all])
    expect(got['foreign-dead']).toEqual([foreignDead])
    expect(got['foreign-injured']).toEqual([foreignInjured])
    expect(got['egyptian-dead']).toBeUndefined()
  })
  it.each([
    ['en', 'The hotel fire killed 48 people. Among the foreign dead were five Egyptians and two Moroccans.', 'five'],
    ['fr', "L'incendie de l'hôtel a fait 48 morts. Parmi les victimes étrangères, on compte cinq Égyptiens et deux Marocains.", 'cinq'],
    ['ar', 'أودى حريق الفندق بحياة 48 شخصاً. ومن بين القتلى الأجانب خمسة مصريين ومغربيان.', 'خمسة'],
  ] as const)('%s: a people of the foreign dead goes to its own topic, not to the foreigners or the toll', (lang, text, egyptians) => {
    const got = placed(source('a', lang, text), topics())
    expect(got['egyptian-dead']).toEqual([egyptians])
    expect(got['foreign-dead']).toBeUndefined()
    expect(got.dead).toEqual(['48'])
  })
  it.each([
    ['en', 'The hotel fire killed 48 people: 30 women and 18 men.'],
    ['fr', "L'incendie de l'hôtel a fait 48 morts, parmi lesquels 30 femmes et 18 hommes."],
    ['ar', 'أودى حريق الفندق بحياة 48 شخصاً، هم 30 امرأة و18 رجلاً.'],
  ] as const)('%s: a breakdown by sex stays out of the toll, and each part goes to its own group', (lang, text) => {
    const got = placed(source('a', lang, text), [topic('dead', 'Death toll of the fire', 'count'), topic('women-dead', 'Women among the dead', 'count')])
    expect(got.dead).toEqual(['48'])
    expect(got['women-dead']).toEqual(['30'])
  })
})

describe('a part of a group is not that group\'s count', () => {
  it.each([
    ['en', 'Gunmen abducted nine health workers, among them five doctors.', 'nine'],
    ['fr', 'Des hommes armés ont enlevé neuf soignants, dont cinq médecins.', 'neuf'],
    ['ar', 'اختطف مسلحون تسعة من العاملين الصحيين، بينهم خمسة أطباء.', 'تسعة'],
  ] as const)('%s: the doctors among the health workers stay out of the health workers\' topic', (lang, text, all) => {
    expect(placed(source('a', lang, text), [topic('abducted', 'Health workers abducted', 'count')]).abducted).toEqual([all])
  })
  it.each([
    ['en', 'Some 300 people are still missing. 120 of them came from Egypt.', 'Some 300'],
    ['fr', "Quelque 300 personnes sont toujours portées disparues. 120 d'entre eux venaient d'Égypte.", 'Quelque 300'],
    ['ar', 'لا يزال نحو 300 شخص في عداد المفقودين. 120 منهم من مصر.', 'نحو 300'],
  ] as const)('%s: "of them" gives a part of a count said in the sentence before', (lang, text, all) => {
    expect(placed(source('a', lang, text), [topic('missing', 'People missing', 'count')]).missing).toEqual([all])
  })
})


describe('a people named by its country', () => {
  it.each([
    ['en', 'The fire killed 48 people. Of the foreign victims, 6 were from Egypt and 2 from Morocco.', '6'],
    ['fr', "L'incendie a fait 48 morts. Parmi les victimes étrangères, 6 venaient d'Égypte et 2 du Maroc.", '6'],
    ['ar', 'أودى الحريق بحياة 48 شخصاً. ومن بين الضحايا الأجانب 6 من مصر و2 من المغرب.', '6'],
  ] as const)('%s: "from Egypt" counts Egyptians, and neither country\'s figure is the toll', (lang, text, egypt) => {
    const got = placed(source('a', lang, text), [topic('dead', 'Death toll of the fire', 'count'), topic('egyptian-dead', 'Egyptians among the dead', 'count')])
    expect(got.dead).toEqual(['48'])
    expect(got['egyptian-dead']).toEqual([egypt])
  })
})

// Words of a group that also name something else: an adjective ("مؤتمر صحفي", a press
// conference), a verb ("وطالب", and he demanded), another group's name ("رجال الإطفاء",
// firefighters; "fire crew"), a compound ("man-made").
describe('no group in look-alikes', () => {
  it.each([
    'وقال الوزير في مؤتمر صحفي إن 40 منزلا دمرت',
    'وطالب المحافظ بإرسال 30 شاحنة',
    'وتمكن رجال الإطفاء من إخماد 12 حريقا',
    'The fire crew saved 12 homes near the man-made lake.',
  ])('%s', (text) => expect([...groupsIn(text)]).toEqual([]))
  it('still reads the groups themselves', () => {
    expect([...groupsIn('بينهم ثلاثة صحفيين')]).toEqual(['journalists'])
    expect([...groupsIn('عشرة طلاب')]).toEqual(['students'])
    expect([...groupsIn('54 رجلاً')]).toEqual(['men'])
    expect([...groupsIn('the crew of the ferry')]).toEqual(['crew'])
  })
})
