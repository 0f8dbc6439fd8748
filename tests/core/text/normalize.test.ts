import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compact, fold, foldKey, toOriginal } from '../../../src/core/text/normalize'
import { sentences } from '../../../src/core/text/segment'

describe('normalisation', () => {
  it('folds digits of every script, alef, yeh and teh marbuta in place', () => {
    expect(fold('٣٠٠ ۴۵ أإآ ى ة ٫ ٬')).toBe('300 45 ااا ي ه . ,')
  })

  it('is length-preserving for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => { expect(fold(s).length).toBe(s.length) }))
  })

  it('drops marks in the compact view and maps offsets back exactly', () => {
    const text = 'قُتِلَ ثلاثـة آلافٍ'
    const c = compact(text)
    expect(c.text).toBe('قتل ثلاثه الاف')
    const at = c.text.indexOf('ثلاثه')
    const span = toOriginal(c, at, at + 5)
    expect(text.slice(span.start, span.end)).toBe('ثلاثـة')
  })

  it('gives the same compact text whether or not it holds surrogates (two ways of decoding), a leading BOM kept', () => {
    expect(compact('\ufeffقُتل 3').text).toBe('\ufeffقتل 3')
    expect(compact('a\ud800b 😀 ً').text).toBe('a\ud800b 😀 ')
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => { expect(compact(s).text).toBe(foldKey(s)) }))
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => { expect(compact(s).text).toBe(foldKey(s)) }))
  })

  it('foldKey collapses spelling variants of hamza and diacritics', () => {
    expect(foldKey('أُسيمي')).toBe(foldKey('اسيمي'))
  })
})

describe('sentences', () => {
  it('joins a line broken mid-sentence and splits at full stops, not inside numbers', () => {
    const text = 'وقالت الصحيفة، في\nتقريرها إن الذهب تجاوز 5.200 دولار. وقال ضابط مالي شيئا.'
    const s = sentences(text).map((x) => text.slice(x.start, x.end))
    expect(s).toEqual(['وقالت الصحيفة، في\nتقريرها إن الذهب تجاوز 5.200 دولار.', 'وقال ضابط مالي شيئا.'])
  })
})

describe('sentences after abbreviations', () => {
  const split = (text: string) => sentences(text).map((x) => text.slice(x.start, x.end))
  it.each([
    ['The U.N. envoy said 40 people died. Rescuers kept digging.', 2],
    ['Flooding began on Sept. 14 and lasted a week. Roads closed.', 2],
    ['Selon M. Dupont, 12 maisons ont brûlé. Les pompiers sont restés.', 2],
    ['Le bilan a été donné par M. Dupont, le maire. Les pompiers sont restés.', 2],
    ['Gov. Ana Reyes put the cost at $3 billion. She asked for aid.', 2],
    ['The blast hit at 6 a.m. local time, killing nine. Police sealed the area.', 2],
    ['It cost approx. 300 million pesos. Nobody was charged.', 2],
    ['John F. Kennedy Airport closed for two days. Flights resumed.', 2],
  ])('%s keeps the abbreviation inside its sentence', (text, count) => {
    const s = split(text)
    expect(s).toHaveLength(count)
    expect(s[1]).toMatch(/^[A-Z]/)
  })
  it.each([
    'Nine people died in 2023. Five more died this year.',
    'The toll rose to 40 on Monday. Officials feared more.',
    'وقال المسؤول إن 40 شخصا قتلوا. وواصل المسعفون البحث.',
    'Aid reached the U.S.\nIt arrived late.',
    'Nine villages lie in Area C. The ministry said 12 were hit.',
    'Rescuers worked through Monday. 12 more bodies were found.',
  ])('still ends a sentence at a full stop: %s', (text) => {
    expect(split(text)).toHaveLength(2)
  })
})
