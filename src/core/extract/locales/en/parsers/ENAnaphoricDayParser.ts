import type { Context, Hit, Parser } from '../../../common/contracts'
import { anaphoricDayAt } from '../../../common/latin/dates'
import { L } from '../lexicon'

// "the next day", "a day earlier", "the day before", "later that day": a day counted from the last
// day the text gave (the date of a blast, of a press conference), not from publication.

export const ENAnaphoricDayParser: Parser = {
  name: 'ENAnaphoricDay',
  starters: { words: L.anaphoricDays.firstWords() },
  extract: (ctx: Context, i: number): Hit | null => anaphoricDayAt(ctx, i, L.anaphoricDays, L.anaphoricEventOpeners, L.timesOfDay, 'ENAnaphoricDay'),
}
