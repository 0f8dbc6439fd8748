import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { compareTopic } from '../../../src/core/compare'
import { bodyNamedBefore, isNameless, paragraphBody } from '../../../src/core/compare/speakers'
import type { Claim, Lang, Source, Topic } from '../../../src/core/model'

// A figure whose sentence names no speaker goes back to its paragraph's speaker, when that is a
// body; "the agency" is the body last named. Texts written for these tests.

const source = (id: string, lang: Lang, text: string): Source => ({ id, title: id, lang, outlet: id, via: null, kind: 'news', published: '2024-04-10', window: null, text, origin: 'imported' })
const figure = (s: Source, words: string): Claim => {
  const c = extractClaims(s).find((x) => x.text === words)
  if (!c) throw new Error(`no figure «${words}» in ${s.id}: ${extractClaims(s).map((x) => x.text).join(' | ')}`)
  return c
}

const EN = source('en-1', 'en', 'Fighting reached the river district on Monday.\nThe World Health Organization said a clinic had been shelled. The agency said its staff had also been targeted. Two nurses were killed and five other staff hurt on Sunday.\nResidents described long queues for water.')
const FR = source('fr-1', 'fr', "Les combats ont repris lundi.\nLe dispensaire, précise l'OMS, était le dernier ouvert du quartier. Dimanche, deux infirmières y ont été tuées et cinq soignants blessés.")
const AR = source('ar-1', 'ar', 'تجددت الاشتباكات يوم الاثنين.\nوقالت منظمة الصحة العالمية إن عيادة تعرضت للقصف. وقتلت ممرضتان وأصيب خمسة من العاملين يوم الأحد.')
const LOOSE = source('en-2', 'en', 'Witnesses described chaos in the streets. Two nurses were killed and five other staff hurt on Sunday.')
const BEFORE = source('en-3', 'en', 'The World Health Organization said a clinic had been shelled.\n\nTwo nurses were killed and five other staff hurt on Sunday.')

const CLAUSE = source('fr-2', 'fr', "Les secours fouillent encore les décombres.\nInterrogé mardi par la presse après une visite des quartiers touchés, le gouverneur a évoqué une facture comprise entre deux et quatre milliards de dollars, en précisant que seule l'expertise des ingénieurs permettrait d'affiner ce chiffre. À l'en croire, 40 % des immeubles sont endommagés.")

describe('a paragraph’s speaker', () => {
  it('finds the body in the clause it speaks in, when the sentence ends on a clause of its own', () => {
    expect(paragraphBody(CLAUSE, figure(CLAUSE, '40 %'))).toBe('body:governor')
  })
  it('takes the body the sentence before speaks for, resolving "the agency" to the body named before it', () => {
    expect(paragraphBody(EN, figure(EN, 'Two'))).toBe('body:WHO')
    expect(paragraphBody(EN, figure(EN, 'five'))).toBe('body:WHO')
  })
  it('reads French and Arabic paragraphs alike', () => {
    expect(paragraphBody(FR, figure(FR, 'cinq'))).toBe('body:WHO')
    expect(paragraphBody(AR, figure(AR, 'خمسة'))).toBe('body:WHO')
  })
  it('takes no one when the sentence before names no body, or stands in another paragraph', () => {
    expect(paragraphBody(LOOSE, figure(LOOSE, 'five'))).toBeNull()
    expect(paragraphBody(BEFORE, figure(BEFORE, 'five'))).toBeNull()
  })
  it('knows a nameless body from a named one, and finds the body last named', () => {
    expect(['the agency', "l'agence onusienne", 'المنظمة', 'The UN agency'].map(isNameless)).toEqual([true, true, true, true])
    expect(['the World Health Organization', 'a nurse', 'the minister'].map(isNameless)).toEqual([false, false, false])
    const text = 'IOM counted the displaced. Then OCHA said more had fled. The agency added'
    expect(bodyNamedBefore(text, text.length)).toBe('UN OCHA')
  })
  it('takes "the UN agency" for the UN body last named, not a body named after it that is no UN body', () => {
    const text = "L'Ocha a fait état de 900 disparus, en attribuant ce décompte au Croissant-Rouge. L'agence onusienne recense par ailleurs"
    const fr = source('fr-3', 'fr', `${text} 40 morts dans les villages voisins.`)
    expect(paragraphBody(fr, figure(fr, '40'))).toBe('body:UN OCHA')
    expect(bodyNamedBefore(text, text.length)).toBe('Red Crescent')
  })
})

describe('"the agency" after the United Nations named with a field is that field’s agency', () => {
  it('reads the field after the UN in English, Arabic and French, and only a field', () => {
    const en = "UNHCR counted the arrivals on Monday. In a statement, the UN children's agency said the schools were shut. The agency added"
    expect(bodyNamedBefore(en, en.length)).toBe('UNICEF')
    const ar = 'وأحصت المفوضية الوافدين يوم الاثنين. وقالت منظمة الأمم المتحدة للطفولة إن المدارس أغلقت. وأضافت المنظمة'
    expect(bodyNamedBefore(ar, ar.length)).toBe('UNICEF')
    const fr = "Le HCR a compté les arrivées lundi. L'agence de l'ONU pour l'enfance a indiqué que les écoles étaient fermées. L'agence a ajouté"
    expect(bodyNamedBefore(fr, fr.length)).toBe('UNICEF')
    // The United Nations with no field stays itself, and the French article "un" names no UN.
    const plain = 'The United Nations said the roads were cut. The agency added'
    expect(bodyNamedBefore(plain, plain.length)).toBe('United Nations')
    const article = "L'Organisation mondiale de la santé a alerté lundi. Un responsable pour les réfugiés a indiqué"
    expect(bodyNamedBefore(article, article.length)).toBe('WHO')
  })
  it('gives the agency the figures of a paragraph that follows its statement', () => {
    const en = source('en-4', 'en', "Floods hit the valley on Monday.\nIn a statement, the UN children's agency said the storm had shut the valley's schools.\nThe agency said 30 schools had been damaged. An estimated 14 pupils and two teachers were among the dead.")
    expect(paragraphBody(en, figure(en, 'An estimated 14'))).toBe('body:UNICEF')
  })
})

describe('two outlets relaying one body’s statement are one origin', () => {
  const topic: Topic = { id: 'hurt', label: { en: 'Staff hurt', ar: 'العاملون المصابون' }, entity: { name: '', aliases: [] }, measure: 'injured', kind: 'count', cues: [] }
  it('the same five staff hurt, told after the WHO’s statement in English and in French: single source, in both languages', () => {
    const cs = [figure(EN, 'five'), figure(FR, 'cinq')]
    const c = compareTopic(topic, cs, new Map([[EN.id, EN], [FR.id, FR]]), new Map(), [])
    expect(c.verdict).toBe('single-source')
    expect(c.independentSources).toBe(1)
    expect(c.explanation.en).toMatch(/2 outlets report it \(all from WHO\), but they go back to one origin/)
    expect(c.explanation.ar).toMatch(/ترجع إلى مصدر أصلي واحد/)
  })
  it('…while the same figure after a witness’s words stays each outlet’s own: two origins agree', () => {
    const other = source('fr-2', 'fr', 'Des témoins ont décrit une grande confusion. Dimanche, deux infirmières ont été tuées et cinq soignants blessés.')
    const cs = [figure(LOOSE, 'five'), figure(other, 'cinq')]
    expect(compareTopic(topic, cs, new Map([[LOOSE.id, LOOSE], [other.id, other]]), new Map(), []).verdict).toBe('agree')
  })
})
