import { describe, expect, it } from 'vitest'
import { aliasKeys, findAllMentions, wordsOf } from '../../../src/core/align/mentions'

// Where a name is mentioned: across scripts by skeleton, with Latin spellings of و ("w", "ou"),
// short Latin words by spelling, and the English possessive read as the name.
const found = (alias: string, text: string): string[] => {
  const byKey = new Map(aliasKeys(alias).map((k) => [k, ['t']]))
  return (findAllMentions(wordsOf(text), byKey).get('t') ?? []).map((s) => text.slice(s.start, s.end))
}

describe('mentions of a topic’s entity', () => {
  it('finds an Arabic spelling of a Latin name written with "w" or "ou"', () => {
    expect(found('Kawthar', 'وصل النازحون إلى كوثر أمس')).toEqual(['كوثر'])
    expect(found('Oujda', 'في مدينة وجدة')).toEqual(['وجدة'])
  })
  it('reads "Rabat’s" as Rabat, and not as a longer name', () => {
    expect(found('Rabat', "Rabat's mayor spoke")).toEqual(['Rabat'])
    expect(found('Rabats', "Rabat's mayor spoke")).toEqual([])
  })
  it('a short Latin name is matched by its spelling in Latin text, by its skeleton in Arabic', () => {
    expect(found('Saudi', 'officials said on Monday')).toEqual([])
    expect(found('Saudi', 'the Saudi hospital')).toEqual(['Saudi'])
    expect(found('Saudi', 'المستشفى السعودي')).toEqual(['السعودي'])
  })
})

describe('acronyms', () => {
  it('an acronym is matched by its letters, not by a name of the same skeleton', () => {
    expect(found('Fasher', 'Les FSR ont pris la ville')).toEqual([])
    expect(found('RSF', 'The RSF took the city')).toEqual(['RSF'])
  })
})
