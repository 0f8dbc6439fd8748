import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { compareTopic } from '../../../src/core/compare'
import { decidedTopic } from '../../../src/core/compare/decided'
import type { Claim, Lang, Source, Topic } from '../../../src/core/model'

// A fine is imposed by one body, and a down payment is set by whoever pays or demands it: outlets
// that repeat the amount relay that one decision, they do not count anything of their own. A claim
// (what one side of a negotiation asks for) is no decision. Texts and names invented for these
// tests (session 31).

const source = (id: string, lang: Lang, published: string, text: string): Source => ({ id, title: id, lang, outlet: id, via: null, kind: 'news', published, window: null, text, origin: 'imported' })
const figure = (s: Source, words: string): Claim => {
  const c = extractClaims(s).find((x) => x.text === words)
  if (!c) throw new Error(`no figure «${words}» in ${s.id}: ${extractClaims(s).map((x) => x.text).join(' | ')}`)
  return c
}

const topic = (concept: string, measure: string): Topic => ({ id: 't', label: { en: measure, ar: measure }, entity: { name: 'Riverside FC', aliases: [] }, measure, kind: 'money', cues: [], concept })

describe('a fine or a down payment is one body’s decision, whoever repeats it', () => {
  const EN = source('en-1', 'en', '2025-05-02', 'Riverside FC must pay a fine of 80,000 euros after the riot at its stadium.')
  const FR = source('fr-1', 'fr', '2025-05-04', 'Le club de Riverside FC devra payer une amende de 80 000 euros après les violences dans son stade.')
  const sources = new Map([EN, FR].map((s) => [s.id, s]))
  const cs = () => [figure(EN, '80,000 euros'), figure(FR, '80 000 euros')]

  it('two outlets giving the same fine, no one named, are one origin', () => {
    expect(compareTopic(topic('fine', 'fine imposed on Riverside FC'), cs(), sources, new Map(), []).verdict).toBe('single-source')
  })
  it('the same two outlets giving an advance on compensation relay one decision too', () => {
    expect(compareTopic(topic('down-payment', 'advance paid by Riverside FC'), cs(), sources, new Map(), []).verdict).toBe('single-source')
  })
  it('the same amount given as a claim stays each outlet’s own', () => {
    expect(compareTopic(topic('claim', 'amount the league claimed from Riverside FC'), cs(), sources, new Map(), []).verdict).toBe('agree')
  })
  it('reads the decision from the measure', () => {
    expect(decidedTopic({ kind: 'money', concept: 'fine' })).toBe(true)
    expect(decidedTopic({ kind: 'money', concept: 'down-payment' })).toBe(true)
    expect(decidedTopic({ kind: 'money', concept: 'aid' })).toBe(true)
    expect(decidedTopic({ kind: 'money', concept: 'claim' })).toBe(false)
    expect(decidedTopic({ kind: 'money', concept: 'offer' })).toBe(false)
  })
})
