import { describe, expect, it } from 'vitest'
import { placeNounBy } from '../../../src/core/align/places'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'
import type { Source } from '../../../src/core/model'

// Places inside a story's whole: a name with its place noun is that part.
const by = (text: string, name: string) => { const at = text.indexOf(name); return placeNounBy(text, at, at + name.length) }

describe('placeNounBy', () => {
  it.each([
    ['Azrou province recorded the most deaths', 'Azrou', true],
    ['the town of Kassala', 'Kassala', true],
    ["la province d'Ifrane", 'Ifrane', true],
    ['سجّل إقليم أزرو العدد الأكبر', 'أزرو', true],
    ['في مدينة كسلا', 'كسلا', true],
    ['the Azrou earthquake', 'Azrou', false],
    ['زلزال أزرو', 'أزرو', false],
  ])('%s → %s', (text, name, expected) => expect(by(text, name)).toBe(expected))
})

describe('a topic about a part', () => {
  it('a label naming a province is scoped to it; one naming the event is not', () => {
    expect(topicFromText({ id: 'p', label: 'Deaths in Azrou province', kind: 'count' })?.scope).toBe('Azrou')
    expect(topicFromText({ id: 'n', label: 'Death toll of the Azrou earthquake', kind: 'count' })?.scope).toBeNull()
  })
  it('a figure whose name stands with its place noun goes to the part; the whole keeps the rest', () => {
    const text = 'The Azrou earthquake killed 900 people, the ministry said. Azrou province recorded 412 deaths.'
    const src = { id: 'a', lang: 'en', text, published: '2024-03-12', window: null } as Source
    const topics = [topicFromText({ id: 'whole', label: 'Death toll of the Azrou earthquake', kind: 'count' })!, topicFromText({ id: 'part', label: 'Deaths in Azrou province', kind: 'count' })!]
    const claims = extractClaims(src)
    const got = Object.fromEntries(assignClaims(claims, topics, [src]).map((x) => [claims.find((c) => c.id === x.claimId)!.text, x.topicId]))
    expect(got).toEqual({ 900: 'whole', 412: 'part' })
  })
})
