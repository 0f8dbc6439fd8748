import { describe, expect, it } from 'vitest'
import { buildWorkspaceFile, emptyState, mergeWorkspace, parseWorkspace, serializeWorkspace, WORKSPACE_VERSION } from '../../../src/core/workspace'
import { AT, embeddedTexts, fullState, imported } from './fixture'

const exported = () => serializeWorkspace(buildWorkspaceFile(fullState(), '2025-12-02T09:00:00.000Z'))
const parse = (text: string) => parseWorkspace(text, { fileName: 'ws.json', knownTexts: embeddedTexts })
function errorOf(text: string): string {
  const r = parse(text)
  if (r.ok) throw new Error('expected a failure')
  return r.error
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the file on purpose
function edit(change: (file: any) => void): string {
  const file = JSON.parse(exported())
  change(file)
  return JSON.stringify(file)
}

describe('workspace round trip', () => {
  it('export, import into an empty workspace: the same state', () => {
    const r = parse(exported())
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.file.version).toBe(WORKSPACE_VERSION)
    const merged = mergeWorkspace(emptyState(), r.file)
    expect(merged.ok).toBe(true)
    if (!merged.ok) return
    expect(merged.state).toEqual(fullState())
    expect(merged.summary).toEqual({ sourcesAdded: 1, sourcesKnown: 0, corrections: 4, reviews: 1, topics: 1, audit: 2 })
  })

  it('importing the same file twice changes nothing the second time', () => {
    const r = parse(exported())
    if (!r.ok) throw new Error(r.error)
    const once = mergeWorkspace(emptyState(), r.file)
    if (!once.ok) throw new Error(once.error)
    const twice = mergeWorkspace(once.state, r.file)
    if (!twice.ok) throw new Error(twice.error)
    expect(twice.state).toEqual(once.state)
    expect(twice.summary).toEqual({ sourcesAdded: 0, sourcesKnown: 1, corrections: 0, reviews: 0, topics: 0, audit: 0 })
  })

  it('keeps the newer of two decisions on the same topic', () => {
    const r = parse(exported())
    if (!r.ok) throw new Error(r.error)
    const current = fullState()
    current.reviews = [{ ...current.reviews[0], override: 'agree', at: '2025-12-03T00:00:00.000Z' }]
    const merged = mergeWorkspace(current, r.file)
    if (!merged.ok) throw new Error(merged.error)
    expect(merged.state.reviews[0].override).toBe('agree')
  })

  it('refuses a source whose id holds a different text here', () => {
    const r = parse(exported())
    if (!r.ok) throw new Error(r.error)
    const current = emptyState()
    current.sources = [{ ...imported, text: 'نص آخر', hash: 'sha256:' + '0'.repeat(64) }]
    const merged = mergeWorkspace(current, r.file)
    expect(merged.ok).toBe(false)
    if (!merged.ok) expect(merged.error).toContain(`source ${imported.id}`)
  })
})

describe('a malformed workspace file', () => {
  it.each([
    ['', 'ws.json: the file is empty'],
    ['{"format": "claim-compare-workspace", ', 'ws.json: not valid JSON'],
    ['[1, 2]', 'ws.json: not a workspace (expected a JSON object)'],
    ['{"sources": []}', 'ws.json: not a claim-compare workspace (the "format" field must be "claim-compare-workspace")'],
    ['{"format": "claim-compare-workspace", "version": 99}', 'ws.json: written by a newer version of the app (workspace version 99; this one reads up to 1)'],
    ['{"format": "claim-compare-workspace", "version": "1"}', 'ws.json: version: must be a whole number from 1'],
  ])('%j is refused: %s', (text, message) => {
    expect(errorOf(text)).toContain(message)
  })

  it('names the field and the source of a schema error', () => {
    const text = edit((f) => { f.sources[0].published = '25/11/2025'; f.reviews[0].override = 'maybe' })
    const error = errorOf(text)
    expect(error).toContain(`ws.json: (id ${imported.id}) sources[0].published: must be a date as YYYY-MM-DD`)
    expect(error).toContain('ws.json: reviews[0].override: must be a verdict')
  })

  it('catches an edited text, a duplicate review and a figure that is not in its source', () => {
    const text = edit((f) => {
      f.sources[0].text += ' (edited)'
      f.reviews.push({ ...f.reviews[0] })
      f.corrections.added[0].text = 'شيء آخر'
    })
    const error = errorOf(text)
    expect(error).toContain('sources[0].hash: does not match the text')
    expect(error).toContain('reviews[1].topicId: duplicate "bamex-dates"')
    expect(error).toContain('corrections.added[0].text: is not the text at its span')
  })

  it('refuses a figure in a source it does not know, and an embedded source smuggled in', () => {
    expect(errorOf(edit((f) => { f.corrections.added[0].source = 'zzz'; f.corrections.added[0].id = 'zzz:1-2' }))).toContain('corrections.added[0].source: no source "zzz"')
    expect(errorOf(edit((f) => { f.sources[0].id = '000' }))).toContain('(id 000) sources[0].id: clashes with an embedded source')
  })

  it('accepts an added figure in an embedded source', () => {
    const text = edit((f) => {
      const t = embeddedTexts['000']
      const start = t.indexOf('ثلاثة أيام')
      Object.assign(f.corrections.added[0], { source: '000', id: `000:${start}-${start + 10}`, span: { start, end: start + 10 }, text: 'ثلاثة أيام', at: AT })
    })
    expect(parse(text).ok).toBe(true)
  })
})
