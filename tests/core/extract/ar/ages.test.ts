import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'
import { inBothScripts, toIndic } from './both-scripts'

// An age written as a feminine ordinal is a duration in years, with a word of age after it ("من
// عمره", "من العمر") or before it ("في سن", "يبلغ", "لم يتجاوز"); "لم يتجاوز" bounds it from above,
// as it does a number ("لم يتجاوز 15 عاما").
inBothScripts('Arabic ages as ordinals', [
  { text: 'فتى كفيف لم يتجاوز الخامسة عشرة، وشقيقته', span: 'لم يتجاوز الخامسة عشرة', kind: 'duration', lo: null, hi: 15, unit: 'year', qualifier: 'at-most' },
  { text: 'طفلة في السابعة من عمرها', span: 'السابعة', kind: 'duration', lo: 7, unit: 'year' },
  { text: 'شاب في الخامسة والعشرين من العمر', span: 'الخامسة والعشرين', kind: 'duration', lo: 25, unit: 'year' },
  { text: 'امرأة في الثلاثين من عمرها', span: 'الثلاثين', kind: 'duration', lo: 30, unit: 'year' },
  { text: 'توفي الطفل في سن العاشرة', span: 'العاشرة', kind: 'duration', lo: 10, unit: 'year' },
  { text: 'طفل يبلغ السادسة فقد والديه', span: 'السادسة', kind: 'duration', lo: 6, unit: 'year' },
  { text: 'غرق 12 شخصا بينهم فتاة في الحادية عشرة من عمرها', span: 'الحادية عشرة', kind: 'duration', lo: 11, unit: 'year' },
  { text: 'فتى لم يتجاوز 15 عاما', span: 'لم يتجاوز 15 عاما', kind: 'duration', lo: null, hi: 15, unit: 'year', qualifier: 'at-most' },
  { text: 'حصيلة لم تتجاوز 40 قتيلا', span: 'لم تتجاوز 40', kind: 'count', lo: null, hi: 40, qualifier: 'at-most' },
])

// Ordinals with no word of age: a clock time, an edition, a rank.
const NONE: [string, string][] = [
  ['وقع الانفجار في الساعة الخامسة مساء يوم 4 أغسطس', 'الخامسة'],
  ['انطلقت الدورة الخامسة عشرة للمهرجان في 2024', 'الخامسة عشرة'],
  ['احتل المنتخب المركز الخامس', 'الخامس'],
  ['للمرة الثالثة خلال 10 أيام', 'الثالثة'],
]

describe('ordinals that are no age', () => {
  it.each([...NONE, ...NONE.map(([t, w]) => [toIndic(t), w] as [string, string])])('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    expect(extract(text).filter((c) => c.quantity.kind === 'duration' && c.span.start < at + word.length && c.span.end > at).map((c) => c.text)).toEqual([])
  })
})
