import { describe, expect, it } from 'vitest'
import { entityKey, sameEntity } from '../../../src/core/entities/fold'

// Spelling variants of one name, from the seed corpus and beyond.
const SAME: [string, string][] = [
  ['فاغنر', 'فاجنر'], ['فاجنر', 'Wagner'], ['لفاجنر', 'فاجنر'], ['مجموعة فاغنر', 'مجموعة فاجنر'],
  ['غويتا', 'جويتا'], ['أسيمي غويتا', 'آسيمي جويتا'], ['Goïta', 'غويتا'],
  ['كانيك', 'جانيك'], ['أكاديمية كانيك', 'أكاديمية جانيك'],
  ['بيقار', 'بايقار'], ['الفيلق الأفريقي', 'فيلق إفريقيا'], ['إفريقيا', 'أفريقيا'],
  ['TB2', 'تي بي 2'], ['بيرقدار TB2', 'بيرقدار تي بي 2'], ['BAMEX25', 'بامكس 2025'], ['بامكس2025', 'بامكس 2025'], ['BAMEX25', 'بامكس2025'],
  ['Mi-35M', 'مي-35 إم'], ['Akıncı', 'آقنجي'], ['أقنجي', 'آقنجي'],
  ['المدرسة', 'المدرسه'], ['مستشفى', 'مستشفي'], ['مُسَيَّرة', 'مسيرة'],
  // An accented capital folds as its small letter: a leading É is a vowel like é.
  ['Égyptiens', 'égyptiens'], ['Égypte', 'Egypte'], ['Émirats', 'émirats'],
  // Latin "w" for the Arabic و, which folds to no consonant.
  ['Tawila', 'طويلة'], ['Rwanda', 'رواندا'], ['Kuwait', 'الكويت'], ['Itaewon', 'إيتايون'],
  // Arabic ه for the h of a foreign name, which at a word's end is the feminine ending.
  ['Lahaina', 'لاهاينا'], ['Tahoua', 'تاهوا'], ['Hawaii', 'هاواي'], ['Chichaoua', 'شيشاوة'],
  // A name whose first letters read as a preposition and the article ("بال", "كال") is also read whole.
  ['Palvenor', 'باليفينور'], ['Kalimorn', 'كاليمورن'],
]
const DIFFERENT: [string, string][] = [
  ['TB2', 'آقنجي'], ['بيرقدار TB2', 'بيرقدار آقنجي'], ['فاغنر', 'الفيلق الأفريقي'], ['Wagner', 'Africa Corps'],
  ['كانيك', 'آقنجي'], ['غويتا', 'كامارا'], ['مالي', 'موريتانيا'], ['BAMEX25', 'BAMEX24'], ['Tawila', 'تملة'],
]

describe('entityKey: spelling-variant folding', () => {
  it.each(SAME)('%s ≡ %s', (a, b) => expect(sameEntity(a, b)).toBe(true))
  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    expect(sameEntity(a, b)).toBe(false)
    expect(entityKey(a)).not.toBe(entityKey(b))
  })
  it('gives one key to the Latin and Arabic spellings of the fair', () => {
    expect(new Set(['BAMEX25', 'بامكس 2025', 'بامكس2025'].map(entityKey)).size).toBe(1)
  })
})
