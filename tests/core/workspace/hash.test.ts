import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { canonicalText, sha256Hex, textHash } from '../../../src/core/workspace'

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('gives the FIPS test vector for %j', (input, digest) => {
    expect(sha256Hex(new TextEncoder().encode(input))).toBe(digest)
  })

  it('matches node:crypto on any text, Arabic included, at block edges', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => sha256Hex(new TextEncoder().encode(s)) === node(s)))
    for (const n of [55, 56, 63, 64, 65, 119, 120]) expect(sha256Hex(new TextEncoder().encode('م'.repeat(n)))).toBe(node('م'.repeat(n)))
  })
})

describe('textHash', () => {
  it('hashes the same article alike whatever its line ends, blank lines, spacing or BOM', () => {
    const a = 'معرض بامكس 2025\nفي باماكو'
    expect(textHash(a)).toBe(textHash('\ufeff\r\nمعرض بامكس 2025  \r\n\r\nفي   باماكو\r\n\r\n'))
    expect(textHash(a)).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('tells different texts apart', () => {
    expect(textHash('معرض بامكس 2025')).not.toBe(textHash('معرض بامكس 2024'))
  })

  it('keeps the words and their order as they are', () => {
    expect(canonicalText(' a  b \n\nc')).toBe('a b c')
    expect(textHash('a b c')).not.toBe(textHash('a c b'))
  })
})
