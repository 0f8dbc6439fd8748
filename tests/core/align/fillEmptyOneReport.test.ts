import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { Source } from '../../../src/core/model'
import { source } from './placed'

// Most topics a reader names are stated by one report, often in another language than the label's:
// there only the measure and its surroundings can be read, not the label's own words. A topic
// placement leaves empty takes the figure whose clause names its measure and whose sentence says
// one more of its terms. Reports written for the test.
const topics = [
  topicFromText({ id: 'toll', label: 'Death toll of the derailment', measure: 'people killed when the train left the rails', kind: 'count' })!,
  topicFromText({ id: 'advance', label: 'EU minimum advance payment for a death', measure: 'minimum advance payment per death required of the operator under EU rules', kind: 'money' })!,
]
function placedIn(sources: Source[]): Record<string, string[]> {
  const claims = sources.flatMap((s) => extractClaims(s))
  const out: Record<string, string[]> = {}
  for (const a of assignClaims(claims, topics, sources)) { const c = claims.find((x) => x.id === a.claimId)!; (out[a.topicId] ??= []).push(`${c.source}:${c.text}`) }
  return out
}

const fr = source('fr', 'fr', "Le déraillement a fait 43 morts. Les versements de la compagnie dépassent le minimum de 21 000 euros fixé par le règlement européen en cas de décès.")
const ar = source('ar', 'ar', 'وقتل 43 شخصا في خروج القطار عن القضبان. وأكدت الشركة أنها ستلتزم بالتشريع الأوروبي الذي يفرض على المشغل دفعة مسبقة خلال أسبوعين لا تقل في حالة الوفاة عن 21 ألف يورو.')

describe('a topic stated by one report in another language is filled by its measure and one more term', () => {
  it('fr', () => {
    const got = placedIn([fr])
    expect(got.advance).toEqual(['fr:21 000 euros'])
    expect(got.toll).toEqual(['fr:43'])
  })
  it('and the same sum in another report joins it', () => {
    const got = placedIn([fr, ar])
    expect(got.advance?.sort()).toEqual(['ar:21 ألف يورو', 'fr:21 000 euros'])
  })
})

it('a count of people its clause says were killed fills no topic of things', () => {
  const things = [topicFromText({ id: 'pagers', label: 'Pagers that detonated', kind: 'count' })!]
  const src = source('a', 'en', 'The pager blasts killed 9 people.')
  const claims = extractClaims(src)
  expect(assignClaims(claims, things, [src]).filter((a) => a.topicId === 'pagers')).toEqual([])
})
