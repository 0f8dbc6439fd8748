import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { topicFromText } from '../../../src/core/align/topicFromText'

// Money said as an estimate or a need, and an attack by bombs dated by its blasts, in reports
// written for these tests.

describe('an estimated cost is every report\'s figure, not a projection', () => {
  it('a money topic whose label says "estimated" is no projection; a count\'s still is', () => {
    expect(topicFromText({ id: 'a', label: 'Estimated cost of the storm damage', kind: 'money' })?.projection).toBeUndefined()
    expect(topicFromText({ id: 'b', label: 'Coût estimé des dégâts', kind: 'money', lang: 'fr' })?.projection).toBeUndefined()
    expect(topicFromText({ id: 'c', label: 'Estimated total dead', kind: 'count' })?.projection).toBe(true)
  })
  it.each([
    ['en', 'The minister said the damage from the storm was above $4 billion.', 'above $4 billion'],
    ['fr', 'Les dégâts causés par la tempête dépassent 4 milliards de dollars, selon le ministre.', '4 milliards de dollars'],
  ] as const)('%s: a damage figure joins the estimated cost', (lang, text, figure) => {
    const got = placed(source('a', lang, text), [topic('cost', 'Estimated cost of the storm damage', 'money')]).cost ?? []
    expect(got.some((x) => x.includes(figure) || figure.includes(x))).toBe(true)
  })
})

describe('what a country says it needs is the sum to rebuild', () => {
  const need = () => [topic('need', 'Money needed to rebuild', 'money'), topic('aid', 'Aid pledged by donors', 'money')]
  it.each([
    ['en', 'The planning minister said Freedonia needs more than $6 billion after the storm.', 'more than $6 billion'],
    ['fr', 'Le ministre a indiqué que le pays aurait besoin de plus de 6 milliards de dollars après la tempête.', 'plus de 6 milliards de dollars'],
    ['ar', 'قال وزير التخطيط إن البلاد تحتاج إلى أكثر من 6 مليارات دولار بعد العاصفة.', 'أكثر من 6 مليارات دولار'],
  ] as const)('%s: a need goes to the topic of money to rebuild, not to aid', (lang, text, figure) => {
    const got = placed(source('a', lang, text), need())
    expect(got.need ?? []).toEqual([figure])
    expect(got.aid).toBeUndefined()
  })
})

describe('a bombing is dated by its blasts and by its attack', () => {
  it('the label\'s word names both: the topic reads an explosion', () => {
    expect(topicFromText({ id: 'd', label: 'Date of the bombings', kind: 'date' })?.concept).toBe('explosion')
  })
  it.each([
    ['en', 'Two blasts tore through the market on 4 March 2024, killing 30 people.', '4 March 2024'],
    ['en', 'The attack on the market on 4 March 2024 killed 30 people.', '4 March 2024'],
    ['fr', 'L\'attentat contre le marché, le 4 mars 2024, a fait 30 morts.', '4 mars 2024'],
  ] as const)('%s: "%s" dates the bombings', (lang, text, figure) => {
    expect(placed(source('a', lang, text), [topic('day', 'Date of the bombings', 'date')]).day).toEqual([figure])
  })
})
