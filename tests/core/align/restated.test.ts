import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'
import { source, topic } from './placed'
import type { Source, Topic } from '../../../src/core/model'

// A figure another report states and places is lined up with it when its own words name no other
// measure. Reports written for the test.

function placedIn(sources: Source[], topics: Topic[]): Record<string, string[]> {
  const claims = sources.flatMap((s) => extractClaims(s))
  const out: Record<string, string[]> = {}
  for (const a of assignClaims(claims, topics, sources)) {
    const c = claims.find((x) => x.id === a.claimId)!
    ;(out[a.topicId] ??= []).push(`${c.source}:${c.text}`)
  }
  return out
}

const displaced = [topic('displaced', 'People displaced in Derna', 'count')]
const stated = source('a', 'en', 'In Derna alone, the flood displaced 34,500 people, the IOM said.')

describe('a figure restated by another report joins the topic that report placed it in', () => {
  it.each([
    ['fr', 'Dans la seule ville de Derna, on en compte 34 500, selon l’agence.', '34 500'],
    ['ar', 'وفي درنة وحدها وصل الرقم إلى 34500 وفق المنظمة.', '34500'],
    ['ar', 'وفي درنة وحدها وصل الرقم إلى ٣٤٥٠٠ وفق المنظمة.', '٣٤٥٠٠'],
  ] as const)('%s: %s', (lang, text, figure) => {
    const got = placedIn([stated, source('b', lang, text)], displaced)
    expect(got.displaced).toContain('a:34,500')
    expect(got.displaced).toContain(`b:${figure}`)
  })

  it('not when its own words name another measure', () => {
    const got = placedIn([stated, source('b', 'fr', 'À Derna, 34 500 maisons ont été détruites.')], displaced)
    expect(got.displaced).toEqual(['a:34,500'])
  })

  it('not a small number, which reports repeat by chance', () => {
    const small = source('a', 'en', 'In Derna alone, the flood displaced 12 people, the IOM said.')
    const got = placedIn([small, source('b', 'fr', 'À Derna, on en compte 12, selon l’agence.')], displaced)
    expect(got.displaced ?? []).not.toContain('b:12')
  })

  it('not when two topics hold the value', () => {
    const topics = [...displaced, topic('missing', 'People missing in Derna', 'count')]
    const a = source('a', 'en', 'In Derna 34,500 people were displaced, the IOM said. Separately, 34,500 people were still missing in Derna, the Red Crescent said.')
    const got = placedIn([a, source('b', 'fr', 'Dans la seule ville de Derna, on en compte 34 500, selon l’agence.')], topics)
    expect([...(got.displaced ?? []), ...(got.missing ?? [])]).not.toContain('b:34 500')
  })
})
