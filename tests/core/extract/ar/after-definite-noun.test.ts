import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'
import { inBothScripts } from './both-scripts'

// A number after a definite noun counts when a unit follows it: "الرحلة" names a flight before
// bare digits ("الرحلة 302"), and "الخامسة عشرة" is an ordinal, but a noun that ends like an
// ordinal's unit word ("القافلة", "الرحلة") before "عشرة أيام" leaves ten days to count.
inBothScripts('Arabic figures after a definite noun', [
  { text: 'استغرقت الرحلة 10 أيام عبر الصحراء', span: '10 أيام', kind: 'duration', lo: 10, unit: 'day' },
  { text: 'استغرقت رحلة القافلة عشرة أيام عبر الصحراء', span: 'عشرة أيام', kind: 'duration', lo: 10, unit: 'day' },
  { text: 'دامت الزيارة عشرة أيام', span: 'عشرة أيام', kind: 'duration', lo: 10, unit: 'day' },
  { text: 'كلفت الرحلة 5 ملايين دولار', span: '5 ملايين دولار', kind: 'money', lo: 5_000_000, unit: 'USD' },
])

describe('names and ordinals stay no figures', () => {
  it.each([
    ['هبطت الرحلة 302 في مطار القاهرة', '302'],
    ['انطلقت الدورة الخامسة عشرة للمهرجان', 'عشرة'],
    ['احتفلت بعيد ميلادها في الحادية عشرة ليلا', 'عشرة'],
  ])('%s (not %s)', (text, word) => {
    expect(extract(text).some((c) => c.text.includes(word) && c.quantity.kind === 'count')).toBe(false)
  })
})
