import type { Context, Hit, Parser } from '../../../common/contracts'
import { anaphoricDayAt } from '../../../common/latin/dates'
import { L } from '../lexicon'

// « la veille », « le lendemain (matin) », « le jour même » : un jour compté depuis le dernier jour
// que le texte a donné (l'explosion, la conférence de presse), non depuis la parution.

export const FRAnaphoricDayParser: Parser = {
  name: 'FRAnaphoricDay',
  starters: { words: L.anaphoricDays.firstWords() },
  extract: (ctx: Context, i: number): Hit | null => anaphoricDayAt(ctx, i, L.anaphoricDays, L.anaphoricEventOpeners, L.timesOfDay, 'FRAnaphoricDay'),
}
