import { describe, expect, it } from 'vitest'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { Lang, QuantityKind } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'
import { placed, source, topic } from './placed'

// Measures of every election and every profile of a person, and of what a flood does beyond the
// toll: an age, a turnout, the registered, the voters, ballots valid and spoiled, livestock,
// bridges, roads, a water level. Sentences written for these tests: [lang, text, the figure as
// written, the measure expected].
const CASES: [Lang, string, string, string | null][] = [
  // An age said with a word of age, or by years set off beside a name.
  ['en', 'The 64-year-old mayor of Tinville resigned on Monday.', '64-year-old', 'age'],
  ['en', 'The council chose Karim Mansouri, 52, and Lina Haddad, 47, as its candidates.', '52', 'age'],
  ['fr', 'Le maire, Karim Mansouri, 52 ans, a démissionné lundi.', '52 ans', 'age'],
  ['fr', 'Face à lui, Lina Haddad, avocate de 47 ans qui dirige le parti, a fait campagne.', '47 ans', 'age'],
  ['ar', 'استقال رئيس البلدية كريم منصوري البالغ من العمر 52 عاماً يوم الاثنين.', '52 عاماً', 'age'],
  ['ar', 'وترشحت المحامية لينا حداد (47 عاماً) عن الحزب.', '47 عاماً', 'age'],
  // The share of the registered who voted, and of those who did not.
  ['en', 'The commission put the turnout at 41 per cent on Sunday.', '41 per cent', 'turnout'],
  ['fr', 'Le taux de participation a atteint 41 % dimanche.', '41 %', 'turnout'],
  ['ar', 'بلغت نسبة المشاركة 41 بالمائة يوم الأحد.', '41 بالمائة', 'turnout'],
  ['en', 'Abstention reached 59 per cent, a record.', '59 per cent', 'abstention'],
  ['fr', "L'abstention a atteint 59 %, un record.", '59 %', 'abstention'],
  // (A candidate's share of the vote stays a share.)
  ['en', 'Mansouri won 62 per cent of the vote.', '62 per cent', 'share'],
  // Those on the rolls, those who voted, the ballots that counted and those that did not.
  ['en', 'Some 8 million registered voters were called to the polls.', 'Some 8 million', 'registered'],
  ['fr', "Le corps électoral compte 8 millions d'inscrits.", "8 millions", 'registered'],
  ['ar', 'بلغت الهيئة الناخبة 8 ملايين ناخب.', '8 ملايين', 'registered'],
  ['fr', "Au total, 3,3 millions d'électeurs ont voté.", '3,3 millions', 'voters'],
  ['ar', 'أدلى 3 ملايين ناخب بأصواتهم في الاقتراع.', '3 ملايين', 'voters'],
  ['fr', 'La commission a décompté 210 000 bulletins nuls.', '210 000', 'spoiled'],
  ['en', 'Officials counted 210,000 spoiled ballots.', '210,000', 'spoiled'],
  ['ar', 'وسجلت اللجنة 41 ألف ورقة ملغاة.', '41 ألف', 'spoiled'],
  ['fr', 'Les voix exprimées se montent à 3,1 millions.', '3,1 millions', 'valid-votes'],
  ['en', 'Some 1.9 million voted for the mayor.', 'Some 1.9 million', 'votes'],
  ['ar', 'حصل المرشح على مليون و900 ألف صوت.', 'مليون و900 ألف', 'votes'],
  // What an election is held in and for, counted by their own noun: a centre holds several
  // stations; constituencies, candidates, seats.
  ['ar', 'وذكر بوجود نحو 5 آلاف مركز اقتراع و12 ألف مكتب تصويت في البلاد.', 'نحو 5 آلاف', 'polling-centres'],
  ['ar', 'وذكر بوجود نحو 5 آلاف مركز اقتراع و12 ألف مكتب تصويت في البلاد.', '12 ألف', 'polling-stations'],
  ['fr', 'Quelque 12 000 bureaux de vote ont ouvert à 8 heures.', 'Quelque 12 000', 'polling-stations'],
  ['en', 'Voting took place in 5,000 polling centres across the country.', '5,000', 'polling-centres'],
  ['ar', 'تشرف اللجنة على 30 دائرة انتخابية.', '30', 'constituencies'],
  ['fr', 'Le scrutin se tient dans 30 circonscriptions.', '30', 'constituencies'],
  ['en', 'Three candidates are running for president.', 'Three', 'candidates'],
  ['fr', 'Le parti a remporté 45 sièges au Parlement.', '45', 'seats'],
  ['ar', 'فاز الحزب بـ45 مقعدا في البرلمان.', '45', 'seats'],
  // Those who stayed away are neither voters nor a share.
  ['fr', "Près de 6 millions d'électeurs ont boudé les urnes.", 'Près de 6 millions', 'abstainers'],
  ['en', 'Some 6 million voters stayed away.', 'Some 6 million', 'abstainers'],
  ['ar', 'وقاطع 6 ملايين ناخب الاستفتاء.', '6 ملايين', 'abstainers'],
  // Livestock lost, bridges and roads damaged (a length of road is a distance), a water level.
  ['en', 'The floods killed 35,000 head of livestock.', '35,000', 'livestock'],
  ['fr', 'Plus de 35 000 têtes de bétail ont péri.', 'Plus de 35 000', 'livestock'],
  ['ar', 'نفق أكثر من 35 ألف رأس من الماشية.', 'أكثر من 35 ألف', 'livestock'],
  ['en', 'The water washed away 48 bridges.', '48', 'bridges'],
  ['fr', 'Les eaux ont emporté 48 ponts.', '48', 'bridges'],
  ['fr', 'Plus de 900 kilomètres de routes ont été endommagés.', 'Plus de 900 kilomètres', 'roads'],
  ['en', 'About 900 km of roads were damaged.', 'About 900 km', 'roads'],
  ['fr', "Dans la vallée, l'eau est montée de 3,5 mètres en une nuit.", '3,5 mètres', 'water-level'],
  ['ar', 'وصل منسوب المياه في النهر إلى 4 أمتار.', '4 أمتار', 'water-level'],
  // (A rise of a bare count is no water level.)
  ['en', 'The number of volunteers rose to 300.', '300', null],
]

describe('measures of elections, ages and a flood\'s damage', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, figure, measure) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id ?? null).toBe(measure)
  })
})

// Years beside a name that are no age: a time since, a length.
describe('years that are no age', () => {
  it.each([
    ['fr', "Le parti n'avait pas gagné depuis 30 ans, a dit Karim Mansouri.", '30 ans'],
    ['en', 'The council has not met for 12 years, Mansouri said.', '12 years'],
    ['en', 'In Tinville, 12 years after the flood, the dam is still broken.', '12 years'],
  ] as [Lang, string, string][])('%s: %s', (lang, text, figure) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id).not.toBe('age')
  })
})

// A district (an Algerian daïra) is no constituency: only "دائرة انتخابية" is.
describe('districts that are no constituencies', () => {
  it.each([
    ['ar', 'وسجلت 30 دائرة في الولاية أضرارا.', '30'],
    ['ar', 'وشملت الأمطار 12 دائرة و40 بلدية.', '12'],
  ] as [Lang, string, string][])('%s: %s', (lang, text, figure) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id).not.toBe('constituencies')
  })
})

// A count that rises is no water level ("the count had risen to", "le bilan est monté à").
describe('a toll that rises', () => {
  it.each([
    ['en', 'By Tuesday evening, the count in Tinville had risen to 4,100, officials said.', '4,100'],
    ['fr', 'Mardi soir, le bilan est monté à 4 100 morts à Tinville.', '4 100'],
  ] as [Lang, string, string][])('%s: %s', (lang, text, figure) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id).not.toBe('water-level')
  })
})

// A label names the thing counted before what happened to it ("Livestock killed": animals, not
// people), and a name that owns the measure is the topic's entity ("Mansouri's age").
describe('topics named by these measures', () => {
  it.each([
    ['Livestock killed', 'count', 'livestock'],
    ['Bétail mort', 'count', 'livestock'],
    ['Bridges damaged', 'count', 'bridges'],
    ['Roads damaged', 'count', 'roads'],
    ['Registered voters', 'count', 'registered'],
    ['Number of voters', 'count', 'voters'],
    ['Spoiled ballots', 'count', 'spoiled'],
    ['Turnout abroad', 'percent', 'turnout'],
    ['نسبة المشاركة', 'percent', 'turnout'],
    ['Height of the floodwater', 'count', 'water-level'],
    ["Mansouri's age", 'duration', 'age'],
    ['Polling centres', 'count', 'polling-centres'],
    ['Polling stations', 'count', 'polling-stations'],
    ['Electoral constituencies', 'count', 'constituencies'],
    ['Number of candidates', 'count', 'candidates'],
    ['Seats won by the party', 'count', 'seats'],
    ['Abstainers', 'count', 'abstainers'],
  ] as [string, QuantityKind, string][])('%s → %s', (label, kind, concept) => {
    expect(topicFromText({ id: 't', label, kind })?.concept).toBe(concept)
  })
  it('a name that owns the measure is the entity', () => {
    expect(topicFromText({ id: 't', label: "Mansouri's age", kind: 'duration' })?.entity.name).toBe('Mansouri')
  })
  it('places each age with the person it is said of', () => {
    const src = source('a', 'en', 'The council chose Karim Mansouri, 52, and Lina Haddad, 47, as its candidates.')
    const got = placed(src, [topic('mansouri', "Mansouri's age", 'duration'), topic('haddad', "Haddad's age", 'duration')])
    expect(got).toEqual({ mansouri: ['52'], haddad: ['47'] })
  })
  it('a turnout joins its topic, a candidate\'s share the other', () => {
    const src = source('a', 'en', 'The commission put the turnout at 41 per cent. Mansouri won 62 per cent of the vote.')
    const got = placed(src, [topic('turnout', 'Turnout', 'percent'), topic('share', "Mansouri's share of the vote", 'percent')])
    expect(got).toEqual({ turnout: ['41 per cent'], share: ['62 per cent'] })
  })
})
