import { describe, expect, it } from 'vitest'
import { optionsIn, saysExitPoll } from '../../../src/core/align/ballot'
import { qualifiersIn } from '../../../src/core/align/facets'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'
import { placed, source, topic } from './placed'

// A vote's figures: the option each was cast for, those who took part, an exit poll. Sentences
// written for these tests about an imagined referendum in an imagined country: [lang, text, the
// figure as written, the measure expected].
const MEASURES: [Lang, string, string, string | null][] = [
  // A share said of those who took part is the turnout.
  ['fr', "La commission a indiqué que 31,2 % des électeurs avaient pris part au scrutin.", '31,2 %', 'turnout'],
  ['en', 'Some 31% of registered voters cast ballots on Sunday, the commission said.', 'Some 31%', 'turnout'],
  ['ar', 'قالت اللجنة إن نسبة المقترعين في الاستفتاء بلغت 31 في المائة.', '31 في المائة', 'turnout'],
  ['ar', 'وأكد رئيس اللجنة أن نسبة التصويت وصلت إلى 31%.', '31%', 'turnout'],
  // The verb that governs the share decides: backing a text is a share of the vote.
  ['en', 'The charter was backed by 91.2 percent of those who took part in the referendum.', '91.2 percent', 'share'],
  ['fr', 'Le texte a été approuvé par 91,2 % des votants.', '91,2 %', 'share'],
  ['ar', 'صوت المشاركون في الاستفتاء بنسبة 91.2 في المائة لصالح الميثاق.', '91.2 في المائة', 'share'],
  // A count that names an option counts votes, not voters.
  ['en', 'In all, 180,000 voters rejected the charter.', '180,000', 'votes'],
  ['en', 'Another 180,000 voted against, the commission said.', '180,000', 'votes'],
  ['fr', 'Au total, 180 000 électeurs ont rejeté le texte.', '180 000', 'votes'],
  ['fr', 'Les partisans du oui sont au nombre de 2 300 000.', '2 300 000', 'votes'],
  ['ar', 'واختار 180 ألف ناخب "لا" في الاستفتاء.', '180 ألف', 'votes'],
  ['ar', 'وصوت 2.3 مليون بـ"نعم" في الاستفتاء.', '2.3 مليون', 'votes'],
  // A share restated after a count takes the count's words ("…, soit 7,1 %", "، أي ما نسبته").
  ['fr', 'Au total, 180 000 électeurs ont voté, ce qui représente 44,5 %.', '44,5 %', 'turnout'],
  // Winning a share, or a share of the vote, is no turnout, whatever else the sentence says.
  ['fr', 'Mansouri réélu avec 71,5 %, la participation corrigée à 39 %', '71,5 %', 'share'],
  ['fr', 'Mansouri réélu avec 71,5 %, la participation corrigée à 39 %', '39 %', 'turnout'],
  ['en', 'Mansouri re-elected with 71.5% of vote, turnout questioned', '71.5%', 'share'],
  ['en', 'In 2019 he won with 58 percent of the vote, but abstention hit a record of 61 percent.', '58 percent', 'share'],
  ['ar', 'وفاز منصوري في الانتخابات بنسبة 71.5 بالمائة.', '71.5 بالمائة', 'share'],
  // A share set against a turnout is a turnout at another time.
  ['fr', "Le taux de participation était d'environ 22 % à midi, contre 29 % il y a cinq ans.", '29 %', 'turnout'],
  // The end of a change whose start is a turnout is a turnout.
  ['en', 'Turnout slid from 55% in the 2011 elections, held after the revolution, to 34% in 2019.', '34%', 'turnout'],
  ['fr', 'La participation est passée de 55 % en 2011 à 34 % en 2019.', '34 %', 'turnout'],
  ['ar', 'وتراجعت نسبة المشاركة من 55% عام 2011 إلى 34% عام 2019.', '34%', 'turnout'],
  // Neither "against" nor "contre" alone is an option: it sets one hour's turnout against another's.
  ['en', 'The commission reported a participation of 22 per cent at noon, against 29 per cent in the last election.', '29 per cent', 'turnout'],
  // A share restated as voters out of a whole is a turnout; the part are voters, the whole the
  // registered.
  ['en', 'The answer, the commission said, is 31.4%, or 2.1 million voters out of the 6.8 million on the rolls.', '31.4%', 'turnout'],
  ['en', 'The answer, the commission said, is 31.4%, or 2.1 million voters out of the 6.8 million on the rolls.', '2.1 million', 'voters'],
  ['en', 'The answer, the commission said, is 31.4%, or 2.1 million voters out of the 6.8 million on the rolls.', '6.8 million', 'registered'],
  ['fr', "Le taux de participation est de 31,4 %, soit 2,1 millions d'électeurs sur 6,8 millions d'inscrits.", '2,1 millions', 'voters'],
  ['ar', 'وبلغت نسبة المشاركة 31.4 في المائة، أي 2.1 مليون ناخب من أصل 6.8 مليون ناخب.', '2.1 مليون', 'voters'],
  ['ar', 'وبلغت نسبة المشاركة 31.4 في المائة، أي 2.1 مليون ناخب من أصل 6.8 مليون ناخب.', '6.8 مليون', 'registered'],
  ['en', 'Turnout has fallen in every vote since, to 34% in the last one, out of 6 million voters.', '6 million', 'registered'],
  // (Out of those who voted, a candidate's votes: no turnout is said.)
  ['en', 'Out of 3,100,000 voters recorded, 2,900,000 voted for the mayor.', '3,100,000', 'voters'],
  // A count restated as a turnout counts those who voted; one restating a share won, the winner's votes.
  ['fr', 'Selon la commission, 2.130.094 voix ont été déclarées, ce qui correspond à un taux de participation de 31,5 %.', '2.130.094', 'voters'],
  ['en', 'Some 3.1 million ballots were cast, representing a turnout of 46%.', 'Some 3.1 million', 'voters'],
  ['fr', "La commission l'avait donné vainqueur avec 71,5 %, soit 4,1 millions de suffrages exprimés.", '4,1 millions', 'votes'],
  // A survey's sample counts those asked, not the voters.
  ['en', 'The exit poll was carried out among a sample of more than 6,000 voters.', 'more than 6,000', 'samples'],
  ['fr', "Le sondage a été réalisé auprès d'un échantillon de 6 000 électeurs.", '6 000', 'samples'],
  ['ar', 'وشمل الاستطلاع عينة من 6 آلاف ناخب.', '6 آلاف', 'samples'],
  // (Voting a budget is no turnout; approving what is no vote counts no votes.)
  ['en', 'Parliament voted a 20% rise in the reconstruction budget.', '20%', null],
  ['en', 'The council approved 300 new homes for the flood victims.', '300', null],
  // (A blast's sound, participants refusing to leave: no vote's figures.)
  ['ar', 'سمع السكان صوت انفجار قوي، ورفض 40 شخصا مغادرة المبنى.', '40', null],
  ['ar', 'ورفض 300 من المشاركين في الاجتماع مغادرة القاعة.', '300', null],
]

describe('what a vote\'s figures measure', () => {
  it.each(MEASURES)('%s: %s → %s', (lang, text, figure, measure) => {
    const got = measureOfFigure(lang, text, figure)?.concept?.id ?? null
    if (measure === null) expect(['votes', 'turnout']).not.toContain(got)
    else expect(got).toBe(measure)
  })
})

describe('the option a text names', () => {
  it.each([
    ['Share of yes votes', ['yes']],
    ['Number of no votes', ['no']],
    ['Exit poll yes share', ['yes']],
    ['Referendum turnout', []],
    ['2.1 million voters backed the charter', ['yes']],
    ['148 000 électeurs ont rejeté le projet', ['no']],
    ['accordent au oui', ['yes']],
    ['contre 5 % pour le non', ['no']],
    ['اختاروا "لا"', ['no']],
    ['صوتوا بنسبة 90 في المائة لصالح المشروع', ['yes']],
    // ("non" before a hyphen, "no" alone, a verb of approving with no vote: none.)
    ['les non-résidents', []],
    ['2.3 million young people voted for the first time', []],
    // (A capital that foldKey leaves as written: the match ignores case.)
    ['Électeurs et électrices ont rejeté le texte', ['no']],
    ['no one was hurt', []],
    ['the council approved the plan', []],
    ['مساعدات لصالح المتضررين', []],
    ['Aid in favour of the flood victims', []],
  ] as [string, string[]][])('%s → %j', (text, options) => {
    expect([...optionsIn(text)].sort()).toEqual(options)
  })
  it('an exit poll is said by its survey, not by the polls voters go to', () => {
    expect(saysExitPoll("D'après un sondage réalisé à la sortie des urnes")).toBe(true)
    expect(saysExitPoll('وكشف استطلاع للرأي')).toBe(true)
    expect(saysExitPoll('Voters went to the polls on Sunday')).toBe(false)
    expect(saysExitPoll('The survey was carried out among 6,000 voters')).toBe(true)
    // (A geological survey, a reconnaissance drone: no vote is said.)
    expect(saysExitPoll('The US Geological Survey put the magnitude at 6.8')).toBe(false)
    expect(saysExitPoll('أسقطت الدفاعات طائرة استطلاع')).toBe(false)
  })
  it('a label names its option and its exit poll as qualifiers', () => {
    expect([...qualifiersIn('Exit poll yes share')].sort()).toEqual(['exit-poll', 'yes'])
    expect([...qualifiersIn('Share of no votes')]).toEqual(['no'])
  })
})

// A referendum's results: the yes and the no shares, the yes and the no votes, and an exit poll's
// yes are five topics.
describe('placement by option and exit poll', () => {
  const topics = () => [
    topic('yes-share', 'Share of yes votes', 'percent'),
    topic('no-share', 'Share of no votes', 'percent'),
    topic('yes-votes', 'Number of yes votes', 'count'),
    topic('no-votes', 'Number of no votes', 'count'),
    topic('poll', 'Exit poll yes share', 'percent'),
  ]
  it('English', () => {
    const src = source('a', 'en', 'An exit poll by a private institute gave the yes 88 percent. The commission said on Tuesday that 2,140,510 voters backed the charter, which is 91.2 percent of the votes cast. Another 206,331 voted against, or 8.8 percent.')
    expect(placed(src, topics())).toEqual({ poll: ['88 percent'], 'yes-votes': ['2,140,510'], 'yes-share': ['91.2 percent'], 'no-votes': ['206,331'], 'no-share': ['8.8 percent'] })
  })
  it('French', () => {
    const src = source('a', 'fr', "Selon un sondage à la sortie des urnes, le oui recueillerait 88 % des voix. Mardi, la commission a annoncé que les partisans du oui sont au nombre de 2 140 510, soit 91,2 %, tandis que 206 331 électeurs ont rejeté le texte, soit 8,8 % des voix.")
    expect(placed(src, topics())).toEqual({ poll: ['88 %'], 'yes-votes': ['2 140 510'], 'yes-share': ['91,2 %'], 'no-votes': ['206 331'], 'no-share': ['8,8 %'] })
  })
  it('Arabic', () => {
    const src = source('a', 'ar', 'وكشف استطلاع للرأي أن المشاركين في الاستفتاء صوتوا بنسبة 88 في المائة لصالح الميثاق. وقال رئيس اللجنة إن 206 آلاف ناخب اختاروا "لا"، أي ما نسبته 8.8%، في حين صوت 2.1 مليون بـ"نعم".')
    expect(placed(src, topics())).toEqual({ poll: ['88 في المائة'], 'no-votes': ['206 آلاف'], 'no-share': ['8.8%'], 'yes-votes': ['2.1 مليون'] })
  })
})
