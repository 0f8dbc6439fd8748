import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'

// A date topic whose words name no event this product reads ("Date the dam was destroyed") dates
// what befell the thing it names, in reports written for these tests.

describe('a date topic names what happened to a thing', () => {
  const dam = () => [topic('dam-day', 'Date the dam was destroyed', 'date')]
  it.each([
    ['en', 'Water poured into the valley after the dam was wrecked on 5 March 2024.', '5 March 2024'],
    ['fr', 'Le barrage a cédé le 5 mars 2024 et l\'eau a envahi la vallée.', '5 mars 2024'],
    ['ar', 'وكان السد قد دمر في 5 مارس 2024، فغمرت المياه الوادي.', '5 مارس 2024'],
  ] as const)('%s: a date whose clause names the dam before it is its day', (lang, text, figure) => {
    expect(placed(source('a', lang, text), dam())['dam-day']).toEqual([figure])
  })
  it('a day named before the dam is a later day of something else', () => {
    expect(placed(source('a', 'en', 'Homes stood in water on 8 March 2024, after the dam was wrecked.'), dam())['dam-day']).toBeUndefined()
  })
  it('a date that reads an event another topic dates stays with that topic', () => {
    const got = placed(source('a', 'en', 'The dam was closed to traffic after the explosion of 5 March 2024.'), [...dam(), topic('blast-day', 'Date of the explosion', 'date')])
    expect(got['dam-day']).toBeUndefined()
    expect(got['blast-day']).toEqual(['5 March 2024'])
  })
  it('a topic whose words name its event is read by the event alone', () => {
    expect(placed(source('a', 'en', 'The dam was inspected on 5 March 2024.'), [topic('quake-day', 'Date of the earthquake', 'date')])['quake-day']).toBeUndefined()
  })
})
