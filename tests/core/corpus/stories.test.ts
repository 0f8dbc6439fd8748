// Stories found from the texts alone: the development reports (12 stories in Arabic, English and
// French; the story is the second part of each id) and short reports of our own.
import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { groupStories, pairAgreement, storyFeatures } from '../../../src/core/corpus/stories'
import { loadCorpusDir } from '../../../src/cli/args'

const dev = loadCorpusDir('tests/fixtures/news/dev')
const storyOf = (id: string) => id.split('-')[1]

describe('stories of the development reports', () => {
  it('finds the twelve stories with few pairs wrong', () => {
    const groups = groupStories(dev)
    const { precision, recall } = pairAgreement(groups, storyOf)
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(0.9)
    expect(groups.length).toBeGreaterThanOrEqual(10)
    expect(groups.length).toBeLessThanOrEqual(14)
  })

  it('keeps the Hajj, the pager blasts and the Algerian fires apart, each across its three languages', () => {
    const three = dev.filter((s) => ['hajj', 'pagers', 'algfires'].includes(storyOf(s.id)))
    const groups = groupStories(three)
    expect(groups.map((g) => [...new Set(g.map(storyOf))])).toEqual([['algfires'], ['hajj'], ['pagers']])
    for (const g of groups) expect(new Set(g.map((id) => id.slice(0, 2)))).toEqual(new Set(['ar', 'en', 'fr']))
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
