import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { TextWords } from '../../../src/core/entities/words'

// What attribution read before the words were shared: a regex run over each span on its own.
function regexWords(text: string, start: number, end: number) {
  const out: { raw: string; start: number; end: number }[] = []
  const re = /[\p{L}\p{N}\p{M}ـ'’-]+|[،,؛;:."“”«»()!?؟]/gu
  re.lastIndex = start
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) out.push({ raw: m[0], start: m.index, end: m.index + m[0].length })
  return out
}

const pieces = ['قالت', 'الوزارة', '،', ' ', '  ', '\n', 'l’OIM', "d'Ocha", 'well-known', '300', '٣٠٠', 'ـ', 'َ', '.', '?', '"', '«', '»', '(', '😀', '𝐀', '\ud800', '\udc00', '–', '-', '$', 'Selon']

describe('TextWords', () => {
  it('reads the words of a span as a regex run from its start does, the first cut inside a word', () => {
    const text = 'وقالت الوزارة، اليوم: قُتل 300 شخص.'
    const tw = new TextWords(text)
    expect(tw.in({ start: 0, end: text.length }).map((w) => w.raw)).toEqual(['وقالت', 'الوزارة', '،', 'اليوم', ':', 'قُتل', '300', 'شخص', '.'])
    expect(tw.in({ start: 2, end: 9 }).map((w) => [w.raw, w.start])).toEqual([['الت', 2], ['الوزارة', 6]])
    expect(tw.in({ start: 22, end: 26 }).map((w) => w.w)).toEqual(['قتل'])
  })

  it('agrees with a regex run for any text and any spans, asked in any order', () => {
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''))
    fc.assert(fc.property(text, fc.array(fc.tuple(fc.nat(200), fc.nat(200)), { maxLength: 6 }), (t, spans) => {
      const tw = new TextWords(t)
      for (const [a, b] of spans) {
        const start = Math.min(a, b, t.length)
        const end = Math.min(Math.max(a, b), t.length)
        expect(tw.in({ start, end }).map(({ raw, start, end }) => ({ raw, start, end }))).toEqual(regexWords(t, start, end))
      }
    }), { numRuns: 3000 })
  })

  it('gives the words of one spelling one record, whose folded form is theirs', () => {
    const text = 'قالت الوزارة إن الوزارة قالت؛ وقالت'
    const words = new TextWords(text).in({ start: 0, end: text.length })
    for (const w of words) expect(w.sp.w).toBe(w.w)
    const byRaw = new Map(words.map((w) => [w.raw, w.sp]))
    for (const w of words) expect(w.sp).toBe(byRaw.get(w.raw))
    expect(words[0].sp).not.toBe(words[words.length - 1].sp)
  })
})

