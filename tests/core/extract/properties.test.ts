import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { extractClaims } from '../../../src/core/extract'

const run = (text: string) => extractClaims({ id: 'p', text, lang: 'ar', published: '2025-01-01', window: null })

// Pieces that make figures likely, mixed with any string, lone surrogates included.
const piece = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('نحو ', 'أكثر من ', '٣٠٠', '5.200', ' دولار', ' مليون', 'خمسة وأربعين ألف', ' عام 2022', 'من 11 إلى 24 نوفمبر', 'طائرتين', 'ثلاث سنوات ونصف', '%', '\u064B', 'ـ', '\uD800', '\uDC00', '\n', '،', 'TB2', '-', '/'),
)
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''))

function check(t: string) {
  const claims = run(t)
  let last = -1
  for (const c of claims) {
    expect(c.span.start).toBeGreaterThanOrEqual(0)
    expect(c.span.end).toBeLessThanOrEqual(t.length)
    expect(c.span.end).toBeGreaterThan(c.span.start)
    expect(t.slice(c.span.start, c.span.end)).toBe(c.text)
    expect(c.span.start).toBeGreaterThanOrEqual(last)
    last = c.span.end
  }
  return claims
}

describe('extraction properties', () => {
  it('never throws; spans are in bounds, exact, ordered and do not overlap', () => {
    fc.assert(fc.property(text, (t) => { check(t) }), { numRuns: 400 })
  })

  it('is deterministic', () => {
    fc.assert(fc.property(text, (t) => { expect(run(t)).toEqual(run(t)) }), { numRuns: 100 })
  })

  it('handles 1 MB of mixed scripts', () => {
    const seed = 'وصل نحو 200 جندي في 3 سبتمبر 2025 — 50 مليون دولار; English 12 text; 日本語 ١٢٣ \uD800 لا شيء هنا '
    const big = seed.repeat(Math.ceil(1_000_000 / seed.length))
    const claims = check(big)
    expect(claims.length).toBeGreaterThan(10000)
  })
})
