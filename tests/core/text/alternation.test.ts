import { describe, expect, it } from 'vitest'
import { alternation, escapeRegExp } from '../../../src/core/text/alternation'

const whole = (src: string, flags = 'u') => new RegExp(`^(?:${src})`, flags)

describe('word lists as one alternation', () => {
  it('tries the longest word first, so a phrase wins over its first word', () => {
    const m = 'death toll rose'.match(whole(alternation(['death', 'death toll'])))
    expect(m?.[0]).toBe('death toll')
  })

  it('matches regex characters literally', () => {
    const re = whole(alternation(['U.S.', '(AFP)', 'a+b']))
    expect(re.test('U.S. officials')).toBe(true)
    expect(re.test('UaSa officials')).toBe(false)
    expect(re.test('(AFP) said')).toBe(true)
    expect(re.test('a+b')).toBe(true)
    expect(re.test('aab')).toBe(false)
    expect(escapeRegExp('[x]')).toBe('\\[x\\]')
  })

  it('reads spaces as written, as any run of spaces, or as spaces and hyphens', () => {
    expect(whole(alternation(['death toll'])).test('death  toll')).toBe(false)
    expect(whole(alternation(['death toll'], { spaces: 'spaces' })).test('death  toll')).toBe(true)
    expect(whole(alternation(['death toll'], { spaces: 'spaces' })).test('death-toll')).toBe(false)
    expect(whole(alternation(['rebel held'], { spaces: 'joins' })).test('rebel-held')).toBe(true)
    expect(whole(alternation(['rebel-held'], { spaces: 'joins' })).test('rebel held')).toBe(true)
  })

  it('folds each word first and lists each once', () => {
    const src = alternation(['Décès', 'décès', 'DÉCÈS'], { fold: (w) => w.toLowerCase() })
    expect(src).toBe('décès')
  })

  it('lets straight and curly apostrophes stand for each other when asked', () => {
    expect(whole(alternation(["l'armée"], { apostrophes: true })).test('l’armée')).toBe(true)
    expect(whole(alternation(["l'armée"])).test('l’armée')).toBe(false)
  })
})
