import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// An aside that names some of a figure's people ("12 injured, including a nurse, were in serious
// condition", "dont des enfants", "بينهم أطفال") does not end what is said of the figure: the
// words after it are the figure's too, so it goes to the topic they name.
const CASES: [Lang, string][] = [
  ['en', 'At least 85 people were injured in the fire. Doctors said 12 injured, including a nurse, were in serious condition.'],
  ['fr', "Au moins 85 personnes ont été blessées dans l'incendie. Selon les médecins, 12 blessés, dont des enfants, sont dans un état grave."],
  ['ar', 'أصيب 85 شخصاً على الأقل في الحريق. وقال الأطباء إن 12 جريحاً، بينهم أطفال، في حالة خطيرة.'],
]

describe('a figure read past an aside that names some of its people', () => {
  const topics = [topic('injured', 'People injured in the fire', 'count'), topic('serious', 'Injured in serious condition', 'count')]
  it.each(CASES)('%s: %s', (lang, text) => {
    const got = placed(source('s', lang, text), topics)
    expect(got.serious).toEqual(['12'])
    expect(got.injured).toHaveLength(1)
  })

  it('keeps a part that is a figure of its own as a list, not an aside', () => {
    const got = placed(source('s', 'fr', 'Au moins 85 personnes ont été blessées, dont 12 enfants, selon la préfecture.'), [topic('injured', 'People injured in the fire', 'count'), topic('children', 'Children injured', 'count')])
    expect(got.injured).toEqual(['Au moins 85'])
  })
})
