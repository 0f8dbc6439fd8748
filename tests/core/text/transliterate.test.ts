import { describe, expect, it } from 'vitest'
import { transliterate } from '../../../src/core/text/transliterate'

// Place names as Arabic newsrooms commonly write them; every case must come out with no Latin letter.
describe('transliterate: a Latin-script place name in Arabic letters', () => {
  it.each([
    ['Mayotte', 'مايوت'],
    ['Taroudant', 'تارودانت'],
    ['El Fasher', 'الفاشر'],
    ['Conakry', 'كوناكري'],
    ['Paiporta', 'بايبورتا'],
    ['Ouarzazate', 'وارزازات'],
    ['Valencia', 'فالنسيا'],
    ['Benghazi', 'بنغازي'],
    ['Agadir', 'أغادير'],
    ['Herat', 'هرات'],
    ['Évry', 'إفري'],
  ])('%s → %s', (latin, arabic) => {
    expect(transliterate(latin)).toBe(arabic)
    expect(transliterate(latin)).not.toMatch(/[A-Za-z]/)
  })
})
