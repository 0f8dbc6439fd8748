import { describe, expect, it } from 'vitest'
import { fold, indexTerms, queryTerm, stripPrefixes, tokenize } from '../../../src/core/search/fold'

describe('fold', () => {
  it.each([
    ['أفريقيا', 'افريقيا'],
    ['إفريقيا', 'افريقيا'],
    ['آلاف', 'الاف'],
    ['مُسَيَّرة', 'مسيره'],
    ['مـــالي', 'مالي'],
    ['على', 'علي'],
    ['مسؤول', 'مسوول'],
    ['١١ إلى ٢٤', '11 الي 24'],
    ['۵۰', '50'],
    ['٥٫٢', '5.2'],
    ['Goïta', 'goita'],
    ['BAMEX25', 'bamex25'],
  ])('%s → %s', (input, output) => {
    expect(fold(input)).toBe(output)
  })

  it('keeps the length of plain text it does not change', () => {
    expect(fold('Daily Sabah')).toBe('daily sabah')
  })
})

describe('stripPrefixes', () => {
  it.each([
    ['والمعرض', 'معرض'],
    ['بالعاصمه', 'عاصمه'],
    ['للدفاع', 'دفاع'],
    ['وفاغنر', 'فاغنر'],
    ['المعرض', 'معرض'],
    ['بلاد', 'بلاد'],
    ['مالي', 'مالي'],
    ['wagner', 'wagner'],
  ])('%s → %s', (input, output) => {
    expect(stripPrefixes(input)).toBe(output)
  })
})

describe('tokenize and terms', () => {
  it('splits on anything but letters and digits, keeping decimal points inside numbers', () => {
    expect(tokenize('فدية قدرها 5.200 دولار، (BAMEX25)')).toEqual(['فدية', 'قدرها', '5.200', 'دولار', 'BAMEX25'])
  })

  it('indexes a prefixed word under both forms and searches the bare form', () => {
    expect(indexTerms('والفدية')).toEqual(['والفديه', 'فديه'])
    expect(queryTerm('الفدية')).toBe('فديه')
    expect(indexTerms('Wagner')).toEqual(['wagner'])
  })
})
