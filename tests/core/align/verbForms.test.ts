import { describe, expect, it } from 'vitest'
import { verbForms } from '../../../src/core/align/verbForms'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'

// A verb names what happened to the people a figure counts, in whatever tense a headline or a lead
// puts it: [lang, text, the figure as written, the measure expected].
const CASES: [Lang, string, string, string][] = [
  // Headlines in the present: the verb right before the figure is its measure, not the toll named after.
  ['en', 'Police detain 14 as the death toll from the ferry fire rises to 61', '14', 'arrested'],
  ['en', 'Police detain 14 as the death toll from the ferry fire rises to 61', '61', 'killed'],
  ['en', 'Gas blast injures 23 in a market near the port', '23', 'injured'],
  ['en', 'Floodwaters displace 4,000 along the river, officials say', '4,000', 'displaced'],
  ['en', 'Troops opened fire on the crowd, wounding 12 and detaining 30 more.', '30', 'arrested'],
  ['fr', 'La gendarmerie arrête 9 personnes après les pillages du marché.', '9', 'arrested'],
  ['fr', 'Les glissements de terrain tuent au moins 17 personnes dans la vallée.', 'au moins 17', 'killed'],
  ['fr', 'Les crues déplacent 2 500 habitants dans le delta.', '2 500', 'displaced'],
  // Arrests said in every voice.
  ['ar', 'الشرطة تعتقل 9 أشخاص بعد أعمال النهب في السوق.', '9', 'arrested'],
  ['ar', 'ألقت قوات الأمن القبض على 14 مشتبهاً في المدينة.', '14', 'arrested'],
  ['en', 'At least 40 people were taken into custody overnight.', 'At least 40', 'arrested'],
  ['fr', 'Six jeunes ont été placés en garde à vue dimanche soir.', 'Six', 'arrested'],
  // Those a judge keeps in jail until trial are some of the arrested, told apart from them.
  ['en', 'Of the suspects, five were remanded in custody by the court.', 'five', 'remanded'],
  ['fr', "Trois d'entre eux ont été placés en détention provisoire mardi.", 'Trois', 'remanded'],
  ['ar', 'أمرت النيابة بحبس 6 منهم احتياطياً على ذمة التحقيق.', '6', 'remanded'],
]

describe('verbs of a measure of people, in every form', () => {
  it.each(CASES)('%s: %s (%s → %s)', (lang, text, figure, measure) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id ?? null).toBe(measure)
  })

  it('derives the present and -ing forms of a participle, and none from a noun-like one', () => {
    expect(verbForms('detained', 'en')).toEqual(expect.arrayContaining(['detain', 'detains', 'detaining']))
    expect(verbForms('displaced', 'en')).toEqual(expect.arrayContaining(['displace', 'displaces', 'displacing']))
    expect(verbForms('buried', 'en')).toEqual(expect.arrayContaining(['bury', 'buries']))
    expect(verbForms('tués', 'fr')).toEqual(['tue', 'tuent'])
    expect(verbForms('rescued', 'en')).toEqual([])
    expect(verbForms('اعتقل', 'ar')).toEqual([])
  })

  // A form that is a word of another sense is not derived: "se déplace" travels, "retrouve" finds.
  it.each([
    ['fr', 'Le président se déplace avec 200 journalistes.', '200', 'displaced'],
    ['fr', 'Dans le dossier, on retrouve 25 témoins.', '25', 'bodies'],
  ] as [Lang, string, string, string][])('%s: %s (%s is not %s)', (lang, text, figure, not) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id).not.toBe(not)
  })

  it('derives no form that is a word of another sense', () => {
    expect(verbForms('déplacés', 'fr')).not.toContain('déplace')
    expect(verbForms('retrouvés', 'fr')).toEqual([])
  })
})
