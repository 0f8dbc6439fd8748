import type { Claim, Scope, Span } from '../model'
import { compact, type Compact } from '../text/normalize'
import { clauses } from '../text/segment'

// What part or moment a figure is about, from words in its clause: a town ("في بلدة سيجو"), one
// operation ("في العملية الأخيرة ... بمورا"), "now" ("حالياً"), or a date stated beside it.

const PLACE = /(?:^|\s)(?:في|ب)?(?:ال)?(بلده|مدينه|قريه|منطقه|ولايه|اقليم|محافظه)\s+"?([\p{L}-]+)"?/u
/** The nouns of one operation (folded): "العملية", "الهجوم", "مجزرة", "معركة". */
export const OPERATION_NOUNS = ['عمليه', 'هجوم', 'مجزره', 'معركه']
// (Whole words only: "هجوميتين", assault rifles, names no operation.)
const OPERATION = new RegExp(`(?:^|\\s)(?:في|ب)?(?:ال)?(${OPERATION_NOUNS.join('|')})(?![\\p{L}])(?:\\s+(?:الاخيره|الاخير))?`, 'u')
const NOW = /(?:^|\s)(حاليا|الان|حتي الان)(?:\s|$)/u

/**
 * Scopes of each claim, found in its clause; time scopes come from date claims in the same clause.
 * `compacted` is compact(text) when the caller has it: a clause's compact view is then a slice of it.
 */
export function scopesFor(text: string, claims: Claim[], compacted: Compact = compact(text)): Scope[][] {
  const index = new Map(claims.map((c, i) => [c, i]))
  // Claims come in text order, many to a sentence and clause: each is split and read once.
  let sentence: Span | null = null
  let parts: Span[] = []
  let read: ClauseScopes | null = null
  return claims.map((c) => {
    if (!sentence || sentence.start !== c.sentence.start || sentence.end !== c.sentence.end) { sentence = c.sentence; parts = clauses(text, sentence) }
    const clause = parts.find((k) => k.start <= c.span.start && c.span.end <= k.end) ?? c.sentence
    const out: Scope[] = []
    if (c.quantity.kind !== 'date' && c.quantity.kind !== 'daterange') {
      if (!read || read.clause.start !== clause.start || read.clause.end !== clause.end) read = readClause(compacted, clause)
      const label = (sp: Span) => text.slice(sp.start, sp.end).replace(/["“”]/g, '').trim()
      if (read.place) out.push({ kind: 'place', label: label(read.place), span: { ...read.place } })
      if (read.operation) out.push({ kind: 'operation', label: label(read.operation), span: { ...read.operation } })
      if (read.now) out.push({ kind: 'time', label: 'حالياً', span: clause, from: null, to: null })
      // Claims are in text order: look only at the neighbours inside this clause.
      const i = index.get(c)!
      for (const j of neighbours(claims, i, clause)) {
        const d = claims[j]
        if (d.quantity.kind !== 'date' && d.quantity.kind !== 'daterange') continue
        out.push({ kind: 'time', label: d.text, span: d.span, from: (d.quantity.lo as string) ?? null, to: (d.quantity.hi as string) ?? null })
      }
    }
    return out
  })
}

/** Where a clause names a place and an operation, and whether it says "now". */
interface ClauseScopes { clause: Span; place: Span | null; operation: Span | null; now: boolean }

function readClause(c: Compact, clause: Span): ClauseScopes {
  // compact() maps unit by unit, so the clause's compact view is the whole text's, between the first
  // units kept at or after its start and its end.
  const from = firstKeptAt(c, clause.start)
  const folded = c.text.slice(from, firstKeptAt(c, clause.end))
  // Spans come from the original words, not their folded forms; the clause's end stands after its last unit.
  const at = (k: number) => (k < folded.length ? c.offsets[from + k] : clause.end)
  const orig = (start: number, end: number): Span => ({ start: at(start), end: end > start ? at(end) : at(start) })
  const place = PLACE.exec(folded)
  const op = OPERATION.exec(folded)
  return {
    clause,
    place: place ? orig(place.index + place[0].indexOf(place[1]), place.index + place[0].length) : null,
    operation: op ? orig(op.index + op[0].indexOf(op[1]), opEnd(folded, op.index + op[0].indexOf(op[1]))) : null,
    now: NOW.test(folded),
  }
}

/** The first unit of the compact text kept from the original at or after an offset. */
function firstKeptAt(c: Compact, offset: number): number {
  let lo = 0
  let hi = c.text.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (c.offsets[mid] < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

// The operation named, up to six words from its head.
function opEnd(folded: string, at: number): number {
  const re = /\S+/gu
  re.lastIndex = at
  let end = at
  for (let n = 0; n < 6; n++) { const m = re.exec(folded); if (!m) break; end = m.index + m[0].length }
  return end
}

function neighbours(claims: Claim[], i: number, clause: Span): number[] {
  const out: number[] = []
  for (let j = i - 1; j >= 0 && claims[j].span.start >= clause.start; j--) out.push(j)
  out.reverse()
  for (let j = i + 1; j < claims.length && claims[j].span.end <= clause.end; j++) out.push(j)
  return out
}
