import { expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import type { Lang } from '../../../src/core/model'

// The table the attribution construction tests share: [lang, text, the figure as written, the
// speaker's words expected (exact), or null for the outlet's own statement].
export type Row = [Lang, string, string, string | null]

export const speakerOf = (lang: Lang, text: string, figure: string) => {
  const c = extractClaims({ id: 't', text, lang, published: '2024-05-14', window: null }).find((x) => x.text === figure)
  expect(c, `"${figure}" must be read in "${text}"`).toBeDefined()
  return c!.attribution?.who ?? null
}

export const check = (rows: Row[]) => it.each(rows)('%s: %s → %s', (lang, text, figure, who) => expect(speakerOf(lang, text, figure)).toBe(who))
