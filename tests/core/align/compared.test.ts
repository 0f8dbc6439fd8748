import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'

// A figure compared with the one before it, or correcting it, counts the same thing, surely
// enough to be placed (read from its clause, not guessed from its sentence): [lang, text, the
// figure as written, the measure expected].
const CASES: [Lang, string, string, string][] = [
  ['en', 'The ministry said 61 people were killed, up from 48 on Monday.', '48', 'killed'],
  ['en', 'Officials now count 1,940 injured, not the 2,500 first announced.', '2,500', 'injured'],
  ['fr', 'Le ministère recense désormais 61 morts, contre 48 lundi soir.', '48', 'killed'],
  ['ar', 'أعلنت الوزارة مقتل 61 شخصاً مقابل 48 في الحصيلة السابقة.', '48', 'killed'],
  ['ar', '٢٠ قتيلاً في انفجار المرفأ بعد ١٢ في انفجار المصنع', '١٢', 'killed'],
]

describe('a figure compared with the one before', () => {
  it.each(CASES)('%s: %s (%s → %s)', (lang, text, figure, measure) => {
    const m = measureOfFigure(lang, text, figure)
    expect(m?.concept?.id ?? null).toBe(measure)
    expect(m?.strength).toBeGreaterThanOrEqual(2)
  })
})
