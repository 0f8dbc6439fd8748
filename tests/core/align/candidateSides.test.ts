import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { holderOf, sideName, sideOf } from '../../../src/core/align/candidateSides'
import type { Lang, Source } from '../../../src/core/model'

// The side of a divided land a figure is counted on, on sentences written for these tests.

/** The side of the first figure written with digits in a one-sentence text. */
function sideOfFirst(text: string, figure: string): string | null {
  const at = text.indexOf(figure)
  expect(at).toBeGreaterThanOrEqual(0)
  return sideOf(text, { span: { start: at, end: at + figure.length }, sentence: { start: 0, end: text.length } })
}

describe('sideOf', () => {
  it.each([
    // The holder after the construction, in each language.
    { text: 'Medics counted 212 dead in areas held by the rebels overnight.', figure: '212', side: 'rebels' },
    { text: 'Some 640 families fled villages under Ethiopian control.', figure: '640', side: 'Ethiopia' },
    { text: 'Les secours ont compté 95 morts dans les villages tenus par le gouvernement.', figure: '95', side: 'government' },
    { text: 'Côté éthiopien, la préfecture annonce 18 morts.', figure: '18', side: 'Ethiopia' },
    { text: 'Dans les zones rebelles, une ONG recense 57 blessés.', figure: '57', side: 'rebels' },
    { text: 'أحصت الفرق 311 قتيلا في القرى الخاضعة لسيطرة الحكومة.', figure: '311', side: 'government' },
    { text: 'وفي البلدات الواقعة تحت سيطرة المعارضة، أحصى المسعفون 86 جريحا.', figure: '86', side: 'rebels' },
    { text: 'وفي الجانب الذي تسيطر عليه إريتريا ارتفعت الحصيلة إلى 44 قتيلا.', figure: '44', side: 'Eritrea' },
    { text: 'أعلن الجانب الإثيوبي مقتل 23 شخصا.', figure: '23', side: 'Ethiopia' },
    // The holder before it.
    { text: 'In rebel-held valleys, volunteers found 75 bodies.', figure: '75', side: 'rebels' },
    { text: 'On the Eritrean-held bank, 31 homes were flooded.', figure: '31', side: 'Eritrea' },
    // The nearest side in the figure's own clause, not one named earlier in the sentence.
    { text: 'Rebel-held towns counted 40 dead, while 65 died in government-held towns.', figure: '65', side: 'government' },
    // "For its part" is no side; a country's adjective before "territory" says where, not whose.
    { text: 'De son côté, la préfecture annonce 18 morts.', figure: '18', side: null },
    { text: 'Some 120 people died on Ethiopian territory.', figure: '120', side: null },
    { text: 'Du côté éthiopien, 12 civils ont été tués.', figure: '12', side: 'Ethiopia' },
    { text: 'إلى جانب إريتريا، تعهدت الحكومة بإيواء 300 أسرة.', figure: '300', side: null },
    { text: 'Rescuers counted 212 dead after the storm.', figure: '212', side: null },
  ])('$text', ({ text, figure, side }) => {
    expect(sideOfFirst(text, figure)).toBe(side)
  })
})

describe('holderOf and sideName', () => {
  it.each([
    ['rebels', 'rebels'], ['régime', 'government'], ['المعارضه', 'rebels'], ['Russian', 'Russia'], ['الروسيه', 'Russia'], ['the', null],
  ])('%s → %s', (words, side) => {
    expect(holderOf(words)).toBe(side)
  })

  it('names a side in each language', () => {
    expect(sideName('rebels')).toEqual({ en: 'rebel-held areas', ar: 'مناطق سيطرة المعارضة' })
    expect(sideName('Ethiopia').en).toBe('areas held by Ethiopia')
    expect(sideName('Ethiopia').ar).toMatch(/^مناطق سيطرة \p{Script=Arabic}+/u)
  })
})

const source = (id: string, lang: Lang, text: string, outlet: string): Source => ({ id, lang, text, outlet, title: id, published: '2024-03-12', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

describe('discoverCandidates: a toll on each side of a divided land', () => {
  it('each side two reports count is a candidate of its own, beside the toll that names no side', () => {
    const sources = [
      source('a', 'en', 'The quake killed 1,020 people. In government-held areas the ministry counted 505 dead. In rebel-held areas rescuers counted 515 dead.', 'Wire A'),
      source('b', 'fr', 'Le séisme a fait 1 020 morts. Dans les zones tenues par le régime, le ministère compte 498 morts. Dans les zones rebelles, les secouristes comptent 522 morts.', 'Journal B'),
      source('c', 'ar', 'أودى الزلزال بحياة 1040 شخصا.', 'Site C'),
      source('d', 'en', 'The earthquake killed 1,040 people, officials said.', 'Wire D'),
    ]
    const claims = sources.flatMap((s) => extractClaims(s))
    const text = (id: string) => claims.find((c) => c.id === id)!.text
    const found = discoverCandidates(claims, sources).filter((c) => c.concept === 'killed').map((c) => ({ label: c.label?.en, figures: c.claims.map(text).sort() }))
    expect(found.find((f) => f.label === 'death toll (government-held areas)')?.figures).toEqual(['498', '505'])
    expect(found.find((f) => f.label === 'death toll (rebel-held areas)')?.figures).toEqual(['515', '522'])
    expect(found.find((f) => f.label === 'death toll')?.figures).toEqual(['1 020', '1,020', '1,040', '1040'])
  })
})
