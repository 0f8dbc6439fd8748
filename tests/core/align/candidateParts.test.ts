import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { partGroup, partGroupName } from '../../../src/core/align/candidateParts'
import type { Lang, Source } from '../../../src/core/model'

// The group a part of a toll names, read in its own words, in sentences written for these tests.

const source = (lang: Lang, text: string): Source => ({ id: 's', lang, text, outlet: 's', title: 's', published: '2024-05-02', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source
/** The group of the second figure of a sentence (the part after the total). */
function groupOfPart(lang: Lang, text: string): string | null {
  const s = source(lang, text)
  const part = extractClaims(s).sort((a, b) => a.span.start - b.span.start)[1]
  return partGroup(part, text)
}

describe('partGroup', () => {
  it.each([
    ['en', 'The blast killed 30 people, at least six of them children.', 'children'],
    ['en', 'The storm killed 12 people, including four women.', 'women'],
    ['fr', "L'incendie a fait 18 morts, dont cinq enfants.", 'children'],
    ['fr', "L'attaque a fait 22 morts, dont trois étrangers.", 'foreigners'],
    ['ar', 'أسفر القصف عن مقتل 25 شخصا بينهم ثمانية أطفال.', 'children'],
    ['ar', 'قتل 14 شخصا بينهم طفلان.', 'children'],
    ['ar', 'لقي 19 شخصا حتفهم من بينهم ثلاث نساء.', 'women'],
    // The group with its attached "لل" ("للأطفال", "وللنساء").
    ['ar', 'وزعت البلدية 60 سريرا على الملاجئ، منها 25 للأطفال.', 'children'],
    ['ar', 'خصصت الجمعية 80 خيمة للعائلات، منها 30 وللنساء.', 'women'],
  ] as [Lang, string, string][])('%s: %s', (lang, text, group) => {
    expect(groupOfPart(lang, text)).toBe(group)
  })

  it('a part that names no group it knows, or a group far past the number, is no group', () => {
    expect(groupOfPart('en', 'The landslide killed 41 people, among them nine teachers.')).toBeNull()
    expect(groupOfPart('en', 'The landslide killed 41 people and nine more were injured while the rescuers searched for the missing children.')).toBeNull()
  })

  it('names each group in English and Arabic', () => {
    expect(partGroupName('children')).toEqual({ en: 'children', ar: 'أطفال' })
    expect(partGroupName('women').ar).toBe('نساء')
  })
})
