import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from '../helpers'

// A bare number set off by commas after a name is the person's age ("Maria Lopez, 57, a nurse");
// acres are a unit of area like hectares, in English and French.
const cases: Case[] = [
  { text: 'Maria Lopez, 57, a nurse from Kula, lost her house.', span: '57', kind: 'duration', lo: 57, unit: 'year' },
  { text: 'The oldest victim was Tom Akana, 91.', span: '91', kind: 'duration', lo: 91, unit: 'year' },
  { text: 'Firefighters said the blaze had burned about 3,400 acres by Friday.', span: 'about 3,400 acres', kind: 'count', lo: 3400, unit: 'acre', qualifier: 'about' },
]

describe('ages in apposition and acres', () => {
  it.each(cases)('$text → $span', (c) => expectCase({ ...c, lang: 'en', published: '2023-08-14' }))
  it('acres in French', () => expectCase({ lang: 'fr', published: '2023-08-14', text: "L'incendie a parcouru 3 400 acres.", span: '3 400 acres', kind: 'count', lo: 3400, unit: 'acre' }))
})

// Numbers between commas that are no age: after a word in lower case, with a noun counted, or too large.
describe('numbers between commas that are no age', () => {
  it.each([
    ['Police arrested 3, and 4 more fled.', '3'],
    ['Of the dead, 12, including two children, were tourists.', '12'],
    ['The count rose to Monday, 450, officials said.', '450'],
  ])('%s (%s stays a count)', (text, span) => {
    expect(extract(text, '2023-08-14', 'en').filter((c) => c.text === span).map((c) => c.quantity.kind)).toEqual(['count'])
  })
})
