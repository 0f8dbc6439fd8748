import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'

// A person's age asked for as a count ("Halvorsen's age") and written with no word of age, as a
// birthday or beside the name. Reports written for these tests, about people who do not exist.

describe('an age', () => {
  const age = () => [topic('age', "Halvorsen's age", 'count')]
  it.each([
    ['en', 'Halvorsen, 52, was sworn in on Tuesday before 300 guests.', '52'],
    ['en', 'The 52-year-old Halvorsen was sworn in before 300 guests.', '52-year-old'],
    ['fr', 'M. Halvorsen, qui fête ses 52 ans ce lundi, a prêté serment devant 300 invités.', '52 ans'],
    ['ar', 'وأدى هالفورسن (52 عاماً) اليمين أمام 300 مدعو.', '52 عاماً'],
  ] as const)('%s: %s', (lang, text, figure) => {
    expect(placed(source(`${lang}-a`, lang, text), age()).age ?? []).toEqual([figure])
  })
  it('a count of people said beside the age is not it', () => {
    expect(placed(source('en-b', 'en', 'Halvorsen, 52, spoke to 300 guests.'), age()).age ?? []).not.toContain('300')
  })
})
