import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'

// A count of cases, reports or incidents counts what they are cases of: [lang, text, the figure
// as written, the measure expected (null when the cases are of nothing the product measures)].
const CASES: [Lang, string, string, string | null][] = [
  ['en', 'Rights groups documented 45 cases of enforced disappearance during the crackdown.', '45', 'abducted'],
  ['en', 'Hospitals logged 230 cases of heatstroke over the weekend.', '230', 'heat-illness'],
  ['fr', 'La gendarmerie a enregistré 87 signalements de disparition depuis les crues.', '87', 'missing'],
  ['fr', 'Les ONG ont recensé 45 cas de disparitions forcées pendant la répression.', '45', 'abducted'],
  ['ar', 'وثقت المنظمة 45 حالة إخفاء قسري خلال حملة القمع.', '45', 'abducted'],
  ['ar', 'تلقت الشرطة 87 بلاغاً عن اختفاء أشخاص بعد الفيضان.', '87', 'missing'],
  // Cases of something the product does not measure name no measure.
  ['en', 'The clinic treated 30 cases of food poisoning after the wedding.', '30', null],
]

describe('cases of a measure', () => {
  it.each(CASES)('%s: %s (%s → %s)', (lang, text, figure, measure) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id ?? null).toBe(measure)
  })
})
