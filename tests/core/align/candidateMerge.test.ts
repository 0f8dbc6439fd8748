import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { mostStated } from '../../../src/core/align/candidateMerge'
import type { Lang, Source } from '../../../src/core/model'

// Near-duplicate candidates on reports written for these tests: two measures whose most-stated
// figure is the same value are one candidate; different values keep two.

const source = (id: string, lang: Lang, text: string, outlet: string): Source => ({ id, lang, text, outlet, title: id, published: '2024-03-12', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function candidates(sources: Source[]) {
  const claims = sources.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  return { claims, found: discoverCandidates(claims, sources).map((c) => ({ label: c.label?.en, figures: c.claims.map(text).sort(), c })) }
}

describe('mergeDrafts: one measure read two ways is one candidate', () => {
  it.each([
    {
      name: 'the dead and the bodies recovered, the same 63 in Arabic, English and French',
      reports: [
        source('a', 'ar', 'انتشلت فرق الإنقاذ 63 جثة من البحر.', 'Site A'),
        source('b', 'ar', 'ارتفع عدد القتلى إلى 63 قتيلا.', 'Site B'),
        source('c', 'en', 'Divers recovered 63 bodies from the wreck.', 'Wire C'),
        source('d', 'en', 'At least 63 people died, the coast guard said.', 'Wire D'),
        source('e', 'fr', 'Le naufrage a fait 63 morts.', 'Journal E'),
      ],
      figures: ['63', '63', '63', '63', 'At least 63'],
    },
    {
      name: 'troops and the same troops named by their country',
      reports: [
        source('a', 'ar', 'ينتشر نحو 2300 جندي في القاعدة.', 'Site A'),
        source('b', 'en', 'Some 2,300 troops are stationed at the base.', 'Wire B'),
        source('c', 'ar', 'يتمركز 2300 جندي فرنسي في القاعدة.', 'Site C'),
        source('d', 'fr', 'Quelque 2 300 militaires français y sont stationnés.', 'Journal D'),
      ],
      figures: ['نحو 2300', 'Some 2,300', '2300', 'Quelque 2 300'],
    },
  ])('$name', ({ reports, figures }) => {
    const { found } = candidates(reports)
    const people = found.filter((f) => f.c.kind === 'count' && f.c.unit === 'people')
    expect(people).toHaveLength(1)
    expect(people[0].figures).toEqual([...figures].sort())
  })

  it('two measures whose most-stated figures differ, however near, stay two candidates', () => {
    const { found } = candidates([
      source('a', 'ar', 'بلغت حصيلة القتلى 410 قتلى، وما زال 412 شخصا في عداد المفقودين.', 'Site A'),
      source('b', 'en', 'The death toll reached 410, and 412 people are still missing.', 'Wire B'),
      source('c', 'fr', 'Le bilan est de 410 morts, et 412 personnes sont portées disparues.', 'Journal C'),
    ])
    expect(found.find((f) => f.c.concept === 'missing')?.figures).toEqual(['412', '412', '412'])
    expect(found.find((f) => f.c.concept === 'killed')?.figures).toEqual(['410', '410', '410'])
  })
})

describe('mostStated', () => {
  const { claims } = candidates([
    source('a', 'en', 'At least 63 died. Another report said 70 died.', 'Wire A'),
    source('b', 'fr', 'Le bilan est de 63 morts, et plusieurs dizaines de blessés.', 'Journal B'),
    source('c', 'en', 'Some 70 people died.', 'Wire C'),
  ])
  const pick = (...texts: string[]) => claims.filter((c) => texts.includes(c.text))
  const origin = (c: { source: string }) => c.source
  it.each([
    { name: 'a value two origins state ("at least 63" states 63)', figures: ['At least 63', '63', '70'], mode: '|63' },
    { name: 'a tie between two values says nothing', figures: ['At least 63', '63', '70', 'Some 70'], mode: null },
    { name: 'one origin is no mode', figures: ['At least 63', '70'], mode: null },
    { name: 'a vague figure states no value', figures: ['plusieurs dizaines', 'At least 63'], mode: null },
  ])('$name', ({ figures, mode }) => {
    expect(mostStated(pick(...figures), origin)).toBe(mode)
  })
})

describe('joinNarrower: a narrower measure said with the broader one\'s very numbers', () => {
  it('people left homeless who are the displaced, in the same numbers, join the displaced', () => {
    const { found } = candidates([
      source('a', 'en', 'The agency said 52,000 people were displaced by the floods. It said 52,000 people had been left homeless.', 'Wire A'),
      source('b', 'fr', "Selon l'agence, 52 000 sinistrés se retrouvent sans abri.", 'Journal B'),
      source('c', 'ar', 'قالت الوكالة إن الفيضانات شردت 51 ألف شخص.', 'Site C'),
      source('d', 'en', 'Some 50,000 people have fled their homes, officials said.', 'Wire D'),
      source('e', 'ar', 'وبات 52 ألف شخص بلا مأوى.', 'Site E'),
    ])
    const people = found.filter((f) => f.c.concept === 'displaced' || f.c.concept === 'homeless')
    expect(people.map((f) => f.c.concept)).toEqual(['displaced'])
    expect(people[0].figures).toEqual(expect.arrayContaining(['52 000', '52 ألف', '51 ألف']))
  })

  it('the dead buried, near the toll but not the same number, stay a candidate of their own', () => {
    const { found } = candidates([
      source('a', 'en', 'The quake killed 2,946 people. Authorities said 2,944 of the dead had been buried.', 'Wire A'),
      source('b', 'fr', 'Le séisme a fait 2 946 morts ; 2 944 victimes ont été inhumées.', 'Journal B'),
      source('c', 'ar', 'أودى الزلزال بحياة 2946 شخصا، ودُفن 2944 منهم.', 'Site C'),
    ])
    expect(found.filter((f) => f.c.concept === 'buried')).toHaveLength(1)
  })
})
