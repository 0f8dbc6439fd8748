import { describe, expect, it } from 'vitest'
import { reachedBy } from '../../../src/core/align/reachedBy'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'

// A figure a count reaches ("the toll climbs to N", "le bilan s'élève à N", "ارتفعت الحصيلة إلى N")
// counts what the verb's subject names, whatever words stand nearer the figure after it or
// between: [lang, text, the figure as written, the measure expected].
const CASES: [Lang, string, string, string][] = [
  ['en', 'Quake death toll climbs to 318 as families search the rubble for missing relatives', '318', 'killed'],
  ['en', 'Deaths from the storm rose to 40 as families fled the coast.', '40', 'killed'],
  ['en', 'The tally of people missing after the dam burst, which forced thousands of villagers to flee, now stands at 57.', '57', 'missing'],
  ['fr', "Le bilan des inondations dans la vallée s'élève à 27 alors que des familles évacuées attendent.", '27', 'killed'],
  ['fr', 'Le nombre total de blessés, enfants et militaires compris, atteint désormais 215 dans la province.', '215', 'injured'],
  // (Arabic names the subject between the verb and the figure: the verb governs only its own figure.)
  ['ar', 'ارتفع عدد المفقودين بعد غرق القارب الذي كان يقل مهاجرين إلى 31 شخصاً.', '31', 'missing'],
  ['ar', 'ارتفعت حصيلة ضحايا الانهيار في المدينة إلى 40 شخصاً بينما فُقد 10 آخرون.', '40', 'killed'],
  ['ar', 'ارتفعت حصيلة ضحايا الانهيار في المدينة إلى 40 شخصاً بينما فُقد 10 آخرون.', '10', 'missing'],
  // A count corrected reaches its new figure too.
  ['en', 'The toll from the bus crash on the mountain road, officials said, has been revised down to 41 as families wait.', '41', 'killed'],
  ['fr', "Le bilan de l'accident de car, a précisé la préfecture, a été revu à la baisse à 41 alors que des familles attendent.", '41', 'killed'],
  ['ar', 'عدّلت السلطات حصيلة قتلى حادث الحافلة إلى 41 بينما تنتظر العائلات.', '41', 'killed'],
  // A figure the verb does not govern keeps its own verb.
  ['en', 'Police detain 14 as the toll from the ferry fire rises to 61.', '14', 'arrested'],
]

describe('a count reached by its subject', () => {
  it.each(CASES)('%s: %s (%s → %s)', (lang, text, figure, measure) => {
    const m = measureOfFigure(lang, text, figure)
    expect(m?.concept?.id ?? null).toBe(measure)
    // (Read in the figure's clause, surely enough to place it, not guessed from its sentence.)
    expect(m?.strength).toBeGreaterThanOrEqual(2)
  })
})

describe('a subject that is itself a count word', () => {
  // Other measure words may stand between the verb and the figure; the count word ("toll",
  // "bilan", "الحصيلة", written with its ة) is the subject, wherever it stands among them.
  const at = (text: string, word: string) => { const start = text.indexOf(word); return { start, end: start + word.length, word } }
  it.each([
    ['ar', 'وارتفعت في مخيمات النازحين الحصيلة إلى 40 بحسب الدفاع المدني.', ['النازحين', 'الحصيلة'], 'الحصيلة'],
    ['ar', 'وارتفعت في مخيمات النازحين حصيلةُ الضحايا إلى 40.', ['النازحين', 'حصيلةُ الضحايا'], 'حصيلةُ الضحايا'],
    ['en', 'In the camps for the displaced the toll rose to 40, rescuers said.', ['displaced', 'toll'], 'toll'],
    ['fr', 'Dans les camps de déplacés le bilan est passé à 40, selon les secours.', ['déplacés', 'bilan'], 'bilan'],
  ] as [Lang, string, string[], string][])('%s: %s → %s', (lang, text, words, subject) => {
    const figure = text.indexOf('40')
    const sentence = { start: 0, end: text.length }
    const got = reachedBy({ start: figure, end: figure + 2 }, text, sentence, lang, words.map((w) => at(text, w)))
    expect(got?.word).toBe(subject)
  })
})

describe('an Arabic verb of reaching after voweled words', () => {
  // (Vowel marks before the verb are dropped when it is found: where it ends is still read in the text as written.)
  it('finds its subject between it and the figure', () => {
    const text = 'قالَ الدِّفاعُ المَدَنِيُّ، ارتفعت حصيلة القتلى إلى 40.'
    const figure = text.indexOf('40')
    const start = text.indexOf('حصيلة القتلى')
    const got = reachedBy({ start: figure, end: figure + 2 }, text, { start: 0, end: text.length }, 'ar', [{ start, end: start + 'حصيلة القتلى'.length }])
    expect(got?.start).toBe(start)
  })
})
