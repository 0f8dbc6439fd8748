import type { Claim, Scope, Span } from '../model'
import { foldKey } from '../text/normalize'
import { clauses } from '../text/segment'

// What part or moment a figure is about, from words in its clause: a town ("في بلدة سيجو"), one
// operation ("في العملية الأخيرة ... بمورا"), "now" ("حالياً"), or a date stated beside it.

const PLACE = /(?:^|\s)(?:في|ب)?(?:ال)?(بلده|مدينه|قريه|منطقه|ولايه|اقليم|محافظه)\s+"?([\p{L}-]+)"?/u
const OPERATION = /(?:^|\s)(?:في|ب)?(?:ال)?(عمليه|هجوم|مجزره|معركه)(?:\s+(?:الاخيره|الاخير))?/u
const NOW = /(?:^|\s)(حاليا|الان|حتي الان)(?:\s|$)/u

/** Scopes of each claim, found in its clause; time scopes come from date claims in the same clause. */
export function scopesFor(text: string, claims: Claim[]): Scope[][] {
  return claims.map((c) => {
    const clause = clauses(text, c.sentence).find((k) => k.start <= c.span.start && c.span.end <= k.end) ?? c.sentence
    const raw = text.slice(clause.start, clause.end)
    const folded = foldKey(raw)
    const out: Scope[] = []
    if (c.quantity.kind !== 'date' && c.quantity.kind !== 'daterange') {
      const place = PLACE.exec(folded)
      if (place) out.push({ kind: 'place', label: `${place[1]} ${place[2]}`, span: approx(raw, clause, place[1]) })
      const op = OPERATION.exec(folded)
      if (op) out.push({ kind: 'operation', label: opLabel(folded, op.index), span: approx(raw, clause, op[1]) })
      if (NOW.test(folded)) out.push({ kind: 'time', label: 'حالياً', span: clause, from: null, to: null })
      for (const d of claims) {
        if (d === c || (d.quantity.kind !== 'date' && d.quantity.kind !== 'daterange')) continue
        if (d.span.start >= clause.start && d.span.end <= clause.end) {
          out.push({ kind: 'time', label: d.text, span: d.span, from: (d.quantity.lo as string) ?? null, to: (d.quantity.hi as string) ?? null })
        }
      }
    }
    return out
  })
}

// The operation named up to the end of the clause, short: "العمليه الاخيره للجيش المالي بمورا".
function opLabel(folded: string, at: number): string {
  return folded.slice(at).trim().split(/\s+/).slice(0, 6).join(' ')
}

// Offsets of the folded match in the original clause: folding keeps lengths except for marks,
// so the word is searched again in the raw text, falling back to the clause.
function approx(raw: string, clause: Span, word: string): Span {
  const i = foldKey(raw).indexOf(word)
  return i >= 0 && foldKey(raw).length === raw.length ? { start: clause.start + i, end: clause.start + i + word.length } : clause
}
