import { expect } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { measuresOf, type MeasureReading } from '../../../src/core/align/measureOf'
import type { Lang } from '../../../src/core/model'

/**
 * What the figure written `figure` (its `nth` occurrence among the claims) measures in `text`,
 * read with every figure of the text as the product reads a report; fails when the figure is not
 * read at all.
 */
export function measureOfFigure(lang: Lang, text: string, figure: string, options: { published?: string; nth?: number } = {}): MeasureReading | undefined {
  const claims = extractClaims({ id: 't', text, lang, published: options.published ?? '2024-05-02', window: null })
  const c = claims.filter((x) => x.text === figure)[(options.nth ?? 1) - 1]
  expect(c, `"${figure}" #${options.nth ?? 1} must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
  return measuresOf(claims, text, lang).get(c!.id)
}
