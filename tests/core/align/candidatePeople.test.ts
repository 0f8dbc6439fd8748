import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { peopleBefore } from '../../../src/core/align/candidatePeople'
import { discoverCandidates } from '../../../src/core/align/discover'
import type { Lang, Source } from '../../../src/core/model'

// A count of one people named before its number, after "the number of", and one amount read as two
// measures (sentences written for
// these tests, in Arabic, English and French).

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: id, title: id, published: '2025-06-20', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function people(lang: Lang, text: string, figure: string): string | null {
  const c = extractClaims(source('s', lang, text)).find((x) => x.text.includes(figure))
  if (!c) throw new Error(`no figure "${figure}" in: ${text}`)
  return peopleBefore(c, text, c.sentence)
}

describe('peopleBefore', () => {
  it.each([
    ['ar', 'وقالت الوزارة إن عدد المتوفين من الحجاج التونسيين ارتفع إلى 17 حاجا.', '17', 'Tunisia'],
    ['ar', 'وبلغ عدد القتلى المغاربة في الحادث 9 أشخاص.', '9', 'Morocco'],
    ['en', 'The number of Tunisian pilgrims who died rose to 17, the ministry said.', '17', 'Tunisia'],
    ['fr', 'Le nombre de pèlerins tunisiens décédés est passé à 17, selon le ministère.', '17', 'Tunisia'],
  ] as [Lang, string, string, string][])('%s: %s', (lang, text, figure, country) => {
    expect(people(lang, text, figure)).toBe(country)
  })

  it.each([
    // A country named before the count without "the number of" is its speaker, not its people.
    ['en', 'Tunisia said 17 pilgrims had died in the heat.', '17'],
    ['fr', 'La Tunisie a annoncé 17 morts parmi les pèlerins.', '17'],
    ['ar', 'أعلنت تونس وفاة 17 حاجا.', '17'],
  ] as [Lang, string, string][])('no people: %s: %s', (lang, text, figure) => {
    expect(people(lang, text, figure)).toBeNull()
  })
})

describe('discoverCandidates: one people named before the number', () => {
  it('reports that name a people before or after the number give one candidate for that people', () => {
    const reports = [
      source('a', 'ar', 'توفي أكثر من 900 حاج خلال الموسم. وقالت الوزارة إن عدد المتوفين من الحجاج التونسيين ارتفع إلى 17 حاجا.'),
      source('b', 'fr', 'Plus de 900 pèlerins sont morts pendant le pèlerinage, dont au moins 35 Tunisiens.'),
      source('c', 'en', 'More than 900 pilgrims died during the pilgrimage, officials said.'),
    ]
    const claims = reports.flatMap((s) => extractClaims(s))
    const text = (id: string) => claims.find((c) => c.id === id)!.text
    const tunisia = discoverCandidates(claims, reports).find((c) => c.entity === 'Tunisia')
    expect(tunisia?.claims.map(text).sort()).toEqual(['17', 'au moins 35'])
    expect(tunisia?.label?.ar).toMatch(/تونس/)
  })
})

describe('discoverCandidates: one exact amount read as two measures', () => {
  it('an amount in one currency that reports give under two measures is one candidate', () => {
    const reports = [
      source('a', 'ar', 'وأعلنت الحكومة أنها ستصرف مساعدة مالية قدرها 60 ألف درهم لكل أسرة فقدت مسكنها.'),
      source('b', 'en', 'Rebuilding each destroyed home will cost the state 60,000 dirhams.'),
      source('c', 'fr', 'La reconstruction de chaque maison effondrée sera financée à hauteur de 60 000 dirhams.'),
    ]
    const claims = reports.flatMap((s) => extractClaims(s))
    const text = (id: string) => claims.find((c) => c.id === id)!.text
    const money = discoverCandidates(claims, reports).filter((c) => c.kind === 'money')
    expect(money).toHaveLength(1)
    expect(money[0].sources.sort()).toEqual(['a', 'b', 'c'])
    expect(money[0].claims.map(text)).toContain('60 ألف درهم')
  })

  it('two amounts that share their first two digits in one currency are one sum, rounded by one report', () => {
    const reports = [
      source('a', 'en', 'Rebuilding the harbour will cost about $2.3 billion, the port authority estimated.'),
      source('b', 'fr', 'La reconstruction du port est estimée à 2,34 milliards de dollars.'),
      source('c', 'ar', 'وقالت السلطات إن الأضرار في الميناء تقدر بنحو 2.3 مليار دولار.'),
    ]
    const claims = reports.flatMap((s) => extractClaims(s))
    const money = discoverCandidates(claims, reports).filter((c) => c.kind === 'money')
    expect(money).toHaveLength(1)
    expect(money[0].sources.sort()).toEqual(['a', 'b', 'c'])
  })

  it('an amount no word names joins the same amount another report reads a measure for', () => {
    const reports = [
      source('a', 'ar', 'وأعلن رئيس الوزراء صرف مساعدة قدرها 50 ألف روبية لكل جريح.'),
      source('b', 'fr', 'Pour les blessés, la somme est de 50 000 roupies.'),
      source('c', 'en', 'The death toll rose to 40 on Sunday.'),
    ]
    const claims = reports.flatMap((s) => extractClaims(s))
    const money = discoverCandidates(claims, reports).filter((c) => c.kind === 'money')
    expect(money).toHaveLength(1)
    expect(money[0].concept).toBe('aid')
    expect(money[0].sources.sort()).toEqual(['a', 'b'])
  })
})
