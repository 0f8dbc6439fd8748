import type { Context, Hit } from '../../common/hit'
import { tokenize, glued, type Tokenized, type Token } from './tokens'
import { L, startLevel as wordLevel } from './lexicon'
import { parseDual } from './parsers/ARDualParser'
import { parseDate } from './parsers/ARDateParser'
import { parseQuantity } from './parsers/ARQuantityParser'
import { parseDurationWord } from './parsers/ARDurationWordParser'

// The Arabic pipeline. Parsers are tried in this order at each token, and the first that matches
// wins and consumes its tokens:
//   1. dates (they must see "عام 2022", "حتى 9 نوفمبر", "من 11 إلى 24 نوفمبر" before numbers do),
//   2. quantities (qualifier, number or vague amount or dual, range, unit, rate),
//   3. durations written without a number ("عامًا", "أكثر من عقد").

export interface ArabicResult { tokenized: Tokenized; hits: Hit[] }

export function extractArabicHits(text: string, ref: string | null, whole = false): ArabicResult {
  const tokenized = tokenize(text)
  const { tokens } = tokenized
  const ctx: Context = { ref, nameHeads: learnNameHeads(tokens), whole }
  const hits: Hit[] = []
  for (let i = 0; i < tokens.length; i++) {
    const level = startLevel(tokens[i])
    if (level === 0) continue
    // A word that can only be a dual noun needs only the quantity parser, and only if it is one.
    const hit = level === 1
      ? (parseDual(tokens, i) ? parseQuantity(tokens, i, ctx) : null)
      : parseDate(tokens, i, ctx) ?? parseQuantity(tokens, i, ctx) ?? parseDurationWord(tokens, i, ctx)
    if (hit && hit.to > hit.from) {
      hits.push(hit)
      i = Math.max(hit.to, hit.consumed ?? 0) - 1
    }
  }
  return { tokenized, hits }
}

// Words glued to a number ("بامكس2025", "عربي21") name something; the same word before a number
// elsewhere in the text ("معرض بامكس 2025") is that name again, not a date.
function learnNameHeads(tokens: Token[]): Set<string> {
  const heads = new Set<string>()
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]
    const p = tokens[i - 1]
    if (t.t !== 'n' || p.t !== 'w' || L.months.at(tokens, i - 1)) continue
    if (glued(p, t) && p.w.length > 1) heads.add(p.w)
    // "معرض "بامكس 2025"": a quoted name ending in a number.
    else if (tokens[i - 2]?.w === '"' && tokens[i + 1]?.w === '"') heads.add(p.w)
    // "معرض بامكس 2025", "مؤتمر ميونخ 2024": an event noun, a name, a year.
    else if (i >= 2 && EVENT_NOUNS.has(tokens[i - 2].w.replace(/^[وفبل]/, '')) && !L.stop.has(p.w) && !p.w.startsWith('ال')) heads.add(p.w)
  }
  return heads
}

const SIGNS = new Set(['$', '€', '£'])
const EVENT_NOUNS = new Set(['معرض', 'مؤتمر', 'منتدى', 'مهرجان', 'قمه', 'بطوله', 'دوره', 'مناوره', 'مناورات', 'تمرين'])

/** A cheap test before any parser runs: 0 skip, 1 a possible dual noun only, 2 any parser. */
function startLevel(t: Token): 0 | 1 | 2 {
  if (t.t === 'n') return 2
  if (t.t === 'p') return SIGNS.has(t.w) ? 2 : 0
  return wordLevel(t.w)
}
