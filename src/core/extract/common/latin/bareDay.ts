import type { Context, Hit } from '../contracts'
import { parseIso } from '../dates'
import { dateHit, dayAt, futureBefore } from './dates'
import type { LatinLexicon } from './lexicon'

// A day of the month named by its number alone, with no month: "on the 28th", "a déclaré le 28
// que". Reporters write it for a day of the month they publish in (or the month before, when the
// number is still ahead of the publication day). Read only where nothing counted can follow: the
// number ends the phrase (a mark, a line's end, or a word that counts nothing: "that", "had",
// "que"), so "the 28th floor" and "le 28 avril" (the day-month parser's) stay out.

/** How a locale writes such a day. */
export interface BareDayWords {
  /** The article before the number ("the", "le"). */
  articles: Set<string>
  /** Whether the article belongs to the span ("the 28th" does; "le 28" is "28", like "le 4 août"). */
  articleInSpan: boolean
  /** Words one of which must stand before the article ("on the 28th"); null when the article is enough. */
  leads: Set<string> | null
  /** Ordinal suffixes the day may carry; `required` when the day is never written without one. */
  suffixes: Set<string>
  suffixRequired: boolean
  /** Words after the day that make it one end of a pair ("le 27 au 28", "the 26th to the 28th"), or its month's lead ("of"): left to other readers. */
  notAfter: Set<string>
}

/** The day at digits i, or null. */
export function bareDayAt(ctx: Context, lex: LatinLexicon, words: BareDayWords, i: number, parser: string): Hit | null {
  const { tokens } = ctx
  const t = tokens[i]
  const art = tokens[i - 1]
  if (!t || t.nl || !art || art.t !== 'w' || !words.articles.has(art.w)) return null
  if (words.leads && !words.leads.has(tokens[i - 2]?.w ?? '')) return null
  const day = dayAt(tokens, i, lex)
  if (!day) return null
  const suffixed = day.to === i + 2
  if (suffixed ? !words.suffixes.has(tokens[i + 1].w) : words.suffixRequired) return null
  const next = tokens[day.to]
  if (next && !next.nl && (next.t === 'n' || words.notAfter.has(next.w) || (next.t === 'w' && !lex.stop.has(next.w)) || (next.t === 'p' && '%-/:'.includes(next.w)))) return null
  const offset = ctx.ref ? monthOffset(ctx.ref, day.d, futureBefore(ctx, i - 1, lex)) : 0
  return dateHit({ from: words.articleInSpan ? i - 1 : i, to: day.to, d: day.d, relative: { unit: 'month', offset } }, parser)
}

// The month of the day: the publication's when the day has come (or, in a clause set ahead, is
// still to come), else the month before (or after).
function monthOffset(ref: string, d: number, ahead: boolean): number {
  const today = parseIso(ref).d
  if (ahead) return d >= today ? 0 : 1
  return d <= today ? 0 : -1
}
