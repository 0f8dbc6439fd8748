import type { Context, Hit, Refiner } from '../contracts'
import type { PhraseSet } from '../phrases'
import { prefixSkip } from '../prefixes'
import { round6 } from '../qualify'
import { SMALLER } from './CompoundDurationRefiner'
import type { Token } from '../tokens'
import { NUMERIC_KINDS } from '../../../quantity/parts'

/** How a range opens: "between … and …" or "from … to …". */
export type RangeOpener = 'between' | 'from'

/** A locale's range words. */
export interface RangeWords {
  /** Words that open a range, before its first end ("ما بين", "from", "du"). */
  openers: PhraseSet<RangeOpener>
  /** Words that join the two ends, for each opener; `bare` joins ends with no opener ("3-7", "three to four"). */
  joins: Record<RangeOpener | 'bare', PhraseSet<true>>
  /** A join letter glued to the second end ("و7 مارس", "لعشرين"), for each opener. */
  gluedJoin?: Partial<Record<RangeOpener, string>>
  /** Verbs of change: after them "from 2,000 to 3,000" is an old and a new figure, not a range. */
  changeVerbs?: PhraseSet<true>
  /** Words that list two days of one month ("les 29 et 30 octobre", "on 29 and 30 October"): joined as a date range only. */
  pairJoins?: PhraseSet<true>
  /** Phrases that own the opener word ("font état de 400 à 750"): the range then starts at its first end. */
  notOpeners?: PhraseSet<true>
  /** "or"/"ou" between two amounts given as alternatives ("two or three days", "quelques dizaines ou quelques centaines"): one range of numbers, never of dates. */
  alternatives?: PhraseSet<true>
}

// How many words may stand between a verb of change and "from" ("تدرّجت الأرقام خلال النهار من …").
const CHANGE_GAP = 4


/**
 * Joins two figures into one range: numbers ("بين 200 و300", "18,000-20,000", "between 3 and 5
 * million dollars", where the second end lends its scale and unit), and dates ("من 3 إلى 7 مارس",
 * "du 11 au 14 septembre", "بين مارس 2019 وأكتوبر 2021", where the second end lends its month and year).
 */
export function mergeRanges(words: RangeWords): Refiner {
  return {
    name: 'MergeRanges',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const out: Hit[] = []
      for (let k = 0; k < hits.length; k++) {
        const a = hits[k]
        const b = hits[k + 1]
        const merged = b ? tryMerge(ctx, words, a, b, out.length ? out[out.length - 1].to : 0) : null
        if (merged) { out.push(merged); k++ } else out.push(a)
      }
      return out
    },
  }
}

function tryMerge(ctx: Context, words: RangeWords, a: Hit, b: Hit, prevEnd: number): Hit | null {
  const { tokens } = ctx
  if (a.drop || b.drop || tokens[b.from].nl || a.skip > 0 && !isConj(tokens[a.from], a.skip)) return null
  const open = a.from > prevEnd && !words.notOpeners?.endingAt(tokens, a.from - 1) ? words.openers.endingAt(tokens, a.from - 1) : null
  const opener: RangeOpener | 'bare' = open && a.from - open.n >= prevEnd && !tokens[a.from].nl ? open.value : 'bare'
  if (opener === 'bare' && b.skip === 0 && words.alternatives?.at(tokens, a.to, true)?.n === b.from - a.to) {
    const alt = numericRange(a, b) ?? vagueRange(a, b)
    return alt ? { ...b, ...alt, from: a.from, skip: a.skip, weak: false, parser: `${a.parser}+${b.parser}` } : null
  }
  if (!joined(tokens, words, opener, a, b)) {
    if (opener === 'bare') return dayPair(tokens, words, a, b)
    // "la guerre de 1980-1988": the word before is no opener of this range, whose own dash joins
    // its ends; the range starts at its first end.
    return joined(tokens, words, 'bare', a, b) ? merge(ctx, words, 'bare', null, a, b, prevEnd) : null
  }
  return merge(ctx, words, opener, open, a, b, prevEnd)
}

function merge(ctx: Context, words: RangeWords, opener: RangeOpener | 'bare', open: { n: number; pre: number } | null, a: Hit, b: Hit, prevEnd: number): Hit | null {
  const { tokens } = ctx
  const from = opener === 'bare' ? a.from : a.from - open!.n
  const skip = opener === 'bare' ? a.skip : prefixSkip(tokens[from].w, open!.pre)
  const numeric = numericRange(a, b)
  if (numeric && opener === 'from' && words.changeVerbs && afterChangeVerb(tokens, words.changeVerbs, from, prevEnd)) return null
  // "rose by 12 to 130": the change and the new count, not a range.
  if (numeric && opener === 'bare' && tokens[a.from - 1]?.w === 'by' && words.changeVerbs && afterChangeVerb(tokens, words.changeVerbs, a.from - 1, prevEnd)) return null
  const range = numeric ?? dateRange(a, b)
  if (!range) return null
  return { ...b, ...range, from, skip, weak: false, parser: `${a.parser}+${b.parser}` }
}

// Two days of one month named together ("29 et 30 octobre", "November 3 and 4"): a range from the
// first to the second, never two counts.
function dayPair(tokens: Token[], words: RangeWords, a: Hit, b: Hit): Hit | null {
  if (!words.pairJoins || b.skip > 0) return null
  const first = a.num?.dayLike ? a.num.value : a.point && !a.point.dayOnly && a.point.m !== undefined ? a.point.d : undefined
  // A bare second day counts nothing ("November 3 and 4", not "5 November and 6 people").
  const second = b.point && b.point.m !== undefined ? b.point.d : b.num?.dayLike && a.point && !b.counted && b.quantity.unit === null ? b.num.value : undefined
  if (first === undefined || second === undefined || !(first < second)) return null
  // Two full dates of two months are two dates ("3 octobre et 5 novembre").
  if (a.point?.m !== undefined && b.point?.m !== undefined && a.point.m !== b.point.m) return null
  const j = words.pairJoins.at(tokens, a.to, true)
  if (!j || j.n !== b.from - a.to) return null
  const range = dateRange(a, b)
  return range ? { ...b, ...range, from: a.from, skip: a.skip, weak: false, parser: `${a.parser}+${b.parser}` } : null
}

function afterChangeVerb(tokens: Token[], verbs: PhraseSet<true>, from: number, prevEnd: number): boolean {
  for (let k = from - 1; k >= Math.max(prevEnd, from - 1 - CHANGE_GAP); k--) {
    if (tokens[k].t !== 'w' || tokens[k + 1].nl) return false
    if (verbs.endingAt(tokens, k)) return true
  }
  return false
}

// "و" prefixed to the first end is a conjunction before the whole range ("وبين"), not a problem.
const isConj = (t: Token, skip: number) => skip === 1 && (t.w[0] === 'و' || t.w[0] === 'ف')

function joined(tokens: Token[], words: RangeWords, opener: RangeOpener | 'bare', a: Hit, b: Hit): boolean {
  const gap = b.from - a.to
  if (gap === 0) {
    const glue = opener === 'bare' ? undefined : words.gluedJoin?.[opener]
    return !!glue && b.skip > 0 && tokens[b.from].w.startsWith(glue)
  }
  if (b.skip > 0) return false
  const j = words.joins[opener].at(tokens, a.to, true)
  if (!j || j.n !== gap) return false
  // A bare dash joins only what it touches on at least one side ("70-80%", "2017 - 2019" is not a range of counts).
  return !(opener === 'bare' && tokens[a.to].w === '-' && tokens[a.to - 1].e < tokens[a.to].s && tokens[a.to].e < tokens[b.from].s)
}

function numericRange(a: Hit, b: Hit): Partial<Hit> | null {
  const qa = a.quantity
  const qb = b.quantity
  if (!a.num || !b.num || !NUMERIC_KINDS.has(qb.kind) || (qa.kind !== 'count' && qa.kind !== qb.kind && !(qb.kind === 'count' && qb.unit === null))) return null
  if (qa.qualifier || qb.qualifier || typeof qb.lo !== 'number' || typeof qb.hi !== 'number') return null
  // Two lengths of time in two units join in the second's when one holds a whole number of the
  // other: "a week to 10 days" is 7–10 days, "de 18 mois à deux ans" 18–24 months.
  if (qa.kind === 'duration' && qb.kind === 'duration' && qa.unit && qb.unit && qa.unit !== qb.unit) {
    const down = SMALLER[qa.unit]?.[0] === qb.unit ? SMALLER[qa.unit][1] : undefined
    const up = SMALLER[qb.unit]?.[0] === qa.unit ? SMALLER[qb.unit][1] : undefined
    if (down !== undefined || up !== undefined) {
      const [lo, hi] = down !== undefined ? [(qa.lo as number) * down, qb.hi] : [qa.lo as number, qb.hi * up!]
      if (!(lo < hi)) return null
      return { quantity: { ...qb, unit: down !== undefined ? qb.unit : qa.unit, lo: round6(lo), hi: round6(hi), qualifier: 'range' }, num: undefined }
    }
  }
  // An end with no unit takes the other's: "شهرين أو ثلاثة" (two or three months).
  if (qa.unit !== null && qb.unit !== null && qa.unit !== qb.unit) return null
  // A bare first end takes the second's scale and unit: "بين 3 و5 ملايين دولار" is 3–5 million
  // dollars, "ثلاثة إلى أربعة عقود" 30–40 years.
  const bare = qa.unit === null && qb.unit !== null
  // ("two to three hundred", "quatre ou cinq cents": a unit word before hundreds in words lends
  // them too, as a scale would.)
  const hundreds = a.num.words && b.num.words && a.num.scale === 1 && b.num.scale === 1 && Number.isInteger(a.num.value) && a.num.value < 10 && b.num.value >= 200 && b.num.value < 1000 && b.num.value % 100 === 0 && a.num.value < b.num.value / 100
  const lendScale = a.num.scale === 1 && b.num.scale > 1 || hundreds
  const scale = hundreds ? 100 : b.num.scale
  const written = b.num.value * b.num.scale
  const unitFactor = written ? qb.lo / written : 1
  const lo = bare || lendScale ? round6(a.num.value * (lendScale ? scale : a.num.scale) * unitFactor) : (qa.lo as number)
  const hi = qb.hi
  if (lo === null || !(lo < hi)) return null
  const unit = qb.unit ?? qa.unit
  const kind = qb.unit === null && qa.unit !== null ? qa.kind : qb.kind
  return { quantity: { ...qb, kind, unit, lo, hi, qualifier: 'range', precision: a.num.words && b.num.words ? 'round' : qb.precision }, num: undefined }
}

// Two vague amounts of one unit as alternatives ("dozens or hundreds", "quelques dizaines ou quelques
// centaines"): from the first's low end to the second's high end.
function vagueRange(a: Hit, b: Hit): Partial<Hit> | null {
  const qa = a.quantity
  const qb = b.quantity
  if (qa.qualifier !== 'vague' || qb.qualifier !== 'vague' || qa.kind !== qb.kind || qa.unit !== qb.unit) return null
  if (typeof qa.lo !== 'number' || typeof qb.hi !== 'number' || !(qa.lo < qb.hi)) return null
  return { quantity: { ...qb, lo: qa.lo, hi: qb.hi, qualifier: 'range', precision: 'vague' }, num: undefined }
}

function dateRange(a: Hit, b: Hit): Partial<Hit> | null {
  // A bare day after a full date ends it in the same month: "between September 10 and 12".
  const end = b.point ?? (b.num?.dayLike && a.point?.d !== undefined && a.point.m !== undefined && !a.point.dayOnly ? { d: b.num.value, m: a.point.m, y: a.point.y } : null)
  if (!end) return null
  // A bare first day takes the second's month, named or relative ("من 15 إلى 18 الشهر الجاري").
  const monthly = end.m !== undefined || end.relative?.unit === 'month'
  const start = a.point ?? (a.num?.dayLike && end.d !== undefined && monthly ? { d: a.num.value, dayOnly: true, relative: end.m === undefined ? end.relative : undefined } : null)
  if (!start || !compatible(start, end)) return null
  return { point: start, end, num: undefined, counted: null, quantity: { ...(b.point ? b.quantity : a.quantity), kind: 'daterange', qualifier: 'range' } }
}

function compatible(a: NonNullable<Hit['point']>, b: NonNullable<Hit['point']>): boolean {
  if (a.dayOnly && a.relative) return b.d !== undefined && b.relative?.unit === 'month'
  if (a.relative || b.relative) return false
  // Two weekdays: "de dimanche à lundi" (the night from Sunday to Monday), "de dimanche à lundi 6 février".
  if (a.weekday !== undefined && a.d === undefined) return b.weekday !== undefined
  if (a.dayOnly) return b.d !== undefined && b.m !== undefined
  // A year alone pairs with a year or a decade ("2017-2019", "بين عامي 2017 و2019").
  if (a.y !== undefined && a.m === undefined) return b.y !== undefined && b.m === undefined || b.decade !== undefined
  return b.y !== undefined || b.m !== undefined || b.d !== undefined
}
