import { describe, expect, it } from 'vitest'
import { buildSource, draftProblems, findDuplicate, mergeSource, shownId, sourceIdFor, textHash, type SourceDraft } from '../../../src/core/workspace'

const draft: SourceDraft = { title: ' BAMEX closes ', outlet: 'Mali Web', via: '', lang: 'ar', kind: 'news', published: '2025-11-25', url: '', text: 'اختتم معرض بامكس 2025.\r\n' }
const now = '2025-12-01T10:00:00.000Z'

describe('imported sources', () => {
  it('become Sources with origin "imported", the text kept byte for byte', () => {
    const s = buildSource(draft, { takenIds: [], now })
    expect(s).toMatchObject({ title: 'BAMEX closes', outlet: 'Mali Web', via: null, url: null, published: '2025-11-25', window: null, origin: 'imported', importedAt: now, text: draft.text })
    expect(s.hash).toBe(textHash(draft.text))
    expect(s.id).toMatch(/^u[0-9a-f]{8}$/)
  })

  it('get an id from their hash, longer when the short one is taken', () => {
    const hash = `sha256:${'ab'.repeat(32)}`
    expect(sourceIdFor(hash, [])).toBe('uabababab')
    expect(sourceIdFor(hash, ['uabababab'])).toBe('uabababababab')
  })

  it('check their metadata', () => {
    expect(draftProblems(draft)).toEqual({})
    expect(draftProblems({ ...draft, title: ' ', published: '2025-02-30', url: 'javascript:alert(1)' })).toEqual({ title: 'required', published: 'date', url: 'url' })
  })
})

describe('duplicates', () => {
  const stored = buildSource({ ...draft, outlet: '', url: '' }, { takenIds: [], now })

  it('are found by text hash, embedded or imported', () => {
    const known = [{ id: '000', title: 'Le Monde', origin: 'embedded' as const, hash: textHash('other') }, stored]
    expect(findDuplicate(textHash('اختتم معرض بامكس 2025.\n'), known)).toEqual({ id: stored.id, title: 'BAMEX closes', origin: 'imported' })
    expect(findDuplicate(textHash('new'), known)).toBeNull()
  })

  it('merge by filling the fields the stored source lacks, keeping its text and id', () => {
    const { source, changed } = mergeSource(stored, { ...draft, title: 'Other title', url: 'https://example.org/x' })
    expect(changed).toEqual(['outlet', 'url'])
    expect(source).toMatchObject({ id: stored.id, title: 'BAMEX closes', outlet: 'Mali Web', url: 'https://example.org/x', text: stored.text })
  })

  it('take the draft\'s value where the user prefers it', () => {
    const { source, changed } = mergeSource(stored, { ...draft, title: 'Other title' }, ['title'])
    expect(changed).toEqual(['title', 'outlet'])
    expect(source.title).toBe('Other title')
  })
})

describe('shownId', () => {
  it('shows a corpus id and hides one made from a hash', () => {
    expect(shownId('ar-derna-01')).toBe('ar-derna-01')
    expect(shownId('002')).toBe('002')
    expect(shownId(sourceIdFor('sha256:' + 'ab'.repeat(32), []))).toBeNull()
    expect(shownId('u81c491b4-2')).toBeNull()
  })
})
