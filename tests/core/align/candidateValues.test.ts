import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { agreement } from '../../../src/core/align/candidateValues'
import type { Claim, Lang, Source } from '../../../src/core/model'

// Agreement between origins, which ranks candidates: figures written for these tests, one per report.

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: id, title: id, published: '2024-05-02', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source
const figures = (...texts: [Lang, string][]): Claim[] => texts.flatMap(([lang, text], i) => extractClaims(source(`s${i}`, lang, text)).slice(0, 1))
const bySource = (c: Claim) => c.source

describe('agreement', () => {
  it.each([
    ['two reports of one large count within 10 %', figures(['en', 'The province counted 191 dead.'], ['ar', 'سجل الإقليم 202 وفاة.']), 2],
    ['six boats are not seven', figures(['en', 'Rescuers saw six boats.'], ['fr', 'Les secours ont vu sept bateaux.']), 0],
    ['the same small count in two languages', figures(['en', 'Rescuers saw six boats.'], ['ar', 'رصد المنقذون ستة قوارب.']), 2],
    ['a vague figure is no witness', figures(['en', 'Rescuers saw several boats.'], ['fr', 'Les secours ont vu sept bateaux.']), 0],
  ])('%s', (_name, claims, origins) => {
    expect(claims).toHaveLength(2)
    expect(agreement(claims, bySource).origins).toBe(origins)
  })
})
