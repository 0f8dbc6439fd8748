import { expect } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import type { Claim, Lang } from '../../../src/core/model'

export function extract(text: string, published: string | null = '2025-11-28', lang: Lang = 'ar'): Claim[] {
  return extractClaims({ id: 't', text, lang, published, window: null })
}

export interface Case {
  text: string
  /** The exact span expected, as a substring of text (first occurrence). */
  span: string
  kind: Claim['quantity']['kind']
  lo: number | string | null
  hi?: number | string | null
  unit?: string | null
  qualifier?: string | null
  counted?: string | null
  published?: string | null
  /** The text's language (Arabic unless given). */
  lang?: Lang
}

/** Asserts that a case yields a claim with exactly this span (text and offset) and value. */
export function expectCase(c: Case): void {
  const claims = extract(c.text, c.published === undefined ? '2025-11-28' : c.published, c.lang)
  const start = c.text.indexOf(c.span)
  expect(start, `span "${c.span}" must be in the text`).toBeGreaterThanOrEqual(0)
  const hit = claims.find((x) => x.span.start === start && x.span.end === start + c.span.length)
  expect(hit, `no claim with span "${c.span}"; got ${JSON.stringify(claims.map((x) => x.text))}`).toBeDefined()
  const q = hit!.quantity
  expect(hit!.text).toBe(c.span)
  expect(c.text.slice(hit!.span.start, hit!.span.end)).toBe(c.span)
  expect({ kind: q.kind, lo: q.lo, hi: q.hi }).toEqual({ kind: c.kind, lo: c.lo, hi: c.hi === undefined ? c.lo : c.hi })
  if (c.unit !== undefined) expect(q.unit).toBe(c.unit)
  if (c.qualifier !== undefined) expect(q.qualifier).toBe(c.qualifier)
  if (c.counted !== undefined) expect(hit!.counted).toBe(c.counted)
}
