import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { withRecordSince } from '../../../src/core/align/recordTopic'
import type { Source } from '../../../src/core/model'
import { source, topic } from './placed'

// A topic named for a record takes the unplaced figures said as the last time something as strong
// happened, in any language. Sentences written for these tests, about places that do not exist.
const SOURCES: Source[] = [
  source('r-ar', 'ar', 'شهدت فيلمورا أسوأ فيضانات تعرفها منذ أكثر من عقدين، وبقي السد مغلقاً ثلاثة أيام.'),
  source('r-fr', 'fr', 'Ces crues, les pires que Velmora ait connues depuis trois décennies, ont duré deux jours.'),
]
const claims = SOURCES.flatMap((s) => extractClaims(s))
const taken = (topics: ReturnType<typeof topic>[]) => withRecordSince([], claims, topics, SOURCES).map((a) => claims.find((c) => c.id === a.claimId)!.text)

describe('withRecordSince', () => {
  it('gives the story\'s one record topic its figures, and no other length of time', () => {
    expect(taken([topic('worst', 'Worst floods in how long', 'duration')]).sort()).toEqual(['أكثر من عقدين', 'trois décennies'].sort())
  })
  it('leaves them when two topics name a record, or none does', () => {
    expect(taken([topic('a', 'Worst floods in how long', 'duration'), topic('b', 'Deadliest in a century', 'duration')])).toEqual([])
    expect(taken([topic('a', 'Length of the dam closure', 'duration')])).toEqual([])
  })
})
