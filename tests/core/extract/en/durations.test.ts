import { describe, it } from 'vitest'
import { expectCase, type Case } from '../helpers'

// English durations: a number and its time unit, hyphenated or not, with halves and qualifiers.
const en = (c: Case): Case => ({ ...c, lang: 'en' })

const cases: Case[] = [
  { text: 'The minister began a five-day visit.', span: 'five-day', kind: 'duration', lo: 5, unit: 'day' },
  { text: 'The road stayed closed for three weeks.', span: 'three weeks', kind: 'duration', lo: 3, unit: 'week' },
  { text: 'A decade of war has emptied the town.', span: 'A decade', kind: 'duration', lo: 10, unit: 'year' },
  { text: 'The reactor sat idle for nearly a decade.', span: 'nearly a decade', kind: 'duration', lo: 10, unit: 'year', qualifier: 'about' },
  { text: 'It ended a two-and-a-half-year siege.', span: 'two-and-a-half-year', kind: 'duration', lo: 2.5, unit: 'year' },
  { text: 'He was held for over four and a half years.', span: 'over four and a half years', kind: 'duration', lo: 4.5, hi: null, unit: 'year', qualifier: 'more-than' },
  { text: 'He was ordered to leave within 48 hours.', span: '48 hours', kind: 'duration', lo: 48, unit: 'hour' },
  { text: 'The fall ended an 18-month siege.', span: '18-month', kind: 'duration', lo: 18, unit: 'month' },
  { text: 'The works will last a year and a half.', span: 'a year and a half', kind: 'duration', lo: 1.5, unit: 'year' },
  { text: 'The region saw massacres two decades ago.', span: 'two decades', kind: 'duration', lo: 20, unit: 'year' },
  { text: 'A five-year-old girl was pulled from the rubble.', span: 'five-year-old', kind: 'duration', lo: 5, unit: 'year' },
  { text: 'The search is expected to last several days.', span: 'several days', kind: 'duration', lo: 3, hi: 10, unit: 'day', qualifier: 'vague' },
  { text: 'In comments a few hours earlier, he said so.', span: 'a few hours', kind: 'duration', lo: 3, hi: 9, unit: 'hour', qualifier: 'vague' },
  { text: 'A woman in her eighties was rescued.', span: 'eighties', kind: 'duration', lo: 80, hi: 89, unit: 'year', qualifier: 'range' },
  { text: 'The standoff lasted more than two months.', span: 'more than two months', kind: 'duration', lo: 2, hi: null, unit: 'month', qualifier: 'more-than' },
  { text: 'The boat sank eight days ago.', span: 'eight days', kind: 'duration', lo: 8, unit: 'day' },
  { text: 'It happened a day after the vote.', span: 'a day', kind: 'duration', lo: 1, unit: 'day' },
  { text: 'It was the strongest quake in at least a century.', span: 'at least a century', kind: 'duration', lo: 100, hi: null, unit: 'year', qualifier: 'at-least' },
  { text: 'Rescuers pulled him out 2½ hours later.', span: '2½ hours', kind: 'duration', lo: 2.5, unit: 'hour' },
  { text: 'The boat sank in half an hour.', span: 'half an hour', kind: 'duration', lo: 0.5, unit: 'hour' },
  { text: 'The search lasted a fortnight.', span: 'a fortnight', kind: 'duration', lo: 2, unit: 'week' },
  { text: 'Crews worked for 72 hrs without rest.', span: '72 hrs', kind: 'duration', lo: 72, unit: 'hour' },
  { text: 'The boy was found after a whole year.', span: 'a whole year', kind: 'duration', lo: 1, unit: 'year' },
  { text: 'The strike lasted an entire week.', span: 'an entire week', kind: 'duration', lo: 1, unit: 'week' },
  { text: 'Crews needed a full month to clear the road.', span: 'a full month', kind: 'duration', lo: 1, unit: 'month' },
  { text: 'The ferry sank within a half-hour.', span: 'a half-hour', kind: 'duration', lo: 0.5, unit: 'hour' },
  { text: 'Sirens sounded for a quarter-hour.', span: 'a quarter-hour', kind: 'duration', lo: 0.25, unit: 'hour' },
  { text: 'The dam had been neglected for a half-century.', span: 'a half-century', kind: 'duration', lo: 50, unit: 'year' },
  { text: 'Rescuers reached them in 45 min.', span: '45 min', kind: 'duration', lo: 45, unit: 'minute' },
  { text: 'The tremor lasted 30 secs.', span: '30 secs', kind: 'duration', lo: 30, unit: 'second' },
  { text: 'The journey can take as long as three weeks.', span: 'as long as three weeks', kind: 'duration', lo: null, hi: 3, unit: 'week', qualifier: 'at-most' },
  { text: 'It was a decade-long war.', span: 'a decade', kind: 'duration', lo: 10, unit: 'year' },
]

describe('English durations', () => {
  it.each(cases.map(en))('$text → $span', (c) => expectCase(c))
})
