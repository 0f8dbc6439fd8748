import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'
import { introducesPart } from '../../../src/core/align/partOfSet'

// A part of a group is counted the way the group is: its own noun says who they are (gunmen,
// children), the group's figure what happened to them. [lang, text, the figure as written (the
// nth when it repeats), the measure expected].
const CASES: [Lang, string, string, number, string][] = [
  ['en', 'Police arrested 14 people, including three gunmen who fired on the crowd.', 'three', 1, 'arrested'],
  ['fr', 'La police a interpellé 14 personnes, dont trois assaillants présumés.', 'trois', 1, 'arrested'],
  ['ar', 'اعتقلت الشرطة 14 شخصاً، بينهم 3 مسلحين.', '3', 1, 'arrested'],
  // A part named by what it is of ("ceux de", "those of"), after the group's own noun.
  ['fr', 'Les corps de 52 victimes ont été retrouvés, parmi lesquels ceux de 7 enfants.', '7', 1, 'bodies'],
  ['en', 'The bodies of 52 victims were recovered, including those of 7 children.', '7', 1, 'bodies'],
  ['ar', 'انتشلت فرق الإنقاذ جثث 52 ضحية، من بينهم 7 أطفال.', '7', 1, 'bodies'],
  // A group said again with "those", "ces", "هؤلاء" is no new figure (extraction drops "Of those
  // 400" as a repeat); its parts count what it counted first: a part said to be still in hospital
  // is the injured still in hospital.
  ['en', 'Some 400 people were injured. Of those 400, 120 remain in hospital.', '120', 1, 'hospitalised'],
  ['fr', 'Au total, 400 personnes ont été blessées. Parmi ces 400, 120 sont toujours hospitalisées.', '120', 1, 'hospitalised'],
  ['ar', 'أصيب 400 شخص بجروح. ومن بين هؤلاء 400، ما زال 120 في المستشفى.', '120', 1, 'hospitalised'],
  // A part's own word of what happened to it stays its own.
  ['fr', 'La police a interpellé 14 personnes, dont trois blessées lors de la fuite.', 'trois', 1, 'injured'],
]

describe('a part of a group', () => {
  it.each(CASES)('%s: %s (%s #%i → %s)', (lang, text, figure, nth, measure) => {
    expect(measureOfFigure(lang, text, figure, { nth })?.concept?.id ?? null).toBe(measure)
  })
})

describe('a part cue is a word of its own', () => {
  it.each(['حفظ أمنها ', 'le village abandont ', 'بلغ ثمنها '])('"%s" introduces no part', (between) => expect(introducesPart(between)).toBe(false))
  it.each([', including ', '، من بينهم ', ' ومنهم ', ', dont '])('"%s" does', (between) => expect(introducesPart(between)).toBe(true))
})
