import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit } from '../../../common/latin/dates'
import { L } from '../lexicon'

// A decade: "les années 1990", "années 2010", "les années 90" (the 1990s).

export const FRDecadeParser: Parser = {
  name: 'FRDecade',
  starters: { words: L.decadeLeads.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const lead = L.decadeLeads.at(tokens, i, true)
    const t = lead ? tokens[i + lead.n] : null
    if (!lead || !t || t.nl || t.t !== 'n') return null
    const v = Number(t.w)
    const decade = /^\d{4}$/.test(t.w) && v % 10 === 0 && v >= 1800 && v <= 2090 ? v : /^\d0$/.test(t.w) ? 1900 + v : null
    return decade === null ? null : dateHit({ from: i, to: i + lead.n + 1, decade }, 'FRDecade')
  },
}
