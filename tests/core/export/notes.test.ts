import { describe, expect, it } from 'vitest'
import { sayNotes } from '../../../src/core/export/words'

// A topic's notes: sources counted as one, and a source that gives figures that cannot both hold.
const OUTLET: Record<string, string> = { a1: 'Le Courrier', a2: 'Le Courrier', a3: 'Le Courrier', b: 'Radio Sahel', c: 'Agence Nord' }
const name = (id: string) => OUTLET[id] ?? id
const figure = (id: string) => id

describe('sayNotes', () => {
  it('relays of other outlets are named, each outlet once', () => {
    const notes = sayNotes({ folded: [{ sources: ['a1', 'b', 'a2'], why: 'relay' }], withinSource: [] }, name, figure, 'en')
    expect(notes).toEqual(['Counted as one source, as one relays or copies the other: Le Courrier and Radio Sahel.'])
  })
  it('articles of one outlet counted as one say how many, with the noun agreeing in Arabic', () => {
    const folded = { folded: [{ sources: ['a1', 'a2', 'a3'], why: 'relay' }], withinSource: [] }
    expect(sayNotes(folded, name, figure, 'en')).toEqual(['Counted as one source: 3 articles from Le Courrier.'])
    expect(sayNotes(folded, name, figure, 'ar')).toEqual(['عُدّت مصدراً واحداً: 3 مقالات من Le Courrier.'])
  })
  it('notes alike in words are said once', () => {
    const twice = { folded: [{ sources: ['a1', 'a2'], why: 'relay' }, { sources: ['a2', 'a3'], why: 'relay' }], withinSource: [] }
    expect(sayNotes(twice, name, figure, 'en')).toHaveLength(1)
    expect(sayNotes(twice, name, figure, 'ar')[0]).toContain('مقالان')
  })
  it('a group of hundreds of outlets gives their count and a few names, in one sentence', () => {
    const many = Array.from({ length: 120 }, (_, i) => `relay${i}`)
    const [note] = sayNotes({ folded: [{ sources: ['b', 'c', ...many], why: 'relay' }], withinSource: [] }, name, figure, 'en')
    expect(note).toBe('Counted as one source, as one relays or copies the other: 122 outlets, among them Radio Sahel, Agence Nord, relay0, relay1 and relay2.')
  })
  it('a source that contradicts itself: two figures take the dual verb in Arabic, more the plural', () => {
    const two = sayNotes({ folded: [], withinSource: [{ source: 'b', claims: ['40', '90'], why: 'disjoint' }] }, name, figure, 'ar')[0]
    expect(two).toBe('يذكر Radio Sahel «40» و«90» للأمر نفسه، ولا يتداخلان.')
    const three = sayNotes({ folded: [], withinSource: [{ source: 'b', claims: ['40', '90', '120'], why: 'disjoint' }] }, name, figure, 'ar')[0]
    expect(three).toMatch(/ولا تتداخل\.$/)
  })
})
