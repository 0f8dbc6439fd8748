import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Claim, Source } from '../../../src/core/model'
import { chunkSpans, extractInPieces, shiftClaims } from '../../../src/core/workspace'

const article = readFileSync('data/sources/001.txt', 'utf8')

// A stand-in extractor: every run of digits is a count (enough to test offsets and ids).
function digits(s: Pick<Source, 'id' | 'text'>): Claim[] {
  return [...s.text.matchAll(/\d+/g)].map((m) => {
    const start = m.index, end = start + m[0].length
    return { id: `${s.id}:${start}-${end}`, source: s.id, span: { start, end }, text: m[0], quantity: { kind: 'count', lo: Number(m[0]), hi: Number(m[0]), unit: null, per: null, precision: 'exact', qualifier: null }, counted: null, sentence: { start, end }, attribution: { who: 'x', cue: 'y', span: { start, end } }, scopes: [{ kind: 'place', label: 'p', span: { start, end } }] }
  })
}

describe('extraction in pieces', () => {
  it('keeps a short text whole', () => {
    expect(chunkSpans(article)).toEqual([{ start: 0, end: article.length }])
  })

  it('cuts a long text at sentence ends into pieces that cover it exactly', () => {
    const big = article.repeat(60)
    const spans = chunkSpans(big, 20_000, 50_000)
    expect(spans.length).toBeGreaterThan(5)
    expect(spans[0].start).toBe(0)
    expect(spans.at(-1)!.end).toBe(big.length)
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBe(spans[i - 1].end)
    for (const s of spans.slice(0, -1)) {
      const before = big.slice(0, s.end).replace(/\n$/, '')
      expect(big[s.end - 1]).toBe('\n')
      expect(before.endsWith('\n') || /[.!?؟…]["'”»)]*[ \t]*$/u.test(before.slice(before.lastIndexOf('\n') + 1))).toBe(true)
    }
  })

  it('cuts a text with no line breaks at a space', () => {
    const flat = 'كلمة 12 '.repeat(20_000)
    const spans = chunkSpans(flat, 10_000, 20_000)
    expect(spans.length).toBeGreaterThan(1)
    for (const s of spans.slice(0, -1)) expect(flat[s.end - 1]).toBe(' ')
  })

  it('gives the same claims, offsets and ids as one pass over the whole text', async () => {
    const big = `${article}\n`.repeat(80)
    const source = { id: 'u1', text: big, lang: 'ar' as const, published: null, window: null }
    const progress: number[] = []
    const pieces = await extractInPieces(source, digits, (done, total) => { progress.push(done / total) })
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.at(-1)).toBe(1)
    expect(pieces).toEqual(digits(source))
    for (const c of pieces) expect(big.slice(c.span.start, c.span.end)).toBe(c.text)
  })

  it('moves every span of a claim', () => {
    const [c] = shiftClaims(digits({ id: 's', text: 'a 12' }), 's', 100)
    expect(c).toMatchObject({ id: 's:102-104', span: { start: 102, end: 104 }, sentence: { start: 102 }, attribution: { span: { start: 102 } }, scopes: [{ span: { start: 102 } }] })
  })
})
