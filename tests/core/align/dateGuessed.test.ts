import { describe, expect, it } from 'vitest'
import { guessedBeside } from '../../../src/core/align/dateGuessed'
import { placed, source, topic } from './placed'

// A date topic whose event is only guessed from its kind yields to a sibling that names it.
// Sentences written for these tests, about places that do not exist.

describe('guessedBeside: a guessed event beside a named one', () => {
  it('marks the topic whose words name no event when a sibling names the disaster', () => {
    const ts = [topic('quake', 'Day the earthquake struck', 'date'), topic('fund', 'Day the relief fund for Velmora opened', 'date')]
    expect(ts.map((t) => t.concept)).toEqual(['struck', 'struck'])
    expect(guessedBeside(ts)).toEqual(['fund'])
  })
  it('leaves a guessed topic alone of its event', () => {
    expect(guessedBeside([topic('fund', 'Day the relief fund for Velmora opened', 'date')])).toEqual([])
  })
})

describe('placement: the dates of the disaster go to the topic that names it', () => {
  it('in every language', () => {
    const ts = [topic('quake', 'Day the earthquake struck', 'date'), topic('fund', 'Day the relief fund for Velmora opened', 'date')]
    for (const [lang, text, day] of [
      ['en', 'The earthquake that struck Velmora on Monday killed 300 people.', 'Monday'],
      ['fr', 'Le séisme qui a frappé Velmora lundi a fait 300 morts.', 'lundi'],
      ['ar', 'أودى الزلزال الذي ضرب فيلمورا يوم الاثنين بحياة 300 شخص.', 'يوم الاثنين'],
    ] as const) {
      const got = placed(source(`r-${lang}`, lang, text), ts)
      expect(got.quake, lang).toEqual([day])
      expect(got.fund, lang).toBeUndefined()
    }
  })
})
