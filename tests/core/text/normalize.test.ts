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
