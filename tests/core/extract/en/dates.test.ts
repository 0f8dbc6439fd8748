import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from '../helpers'

// English dates, read against a publication day of Friday 28 November 2025 unless a case gives
// its own. Each case: the text, the exact span, and the days it stands for.
const en = (c: Case): Case => ({ ...c, lang: 'en' })

const cases: Case[] = [
  // Day-month-year and month-day-year.
  { text: 'The quake struck on 12 March 2019 before dawn.', span: '12 March 2019', kind: 'date', lo: '2019-03-12' },
  { text: 'Talks opened on March 12, 2019, in Geneva.', span: 'March 12, 2019', kind: 'date', lo: '2019-03-12' },
  { text: 'The vote was held on Monday, March 3, 2025, after weeks of delay.', span: 'Monday, March 3, 2025', kind: 'date', lo: '2025-03-03' },
  { text: 'The boat was first spotted on Sept. 13 off the coast.', span: 'Sept. 13', kind: 'date', lo: '2025-09-13' },
  { text: 'Satellite images from Sep 15, 2023 show the damage.', span: 'Sep 15, 2023', kind: 'date', lo: '2023-09-15' },
  { text: 'published: 5 Aug 2020 at 06:26', span: '5 Aug 2020', kind: 'date', lo: '2020-08-05' },
  { text: 'Saturday, 8 August, 2020 - 07:30', span: 'Saturday, 8 August, 2020', kind: 'date', lo: '2020-08-08' },
  { text: 'The treaty was signed on the 4th of July 1990 in Paris.', span: '4th of July 1990', kind: 'date', lo: '1990-07-04' },
  // Written a week after: the weekday and the date agree in the nearest year (a weekday that does not fixes the year, in read-on-real-pages).
  { text: 'The coup began on Wednesday, July 26, when guards sealed the palace.', published: '2023-08-02', span: 'Wednesday, July 26', kind: 'date', lo: '2023-07-26' },
  // A month: with a year, alone after a date word, last or next.
  { text: 'The law was passed in March 2019 by a narrow vote.', span: 'March 2019', kind: 'date', lo: '2019-03-01', hi: '2019-03-31' },
  { text: 'The city has been under siege since May.', span: 'since May', kind: 'date', lo: '2025-05-01', hi: '2025-05-31' },
  { text: 'The two sides met in December to sign it.', span: 'December', kind: 'date', lo: '2024-12-01', hi: '2024-12-31' },
  { text: 'The ceasefire collapsed last March.', span: 'last March', kind: 'date', lo: '2025-03-01', hi: '2025-03-31' },
  { text: 'Elections are due next March.', span: 'next March', kind: 'date', lo: '2026-03-01', hi: '2026-03-31' },
  { text: 'The dam was inspected in March last year.', span: 'March last year', kind: 'date', lo: '2024-03-01', hi: '2024-03-31' },
  { text: 'The council will meet on December 3 to vote.', span: 'December 3', kind: 'date', lo: '2025-12-03' },
  { text: 'The deal was signed on December 3.', span: 'December 3', kind: 'date', lo: '2024-12-03' },
  // Weekdays against the publication day (a Friday).
  { text: 'Rescuers reached the village on Tuesday.', span: 'Tuesday', kind: 'date', lo: '2025-11-25' },
  { text: 'The minister spoke to reporters on Friday.', span: 'Friday', kind: 'date', lo: '2025-11-28' },
  { text: 'The office reopened last Wednesday.', span: 'last Wednesday', kind: 'date', lo: '2025-11-26' },
  { text: 'The report came out last Friday.', span: 'last Friday', kind: 'date', lo: '2025-11-21' },
  { text: 'Talks will resume on Monday in Doha.', span: 'Monday', kind: 'date', lo: '2025-12-01' },
  { text: 'A second round is planned for next Monday.', span: 'next Monday', kind: 'date', lo: '2025-12-01' },
  { text: 'The storm made landfall on Sunday night.', span: 'Sunday night', kind: 'date', lo: '2025-11-23' },
  { text: 'The ministry issued its count on Wednesday evening.', span: 'Wednesday evening', kind: 'date', lo: '2025-11-26' },
  { text: 'The quake hit the region late last Friday.', span: 'late last Friday', kind: 'date', lo: '2025-11-21' },
  { text: 'The toll stood at 78 by early Wednesday.', span: 'by early Wednesday', kind: 'date', lo: '2025-11-26' },
  { text: "Tuesday's blast flattened the port.", span: 'Tuesday', kind: 'date', lo: '2025-11-25' },
  // Dates counted from the publication day.
  { text: 'Officials met yesterday in the capital.', span: 'yesterday', kind: 'date', lo: '2025-11-27' },
  { text: 'The convoy left last week.', span: 'last week', kind: 'date', lo: '2025-11-17', hi: '2025-11-23' },
  { text: 'Fighting has intensified this week.', span: 'this week', kind: 'date', lo: '2025-11-24', hi: '2025-11-30' },
  { text: 'The agency raised its estimate earlier this month.', span: 'earlier this month', kind: 'date', lo: '2025-11-01', hi: '2025-11-27' },
  { text: 'The plan should be approved later this year.', span: 'later this year', kind: 'date', lo: '2025-11-29', hi: '2025-12-31' },
  { text: 'Protesters gathered last weekend in the square.', span: 'last weekend', kind: 'date', lo: '2025-11-22', hi: '2025-11-23' },
  { text: 'Prices rose sharply last month.', span: 'last month', kind: 'date', lo: '2025-10-01', hi: '2025-10-31' },
  { text: 'The border reopened last year.', span: 'last year', kind: 'date', lo: '2024-01-01', hi: '2024-12-31' },
  { text: 'The blast came yesterday morning.', span: 'yesterday morning', kind: 'date', lo: '2025-11-27' },
  { text: 'The boat overturned between Monday afternoon and early Tuesday.', span: 'between Monday afternoon and early Tuesday', kind: 'daterange', lo: '2025-11-24', hi: '2025-11-25' },
  { text: 'Budgets for the 2023-24 season were cut.', span: '2023-24', kind: 'daterange', lo: '2023-01-01', hi: '2024-12-31' },
  // Parts of a month or a year.
  { text: 'The offensive began in late October.', span: 'late October', kind: 'date', lo: '2025-10-21', hi: '2025-10-31' },
  { text: 'The first aid arrived in early October.', span: 'early October', kind: 'date', lo: '2025-10-01', hi: '2025-10-10' },
  { text: 'Rains returned in mid-September.', span: 'mid-September', kind: 'date', lo: '2025-09-10', hi: '2025-09-20' },
  { text: 'The port closed at the end of 2020.', span: 'the end of 2020', kind: 'date', lo: '2020-10-01', hi: '2020-12-31' },
  { text: 'The mine shut in late 2019 after a strike.', span: 'late 2019', kind: 'date', lo: '2019-10-01', hi: '2019-12-31' },
  { text: 'Work resumed in mid-2020.', span: 'mid-2020', kind: 'date', lo: '2020-05-01', hi: '2020-08-31' },
  { text: 'The troops will be gone by the end of the year.', span: 'by the end of the year', kind: 'date', lo: '2025-10-01', hi: '2025-12-31' },
  { text: 'Troops out by year-end, the president said.', span: 'by year-end', kind: 'date', lo: '2025-10-01', hi: '2025-12-31' },
  { text: 'The talks broke down late last year.', span: 'late last year', kind: 'date', lo: '2024-10-01', hi: '2024-12-31' },
  // Seasons and decades.
  { text: 'The river flooded last summer.', span: 'last summer', kind: 'date', lo: '2025-06-01', hi: '2025-08-31' },
  { text: 'The camp opened in spring 2023.', span: 'spring 2023', kind: 'date', lo: '2023-03-01', hi: '2023-05-31' },
  { text: 'The ties go back to the 1990s.', span: '1990s', kind: 'date', lo: '1990-01-01', hi: '1999-12-31' },
  // Years, and the prepositions that change what a date claims.
  { text: 'Bazoum won the presidency in 2021.', span: 'in 2021', kind: 'date', lo: '2021-01-01', hi: '2021-12-31' },
  { text: 'The city has been divided since 2020.', span: 'since 2020', kind: 'date', lo: '2020-01-01', hi: '2020-12-31' },
  { text: 'The curfew stays until 9 November.', span: 'until 9 November', kind: 'date', lo: '2025-11-09' },
  { text: 'The plant should be finished by 2025.', span: 'by 2025', kind: 'date', lo: '2025-01-01', hi: '2025-12-31' },
  { text: 'Turmoil since the 2011 revolt has split the country.', span: '2011', kind: 'date', lo: '2011-01-01', hi: '2011-12-31' },
  { text: 'Paperwork that has surfaced since Tuesday shows it.', span: 'since Tuesday', kind: 'date', lo: '2025-11-25' },
]

describe('English dates', () => {
  it.each(cases.map(en))('$text → $span', (c) => expectCase(c))

  it('leaves a relative date unresolved when there is no publication date, rather than guessing', () => {
    const [c] = extract('The convoy left last week.', null, 'en')
    expect(c.text).toBe('last week')
    expect(c.quantity.unresolved).toBe(true)
    expect(c.quantity.lo).toBeNull()
  })

  it('reads "may" and "march" as months only where a date is meant', () => {
    expect(extract('As many as 20,000 may have died. The march drew crowds.', '2025-11-28', 'en').map((c) => c.text)).toEqual(['As many as 20,000'])
    expect(extract('The ban ends in May.', '2025-11-28', 'en').map((c) => c.text)).toEqual(['May'])
  })
})

// "over the weekend", "at the weekend": the weekend just past, or the coming one in a sentence set
// in the future; "the weekend" after another verb says no date.
describe('the weekend', () => {
  it.each([
    { text: 'Rescuers kept digging over the weekend.', span: 'the weekend', kind: 'date', lo: '2025-06-14', hi: '2025-06-15', published: '2025-06-18' },
    { text: 'Talks will resume at the weekend.', span: 'the weekend', kind: 'date', lo: '2025-06-21', hi: '2025-06-22', published: '2025-06-18' },
  ] as Case[])('$text → $span', (c) => expectCase(en(c)))
  it('"spent the weekend" is no date', () => {
    expect(extract('He spent the weekend at home.', '2025-06-18', 'en')).toEqual([])
  })
})
