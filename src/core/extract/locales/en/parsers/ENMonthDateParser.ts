import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, futureBefore } from '../../../common/latin/dates'
import { monthFirstAt } from '../dates'
import { L, LEX } from '../lexicon'

// A date written month first: "March 12, 2019", "Sept. 14, 2023", "July 26", "September 10-11",
// "March 2019", "last March", "March last year"; a lone month ("in August") when a date word
// stands before it, since "may" and "march" are also everyday words.

export const ENMonthDateParser: Parser = {
  name: 'ENMonthDate',
  starters: { words: [...L.months.firstWords(), ...L.past, ...L.next, 'this'] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const lead = tokens[i].w
    const rel = L.past.has(lead) ? 'past' : L.next.has(lead) ? 'next' : lead === 'this' ? 'this' : null
    const j = rel ? i + 1 : i
    if (rel && (!tokens[j] || tokens[j].nl)) return null
    const prev = tokens[i - 1]
    const led = !!rel || (!!prev && !tokens[i].nl && L.monthLeads.has(prev.w))
    const p = monthFirstAt(ctx, j, led ? 'any' : 'strong')
    if (!p) return null
    // "last March": the last March before the publication day; "next March" the first after it.
    if (rel && p.d !== undefined) return null
    if (rel === 'past') p.past = true
    if (rel === 'next') p.next = true
    if (rel === 'this' && p.y === undefined && !p.relative) p.relative = { unit: 'year', offset: 0 }
    // "The council will meet on December 3": a yearless date the sentence sets in the future is the next one.
    if (!rel && p.y === undefined && !p.relative && !p.past && futureBefore(ctx, i, LEX)) p.next = true
    const { end, ...point } = p
    return dateHit({ ...point, from: i }, 'ENMonthDate', end)
  },
}
