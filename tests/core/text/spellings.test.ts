import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { HASH_SEED, SpellingTable, hashStep } from '../../../src/core/text/spellings'

const hash = (s: string, start: number, end: number) => {
  let h = HASH_SEED
  for (let i = start; i < end; i++) h = hashStep(h, s.charCodeAt(i))
  return h
}

describe('SpellingTable', () => {
  it('gives the value made from text.slice for any range of any string, made once per spelling', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.tuple(fc.nat(60), fc.nat(60)), { maxLength: 8 }), (s, ranges) => {
      const made: string[] = []
      const table = new SpellingTable((raw) => { made.push(raw); return { raw } })
      for (const [a, b] of ranges) {
        const [start, end] = [Math.min(a, b, s.length), Math.min(Math.max(a, b), s.length)]
        const v = table.get(s, start, end, hash(s, start, end))
        expect(v.raw).toBe(s.slice(start, end))
        expect(table.get(s, start, end, hash(s, start, end))).toBe(v)
      }
      // Long spellings are made each time; short ones once.
      const short = made.filter((m) => m.length <= 40)
      expect(new Set(short).size).toBe(short.length)
    }))
  })

  it('finds a spelling wherever it stands, and tells apart spellings whose hashes collide in the slot', () => {
    const table = new SpellingTable((raw) => ({ raw }))
    const text = 'قتل 300 شخص، وقتل 300 شخص'
    expect(table.get(text, 0, 3, hash(text, 0, 3))).toBe(table.get(text, 14, 17, hash(text, 14, 17)))
    // The same hash given for two spellings: the units decide.
    expect(table.get('ab', 0, 2, 7).raw).toBe('ab')
    expect(table.get('cd', 0, 2, 7).raw).toBe('cd')
    expect(table.get('ab', 0, 2, 7).raw).toBe('ab')
  })

  it('still gives the right value after more distinct spellings than the table keeps', () => {
    const table = new SpellingTable((raw) => ({ raw }))
    const text = Array.from({ length: 100_000 }, (_, i) => `w${i}`).join(' ')
    let wrong = 0
    for (let pass = 0; pass < 2; pass++) {
      for (let s = 0; s < text.length;) {
        const e = text.indexOf(' ', s) < 0 ? text.length : text.indexOf(' ', s)
        if (table.get(text, s, e, hash(text, s, e)).raw !== text.slice(s, e)) wrong++
        s = e + 1
      }
    }
    expect(wrong).toBe(0)
  })
})
