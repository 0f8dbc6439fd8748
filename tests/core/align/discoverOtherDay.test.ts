import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import type { Lang, Source } from '../../../src/core/model'

// A made-up presidential vote in "Veldoria" on Saturday 12 October 2024, whose results came on the
// Sunday; written for these tests.
const source = (id: string, lang: Lang, text: string, published: string): Source => ({ id, lang, text, outlet: `Outlet ${id}`, title: id, published, window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

const reports = [
  source('en-1', 'en', 'Veldorians voted in the presidential election on Saturday, 12 October 2024. On Sunday, the commission put turnout at 41 per cent.', '2024-10-14'),
  source('fr-1', 'fr', "Les Veldoriens ont voté samedi 12 octobre 2024 à l'élection présidentielle. Dimanche, la commission a annoncé une participation de 41 %.", '2024-10-14'),
  source('ar-1', 'ar', 'صوت الناخبون في فيلدوريا يوم السبت 12 أكتوبر 2024 في الانتخابات الرئاسية.', '2024-10-14'),
  source('en-2', 'en', 'On 13 October 2024, the election commission declared the incumbent the winner of the presidential vote.', '2024-10-14'),
]

describe('a day no event names, beside an event most reports date to another day', () => {
  it('stays apart from the event, though one report dates the event to it', () => {
    const claims = reports.flatMap((s) => extractClaims(s))
    const text = (id: string) => claims.find((c) => c.id === id)!.text
    const cands = discoverCandidates(claims, reports)
    const vote = cands.find((c) => c.kind === 'date' && c.claims.some((id) => text(id).includes('12')))!
    // The Saturday of the vote in three reports; never the Sunday two reports give for the results.
    expect(vote.claims.map(text)).not.toContain('Sunday')
    expect(vote.claims.map(text)).not.toContain('Dimanche')
    expect(vote.sources.sort()).toEqual(expect.arrayContaining(['ar-1', 'en-1', 'fr-1']))
  })
})
