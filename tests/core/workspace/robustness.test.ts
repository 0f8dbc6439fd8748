// A workspace file built to do harm, or simply wrong: each is refused with a message naming the
// field, or read in a way that cannot hurt (metadata cleaned, times clamped). Texts written here.
import { describe, expect, it } from 'vitest'
import {
  buildSource, buildWorkspaceFile, clampTime, emptyState, mergeWorkspace, MAX_TEXT_LENGTH, parseWorkspace, serializeWorkspace, textHash, toCorrections,
} from '../../../src/core/workspace'
import { buildCorpus } from '../../../src/core/corpus/load'
import { AT, embeddedTexts, fullState, imported } from './fixture'

const exported = () => serializeWorkspace(buildWorkspaceFile(fullState(), '2025-12-02T09:00:00.000Z'))
const parse = (text: string, knownTopicIds: string[] = ['bamex-dates', 'tb2-count']) => parseWorkspace(text, { fileName: 'ws.json', knownTexts: embeddedTexts, knownTopicIds })
function errorOf(text: string, knownTopicIds?: string[]): string {
  const r = parse(text, knownTopicIds)
  if (r.ok) throw new Error('expected a failure')
  return r.error
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the file on purpose
function edit(change: (file: any) => void): string {
  const file = JSON.parse(exported())
  change(file)
  return JSON.stringify(file)
}
function okFile(text: string) {
  const r = parse(text)
  if (!r.ok) throw new Error(r.error)
  return r.file
}

describe('a source url must be a web address', () => {
  it.each(['javascript:alert(document.cookie)', 'JAVASCRIPT:void(0)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'not a url'])('%j is refused, naming the field', (url) => {
    expect(errorOf(edit((f) => { f.sources[0].url = url }))).toContain(`(id ${imported.id}) sources[0].url: must be a web address starting with http:// or https://`)
  })
  it('http and https pass, and so does no url', () => {
    expect(parse(edit((f) => { f.sources[0].url = 'http://example.org/a' })).ok).toBe(true)
    expect(parse(edit((f) => { f.sources[0].url = null })).ok).toBe(true)
  })
})

describe('ids that clash with the embedded corpus', () => {
  it('refuses a topic that reuses an embedded topic id', () => {
    expect(errorOf(edit((f) => { f.corrections.topics[0].id = 'tb2-count' }))).toContain('ws.json: (id tb2-count) corrections.topics[0].id: clashes with an embedded topic')
  })
  it('a topic id that is not embedded passes', () => {
    expect(parse(exported()).ok).toBe(true)
  })
  it('refuses a relay to a source that is nowhere, and a source relaying itself', () => {
    expect(errorOf(edit((f) => { f.sources[0].relays = 'zzz' }))).toContain('sources[0].relays: no source "zzz" in the file or the embedded corpus')
    expect(errorOf(edit((f) => { f.sources[0].relays = f.sources[0].id }))).toContain('sources[0].relays: a source cannot relay itself')
    expect(parse(edit((f) => { f.sources[0].relays = '000' })).ok).toBe(true)
  })
})

describe('one size limit for every way a text comes in', () => {
  it('refuses a workspace source over the paste limit, naming it', () => {
    const big = 'ب'.repeat(MAX_TEXT_LENGTH + 1)
    const error = errorOf(edit((f) => { f.sources[0].text = big }))
    expect(error).toContain(`ws.json: (id ${imported.id}) sources[0].text: the text is too large (10,000,001 characters; the limit is 10,000,000)`)
  })
  it('refuses a workspace source that is binary', () => {
    const noise = Array.from({ length: 400 }, (_, i) => String.fromCharCode(1 + (i % 20))).join('') + 'abc'
    expect(errorOf(edit((f) => { f.sources[0].text = noise; f.sources[0].hash = textHash(noise) }))).toContain('sources[0].text: is binary, not text')
  })
  it('refuses a corpus text over the limit too', () => {
    const meta = { version: 1, sources: [{ id: 'a', file: 'a.txt', title: 'A', lang: 'ar', outlet: null, via: null, kind: 'news', published: null, window: null }] }
    expect(() => buildCorpus('sources.json', meta, () => 'ب'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(/a\.txt: the text is too large/)
  })
})

describe('bidi controls in metadata', () => {
  const RLO = '\u202e'
  const flipped = `Report ${RLO}gnikaerb\u202c`
  it('are removed from titles, outlets and via of a workspace file', () => {
    const file = okFile(edit((f) => { f.sources[0].title = flipped; f.sources[0].outlet = `\u2067Desk${RLO}`; f.sources[0].via = `${RLO}wire` }))
    expect(file.sources[0]).toMatchObject({ title: 'Report gnikaerb', outlet: 'Desk', via: 'wire' })
  })
  it('are removed from a topic label of a workspace file', () => {
    const file = okFile(edit((f) => { f.corrections.topics[0].label.en = `${RLO}length` }))
    expect(file.corrections.topics[0].label.en).toBe('length')
  })
  it('are removed from what the import form saves', () => {
    const s = buildSource({ title: flipped, outlet: `${RLO}Desk`, via: '', lang: 'ar', kind: 'news', published: '', url: '', text: 'نص فيه 3 أرقام.' }, { takenIds: [], now: AT })
    expect(s.title).toBe('Report gnikaerb')
    expect(s.outlet).toBe('Desk')
  })
  it('are removed from a corpus entry', () => {
    const meta = { version: 1, sources: [{ id: 'a', file: 'a.txt', title: flipped, lang: 'ar', outlet: `${RLO}Desk`, via: null, kind: 'news', published: null, window: null }] }
    const [s] = buildCorpus('sources.json', meta, () => 'نص فيه 3 أرقام.')
    expect(s.title).toBe('Report gnikaerb')
    expect(s.outlet).toBe('Desk')
  })
  it('the marks that do not flip anything (RLM, LRM) stay', () => {
    const s = buildSource({ title: 'عنوان\u200f (AFP)', outlet: '', via: '', lang: 'ar', kind: 'news', published: '', url: '', text: 'نص فيه 3 أرقام.' }, { takenIds: [], now: AT })
    expect(s.title).toBe('عنوان\u200f (AFP)')
  })
})

describe('a byte-order mark is not part of an imported text', () => {
  it('is dropped when a source is built, and the hash is the same as without it', () => {
    const text = 'دفع 50 مليون دولار.'
    const s = buildSource({ title: 'T', outlet: '', via: '', lang: 'ar', kind: 'news', published: '', url: '', text: `\ufeff${text}` }, { takenIds: [], now: AT })
    expect(s.text).toBe(text)
    expect(s.hash).toBe(textHash(text))
  })
})

describe('times from the future', () => {
  const NOW = '2026-01-10T12:00:00.000Z'
  it('clampTime keeps past times and brings future ones to now', () => {
    expect(clampTime('2025-01-01T00:00:00Z', NOW)).toBe('2025-01-01T00:00:00Z')
    expect(clampTime('2999-01-01T00:00:00Z', NOW)).toBe(NOW)
  })

  it('a decision dated in the future does not win every later merge', () => {
    const future = okFile(edit((f) => { f.reviews[0].at = '2999-12-31T00:00:00.000Z'; f.reviews[0].override = 'conflict' }))
    const first = mergeWorkspace(emptyState(), future, {}, NOW)
    if (!first.ok) throw new Error(first.error)
    expect(first.state.reviews[0].at).toBe(NOW)
    expect(first.state.audit.every((e) => Date.parse(e.at) <= Date.parse(NOW))).toBe(true)
    // A colleague decides the next day; their file's decision is newer and wins.
    const later = okFile(edit((f) => { f.reviews[0].at = '2026-01-11T08:00:00.000Z'; f.reviews[0].override = 'agree' }))
    const second = mergeWorkspace(first.state, later, {}, '2026-01-11T09:00:00.000Z')
    if (!second.ok) throw new Error(second.error)
    expect(second.state.reviews[0].override).toBe('agree')
  })

  it('compares times as instants, whatever their offset', () => {
    const current = fullState()
    current.reviews = [{ ...current.reviews[0], override: 'agree', at: '2025-12-03T09:30:00Z' }]
    // 10:00 at +02:00 is 08:00 UTC: earlier than the decision held, though it sorts later as text.
    const file = okFile(edit((f) => { f.reviews[0].at = '2025-12-03T10:00:00+02:00'; f.reviews[0].override = 'conflict' }))
    const merged = mergeWorkspace(current, file, {}, NOW)
    if (!merged.ok) throw new Error(merged.error)
    expect(merged.state.reviews[0].override).toBe('agree')
  })
})

describe('ids that are JavaScript property names', () => {
  const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty']

  it('an imported source called "constructor" (and the others) is not taken for an embedded one', () => {
    for (const id of NAMES) {
      const r = parse(edit((f) => {
        f.sources[0].id = id
        const c = f.corrections.added[0]
        Object.assign(c, { source: id, id: `${id}:${c.span.start}-${c.span.end}` })
        f.corrections.claims[2].claimId = c.id
      }))
      expect(r.ok ? 'ok' : r.error, id).toBe('ok')
    }
  })

  it('an added figure in a source named like a property is checked against that source, not Object', () => {
    const error = errorOf(edit((f) => { Object.assign(f.corrections.added[0], { source: 'toString', id: 'toString:1-2' }) }))
    expect(error).toContain('corrections.added[0].source: no source "toString"')
  })

  it('weights keyed by such ids are kept, read back, and never inherited', () => {
    const file = okFile(edit((f) => { f.corrections.weights = JSON.parse('{"__proto__": 0.25, "constructor": 2, "000": 1}') }))
    expect(Object.keys(file.corrections.weights).sort()).toEqual(['000', '__proto__', 'constructor'])
    const merged = mergeWorkspace(emptyState(), file)
    if (!merged.ok) throw new Error(merged.error)
    const w = merged.state.corrections.weights
    expect(w.__proto__).toBe(0.25)
    expect(w.constructor).toBe(2)
    expect(w.toString).toBeUndefined()
    expect(w.hasOwnProperty).toBeUndefined()
  })

  it('a negative weight is named by its source id', () => {
    expect(errorOf(edit((f) => { f.corrections.weights = { constructor: -1 } }))).toContain('corrections.weights.constructor: must not be negative')
  })

  it('corrections keyed by such claim ids are held as they are', () => {
    const c = toCorrections({ claims: NAMES.map((claimId) => ({ claimId, status: 'wrong-extraction' as const, at: AT, reviewer: 'R' })), added: [], topics: [], weights: { constructor: 3 } })
    for (const id of NAMES) expect(c.claims[id]).toMatchObject({ claimId: id, status: 'wrong-extraction' })
    expect(c.claims.valueOf).toBeUndefined()
    expect(c.weights.constructor).toBe(3)
    expect(c.weights.toString).toBeUndefined()
  })
})
