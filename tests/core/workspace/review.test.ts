import { describe, expect, it } from 'vitest'
import type { Claim, TopicReview } from '../../../src/core/model'
import { auditForTopic, correctionAudit, finalVerdict, manualClaim, normalizeCorrection, reviewAudit, selectionProblem, sentenceAround, toCorrections, topicFromCandidate, topicFromClaim, topicIdFor, trimSpan } from '../../../src/core/workspace'
import { fullState } from './fixture'

const AT = '2025-12-01T10:00:00.000Z'
const review = (over: Partial<TopicReview> = {}): TopicReview => ({ topicId: 'bamex-dates', override: null, reason: '', note: '', reviewer: 'Salma', at: AT, ...over })

describe('verdicts', () => {
  it('the override stands over the suggestion; without a review the suggestion does', () => {
    expect(finalVerdict({ verdict: 'conflict' }, review({ override: 'agree' }))).toBe('agree')
    expect(finalVerdict({ verdict: 'conflict' }, review())).toBe('conflict')
    expect(finalVerdict({ verdict: 'conflict' }, undefined)).toBe('conflict')
    expect(finalVerdict(undefined, undefined)).toBeNull()
  })
})

describe('audit entries', () => {
  it('record an accept, an override with its reason, and a note', () => {
    expect(reviewAudit(undefined, review(), 'conflict')).toEqual([{ at: AT, reviewer: 'Salma', target: 'topic:bamex-dates', action: 'accept', detail: 'conflict' }])
    const over = review({ override: 'needs-review', reason: 'two readings', note: 'call them' })
    expect(reviewAudit(review(), over, 'conflict')).toEqual([
      { at: AT, reviewer: 'Salma', target: 'topic:bamex-dates', action: 'override', detail: 'conflict → needs-review: two readings' },
      { at: AT, reviewer: 'Salma', target: 'topic:bamex-dates', action: 'note', detail: 'call them' },
    ])
    expect(reviewAudit(over, { ...over, at: 'later' }, 'conflict')).toEqual([])
  })

  it('record a mark, an edit, a move and a note on a claim, seen from its topic', () => {
    const entries = correctionAudit(undefined, { claimId: '000:1-5', status: 'misattributed', quantity: { lo: 3 }, topicId: 'other', note: 'n' }, { at: AT, reviewer: 'K', topicId: 'bamex-dates' })
    expect(entries.map((e) => [e.target, e.action, e.detail])).toEqual([
      ['topic:bamex-dates/claim:000:1-5', 'mark', 'ok → misattributed'],
      ['topic:bamex-dates/claim:000:1-5', 'edit', 'lo=3'],
      ['topic:bamex-dates/claim:000:1-5', 'move', 'automatic → other'],
      ['topic:bamex-dates/claim:000:1-5', 'note', 'n'],
    ])
  })

  it('show on a topic its own entries and those of the claims it holds, newest first', () => {
    const log = [
      { at: '1', reviewer: 'a', target: 'topic:bamex-dates', action: 'accept', detail: '' },
      { at: '2', reviewer: 'a', target: 'topic:other/claim:000:1-5', action: 'move', detail: '' },
      { at: '3', reviewer: 'a', target: 'topic:bamex-dates-2', action: 'accept', detail: '' },
      { at: '4', reviewer: 'a', target: 'claim:000:9-10', action: 'mark', detail: '' },
    ]
    expect(auditForTopic(log, 'bamex-dates', ['000:1-5']).map((e) => e.at)).toEqual(['2', '1'])
  })
})

describe('corrections', () => {
  it('drop their bookkeeping before they reach analyze()', () => {
    const state = fullState()
    const c = toCorrections({ ...state.corrections })
    expect(Object.keys(c.claims)).toHaveLength(3)
    expect(c.claims['000:4-34']).toEqual({ claimId: '000:4-34', status: 'wrong-extraction', note: 'not the fair' })
    expect(c.added[0]).not.toHaveProperty('at')
    expect(c.added[0].manual).toBe(true)
    expect(c.topics[0]).not.toHaveProperty('reviewer')
    expect(c.weights).toEqual({ '000': 0.5 })
  })

  it('are dropped when they carry nothing', () => {
    expect(normalizeCorrection({ claimId: 'x', status: 'ok', note: '', quantity: {} })).toBeNull()
    expect(normalizeCorrection({ claimId: 'x', topicId: null })).toEqual({ claimId: 'x', topicId: null })
  })
})

describe('figures a reviewer adds', () => {
  const text = 'سطر أول.\nاستمر المعرض 14 يوما، وبلغ سعر الأونصة 5.200 دولار. جملة أخرى'
  const src = { id: 'u1', text }

  it('take their words, id and sentence from the selection', () => {
    const start = text.indexOf('14 يوما')
    const c = manualClaim(src, { start, end: start + 7 }, { kind: 'duration', lo: 14, hi: 14, unit: 'day', per: null, precision: 'exact', qualifier: null }, { at: AT, reviewer: 'S' })
    expect(c).toMatchObject({ id: `u1:${start}-${start + 7}`, text: '14 يوما', manual: true, source: 'u1' })
    expect(text.slice(c.sentence.start, c.sentence.end)).toBe('استمر المعرض 14 يوما، وبلغ سعر الأونصة 5.200 دولار.')
  })

  it('find the sentence past a decimal point and to the end of the text', () => {
    const at = text.indexOf('جملة')
    expect(text.slice(...Object.values(sentenceAround(text, { start: at, end: at + 4 })) as [number, number])).toBe('جملة أخرى')
  })

  it('refuse an empty selection or one that is already a figure', () => {
    expect(selectionProblem(src, { start: 3, end: 3 }, new Set(), 'u1')).toBe('empty')
    expect(selectionProblem(src, { start: 8, end: 9 }, new Set(), 'u1')).toBe('empty')
    expect(selectionProblem(src, { start: 0, end: 4 }, new Set(['u1:0-4']), 'u1')).toBe('exists')
    expect(selectionProblem(src, { start: 0, end: 999 }, new Set(), 'u1')).toBe('out-of-range')
    expect(trimSpan(text, { start: 8, end: 12 })).toEqual({ start: 9, end: 12 })
  })
})

describe('topics a reviewer creates', () => {
  const claim = { id: 'u1:0-2', quantity: { kind: 'count' }, counted: 'طائرة مسيرة' } as Claim
  it('from a figure: its kind, its counted noun as a cue, a unique id', () => {
    const t = topicFromClaim(claim, { labelEn: 'Akıncı drones', labelAr: '', entity: '', measure: '' }, ['user-akinci-drones'], { at: AT, reviewer: 'S' })
    expect(t).toMatchObject({ id: 'user-akinci-drones-2', label: { en: 'Akıncı drones', ar: 'Akıncı drones' }, entity: { name: 'طائرة مسيرة' }, kind: 'count', cues: ['طائرة مسيرة'], measure: 'count' })
  })

  it('from a candidate: its entity and kind', () => {
    const t = topicFromCandidate({ key: 'k', entity: 'كانيك', kind: 'date', unit: null, claims: ['a', 'b'], sources: ['000', '001'] }, { labelEn: '', labelAr: 'أكاديمية كانيك', entity: '', measure: '' }, [], { at: AT, reviewer: 'S' })
    expect(t).toMatchObject({ id: 'user-topic', label: { en: 'أكاديمية كانيك', ar: 'أكاديمية كانيك' }, entity: { name: 'كانيك' }, kind: 'date' })
    expect(topicIdFor('BAMEX', ['user-bamex', 'user-bamex-2'])).toBe('user-bamex-3')
  })

  it("from a candidate of one people: the people's names in every language stay with the topic, as the candidate read them", () => {
    const c = { key: 's/survivors|count|people|Egypt', concept: 'survivors', entity: 'Egypt', kind: 'count' as const, unit: 'people', claims: ['a:1-2', 'b:3-4'], sources: ['a', 'b'] }
    const t = topicFromCandidate(c, { labelEn: '', labelAr: '', entity: '', measure: '' }, [], { at: AT, reviewer: 'S' })
    expect(t.entity.name).toBe('Egypt')
    expect(t.entity.aliases).toEqual(expect.arrayContaining(['Egypt', 'مصريين']))
    // An entity the reviewer typed is taken as written.
    expect(topicFromCandidate(c, { labelEn: '', labelAr: '', entity: 'Port Said', measure: '' }, [], { at: AT, reviewer: 'S' }).entity).toEqual({ name: 'Port Said', aliases: ['Port Said'] })
  })
})

describe('forms', () => {
  it('an override needs a reason; accepting does not', async () => {
    const { decisionProblem } = await import('../../../src/core/workspace')
    expect(decisionProblem({ override: 'agree', reason: ' ' })).toBe('reason-required')
    expect(decisionProblem({ override: null, reason: '' })).toBeNull()
  })

  it('read bounds as days or numbers, Arabic-Indic digits included', async () => {
    const { parseBound } = await import('../../../src/core/workspace')
    expect(parseBound('date', '2025-11-24')).toBe('2025-11-24')
    expect(parseBound('date', '24/11/2025')).toBeUndefined()
    expect(parseBound('count', '١٤')).toBe(14)
    expect(parseBound('money', '50,000,000')).toBe(50_000_000)
    expect(parseBound('percent', '٧٫٥')).toBe(7.5)
    expect(parseBound('count', 'many')).toBeUndefined()
    expect(parseBound('count', '')).toBeNull()
  })

  it('turn a figure form into a quantity, or say which field is wrong', async () => {
    const { quantityFromForm, formFromQuantity, quantityPatch } = await import('../../../src/core/workspace')
    expect(quantityFromForm({ kind: 'duration', lo: '14', hi: '', unit: 'day', qualifier: null })).toEqual({ quantity: { kind: 'duration', lo: 14, hi: 14, unit: 'day', per: null, precision: 'exact', qualifier: null } })
    expect(quantityFromForm({ kind: 'daterange', lo: '2025-11-11', hi: '2025-11-24', unit: 'x', qualifier: null })).toEqual({ quantity: { kind: 'daterange', lo: '2025-11-11', hi: '2025-11-24', unit: null, per: null, precision: 'day', qualifier: 'range' } })
    expect(quantityFromForm({ kind: 'count', lo: '9', hi: '3', unit: '', qualifier: null })).toEqual({ problems: ['order'] })
    expect(quantityFromForm({ kind: 'date', lo: 'soon', hi: '', unit: '', qualifier: null })).toEqual({ problems: ['lo', 'hi'] })
    const q = { kind: 'count' as const, lo: 2, hi: 2, unit: null, per: null, precision: 'exact' as const, qualifier: null }
    expect(formFromQuantity(q)).toEqual({ kind: 'count', lo: '2', hi: '', unit: '', qualifier: null })
    expect(quantityPatch(q, { ...q, lo: 3, hi: 3 })).toEqual({ lo: 3, hi: 3 })
  })
})

describe('a topic accepted from a candidate, in the workspace file', () => {
  it('keeps its story and its measure through export and import', async () => {
    const { buildWorkspaceFile, parseWorkspace, serializeWorkspace } = await import('../../../src/core/workspace')
    const t = topicFromCandidate({ key: 'killed|count|people', concept: 'killed', entity: '', kind: 'count', unit: null, claims: ['000:1-3', '001:5-8'], sources: ['000', '001', '000'] }, { labelEn: '', labelAr: '', entity: '', measure: '' }, [], { at: AT, reviewer: 'S' })
    expect(t.story).toEqual(['000', '001'])
    const state = fullState()
    state.corrections.topics.push(t)
    const read = parseWorkspace(serializeWorkspace(buildWorkspaceFile(state, AT)), { fileName: 'ws.json', knownTexts: { '000': 'a', '001': 'b' } })
    if (!read.ok) throw new Error(read.error)
    expect(read.file.corrections.topics.find((x) => x.id === t.id)).toEqual(JSON.parse(JSON.stringify(t)))
  })

  it('refuses a story that is not a list of source ids', async () => {
    const { buildWorkspaceFile, parseWorkspace, serializeWorkspace } = await import('../../../src/core/workspace')
    const state = fullState()
    state.corrections.topics[0] = { ...state.corrections.topics[0], story: ['ok-id', 'not an id'] }
    const read = parseWorkspace(serializeWorkspace(buildWorkspaceFile(state, AT)), { fileName: 'ws.json', knownTexts: { '000': 'a' } })
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.error).toMatch(/corrections\.topics\[0\]\.story\[1\]/)
  })
})
