import { describe, expect, it } from 'vitest'
import { assignClaims } from '../../../src/core/align/assign'
import { fillEmpty } from '../../../src/core/align/fillEmpty'
import { labelTerms, modifiers, sameWord } from '../../../src/core/align/labelHead'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { extractClaims } from '../../../src/core/extract'
import type { Lang, Source, Topic } from '../../../src/core/model'

// A topic a reader named takes the figure whose own words fit it when placement left it empty, and
// stays empty when no report states it. Reports written for these tests (an invented stand
// collapse at a stadium in the town of Varnel).

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, published: '2025-05-11', window: null }) as Source
const topic = (id: string, label: string, measure?: string): Topic => topicFromText({ id, label, measure, kind: 'count' })!

const reports = [
  source('en-1', 'en', 'A stand collapsed at the Varnel stadium on Saturday. About 2,400 people were inside the stadium when the stand gave way, the mayor said. Rescuers have recovered 31 bodies so far.'),
  source('fr-1', 'fr', "Une tribune s'est effondrée samedi au stade de Varnel. Environ 2 400 personnes se trouvaient dans l'enceinte au moment du drame, selon le maire. Les secours ont retrouvé 31 corps."),
  source('en-2', 'en', 'Police said 12 people had been arrested after the collapse. Seven stadium guards were among those detained, and 5 engineers were questioned.'),
]
const claims = reports.flatMap((s) => extractClaims(s))
const placedIn = (topicId: string, topics: Topic[]) => assignClaims(claims, topics, reports).filter((a) => a.topicId === topicId).map((a) => { const c = claims.find((x) => x.id === a.claimId)!; return `${c.source}:${c.text}` }).sort()

describe("a label's head and modifiers", () => {
  it.each([
    ['People in the hall', ['people'], ['hall']],
    ['Capacity of the hall', ['capacity'], ['hall']],
    ['Magnitude of the second quake', ['magnitude'], ['second']],
    ['Hall workers arrested', ['hall', 'worker', 'arrested'], ['hall', 'worker']],
  ])('%s: head %j, modifiers %j', (label, head, mods) => {
    const t = topic('t', label)
    const terms = labelTerms(t)
    // (What counts: an event a word also names dates a figure and counts nothing, "arrested" as an arrest.)
    expect(terms.filter((x) => x.head && !x.event).map((x) => x.key).sort()).toEqual([...head].sort())
    expect(modifiers(t, terms).map((x) => x.key).sort()).toEqual([...mods].sort())
  })
  it('a word and its forms in another language are one word; two words sharing a short start are not', () => {
    expect(sameWord('identified', 'identifie')).toBe(true)
    expect(sameWord('envelope', 'enveloppe')).toBe(true)
    expect(sameWord('stand', 'stade')).toBe(false)
  })
})

describe('a topic left empty takes the figures that fit it', () => {
  const toll = topic('toll', 'Death toll', 'people killed when the stand collapsed')
  const inside = topic('inside', 'People in the stadium', 'people inside the stadium when the stand collapsed')
  it('takes the figure whose counted noun and clause say its head and modifier, and the same value in another language', () => {
    const filled = fillEmpty([], claims, [inside], reports).map((a) => { const c = claims.find((x) => x.id === a.claimId)!; return `${a.topicId} ${c.source}:${c.text}` }).sort()
    expect(filled).toEqual(['inside en-1:About 2,400', 'inside fr-1:Environ 2 400'])
  })
  it('a label of people by where they were counts people: the place in the clause, in every language', () => {
    // (Not "Seven stadium guards": the stadium is where, not what is counted.)
    expect(placedIn('inside', [toll, inside])).toEqual(['en-1:About 2,400', 'fr-1:Environ 2 400'])
    expect(placedIn('toll', [toll, inside]).some((p) => p.endsWith('31'))).toBe(true)
  })
  it('a topic no report states stays empty', () => {
    const capacity = topic('capacity', 'Capacity of the stadium', 'people the stadium was built to hold')
    expect(placedIn('capacity', [toll, inside, capacity])).toEqual([])
    const boats = topic('boats', 'Boats seized', 'boats the coast guard seized')
    expect(placedIn('boats', [toll, boats])).toEqual([])
  })
  it("a narrow topic takes its figure from a broad one only when the figure's words name what it adds", () => {
    const arrested = topic('arrested', 'People arrested')
    const guards = topic('guards', 'Stadium guards arrested')
    expect(placedIn('guards', [arrested, guards])).toEqual(['en-2:Seven'])
    expect(placedIn('arrested', [arrested, guards])).toContain('en-2:12')
  })
  it('leaves placement as it was when no topic is empty', () => {
    const out = assignClaims(claims, [toll], reports, { acrossReports: false })
    expect(fillEmpty(out, claims, [toll], reports)).toBe(out)
  })
})

describe('a number a label gives is read against the figure', () => {
  it("takes the figure of the label's value, in another language", () => {
    const port = [
      source('en-1', 'en', 'The port authority first demanded $700 million in compensation from the owner of the grounded tanker.'),
      source('fr-1', 'fr', "L'autorité portuaire a ramené sa demande d'indemnisation à 300 millions de dollars."),
    ]
    const all = port.flatMap((s) => extractClaims(s))
    const first = topicFromText({ id: 'first', label: 'Initial compensation claim', kind: 'money' })!
    const reduced = topicFromText({ id: 'reduced', label: 'Reduced claim of 300 million dollars', kind: 'money' })!
    const got = assignClaims(all, [first, reduced], port).map((a) => `${a.topicId} ${all.find((c) => c.id === a.claimId)!.source}`).sort()
    expect(got).toEqual(['first en-1', 'reduced fr-1'])
  })
})
