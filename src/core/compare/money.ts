import type { Claim } from '../model'
import rates from '../../../data/rates.json'

// Amounts in different currencies, compared at the rate of their month: monthly averages of the
// ECB's euro reference rates and the fixed parities of pegged currencies (data/rates.json, with
// its source). A currency or a month the table does not hold cannot be converted: the comparison
// then needs a reviewer instead of pretending to agree.

interface RateTable {
  base: string
  monthly: Record<string, Record<string, number>>
  pegs: Record<string, { per: string; rate: number }>
}

const TABLE = rates as unknown as RateTable

/** Units of `currency` per 1 EUR in that month (YYYY-MM), or null. */
function perEuro(currency: string, month: string): number | null {
  if (currency === TABLE.base) return 1
  const m = TABLE.monthly[currency]
  if (m) return m[month] ?? nearest(m, month)
  const peg = TABLE.pegs[currency]
  if (!peg) return null
  const base = perEuro(peg.per, month)
  return base === null ? null : peg.rate * base
}

// A month just past the table's end (the latest data) takes its last month; older gaps do not.
function nearest(m: Record<string, number>, month: string): number | null {
  const months = Object.keys(m).sort()
  const last = months[months.length - 1]
  return last && month > last && monthsBetween(last, month) <= 2 ? m[last] : null
}

const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7))

/** How much `amount` of `from` is in `to`, at the rate of `month`; null when the table cannot say. */
export function convert(amount: number, from: string, to: string, month: string): number | null {
  if (from === to) return amount
  const a = perEuro(from, month)
  const b = perEuro(to, month)
  return a === null || b === null ? null : (amount / a) * b
}

/**
 * Amounts an article restates in a currency that cannot be converted, without the words the
 * extraction marks as a conversion: an amount later in the same sentence of the same report than
 * an amount in another currency, when the table cannot convert between the two ("an envelope of 10
 * million euros, about 440 million hryvnias"; "more than 800 million hryvnias, nearly 18 million
 * euros"). It is the first amount said again, in the reader's currency, not a second figure: left
 * out of the decision as a marked conversion is. (Two currencies the table converts are compared
 * as they are: a restatement that fits agrees, one that does not is a conflict to show.)
 */
export function restatedAmounts(cs: readonly Claim[], month: (c: Claim) => string | null): Set<string> {
  const out = new Set<string>()
  const amounts = cs.filter((c) => c.quantity.kind === 'money' && !!c.quantity.unit && c.role !== 'conversion')
  for (const c of amounts) {
    const at = month(c)
    const first = amounts.find((x) => x.source === c.source && x.sentence.start === c.sentence.start && x.span.start < c.span.start && x.quantity.unit !== c.quantity.unit && !out.has(x.id))
    if (first && (!at || convert(1, c.quantity.unit!, first.quantity.unit!, at) === null)) out.add(c.id)
  }
  return out
}
