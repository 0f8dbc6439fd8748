import type { Qualifier } from '../../../model'
import type { Context, Hit, Refiner } from '../contracts'
import type { PhraseSet } from '../phrases'
import { prefixSkip } from '../prefixes'
import { qualify } from '../qualify'
import { NUMERIC_KINDS } from '../../../quantity/parts'

/** A locale's qualifier phrases: next to the figure before it, after it, and verbs a few words away. */
export interface QualifierWords {
  before: PhraseSet<Qualifier>
  after: PhraseSet<Qualifier>
  /** Verbs that bound a figure across its subject ("تجاوزت قيمتها 80 مليون"): the span stays the figure's. */
  distant?: PhraseSet<Qualifier>
  /**
   * Words that open a verb's subject when it names what is measured ("عدد", "حصيلة"): a verb may then
   * stand a longer noun phrase away ("يتجاوز عدد ضحايا الموجتين ثلاثين").
   */
  subjectHeads?: PhraseSet<true>
  /**
   * Verbs that bound a figure only through a word right before it, with the words themselves: a
   * preposition ("يزيد عدد المفقودين على 10 آلاف") or a threshold ("تجاوز عدد القتلى عتبة ألف").
   */
  linked?: { verbs: PhraseSet<Qualifier>; links: PhraseSet<true> }
  /**
   * A preposition that bounds a figure only after a verb of movement ("climbed past 46 degrees"),
   * never after a determiner ("the past two days"): the phrases and the verbs.
   */
  afterMotion?: { words: PhraseSet<Qualifier>; verbs: PhraseSet<true> }
  /** Qualifiers after the counted noun, when they differ from `after`: they apply, but the span stays the figure's ("un millier de soldats environ"). */
  afterCounted?: PhraseSet<Qualifier>
  /** Qualifier verbs written as the result of a change, which then state the level reached ("ارتفع … ليصل إلى 6 آلاف": reached, not at most). */
  results?: PhraseSet<true>
  /** Words right before a qualifier that make it part of a verb of movement ("went up to 11": the new figure, not a bound). */
  notAfter?: PhraseSet<true>
  /** Idioms that hold a qualifier's words but bound nothing ("en plus des dix soldats": besides the ten). */
  idioms?: PhraseSet<true>
  /** A coordinated preposition that repeats the bound's for a second figure ("dans la limite de 25 litres par voiture et de 5 par moto"). */
  coordinated?: PhraseSet<true>
}

// How many tokens may stand between a bounded figure and the coordination that repeats its bound.
const MAX_COORDINATED_GAP = 5
const BOUNDS = new Set<Qualifier>(['about', 'more-than', 'less-than', 'at-least', 'at-most'])

// How many plain words may stand between a distant verb and the figure; more when they are the
// verb's subject naming what is measured (Arabic puts the verb first: verb, subject, figure).
const MAX_GAP = 2
const MAX_SUBJECT_GAP = 5

/**
 * Attaches open bounds and approximations to the figures they stand by: the phrase joins the span
 * and the interval opens or widens ("أكثر من 5300" → [5300, ∞)). Dates take only an "at least"
 * after them ("حتى عام 2030 على الأقل").
 */
export function attachQualifiers(words: QualifierWords): Refiner {
  return {
    name: 'AttachQualifiers',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      const refined: Hit[] = []
      return hits.map((h, k) => {
        const prevEnd = k > 0 ? hits[k - 1].to : 0
        const numeric = NUMERIC_KINDS.has(h.quantity.kind)
        let out = h
        if (numeric && !h.quantity.qualifier?.match(/^(more-than|less-than|at-least|at-most)$/)) {
          const first = tokens[h.from]
          const b = h.skip === 0 && h.from > prevEnd && !first.nl ? words.before.endingAt(tokens, h.from - 1) : null
          const result = !!b && words.results?.at(tokens, h.from - b.n)?.n === b.n
          const idiom = !!b && (words.idioms?.endingAt(tokens, h.from - 1)?.n ?? 0) > b.n
          if (b && !result && !idiom && h.from - b.n >= prevEnd && !(words.notAfter && h.from - b.n > 0 && words.notAfter.endingAt(tokens, h.from - b.n - 1))) {
            const from = h.from - b.n
            out = { ...out, from, skip: prefixSkip(tokens[from].w, b.pre), quantity: qualify(out.quantity, b.value) }
          } else {
            const d = (words.distant && distantVerb(ctx, words.distant, words.subjectHeads, h.from, prevEnd)) || (words.linked && linkedVerb(ctx, words.linked, words.subjectHeads, h.from, prevEnd)) || (words.afterMotion && afterMotion(ctx, words.afterMotion, h.from, prevEnd))
            if (d && typeof d === 'object') out = { ...out, from: d.from, skip: 0, quantity: qualify(out.quantity, d.value) }
            else if (d) out = { ...out, quantity: qualify(out.quantity, d) }
          }
        }
        const t = tokens[out.to]
        const nextFrom = hits[k + 1]?.from ?? tokens.length
        if (t && !t.nl && (!out.quantity.qualifier || out.quantity.qualifier === 'range')) {
          const a = words.after.at(tokens, out.to, true)
          // A phrase that ends right where the next figure starts and qualifies it is that figure's ("By Monday at least 26,000").
          const ahead = a && out.to + a.n === nextFrom && words.before.endingAt(tokens, nextFrom - 1)
          if (a && !ahead && out.to + a.n <= nextFrom && (numeric ? out.quantity.qualifier !== 'range' : a.value === 'at-least')) {
            out = { ...out, to: out.to + a.n, quantity: qualify(out.quantity, a.value) }
          } else if (numeric && !out.quantity.qualifier && out.counted && out.counted[1] < nextFrom && !tokens[out.counted[1]]?.nl) {
            // After the counted noun the qualifier still applies, outside the span: "296 قتيلا على الأقل".
            // A locale may list its own ("un millier de soldats environ"); otherwise "about" there is too loose to take.
            const c = (words.afterCounted ?? words.after).at(tokens, out.counted[1], true)
            if (c && (words.afterCounted || c.value !== 'about') && out.counted[1] + c.n <= nextFrom) out = { ...out, quantity: qualify(out.quantity, c.value) }
          }
        }
        // A conversion in brackets shares its figure's qualifier: "تقارب 50 ميلاً (80 كيلومتراً)",
        // "about 50 miles (80 km)".
        const prev = k > 0 ? hits[k - 1] : null
        if (prev && numeric && !out.quantity.qualifier && tokens[out.from - 1]?.w === '(' && prev.to === out.from - 1 && prev.quantity.kind === out.quantity.kind) {
          const q = refined[k - 1]?.quantity.qualifier
          if (q === 'about' || q === 'more-than' || q === 'less-than' || q === 'at-least' || q === 'at-most') out = { ...out, quantity: qualify(out.quantity, q) }
        }
        if (words.coordinated && numeric && !out.quantity.qualifier && prev) {
          const q = coordinatedBound(ctx, words.coordinated, refined[k - 1], out)
          if (q) out = { ...out, quantity: qualify(out.quantity, q) }
        }
        refined.push(out)
        return out
      })
    },
  }
}

// "dans la limite de 25 litres par véhicule et de 5 litres par moto": "et de" repeats the bound's
// preposition, so the bound governs the second figure too (same kind and unit, same clause).
function coordinatedBound(ctx: Context, coordinated: PhraseSet<true>, prev: Hit, h: Hit): Qualifier | null {
  const { tokens } = ctx
  const q = prev.quantity.qualifier
  if (!q || !BOUNDS.has(q) || prev.quantity.kind !== h.quantity.kind || prev.quantity.unit !== h.quantity.unit || tokens[h.from].nl) return null
  const c = coordinated.endingAt(tokens, h.from - 1)
  if (!c) return null
  const start = h.from - c.n
  if (start < prev.to || start - prev.to > MAX_COORDINATED_GAP) return null
  for (let k = prev.to; k < start; k++) if (tokens[k].nl || (tokens[k].t === 'p' && tokens[k].w !== ',')) return null
  return q
}

// Opening quotation marks between a verb and the figure it bounds: 'dépassera « 10,6 milliards d'euros »'.
const QUOTES = new Set(['«', '"', '\u201c', '\u201e', "'", '\u2018'])

function distantVerb(ctx: Context, verbs: PhraseSet<Qualifier>, heads: PhraseSet<true> | undefined, at: number, prevEnd: number): Qualifier | null {
  const { tokens } = ctx
  let from = at
  while (from - 1 > prevEnd && QUOTES.has(tokens[from - 1].w) && !tokens[from].nl) from--
  if (from < at) {
    const v = verbs.endingAt(tokens, from - 1)
    if (v && from - v.n >= prevEnd && !tokens[from - 1].nl) return v.value
  }
  return verbBefore(ctx, verbs, heads, from, prevEnd)
}

// A verb ending `gap` plain words before token `from` (the words between are its subject).
function verbBefore(ctx: Context, verbs: PhraseSet<Qualifier>, heads: PhraseSet<true> | undefined, from: number, prevEnd: number): Qualifier | null {
  const { tokens } = ctx
  if (tokens[from]?.nl) return null
  for (let gap = 1; gap <= MAX_SUBJECT_GAP; gap++) {
    const end = from - 1 - gap
    if (end < prevEnd) return null
    if (tokens[end + 1].t !== 'w' || tokens[end + 1].nl) return null
    const v = verbs.endingAt(tokens, end)
    if (v && end - v.n + 1 >= prevEnd && (gap <= MAX_GAP || !!heads?.at(tokens, end + 1))) return v.value
  }
  return null
}

// "يزيد عدد المفقودين على 10 آلاف", "تجاوز عدد القتلى عتبة ألف": a link word right before the
// figure, and before it (across the subject, or at once) a verb that bounds through it.
function linkedVerb(ctx: Context, linked: NonNullable<QualifierWords['linked']>, heads: PhraseSet<true> | undefined, at: number, prevEnd: number): Qualifier | null {
  const { tokens } = ctx
  const l = linked.links.endingAt(tokens, at - 1)
  if (!l || at - l.n <= prevEnd || tokens[at].nl) return null
  const from = at - l.n
  const v = linked.verbs.endingAt(tokens, from - 1)
  if (v && from - v.n >= prevEnd) return v.value
  return verbBefore(ctx, linked.verbs, heads, from, prevEnd)
}

// "climbed past 46 degrees": the preposition joins the span, the verb does not.
function afterMotion(ctx: Context, m: NonNullable<QualifierWords['afterMotion']>, at: number, prevEnd: number): { from: number; value: Qualifier } | null {
  const { tokens } = ctx
  const w = m.words.endingAt(tokens, at - 1)
  if (!w || tokens[at].nl) return null
  const from = at - w.n
  if (from - 1 < prevEnd || !m.verbs.endingAt(tokens, from - 1)) return null
  return { from, value: w.value }
}
