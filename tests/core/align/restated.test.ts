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

describe('a length of time or a sum restated by another report', () => {
  const raid = [topic('raid', 'How long the raid on the vault took', 'duration')]
  const told = source('a', 'en', 'The raid on the vault took 7 minutes, the minister said.')
  it.each([
    ['fr', 'Les voleurs ne sont restés que sept minutes sur place, selon le ministre.', 'sept minutes'],
    ['ar', 'ولم يبق اللصوص في المكان سوى ٧ دقائق بحسب الوزير.', '٧ دقائق'],
  ] as const)('%s: the same length of time joins the topic ("%s")', (lang, text, figure) => {
    const got = placedIn([told, source('b', lang, text)], raid)
    expect(got.raid).toContain('a:7 minutes')
    expect(got.raid).toContain(`b:${figure}`)
  })
  it('not another length', () => {
    const got = placedIn([told, source('b', 'fr', 'Les voleurs ne sont restés que huit minutes sur place.')], raid)
    expect(got.raid).toEqual(['a:7 minutes'])
  })
  const payment = [topic('payment', 'Payment to each bereaved family', 'money')]
  it('the same sum in the same currency joins the topic', () => {
    const a = source('a', 'en', 'The government will pay each bereaved family 50 million rupiah in compensation.')
    const got = placedIn([a, source('b', 'fr', 'Chaque famille endeuillée doit recevoir 50 millions de roupies.')], payment)
    expect(got.payment).toContain('b:50 millions de roupies')
  })
})
