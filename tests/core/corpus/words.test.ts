import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../../src/core/corpus/load'
import { sourceName, sourceRef, sourceWord } from '../../../src/core/corpus/words'

const meta = (over: Record<string, unknown>) => ({ version: 1, sources: [{ id: '010', file: 'a.txt', title: 'x', lang: 'ar', outlet: null, via: null, kind: 'news', published: '2025-01-02', window: null, ...over }] })
const load = (over: Record<string, unknown>) => buildCorpus('sources.json', meta(over), () => 'نص المقال.')[0]

describe('source metadata per language', () => {
  it('reads a title, outlet and via given per language, and shows each in the reader’s language', () => {
    const s = load({ title: { ar: 'عنوان عربي', en: 'An English title' }, outlet: { ar: 'لوموند', en: 'Le Monde' }, via: { en: 'Arabi21 (translation)', ar: 'عربي21 (ترجمة)' } })
    expect(sourceWord(s, 'title', 'ar')).toEqual({ text: 'عنوان عربي', lang: 'ar' })
    expect(sourceWord(s, 'title', 'en')).toEqual({ text: 'An English title', lang: 'en' })
    expect(sourceName(s, 'ar')).toBe('لوموند')
    expect(sourceRef(s, s.id, 'en')).toBe('Le Monde')
    expect(sourceRef(s, s.id, 'ar')).toBe('لوموند')
    expect(sourceWord(s, 'via', 'ar')?.text).toBe('عربي21 (ترجمة)')
    // The plain fields keep the English text older readers (search, logs) have always seen.
    expect(s.title).toBe('An English title')
  })

  it('shows a text given in one language only as it is, marked with that language', () => {
    const s = load({ title: { en: 'Only in English' }, outlet: 'DW' })
    expect(sourceWord(s, 'title', 'ar')).toEqual({ text: 'Only in English', lang: 'en' })
    // A bare string's language is told from its script when it can be.
    expect(sourceWord(load({ title: 'عنوان فقط' }), 'title', 'en')).toEqual({ text: 'عنوان فقط', lang: 'ar' })
    expect(sourceWord(s, 'outlet', 'ar')).toEqual({ text: 'DW', lang: null })
  })

  it('names a source without an outlet by its id, in the language', () => {
    expect(sourceName({ id: '003', outlet: null }, 'ar')).toBe('المصدر 003')
    expect(sourceName({ id: '003', outlet: null }, 'en')).toBe('Source 003')
  })

  it('refuses an empty per-language title with a message naming the field', () => {
    expect(() => load({ title: {} })).toThrow(/title/)
  })

  it('reads the reasoning of an inferred date per language', () => {
    const s = load({ published: null, window: { from: '2025-01-01', to: '2025-02-01', how: { en: 'the fair is past', ar: 'المعرض قد مضى' } } })
    expect(sourceWord(s, 'how', 'ar')?.text).toBe('المعرض قد مضى')
    expect(s.window?.how).toBe('the fair is past')
  })

  it('names a source in an explanation by its outlet alone, never by a code id; a Latin name in Arabic is isolated', () => {
    const s = load({ id: 'u12485feb', outlet: 'Le Monde (Paris) [archive]' })
    expect(sourceRef(s, s.id, 'en')).toBe('Le Monde (Paris) [archive]')
    expect(sourceRef(s, s.id, 'en')).not.toContain('u12485feb')
    // Within an Arabic sentence the brackets of a Latin name keep their order (first strong isolate … pop).
    expect(sourceRef(s, s.id, 'ar')).toBe('\u2068Le Monde (Paris) [archive]\u2069')
    // An Arabic name needs no isolate; a source with no outlet is named by its number.
    expect(sourceRef(load({ outlet: 'الشروق' }), '010', 'ar')).toBe('الشروق')
    expect(sourceRef(load({}), '010', 'ar')).toBe('المصدر 010')
    expect(sourceRef(load({}), '010', 'en')).toBe('source 010')
  })
})
