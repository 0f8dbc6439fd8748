import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'
import { inBothScripts } from './ar/both-scripts'

// A verb that bounds a figure still does across the quotation marks that open a quoted figure;
// the span stays the figure's: 'dépassera « 10,6 milliards d'euros »' is more than 10.6 billion.
const cases: Case[] = [
  { lang: 'fr', text: "Le coût total dépassera « 10,6 milliards d'euros », a indiqué le ministre.", span: "10,6 milliards d'euros", kind: 'money', lo: 10.6e9, hi: null, unit: 'EUR', qualifier: 'more-than' },
  { lang: 'fr', text: 'Le bilan dépasse désormais « 200 morts », selon la mairie.', span: '200', kind: 'count', lo: 200, hi: null, qualifier: 'more-than' },
  { lang: 'en', text: 'The cost will exceed "$10 billion", he said.', span: '$10 billion', kind: 'money', lo: 1e10, hi: null, unit: 'USD', qualifier: 'more-than' },
  { lang: 'en', text: 'The toll exceeded \u201c5,000 dead\u201d by Friday.', span: '5,000', kind: 'count', lo: 5000, hi: null, qualifier: 'more-than' },
  // A quoted figure after a verb of saying keeps no bound.
  { lang: 'fr', text: 'Il a dit « 200 morts » hier.', span: '200', kind: 'count', lo: 200, qualifier: null },
]

describe('bounds across opening quotation marks', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})

inBothScripts('Arabic bounds across quotation marks', [
  { text: 'قال إن الخسائر تجاوزت "80 مليون دولار"', span: '80 مليون دولار', kind: 'money', lo: 80e6, hi: null, unit: 'USD', qualifier: 'more-than' },
  { text: 'قال إن الخسائر بلغت "80 مليون دولار"', span: '80 مليون دولار', kind: 'money', lo: 80e6, unit: 'USD', qualifier: null },
])
