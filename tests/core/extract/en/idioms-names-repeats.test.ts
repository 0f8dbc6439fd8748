import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'

const PUBLISHED = '2023-08-16'
const spans = (text: string) => extract(text, PUBLISHED, 'en').map((c) => c.text)

// No figure: a number hyphenated into an idiom ("one-stop", "one-time", "two-way"), a month that
// is a given name before a surname ("June Kahale", "told April Moore"), and a definite number that
// repeats one already given, in digits or before a participle ("the 7 missing hikers" after "seven
// hikers").
describe('idioms, given names and repeats are no figures', () => {
  it.each([
    ['The county opened a one-stop centre for survivors.', 'one-stop'],
    ['Families will get one-time payments.', 'one-time'],
    ['The two-time champion withdrew.', 'two-time'],
    ['Traffic ran on a one-way road.', 'one-way'],
    ['June Kahale had waited at the shelter since dawn.', 'June'],
    ['Reporters asked May Tanaka about the school.', 'May'],
    ['Rescuers searched for seven hikers. The 7 missing hikers were found on Sunday.', '7'],
  ])('%s (not %s)', (text, span) => {
    expect(spans(text)).not.toContain(span)
  })
})

describe('the same words that are figures stay', () => {
  it.each([
    ['The strike lasted one day, a one-day stoppage.', 'one-day'],
    ['In June Hawaii had little rain.', 'June'],
    ['Since June Maui has had no rain.', 'Since June'],
    ['Rescuers found 7 missing hikers on Sunday.', '7'],
    ['Fourteen parties formed a 14-party alliance.', '14-party'],
  ])('%s (%s)', (text, span) => {
    expect(spans(text)).toContain(span)
  })
})

// A number after a country and a comma is a count of a list, not a person's age.
describe('a list by country is no list of ages', () => {
  it('reads counts', () => {
    const claims = extract('Deaths by country: Syria, 12, Lebanon, 8, and Jordan, 5.', PUBLISHED, 'en')
    expect(claims.map((c) => [c.text, c.quantity.kind])).toEqual([['12', 'count'], ['8', 'count'], ['5', 'count']])
  })
})
