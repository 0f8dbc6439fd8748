import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { conceptsIn, measuresOf } from '../../../src/core/align/measureOf'
import { sinceEvent } from '../../../src/core/align/dateSince'
import { CONCEPT_BY_ID } from '../../../src/core/align/measures'
import type { Lang } from '../../../src/core/model'

// A start bound ("since July", "depuis vendredi", "منذ يوليو") dates the start of what its clause
// tallies since then. Sentences written for these tests, about places that do not exist.
const CASES: [Lang, string, string, string | null][] = [
  // The event named before it, counts between.
  ['en', 'Floods have killed 210 people in Velmora and affected 800,000 since June.', 'since June', 'struck'],
  ['ar', 'أودت الفيضانات التي تضرب فيلمورا منذ يونيو بحياة 210 أشخاص.', 'منذ يونيو', 'struck'],
  // No event in its clause: the toll is the story's own event's.
  ['fr', 'Un séisme a dévasté Velmora.\nAu moins 900 corps ont été sortis des décombres depuis vendredi.', 'depuis vendredi', 'struck'],
  ['en', 'A cyclone battered the coast of Velmora.\nThe toll, officials said, has reached 60 dead since Saturday.', 'since Saturday', 'struck'],
]
// Another clause's event, or nothing tallied: no start of an event (whatever else its sentence says).
const NONE: [Lang, string, string][] = [
  ['en', 'The summit was hosted by Velmora, whose president has chaired the bloc since 9 July.', 'since 9 July'],
  ['fr', 'Le préfet évoquait dès dimanche plusieurs centaines de victimes.', 'dès dimanche'],
  ['en', 'It was the deadliest flood in Velmora since 1998, killing 40.', 'since 1998'],
]

describe('measuresOf: the event a start bound dates', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, figure, event) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2024-09-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id ?? null).toBe(event)
  })
})

describe('sinceEvent: a bound that starts no event of its clause', () => {
  it.each(NONE)('%s: %s', (lang, text, figure) => {
    const c = extractClaims({ id: 't', text, lang, published: '2024-09-10', window: null }).find((x) => x.text === figure)
    expect(c, `"${figure}" must be read`).toBeDefined()
    expect(sinceEvent(c!, text, lang, () => CONCEPT_BY_ID.get('struck')!, conceptsIn)).toBeNull()
  })
})
