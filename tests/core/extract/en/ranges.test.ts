import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from '../helpers'

// English ranges: two ends joined into one figure whose span starts at the word that opens it.
const en = (c: Case): Case => ({ ...c, lang: 'en' })

const cases: Case[] = [
  { text: 'The fair ran from 8 to 11 September in the capital.', span: 'from 8 to 11 September', kind: 'daterange', lo: '2025-09-08', hi: '2025-09-11', qualifier: 'range' },
  { text: 'Talks took place between September 10 and 12 in Cairo.', span: 'between September 10 and 12', kind: 'daterange', lo: '2025-09-10', hi: '2025-09-12' },
  { text: 'The summit was held Sept. 10-12 in Rome.', span: 'Sept. 10-12', kind: 'daterange', lo: '2025-09-10', hi: '2025-09-12' },
  { text: 'The dams burst on the night of September 10-11.', span: 'September 10-11', kind: 'daterange', lo: '2025-09-10', hi: '2025-09-11' },
  { text: 'The camp was evacuated on 10-12 September.', span: '10-12 September', kind: 'daterange', lo: '2025-09-10', hi: '2025-09-12' },
  { text: 'The clinic closed from Monday to Wednesday.', span: 'from Monday to Wednesday', kind: 'daterange', lo: '2025-11-24', hi: '2025-11-26' },
  { text: 'Storms battered the coast from Sunday into Monday.', span: 'from Sunday into Monday', kind: 'daterange', lo: '2025-11-23', hi: '2025-11-24' },
  { text: 'Voting ran March 3-7, 2024, across the country.', span: 'March 3-7, 2024', kind: 'daterange', lo: '2024-03-03', hi: '2024-03-07' },
  { text: 'Exports fell between 2017 and 2019.', span: 'between 2017 and 2019', kind: 'daterange', lo: '2017-01-01', hi: '2019-12-31' },
  { text: 'Exports fell in 2017-2019.', span: '2017-2019', kind: 'daterange', lo: '2017-01-01', hi: '2019-12-31' },
  { text: 'He said between 5,000 and 6,000 people were missing.', span: 'between 5,000 and 6,000', kind: 'count', lo: 5000, hi: 6000, qualifier: 'range' },
  { text: 'About 70-80% of homes were damaged.', span: 'About 70-80%', kind: 'percent', lo: 70, hi: 80, qualifier: 'range' },
  { text: 'Officials said 5,000-6,000 people fled.', span: '5,000-6,000', kind: 'count', lo: 5000, hi: 6000, qualifier: 'range' },
  { text: 'Between 400 and 750 people were on board.', span: 'Between 400 and 750', kind: 'count', lo: 400, hi: 750 },
  { text: 'Witnesses said 400 to 750 people were on board.', span: '400 to 750', kind: 'count', lo: 400, hi: 750 },
  { text: 'Damage was put at from $3 billion to $5 billion.', span: 'from $3 billion to $5 billion', kind: 'money', lo: 3e9, hi: 5e9, unit: 'USD' },
  { text: 'The bill is between 3 and 5 million dollars.', span: 'between 3 and 5 million dollars', kind: 'money', lo: 3e6, hi: 5e6, unit: 'USD' },
  { text: 'They squeezed onto the 20- to 30-metre boat.', span: '20- to 30-metre', kind: 'count', lo: 20, hi: 30, unit: 'm', qualifier: 'range' },
  { text: 'The search could take three to five days.', span: 'three to five days', kind: 'duration', lo: 3, hi: 5, unit: 'day' },
  { text: 'Prices rose 70-80% in a year.', span: '70-80%', kind: 'percent', lo: 70, hi: 80, unit: '%' },
  // Two days of one month named together.
  { text: 'Heavy rain fell on 29 and 30 October.', span: '29 and 30 October', kind: 'daterange', lo: '2024-10-29', hi: '2024-10-30', published: '2024-11-05' },
  { text: 'Talks were held on November 3 and 4 in Geneva.', span: 'November 3 and 4', kind: 'daterange', lo: '2024-11-03', hi: '2024-11-04', published: '2024-11-05' },
]

describe('English ranges', () => {
  it.each(cases.map(en))('$text → $span', (c) => expectCase(c))

  it('an old and a new figure after a verb of change are no range', () => {
    const got = extract('The toll rose from 2,000 to 3,000 overnight.', '2025-11-28', 'en').map((c) => [c.text, c.quantity.lo, c.quantity.hi])
    expect(got).toEqual([['2,000', 2000, 2000], ['3,000', 3000, 3000]])
  })
})
