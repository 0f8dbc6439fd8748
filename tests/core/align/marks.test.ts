import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { distinctMarks, fitsMarks, marksIn, tellsIn, withThingDays } from '../../../src/core/align/marks'

// Topics of one measure told apart by what did it (two kinds of device in two waves), the day of
// each wave, the whole of both, and a group among the dead: reports written for these tests.

const waves = () => [
  topic('drone-dead', 'Deaths in the drone strikes of Monday', 'count'),
  topic('shell-dead', 'Deaths in the shelling of Thursday', 'count'),
  topic('both-dead', 'Deaths in both waves together', 'count'),
]

describe('marks read in three languages', () => {
  it.each([
    ['en', 'Two walkie-talkies blew up on Wednesday', ['walkie-talkie', 'wednesday']],
    ['fr', 'Des talkies-walkies ont sauté mercredi', ['walkie-talkie', 'wednesday']],
    ['ar', 'انفجرت أجهزة اللاسلكي يوم الأربعاء', ['walkie-talkie', 'wednesday']],
    ['ar', 'انفجار أجهزة البيجر في الموجتين', ['pager', 'whole']],
    ['fr', 'au total, dont trois enfants', ['whole', 'children']],
  ] as const)('%s: %s', (_lang, text, ids) => {
    expect([...marksIn(text)].sort()).toEqual([...ids].sort())
  })
  it('a wireless device in general is neither kind', () => {
    expect(marksIn('انفجرت أجهزة اتصال لاسلكية في أيدي حامليها').size).toBe(0)
  })
  it('marks every topic of a measure shares tell nothing', () => {
    expect([...distinctMarks([new Set(['pager', 'tuesday']), new Set(['pager', 'wednesday'])])].sort()).toEqual(['tuesday', 'wednesday'])
    expect([...distinctMarks([new Set(['pager']), new Set(['pager', 'walkie-talkie', 'whole'])])].sort()).toEqual(['pager', 'walkie-talkie', 'whole'])
    expect(distinctMarks([new Set(['pager'])]).size).toBe(0)
  })
  it('a figure naming another thing of the kind a topic has does not fit it; the whole does not fit a part', () => {
    expect(fitsMarks(new Set(['pager']), new Set(['walkie-talkie']))).toBe('no')
    expect(fitsMarks(new Set(['pager']), new Set(['whole']))).toBe('no')
    expect(fitsMarks(new Set(['pager', 'walkie-talkie', 'whole']), new Set(['whole']))).toBe('yes')
    expect(fitsMarks(new Set(['pager']), new Set())).toBe('silent')
  })
  it('a thing takes the day the other topics give it', () => {
    const [injured] = withThingDays([new Set(['pager']), new Set(['pager', 'tuesday'])])
    expect([...injured].sort()).toEqual(['pager', 'tuesday'])
  })
})

describe('placement among sibling topics of one measure', () => {
  it.each([
    ['en', 'The pager blasts killed 12 people. The walkie-talkie blasts killed 20 more.', { 'pager-dead': ['12'], 'walkie-dead': ['20'] }],
    ['fr', "L'explosion des bipeurs a tué 12 personnes. L'explosion des talkies-walkies a fait 20 morts.", { 'pager-dead': ['12'], 'walkie-dead': ['20'] }],
    ['ar', 'أودى انفجار أجهزة البيجر بحياة 12 شخصا. وأسفر انفجار أجهزة اللاسلكي عن مقتل 20 شخصا.', { 'pager-dead': ['12'], 'walkie-dead': ['20'] }],
  ] as const)('%s: each device takes its own toll', (lang, text, expected) => {
    const topics = [topic('pager-dead', 'Deaths in the pager blasts', 'count'), topic('walkie-dead', 'Deaths in the walkie-talkie blasts', 'count')]
    expect(placed(source('a', lang, text), topics)).toEqual(expected)
  })
  it.each([
    ['en', 'The strikes of Monday killed 9 people and the shelling of Thursday killed 14, so both waves together left 23 dead.', ['9'], ['14'], ['23']],
    ['fr', 'Les frappes de lundi ont tué 9 personnes et les tirs de jeudi ont fait 14 morts ; les deux vagues ont fait au total 23 morts.', ['9'], ['14'], ['23']],
    ['ar', 'قتل 9 أشخاص في غارات الاثنين. وقتل 14 شخصا في قصف الخميس. وبلغ عدد القتلى في الموجتين 23 قتيلا.', ['9'], ['14'], ['23']],
  ] as const)('%s: the day tells the waves apart, and both waves are the whole', (lang, text, monday, thursday, both) => {
    const got = placed(source('a', lang, text), waves())
    expect(got['drone-dead']).toEqual(monday)
    expect(got['shell-dead']).toEqual(thursday)
    expect(got['both-dead']).toEqual(both)
  })
  it.each([
    ['en', 'The blasts killed 12 people, including two children.', '12', 'two'],
    ['fr', 'Les explosions ont tué 12 personnes, dont deux enfants.', '12', 'deux'],
    ['ar', 'أسفرت الانفجارات عن مقتل 12 شخصا بينهم 3 أطفال.', '12', '3'],
  ] as const)('%s: a group among the dead goes to its own topic, and the whole stays out of it', (lang, text, all, children) => {
    const got = placed(source('a', lang, text), [topic('dead', 'Deaths in the blasts', 'count'), topic('children-dead', 'Children killed in the blasts', 'count')])
    expect(got.dead).toEqual([all])
    expect(got['children-dead']).toEqual([children])
  })
})

describe('a count of several peoples listed together is the whole', () => {
  const topics = () => [topic('dead', 'Deaths during the pilgrimage', 'count'), topic('syrian-dead', 'Syrian pilgrims who died', 'count')]
  it.each([
    ['en', 'At least 14 pilgrims from Syria and Lebanon died in the heat.', 'At least 14'],
    ['fr', 'Au moins 14 pèlerins venus de Syrie et du Liban sont morts de chaleur.', 'Au moins 14'],
    ['ar', 'توفي ما لا يقل عن 14 حاجا من سوريا ولبنان بسبب الحر.', 'ما لا يقل عن 14'],
  ] as const)('%s: it goes to the whole toll, not to one of the peoples', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.dead).toEqual([figure])
    expect(got['syrian-dead']).toBeUndefined()
  })
  it.each([
    ['en', 'At least 14 pilgrims from Syria died in the heat.'],
    ['fr', 'Au moins 14 pèlerins syriens sont morts de chaleur.'],
    ['ar', 'توفي 14 حاجا سوريا بسبب الحر.'],
  ] as const)('%s: one people named alone is still that people', (lang, text) => {
    expect(placed(source('a', lang, text), topics())['syrian-dead']).toHaveLength(1)
  })
})

describe('a count said of several countries together is the whole', () => {
  const topics = () => [topic('dead', 'Deaths during the pilgrimage', 'count'), topic('syrian-dead', 'Syrian pilgrims who died', 'count')]
  it.each([
    ['en', 'Counting the new Syrian figure, deaths reported by various countries rose to 840.', '840'],
    ['fr', 'Avec le chiffre syrien, les décès annoncés par les différents pays atteignent 840.', '840'],
    ['ar', 'وبإضافة الأرقام السورية، ارتفع عدد الوفيات التي أعلنتها مختلف الدول إلى 840 حالة وفاة.', '840'],
  ] as const)('%s: one people named beside it does not take it', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.dead).toEqual([figure])
    expect(got['syrian-dead']).toBeUndefined()
  })
})

describe('the whole of two waves takes no figure said of one of them', () => {
  // (No topic of the walkie-talkies alone: the figure stays unplaced rather than counted as the sum.)
  const topics = () => [topic('pager-dead', 'Deaths in the pager blasts', 'count'), topic('both-dead', 'Deaths in the pager and walkie-talkie blasts together', 'count')]
  it.each([
    ['en', 'The walkie-talkie blasts killed 20 people. Both waves together killed 32.', '32'],
    ['fr', "L'explosion des talkies-walkies a fait 20 morts. Les deux vagues ont fait au total 32 morts.", '32'],
    ['ar', 'أسفر انفجار أجهزة اللاسلكي عن مقتل 20 شخصا. وبلغ عدد القتلى في الموجتين 32 قتيلا.', '32'],
  ] as const)('%s', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics())
    expect(got['both-dead']).toEqual([figure])
    expect(got['pager-dead']).toBeUndefined()
  })
})

describe('a people inflected is still that people', () => {
  const topics = () => [topic('dead', 'Deaths during the pilgrimage', 'count'), topic('jordan-dead', 'Jordanian pilgrims who died', 'count')]
  it.each([
    ['fr', 'Les autorités font état de 60 morts jordaniens.', '60'],
    ['fr', 'Parmi les victimes, 60 pèlerines jordaniennes ont succombé à la chaleur.', '60'],
    ['en', 'Sixty Jordanians died in the heat, the ministry said.', 'Sixty'],
    ['ar', 'توفي 60 حاجا أردنيا بسبب الحر.', '60'],
  ] as const)('%s: %s', (lang, text, figure) => {
    expect(placed(source('a', lang, text), topics())['jordan-dead']).toEqual([figure])
  })
})

describe('a figure a rumour gives is the feared toll, not the official one', () => {
  const topics = () => [topic('official', 'Official death toll of the cyclone', 'count'), topic('feared', 'Feared death toll of the cyclone', 'count')]
  it.each([
    ['en', 'Officials counted 35 dead after the cyclone and dismissed rumours of 5,000 victims.', '35', '5,000'],
    ['fr', 'Le bilan officiel du cyclone est de 35 morts, mais des rumeurs évoquent 5 000 victimes.', '35', '5 000'],
    ['ar', 'أعلنت السلطات مقتل 35 شخصا جراء الإعصار، فيما تحدثت شائعات عن 5000 ضحية.', '35', '5000'],
  ] as const)('%s', (lang, text, official, feared) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.official).toEqual([official])
    expect(got.feared).toEqual([feared])
  })
})

describe('the tells of a stretch, however its words are voweled', () => {
  // (Folding drops the vowel marks: a tell just past the stretch is still past it.)
  it.each([
    ['قُتِلَ المُسَلَّحُونَ جَمِيعُهُمْ فِي الهُجُومِ، ومدنيون آخرون.', 'civilians'],
    ['قُتِلَ المُسَلَّحُونَ جَمِيعُهُمْ فِي الهُجُومِ، وجنود آخرون.', 'soldiers'],
  ])('%s', (text, id) => {
    expect(tellsIn(text, 0, text.indexOf('،')).has(id)).toBe(false)
    expect(tellsIn(text).has(id)).toBe(true)
  })
  it('a tell inside a voweled stretch is read', () => {
    const text = 'وقُتِلَ جُنُودٌ كَثِيرُونَ في شرق البلاد، وفق الجيش.'
    expect(tellsIn(text, 0, text.indexOf('،')).has('east')).toBe(true)
  })
})
