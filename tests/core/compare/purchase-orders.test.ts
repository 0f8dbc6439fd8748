import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { compareTopic } from '../../../src/core/compare'
import { purchaseOrder } from '../../../src/core/compare/orders'
import type { Claim, Lang, Source, Topic } from '../../../src/core/model'

// A purchase order is its buyer's decision: outlets that give the aircraft in an airline's order,
// or what the order is worth, relay the buyer's announcement. Texts and names invented for these
// tests (session 30).

const source = (id: string, lang: Lang, published: string, text: string): Source => ({ id, title: id, lang, outlet: id, via: null, kind: 'news', published, window: null, text, origin: 'imported' })
const figure = (s: Source, words: string): Claim => {
  const c = extractClaims(s).find((x) => x.text === words)
  if (!c) throw new Error(`no figure «${words}» in ${s.id}: ${extractClaims(s).map((x) => x.text).join(' | ')}`)
  return c
}

const EN = source('en-1', 'en', '2025-03-10', 'Skyline Air signed for 44 wide-body jets on the first day of the Harbour Air Show, its chairman told reporters.')
const FR = source('fr-1', 'fr', '2025-03-12', 'La compagnie Skyline Air a passé commande de 44 gros-porteurs lors du salon aéronautique de Harbour.')
const AR = source('ar-1', 'ar', '2025-03-11', 'وقّعت شركة سكايلاين إير في اليوم الأول من معرض هاربر للطيران طلبية لشراء 44 طائرة عريضة البدن.')
const sources = new Map([EN, FR, AR].map((s) => [s.id, s]))

const topic = (label: string, measure: string, ar = 'الطائرات'): Topic => ({ id: 't', label: { en: label, ar }, entity: { name: 'Skyline Air', aliases: [] }, measure, kind: 'count', cues: [], concept: 'aircraft' })

describe('the figures of one buyer’s purchase order are its own decision', () => {
  const cs = () => [figure(EN, '44'), figure(FR, '44'), figure(AR, '44')]
  it('outlets giving the aircraft in one airline’s order, in English, French and Arabic words, are one origin', () => {
    for (const t of [topic('Skyline Air order (aircraft)', "wide-body jets in Skyline Air's opening-day order"), topic('Avions commandés', 'gros-porteurs de la commande de Skyline Air'), topic('Skyline Air jets', 'jets', 'طائرات طلبية سكايلاين إير')]) {
      const c = compareTopic(t, cs(), sources, new Map(), [])
      expect(c.verdict).toBe('single-source')
    }
  })
  it('orders in the plural, added up over several buyers, and an order given to people, stay each outlet’s count', () => {
    expect(compareTopic(topic('Orders at the show', 'aircraft orders the makers collected at the show'), cs(), sources, new Map(), []).verdict).toBe('agree')
    expect(purchaseOrder({ kind: 'count', concept: 'displaced', measure: 'people ordered to evacuate' })).toBe(false)
    expect(purchaseOrder({ kind: 'count', concept: 'aircraft', measure: 'jets ordered by Skyline Air' })).toBe(true)
    expect(purchaseOrder({ kind: 'date', concept: 'deadline', measure: 'day the court ordered the ship seized' })).toBe(false)
  })
})
