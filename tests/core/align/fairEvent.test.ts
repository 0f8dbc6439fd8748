import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { measuresOf } from '../../../src/core/align/measureOf'
import { discoverCandidates } from '../../../src/core/align/discover'
import type { Lang } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// A fair, a show or an exhibition is an event reports date, and it counts who exhibits and who
// visits. Sentences written for these tests, about fairs and towns that do not exist.

const DATED: [Lang, string, string][] = [
  ['en', 'The Velmora book fair runs from 22 January to 5 February at the old harbour.', 'from 22 January to 5 February'],
  ['en', 'The air show opens on Tuesday, organisers said.', 'Tuesday'],
  ['fr', 'Le salon de l’agriculture de Velmora se tiendra du 3 au 7 juin.', 'du 3 au 7 juin'],
  ['ar', 'يُقام معرض فيلمورا الدولي للكتاب من 22 يناير إلى 5 فبراير.', 'من 22 يناير إلى 5 فبراير'],
]

describe('measuresOf: the fair a date dates', () => {
  it.each(DATED)('%s: %s', (lang, text, figure) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-01-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id ?? null).toBe('fair')
  })

  it('reads no fair in an adjective: "free and fair elections"', () => {
    const text = 'Observers said the vote on Sunday was free and fair.'
    const claims = extractClaims({ id: 't', text, lang: 'en', published: '2025-01-10', window: null })
    const c = claims.find((x) => x.text === 'Sunday')!
    expect(measuresOf(claims, text, 'en').get(c.id)?.concept?.id).not.toBe('fair')
  })
})

describe('placement: the days of a fair, its exhibitors and its visitors', () => {
  const topics = () => [topic('days', 'Dates of the book fair', 'daterange'), topic('exh', 'Number of exhibitors', 'count'), topic('vis', 'Visitors expected', 'count')]

  it.each([
    ['en', 'The Velmora book fair runs from 22 January to 5 February. Some 1,200 exhibitors from 40 countries have signed up, and organisers expect two million visitors.', 'from 22 January to 5 February', 'Some 1,200', 'two million'],
    ['fr', 'La foire du livre de Velmora se tiendra du 22 janvier au 5 février. Quelque 1 200 exposants ont confirmé leur venue et les organisateurs attendent deux millions de visiteurs.', 'du 22 janvier au 5 février', 'Quelque 1 200', 'deux millions'],
    ['ar', 'يُقام معرض فيلمورا للكتاب من 22 يناير إلى 5 فبراير. وأكد نحو 1200 عارض مشاركتهم، فيما يتوقع المنظمون مليوني زائر.', 'من 22 يناير إلى 5 فبراير', 'نحو 1200', 'مليوني'],
  ] as [Lang, string, string, string, string][])('%s: %s', (lang, text, days, exhibitors, visitors) => {
    const got = placed(source('r', lang, text), topics())
    expect(got.days).toEqual([days])
    expect(got.exh).toEqual([exhibitors])
    expect(got.vis).toEqual([visitors])
  })
})

describe('candidates: the days of a fair two outlets state', () => {
  it('proposes the fair\'s dates, named for the fair', () => {
    const a = { ...source('a', 'en', 'The Velmora air show opens on 11 March and closes on 14 March, organisers said.'), published: '2025-03-01' }
    const b = { ...source('b', 'fr', 'Le salon aéronautique de Velmora ouvrira ses portes le 11 mars, selon les organisateurs.'), published: '2025-03-02' }
    const claims = [a, b].flatMap((s) => extractClaims(s))
    const fair = discoverCandidates(claims, [a, b]).find((c) => c.label?.en.includes('fair'))
    expect(fair, discoverCandidates(claims, [a, b]).map((c) => c.label?.en).join(' | ')).toBeDefined()
    expect(fair!.sources.sort()).toEqual(['a', 'b'])
  })
})
