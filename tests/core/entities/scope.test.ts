import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { scopesFor } from '../../../src/core/entities/scope'
import { compact } from '../../../src/core/text/normalize'

describe('scopesFor', () => {
  it('finds a town and "now" in the clause, with spans over the original (vowelled) words', () => {
    const text = 'قُتل 12 شخصاً في بلدةِ سيجو حاليّاً.'
    const claims = extractClaims({ id: 't', text, lang: 'ar', published: '2025-11-28', window: null })
    const count = claims.findIndex((c) => c.quantity.kind === 'count')
    const scopes = scopesFor(text, claims)[count]
    const place = scopes.find((s) => s.kind === 'place')!
    expect(place.label).toBe('بلدةِ سيجو')
    expect(text.slice(place.span.start, place.span.end)).toBe('بلدةِ سيجو')
  })

  it('gives extractClaims the scopes it gives alone, on every seed article', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const text = readFileSync(`data/sources/${id}.txt`, 'utf8')
      const claims = extractClaims({ id, text, lang: 'ar', published: '2025-11-28', window: null })
      expect(scopesFor(text, claims, compact(text))).toEqual(scopesFor(text, claims))
      expect(claims.map((c) => c.scopes)).toEqual(scopesFor(text, claims))
    }
  })
})
