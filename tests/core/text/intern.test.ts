import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { HASH_SEED, hashStep, intern, internHashed } from '../../../src/core/text/intern'

describe('intern', () => {
  it('gives the same spelling as slicing, for words seen before or not, short or long', () => {
    const text = 'قتل 300 شخص، وقتل 300 شخص. ' + 'ا'.repeat(60)
    expect(intern(text, 0, 3)).toBe('قتل')
    expect(intern(text, 14, 17)).toBe('قتل')
    expect(intern(text, 13, 17)).toBe('وقتل')
    expect(intern(text, 4, 7)).toBe('300')
    expect(intern(text, 27, 87)).toBe('ا'.repeat(60))
    expect(intern(text, 5, 5)).toBe('')
  })

  it('equals text.slice for any range of any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(60), fc.nat(60), (s, a, b) => {
      const [start, end] = [Math.min(a, b, s.length), Math.min(Math.max(a, b), s.length)]
      expect(intern(s, start, end)).toBe(s.slice(start, end))
    }))
  })

  it('still gives the right spelling after more distinct words than the table keeps', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `w${i}`).join(' ')
    let wrong = 0
    for (let pass = 0; pass < 2; pass++) {
      for (let s = 0; s < text.length;) {
        const e = text.indexOf(' ', s) < 0 ? text.length : text.indexOf(' ', s)
        if (intern(text, s, e) !== text.slice(s, e)) wrong++
        s = e + 1
      }
    }
    expect(wrong).toBe(0)
  })

  it('internHashed, given the hash a scanner computed, equals text.slice for any range', () => {
    const hash = (s: string, start: number, end: number) => {
      let h = HASH_SEED
      for (let i = start; i < end; i++) h = hashStep(h, s.charCodeAt(i))
      return h
    }
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(60), fc.nat(60), (s, a, b) => {
      const [start, end] = [Math.min(a, b, s.length), Math.min(Math.max(a, b), s.length)]
      expect(internHashed(s, start, end, hash(s, start, end))).toBe(s.slice(start, end))
      expect(intern(s, start, end)).toBe(s.slice(start, end))
    }))
  })

  it('gives one-unit strings (punctuation, a lone letter, a lone surrogate) as sliced', () => {
    const text = '،.٣a\ud800x'
    for (let i = 0; i < text.length; i++) {
      expect(intern(text, i, i + 1)).toBe(text.slice(i, i + 1))
      expect(internHashed(text, i, i + 1, 0)).toBe(text.slice(i, i + 1))
    }
  })
})
