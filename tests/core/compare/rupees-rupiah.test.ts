import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { compareTopic } from '../../../src/core/compare'
import { rupeesAsRupiah } from '../../../src/core/compare/rupiah'
import type { Claim, Lang, Source, Topic } from '../../../src/core/model'

// "Roupies" and "روبية" name the rupiah too: beside amounts in rupiah they are rupiah, one
// payment, not two currencies a reviewer must convert. Texts and names invented (session 31).

const source = (id: string, lang: Lang, published: string, text: string): Source => ({ id, title: id, lang, outlet: id, via: null, kind: 'news', published, window: null, text, origin: 'imported' })
const figure = (s: Source, words: string): Claim => {
  const c = extractClaims(s).find((x) => x.text === words)
  if (!c) throw new Error(`no figure «${words}» in ${s.id}: ${extractClaims(s).map((x) => x.text).join(' | ')}`)
  return c
}
const topic: Topic = { id: 't', label: { en: 'Payment per family', ar: 'التعويض لكل أسرة' }, entity: { name: 'Batu Hijau', aliases: [] }, measure: 'compensation paid to each bereaved family', kind: 'money', cues: [], concept: 'compensation' }

describe('rupees beside rupiah are rupiah', () => {
  const EN = source('en-1', 'en', '2022-10-03', 'Each bereaved family in Batu Hijau will receive 50 million rupiah in compensation.')
  const FR = source('fr-1', 'fr', '2022-10-05', 'Chaque famille endeuillée de Batu Hijau recevra 50 millions de roupies.')
  const sources = new Map([EN, FR].map((s) => [s.id, s]))
  it('the same payment in rupiah and in "roupies" is one decision, not units to convert', () => {
    const d = compareTopic(topic, [figure(EN, '50 million rupiah'), figure(FR, '50 millions de roupies')], sources, new Map(), [])
    expect(d.verdict).toBe('single-source')
  })
  it('rupees said to be Indian keep their currency', () => {
    const IN = source('fr-2', 'fr', '2022-10-05', 'Chaque famille recevra 50 millions de roupies indiennes.')
    const read = rupeesAsRupiah([figure(EN, '50 million rupiah'), figure(IN, '50 millions de roupies indiennes')])
    expect(read.map((c) => c.quantity.unit)).toEqual(['IDR', 'INR'])
  })
  it('rupees alone, with no rupiah beside them, stay as the extraction read them', () => {
    const read = rupeesAsRupiah([figure(FR, '50 millions de roupies')])
    expect(read[0].quantity.unit).toBe(figure(FR, '50 millions de roupies').quantity.unit)
  })
})
