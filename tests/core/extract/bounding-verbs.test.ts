import { describe, expect, it } from 'vitest'
import { verbForms } from '../../../src/core/extract/locales/ar/verbs'
import { expectCase, type Case } from './helpers'

// Arabic verbs of exceeding bound the figure after them in every person a report gives them:
// "يتجاوزون" (they exceed), "تزيد على" (she/it exceeds), "تخطوا" (they passed).
const cases: Case[] = [
  { text: 'قال المسعفون إن الجرحى يتجاوزون 120 شخصا.', span: 'يتجاوزون 120', kind: 'count', lo: 120, hi: null, qualifier: 'more-than' },
  { text: 'غمرت المياه مساحة تزيد على 40 كيلومترا مربعا.', span: 'تزيد على 40 كيلومترا مربعا', kind: 'count', lo: 40, hi: null, unit: 'km2', qualifier: 'more-than' },
  { text: 'وأكد أن المفقودين تخطوا 70.', span: 'تخطوا 70', kind: 'count', lo: 70, hi: null, qualifier: 'more-than' },
  { text: 'وقال إن المتطوعين يفوقون 900.', span: 'يفوقون 900', kind: 'count', lo: 900, hi: null, qualifier: 'more-than' },
]

describe('Arabic verbs of exceeding in every person', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))

  it('gives a sound verb and a verb ending in alif maqsura their persons', () => {
    expect(verbForms({ past: 'تجاوز', present: 'تجاوز' })).toEqual(expect.arrayContaining(['تجاوز', 'تجاوزت', 'تجاوزوا', 'يتجاوز', 'تتجاوز', 'يتجاوزون', 'تتجاوزان']))
    expect(verbForms({ past: 'تخطى', present: 'تخطى' })).toEqual(expect.arrayContaining(['تخطى', 'تخطت', 'تخطوا', 'يتخطى', 'تتخطى', 'يتخطون']))
    expect(verbForms({ past: 'زاد', present: 'زيد' })).toEqual(expect.arrayContaining(['زاد', 'زادت', 'زادوا', 'يزيد', 'تزيد', 'يزيدون']))
  })
})
