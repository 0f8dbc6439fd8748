import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'

// Groups inside a toll: a figure of a group goes to the group's topic, never to the whole toll, and
// the whole never to the group. Sentences written for these tests, about a town that does not exist.

describe('placement: children and a people among the dead', () => {
  const topics = () => [topic('toll', 'Death toll of the Velmora attack', 'count'), topic('children', 'Children among the dead', 'count'), topic('egypt', 'Egyptians among the dead', 'count')]
  it.each([
    ['en', 'The attack on Velmora killed 54 people, including 12 children and three Egyptians.', '54', '12', 'three'],
    ['fr', "L'attaque contre Velmora a fait 54 morts, dont 12 enfants et trois Égyptiens.", '54', '12', 'trois'],
    ['ar', 'أسفر الهجوم على فيلمورا عن مقتل 54 شخصا، من بينهم 12 طفلا وثلاثة مصريين.', '54', '12', 'ثلاثة'],
  ] as const)('%s', (lang, text, toll, children, egyptians) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.toll).toEqual([toll])
    expect(got.children).toEqual([children])
    expect(got.egypt ?? []).toEqual([egyptians])
  })
})

describe('placement: a people named by its adjective beside "nationals", or by its country', () => {
  const topics = () => [topic('toll', 'Death toll of the Velmora quake', 'count'), topic('thai', 'Thai nationals killed', 'count'), topic('aus', 'Australians killed', 'count')]
  it.each([
    ['en', 'The Velmora quake killed 320 people. Three Thai nationals and two Australians were among the dead.', '320', 'Three', 'two'],
    ['fr', 'Le séisme de Velmora a fait 320 morts. Trois ressortissants thaïlandais ont été tués, et deux Australiens sont morts.', '320', 'Trois', 'deux'],
  ] as const)('%s', (lang, text, toll, thai, aus) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.toll).toEqual([toll])
    expect(got.thai ?? []).toEqual([thai])
    expect(got.aus ?? []).toEqual([aus])
  })
})

describe('placement: soldiers among the dead, medical staff (a dual in Arabic), the elderly', () => {
  const topics = () => [topic('toll', 'Wildfire death toll', 'count'), topic('soldiers', 'Soldiers killed', 'count'), topic('medics', 'Health workers killed', 'count'), topic('elderly', 'Elderly people among the dead', 'count')]
  it.each([
    ['en', 'The fires killed 34 people, ten of them soldiers, the ministry said. Two doctors were also killed. Among the dead were 8 elderly people.', '34', 'ten', 'Two', '8'],
    ['fr', 'Les incendies ont fait 34 morts, dont dix militaires, selon le ministère. Deux médecins ont également été tués. Parmi les morts figurent 8 personnes âgées.', '34', 'dix', 'Deux', '8'],
    ['ar', 'أسفرت الحرائق عن مقتل 34 شخصا، بينهم عشرة عسكريين. كما قتل طبيبان. ومن بين القتلى 8 من كبار السن.', '34', 'عشرة', 'طبيبان', '8'],
  ] as const)('%s', (lang, text, toll, soldiers, medics, elderly) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.toll).toEqual([toll])
    expect(got.soldiers).toEqual([soldiers])
    expect(got.medics).toEqual([medics])
    expect(got.elderly).toEqual([elderly])
  })
})

describe('placement: the part after "and" in Arabic is no part of the group before it', () => {
  it('"١٥١ قتيلاً بينهم ١٩ أجنبياً و٨٢ مصاباً": the injured are not the foreigners', () => {
    const ts = [topic('injured', 'People injured in the crush', 'count'), topic('foreign', 'Foreigners among the injured', 'count'), topic('toll', 'Death toll of the crush', 'count')]
    const got = placed(source('a', 'ar', 'تدافع في فيلمورا: ١٥١ قتيلاً بينهم ١٩ أجنبياً و٨٢ مصاباً'), ts)
    expect(got.injured).toEqual(['٨٢'])
    expect(got.foreign ?? []).toEqual([])
  })
})
