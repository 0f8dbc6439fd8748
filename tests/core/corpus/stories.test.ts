// Stories found from the texts and days: the development reports (stories in Arabic, English and
// French; the story is the second part of each id) and short reports of our own.
import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { groupStories, pairAgreement, storyFeatures, storySimilarities } from '../../../src/core/corpus/stories'
import { loadCorpusDir } from '../../../src/cli/args'

const dev = loadCorpusDir('tests/fixtures/news/dev')
const storyOf = (id: string) => id.split('-')[1]

describe('stories of the development reports', () => {
  it('finds the stories with few pairs wrong', () => {
    const groups = groupStories(dev)
    const { precision, recall } = pairAgreement(groups, storyOf)
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.95)
    // As many groups as stories, give or take one.
    const stories = new Set(dev.map((s) => storyOf(s.id))).size
    expect(groups.length).toBeGreaterThanOrEqual(stories - 1)
    expect(groups.length).toBeLessThanOrEqual(stories + 1)
  })

  it('keeps the Hajj, the pager blasts and the Algerian fires apart, each across its three languages', () => {
    const three = dev.filter((s) => ['hajj', 'pagers', 'algfires'].includes(storyOf(s.id)))
    const groups = groupStories(three)
    expect(groups.map((g) => [...new Set(g.map(storyOf))])).toEqual([['algfires'], ['hajj'], ['pagers']])
    for (const g of groups) expect(new Set(g.map((id) => id.slice(0, 2)))).toEqual(new Set(['ar', 'en', 'fr']))
  })

  // Four stories whose Arabic reports share the words of a toll, a crowd and a fire ("حصيلة",
  // "حرائق", "قتلى", "حشود") but whose names (Itaewon, Lahaina, Mecca) the English and French reports
  // write too: each story is read across its three languages, not Arabic against the rest.
  it('keeps the Itaewon crush, the Maui fires, the Algerian fires and the Hajj apart, each across its three languages', () => {
    const four = dev.filter((s) => ['itaewon', 'maui', 'algfires', 'hajj'].includes(storyOf(s.id)))
    const groups = groupStories(four)
    expect(groups.map((g) => [...new Set(g.map(storyOf))]).sort()).toEqual([['algfires'], ['hajj'], ['itaewon'], ['maui']])
    for (const g of groups) expect(new Set(g.map((id) => id.slice(0, 2)))).toEqual(new Set(['ar', 'en', 'fr']))
  })

  it('finds each story loaded alone as one group, its languages together', () => {
    for (const story of new Set(dev.map((s) => storyOf(s.id)))) expect(groupStories(dev.filter((s) => storyOf(s.id) === story))).toHaveLength(1)
  })

  it('gives the same groups whatever the order of the sources', () => {
    const three = dev.filter((s) => ['derna', 'haouz', 'hajj'].includes(storyOf(s.id)))
    const sorted = (gs: string[][]) => gs.map((g) => [...g].sort()).sort((a, b) => a[0].localeCompare(b[0]))
    expect(sorted(groupStories([...three].reverse()))).toEqual(sorted(groupStories(three)))
  })
})

// Two made-up stories, each told in the three languages: a dam failure at "Wadi Zerga" and a mine
// collapse at "Tinfouchy".
const report = (id: string, lang: Lang, text: string) => ({ id, lang, text })
const mine = [
  report('m-ar', 'ar', 'انهار منجم تينفوشي فجر الثلاثاء وعلق 137 عاملا تحت الأرض، وقالت شركة كوبالت الشمال إن فرق الإنقاذ وصلت إلى المنجم.'),
  report('m-en', 'en', 'A collapse at the Tinfouchy mine trapped 137 workers on Tuesday, said Northern Cobalt, the company that runs it. Rescue teams from Tinfouchy reached the shaft at noon.'),
  report('m-fr', 'fr', "L'effondrement de la mine de Tinfouchy a piégé 137 ouvriers mardi, selon la société Cobalt du Nord. Les secours de Tinfouchy ont atteint le puits."),
]
const dam = [
  report('d-ar', 'ar', 'انهار سد وادي زرقة بعد أمطار غزيرة، وغمرت المياه 4300 منزل في بلدة مرسيط، بحسب الحماية المدنية.'),
  report('d-en', 'en', 'The Wadi Zerga dam gave way after heavy rain and water flooded 4300 homes in the town of Mersit, the Civil Protection said.'),
  report('d-fr', 'fr', "Le barrage de l'oued Zerga a cédé après de fortes pluies : l'eau a inondé 4300 maisons à Mersit, selon la Protection civile."),
]

describe('stories of short reports', () => {
  it('joins the reports of one story across scripts and keeps the two stories apart', () => {
    const groups = groupStories([mine[0], dam[0], mine[1], dam[1], mine[2], dam[2]])
    expect(groups.map((g) => [...g].sort())).toEqual([['m-ar', 'm-en', 'm-fr'], ['d-ar', 'd-en', 'd-fr']])
  })

  it('reads names across scripts and the figures a story repeats, not days of a month, years or a capital that opens a sentence', () => {
    const ar = storyFeatures('وصل 137 عاملا إلى تينفوشي يوم 12 مايو 2024.')
    const en = storyFeatures('Rescuers in Tinfouchy counted 137 workers on 12 May 2024.')
    const shared = [...ar.keys()].filter((k) => en.has(k))
    expect(shared).toContain('#137')
    expect(shared.some((k) => !k.startsWith('#'))).toBe(true)
    for (const k of ['#12', '#2024']) expect(en.has(k)).toBe(false)
    // "Rescuers" opens the sentence: not a name; "May" folds to one letter, too short to tell
    // stories apart. Left: Tinfouchy and 137.
    expect(en.size).toBe(2)
  })

  it('leaves a lone report as its own story and an empty workspace as none', () => {
    expect(groupStories([mine[1]])).toEqual([['m-en']])
    expect(groupStories([])).toEqual([])
  })
})

// A collapse at a quarry in the made-up town of Brennoc, told in the three languages. Every report
// names the town and the company, so in a workspace of this story alone those names are in every
// report: only that they are written in both scripts says they are the story's own.
const dated = (id: string, lang: Lang, text: string, published: string | null = null) => ({ id, lang, text, published })
const quarry = [
  dated('q-ar1', 'ar', 'انهار جدار في محجر برينوك التابع لشركة فالمور صباح الاثنين، وقالت الحماية المدنية إن عمال الوردية الأولى نجوا.'),
  dated('q-ar2', 'ar', 'أعلنت شركة فالمور أن محجر برينوك أغلق حتى إشعار آخر، وأن لجنة فنية ستفحص أسباب انهيار الجدار.'),
  dated('q-en', 'en', 'A wall of the Brennoc quarry, run by Valmore, gave way on Monday morning; the early shift escaped, Civil Protection said.'),
  dated('q-fr', 'fr', "Un mur de la carrière de Brennoc, exploitée par Valmore, s'est effondré lundi matin ; selon la Protection civile, l'équipe du matin s'en est sortie."),
]

describe('stories of one workspace', () => {
  it('keeps one story in three languages together when every report names its town', () => {
    expect(groupStories(quarry).map((g) => [...g].sort())).toEqual([['q-ar1', 'q-ar2', 'q-en', 'q-fr']])
  })

  it('counts two reports published more than a month apart as less alike than the same two a week apart', () => {
    const near = [dated('a', 'ar', quarry[0].text, '2024-03-04'), dated('b', 'en', quarry[2].text, '2024-03-09')]
    const far = [near[0], { ...near[1], published: '2025-03-09' }]
    const s = storySimilarities(near).get(0)!.get(1)!
    expect(s).toBeGreaterThan(0)
    // Joined at their own similarity when a few days apart; a year apart, the same words fall short of it.
    expect(groupStories(near, s)).toHaveLength(1)
    expect(groupStories(far, s)).toHaveLength(2)
    // A report with no day is neither: its words alone decide.
    expect(groupStories([near[0], { ...near[1], published: null }], s)).toHaveLength(1)
  })

  it('counts two reports half a year apart as less alike again than two a couple of months apart', () => {
    const first = dated('a', 'ar', quarry[0].text, '2024-03-04')
    const later = (published: string) => [first, dated('b', 'en', quarry[2].text, published)]
    const s = storySimilarities(later('2024-03-09')).get(0)!.get(1)!
    // Two months apart, the pair keeps most of its likeness; two years apart (another collapse at
    // the same quarry, say), less: at 70 % of it the first pair still joins, the second does not.
    expect(groupStories(later('2024-05-09'), s * 0.7)).toHaveLength(1)
    expect(groupStories(later('2026-03-09'), s * 0.7)).toHaveLength(2)
  })

  it('counts two reports two years apart as less alike again than a report and its anniversary', () => {
    const first = dated('a', 'ar', quarry[0].text, '2024-03-04')
    const later = (published: string) => [first, dated('b', 'en', quarry[2].text, published)]
    const s = storySimilarities(later('2024-03-09')).get(0)!.get(1)!
    // A year on (the anniversary), the pair keeps over half its likeness; two years on (another
    // election in a neighbouring country, another collapse), well under half.
    expect(groupStories(later('2025-03-04'), s * 0.5)).toHaveLength(1)
    expect(groupStories(later('2026-03-04'), s * 0.5)).toHaveLength(2)
  })

  it('reads a country or its people as that country, not by a skeleton its neighbour shares', () => {
    const countries = (text: string, lang: Lang) => [...storyFeatures(text, lang).keys()].filter((k) => k.startsWith('@'))
    // "Niger" and "Nigeria" are both n-g-r by their consonants.
    expect(countries('Troops in Niger seized the capital.', 'en')).toEqual(['@Niger'])
    expect(countries('A strike in Nigeria killed dozens of Nigerian villagers.', 'en')).toEqual(['@Nigeria'])
    expect(countries('سيطر جنود على العاصمة في النيجر.', 'ar')).toEqual(['@Niger'])
    expect(countries('قتل قصف في نيجيريا العشرات والنيجر تراقب.', 'ar')).toEqual(expect.arrayContaining(['@Nigeria', '@Niger']))
  })

  it('reads the event a report opens with, the same in every language', () => {
    const events = (text: string, lang: Lang) => [...storyFeatures(text, lang).keys()].filter((k) => !/^[#\p{L}]/u.test(k))
    const en = events('An explosion tore through the Kerrin fuel depot overnight, firefighters said.', 'en')
    expect(en).toHaveLength(1)
    expect(events("Une explosion a ravagé le dépôt de carburant de Kerrin dans la nuit, selon les pompiers.", 'fr')).toEqual(expect.arrayContaining(en))
    expect(events('دمّر انفجار مستودع الوقود في كيرين ليلاً، بحسب الإطفائيين.', 'ar')).toEqual(expect.arrayContaining(en))
    // A mine's collapse that trapped workers names no explosion.
    expect(events(mine[1].text, 'en').some((k) => en.includes(k))).toBe(false)
  })

  it('puts a pasted paragraph with no day with the story whose names it shares', () => {
    const mine = [
      dated('m-en', 'en', 'The collapse of the Kestrava mine in the Dunmere district killed 19 miners, Dunmere officials said.', '2024-10-02'),
      dated('m-fr', 'fr', "L'effondrement de la mine de Kestrava, dans le district de Dunmere, a fait 21 morts parmi les mineurs.", '2024-10-03'),
      dated('m-ar', 'ar', 'أسفر انهيار منجم كيسترافا في منطقة دنمير عن مقتل 19 عاملا.', '2024-10-03'),
    ]
    const pasted = dated('pasted', 'fr', 'À Brennoc, Valmore a rouvert la carrière trois semaines après l’effondrement du mur.')
    const groups = groupStories([...quarry.map((q) => ({ ...q, published: '2024-03-04' })), ...mine, pasted])
    expect(groups.map((g) => [...g].sort())).toEqual([['pasted', 'q-ar1', 'q-ar2', 'q-en', 'q-fr'], ['m-ar', 'm-en', 'm-fr']])
  })

  it('puts a report that shares no name or figure with the story published nearest to it, or the only one, and a year later nowhere', () => {
    const story = quarry.map((q) => ({ ...q, published: '2024-03-04' }))
    const lone = (published: string | null) => dated('lone', 'en', 'Relatives waited all night outside the gates for news.', published)
    const groupOf = (groups: string[][]) => groups.find((g) => g.includes('lone'))!
    expect(groupOf(groupStories([...story, lone('2024-03-06')]))).toHaveLength(5)
    expect(groupOf(groupStories([...story, lone(null)]))).toHaveLength(5)
    expect(groupOf(groupStories([...story, lone('2025-03-06')]))).toEqual(['lone'])
    // Paragraphs pasted with no day that share nothing are one story, not one each.
    const pasted = [dated('p1', 'fr', 'Les secours ont travaillé toute la nuit.'), dated('p2', 'ar', 'واصلت فرق الإنقاذ عملها طوال الليل.'), dated('p3', 'en', 'Rescuers worked through the night.')]
    expect(groupStories(pasted)).toEqual([['p1', 'p2', 'p3']])
  })
})

// An archive of thousands of reports is grouped in linear time: each report joins those that share
// one of its most distinctive names or figures; two stories that share none stay apart.
describe('stories of a large archive', () => {
  it('keeps two stories apart across 2,400 reports', () => {
    const towns = ['Tinville', 'Korabad']
    const sources = Array.from({ length: 2400 }, (_, i) => {
      const t = i % 2
      const text = t === 0
        ? `The flood in ${towns[0]} killed ${4321 + (i % 7)} people, the Marlow Agency said. Report ${i}.`
        : `Le séisme de ${towns[1]} a fait ${8765 + (i % 5)} victimes selon la préfecture de Vessène. Dépêche ${i}.`
      return { id: `s${i}`, lang: (t === 0 ? 'en' : 'fr') as Lang, text, published: '2024-05-01' }
    })
    const groups = groupStories(sources)
    expect(groups).toHaveLength(2)
    expect(groups.map((g) => new Set(g.map((id) => Number(id.slice(1)) % 2)).size)).toEqual([1, 1])
  })
})
