import { ar, en, fr } from 'chrono-node'
import type { Claim } from '../core/model'
import { iso } from '../core/extract/common/dates'

const PARSERS = { ar, en, fr }

/** chrono-node's date parser of a language (Arabic unless given), as claims, for measuring against ours on the same gold. */
export function chronoDateClaims(source: string, text: string, published: string, lang: keyof typeof PARSERS = 'ar'): Claim[] {
  const ref = new Date(`${published}T12:00:00Z`)
  return PARSERS[lang].parse(text, ref).map((r) => {
    const day = (d: Date) => iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
    const start = r.start
    const end = r.end ?? r.start
    // chrono fills unknown parts with the reference; a date it knows only to the month spans the month.
    const lo = new Date(Date.UTC(start.get('year')!, start.get('month')! - 1, start.isCertain('day') ? start.get('day')! : 1))
    const hiMonthEnd = new Date(Date.UTC(end.get('year')!, end.get('month')!, 0))
    const hi = end.isCertain('day') ? new Date(Date.UTC(end.get('year')!, end.get('month')! - 1, end.get('day')!)) : hiMonthEnd
    return {
      id: `${source}:${r.index}`, source, span: { start: r.index, end: r.index + r.text.length }, text: r.text,
      quantity: { kind: r.end ? 'daterange' : 'date', lo: day(lo), hi: day(hi), unit: null, per: null, precision: 'day', qualifier: null },
      counted: null, sentence: { start: 0, end: 0 }, attribution: null, scopes: [],
    }
  })
}
