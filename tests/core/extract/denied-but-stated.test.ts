import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { extract } from './helpers'

// A figure the text denies is no claim, unless the text says someone stated it: "et non 80 comme
// annoncé", "not 80 as first reported", "وليس 80 كما أعلن": a fact-checker compares that figure.
describe('a denied figure that someone stated stays', () => {
  it.each<[Lang, string]>([
    ['fr', 'Le centre accueille 54 familles, et non 80 comme annoncé mardi.'],
    ['en', 'The centre houses 54 families, not 80 as first reported.'],
    ['ar', 'يؤوي المركز 54 عائلة وليس 80 كما أعلن الثلاثاء'],
  ])('%s: %s', (lang, text) => {
    expect(extract(text, '2024-05-02', lang).map((c) => c.text)).toContain('80')
  })
})

describe('a denied figure nobody stated goes', () => {
  it.each<[Lang, string]>([
    ['fr', 'Le centre accueille 54 familles, et non 80.'],
    ['en', 'The centre houses 54 families, not 80.'],
    ['ar', 'يؤوي المركز 54 عائلة وليس 80'],
  ])('%s: %s', (lang, text) => {
    expect(extract(text, '2024-05-02', lang).map((c) => c.text)).not.toContain('80')
  })
})
