import { describe, expect, it } from 'vitest'
import { isCompared } from '../../../src/core/compare'
import type { Claim, Scope, Topic } from '../../../src/core/model'

// A place read beside a figure sets it aside only when it is another part than the topic's whole.

const place = (label: string): Scope => ({ kind: 'place', label, span: { start: 0, end: label.length } })
const figure = (scopes: Scope[], unit: string | null = null): Pick<Claim, 'scopes' | 'quantity'> => ({ scopes, quantity: { kind: 'count', lo: 40, hi: 40, unit, per: null, precision: 'exact', qualifier: null } })
const about = (name: string, aliases: string[] = [name]): Pick<Topic, 'scope' | 'entity'> => ({ scope: null, entity: { name, aliases } })

describe('parts of a topic', () => {
  it('a town other than the topic’s own entity is a part', () => {
    expect(isCompared(about('Ruvara'), figure([place('بلدة كاسيني')]))).toBe(false)
    expect(isCompared(about('Ruvara'), figure([place('مدينة كاسيني')]))).toBe(false)
  })

  it('the topic’s own place, in either script, is its whole', () => {
    expect(isCompared(about('Beirut'), figure([place('مدينة بيروت')]))).toBe(true)
    expect(isCompared(about('بيروت', ['بيروت', 'Beirut']), figure([place('مدينة بيروت')]))).toBe(true)
  })

  it('a place the topic’s label names is its whole, though no entity was read from it', () => {
    const topic = { scope: null, entity: { name: '', aliases: [] }, label: { en: 'Number of Kasini districts', ar: 'Number of Kasini districts' } }
    expect(isCompared(topic, figure([place('إقليم كاسيني')]))).toBe(true)
    expect(isCompared(topic, figure([place('إقليم روفارا')]))).toBe(false)
  })

  it('a place the topic’s measure names is inside it: "homes burned in Kasini and the coast" takes the Kasini figure, in any script', () => {
    const topic = { scope: null, entity: { name: '', aliases: [] }, label: { en: 'Homes destroyed', ar: 'Homes destroyed' }, measure: 'homes burned or destroyed by the fire in Kasini and along the coast' }
    expect(isCompared(topic, figure([place('the town of Kasini')]))).toBe(true)
    expect(isCompared(topic, figure([place('بلدة كاسيني')]))).toBe(true)
    expect(isCompared(topic, figure([place('la ville de Kasini')]))).toBe(true)
    // Another town stays a part, and the measure's common words ("fire", "coast") name no place.
    expect(isCompared(topic, figure([place('بلدة روفارا')]))).toBe(false)
    expect(isCompared({ ...topic, measure: 'homes burned or destroyed by the fire' }, figure([place('بلدة كاسيني')]))).toBe(false)
  })

  it('a place noun followed by a preposition, a conjunction or a bare direction names no part', () => {
    for (const label of ['مدينة إلى', 'مدينة بين', 'مدينة في', 'مدينة والمناطق', 'ولاية شمال', 'منطقة الجنوبية']) {
      expect(isCompared(about('Ruvara'), figure([place(label)])), label).toBe(true)
    }
  })

  it('a length is measured from a place: the place is no part of it', () => {
    expect(isCompared(about('Ruvara'), figure([place('بلدة كاسيني')], 'km'))).toBe(true)
    expect(isCompared(about('Ruvara'), figure([place('بلدة كاسيني')], 'nmi'))).toBe(true)
  })

  it('a figure in the operation’s own words is what it did, not a part of it', () => {
    const label = 'هجوم أجبر أكثر من 5000 على الفرار'
    const op: Scope = { kind: 'operation', label, span: { start: 0, end: label.length } }
    expect(isCompared(about('Ruvara'), { ...figure([op]), text: 'أكثر من 5000' })).toBe(true)
    expect(isCompared(about('Ruvara'), { ...figure([op]), text: '40' })).toBe(false)
  })

  it('one operation stays a part, and a topic with a scope of its own takes every figure', () => {
    const op: Scope = { kind: 'operation', label: 'العملية الأخيرة', span: { start: 0, end: 5 } }
    expect(isCompared(about('Ruvara'), figure([op]))).toBe(false)
    expect(isCompared({ ...about('Ruvara'), scope: 'Kasini' }, figure([place('بلدة كاسيني')]))).toBe(true)
  })

  it('a bare "the attack" names no operation among others: in the coverage of one attack it is that attack', () => {
    const op = (label: string): Scope => ({ kind: 'operation', label, span: { start: 0, end: label.length } })
    expect(isCompared(about('Ruvara'), figure([op('هجوم.')]))).toBe(true)
    expect(isCompared(about('Ruvara'), figure([op('هجوم')]))).toBe(true)
    // One operation among others stays a part.
    expect(isCompared(about('Ruvara'), figure([op('هجوم على بلدة كاسيني')]))).toBe(false)
  })

  it('an operation that names the topic’s own entity is its whole', () => {
    const label = 'هجوم المسلح الذي استهدف مسرح روفارا'
    const op: Scope = { kind: 'operation', label, span: { start: 0, end: label.length } }
    expect(isCompared(about('روفارا', ['روفارا', 'Ruvara']), figure([op]))).toBe(true)
    expect(isCompared(about('Kasini', ['Kasini']), figure([op]))).toBe(false)
    // "The latest operation of the Ruvaran army": one of several, whoever carried it out.
    const latest = 'عملية الأخيرة لجيش روفارا'
    expect(isCompared(about('روفارا', ['روفارا', 'Ruvara']), figure([{ kind: 'operation', label: latest, span: { start: 0, end: latest.length } }]))).toBe(false)
  })

  it('a longer word that begins like an operation noun is none ("هجوميتين", assault rifles)', () => {
    const label = 'هجوميتين من طراز قديم'
    expect(isCompared(about('Ruvara'), figure([{ kind: 'operation', label, span: { start: 0, end: label.length } }]))).toBe(true)
  })
})
