import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { measuresOf } from '../../../src/core/align/measureOf'

// Arabic "signed" (وقّع) and "happened" (وقع) differ by a shadda only: written, it tells them
// apart. Sentences written for these tests, about places that do not exist.
const read = (text: string, figure: string) => {
  const claims = extractClaims({ id: 't', text, lang: 'ar', published: '2024-03-12', window: null })
  const c = claims.find((x) => x.text === figure)
  expect(c, `"${figure}" must be read`).toBeDefined()
  return measuresOf(claims, text, 'ar').get(c!.id)?.concept?.id ?? null
}

describe('measuresOf: a signing written with its shadda', () => {
  it('dates the signing', () => {
    expect(read('وقّعت الحكومة اليوم الجمعة عقداً لتطوير ميناء فيلمورا.', 'اليوم الجمعة')).toBe('signed')
    expect(read('ووقّع الوزيران يوم الاثنين على الاتفاق.', 'يوم الاثنين')).toBe('signed')
  })
  it('leaves a verb of happening written without it', () => {
    expect(read('وقعت الكارثة اليوم الجمعة في ميناء فيلمورا.', 'اليوم الجمعة')).toBe('struck')
  })
})
