import type { Context, Hit, Parser } from '../../../common/contracts'
import { L } from '../lexicon'
import { parseNumber } from '../numbers'

// A share written as so many of every so many: "واحد من كل 7" (one in seven) → 14.29 %, "3 من كل
// 10" → 30 %, and with the counted noun itself standing for the one, "باكستانياً من كل 7" (one
// Pakistani in seven). The noun is an indefinite accusative singular (its tanween alif); what
// the share counts, after the second number, stays outside the span.

export const ARShareOfEveryParser: Parser = {
  name: 'ARShareOfEvery',
  starters: { digits: true, words: L.units.firstWords(), shape: (w) => w.length > 3 && w.endsWith('ا') && !w.startsWith('ال') },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const first = parseNumber(tokens, i)
    const one = first ? null : tokens[i]
    const to = first ? first.to : i + 1
    const part = first ? first.value : 1
    if (one && (one.t !== 'w' || one.w.endsWith('وا'))) return null
    const every = L.ofEvery.at(tokens, to, true)
    if (!every || tokens[to].nl) return null
    const whole = parseNumber(tokens, to + every.n)
    if (!whole || whole.skip > 0 || tokens[to + every.n].nl || !Number.isInteger(whole.value) || !(whole.value > part)) return null
    // A noun for the one is a share only as an accusative of the counted ("مواطناً من كل 4"), its
    // tanween written, or when the whole is that noun's plural or left unsaid ("باكستانيا من كل 7
    // باكستانيين", "أي باكستانيا من كل 7،"): "وفدا من كل 3 دول" is a delegation from each of three countries.
    const after = tokens[whole.to]
    if (one && !tanween(ctx, one) && after?.t === 'w' && !after.w.startsWith(one.w.slice(0, -1))) return null
    const v = Math.round((part / whole.value) * 10000) / 100
    return { from: i, to: whole.to, skip: first?.skip ?? 0, counted: null, parser: 'ARShareOfEvery', quantity: { kind: 'percent', lo: v, hi: v, unit: '%', per: null, precision: 'round', qualifier: null } }
  },
}

function tanween(ctx: Context, t: { s: number; e: number }): boolean {
  const { text, offsets } = ctx.original
  return text.slice(offsets[t.s], offsets[t.e] + 1).includes('\u064B')
}
