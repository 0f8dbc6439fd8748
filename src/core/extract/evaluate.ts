import type { Claim, QuantityKind } from '../model'
import { foldKey } from '../text/normalize'

// Scoring extracted figures against a gold standard written by a reader who never saw the
// extractor. Two matchings: exact (the claim's span is the gold text, to the character) and
// overlap (the spans share a character). A claim matches only a gold figure of its own kind.

/** One gold figure: its exact text and which occurrence of it in the source, with the expected value. */
export interface GoldFigure {
  source: string
  text: string
  occurrence: number
  kind: QuantityKind
  lo: number | string | null
  hi: number | string | null
  unit: string | null
  qualifier: string | null
  /** The speaker's noun phrase as the text gives it, null for the outlet's own statement; absent when not annotated. */
  attribution?: string | null
  /** May be read or skipped (page furniture such as a byline's date): counts neither way. */
  optional?: boolean
  note?: string
}

export type Matching = 'exact' | 'overlap'

export interface KindScore { kind: string; gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number }

/** Share of matched figures that are right, with the counts behind it. */
export interface Accuracy { right: number; of: number; rate: number }

export interface EvalReport {
  matching: Matching
  perKind: KindScore[]
  overall: KindScore
  /** lo, hi and unit right. */
  value: Accuracy
  /** The qualifier right (none is a value too). */
  qualifier: Accuracy
  /** The speaker right, over gold figures that carry an attribution field. */
  attribution: Accuracy
  misses: GoldFigure[]
  spurious: Claim[]
  wrongValues: { gold: GoldFigure; claim: Claim }[]
  wrongQualifiers: { gold: GoldFigure; claim: Claim }[]
  wrongAttributions: { gold: GoldFigure; claim: Claim }[]
}

interface Span { start: number; end: number }

/** Where the n-th occurrence of a gold text stands in the source, or null. */
export function locate(text: string, g: Pick<GoldFigure, 'text' | 'occurrence'>): Span | null {
  let at = -1
  for (let k = 0; k < g.occurrence; k++) {
    at = text.indexOf(g.text, at + 1)
    if (at < 0) return null
  }
  return { start: at, end: at + g.text.length }
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-6))

const ratio = (right: number, of: number): Accuracy => ({ right, of, rate: of ? right / of : 1 })

/**
 * Scores claims against gold figures. Pairs are formed greedily, largest overlap first, each gold
 * figure and claim used once; in exact matching only identical spans pair. Claims that fall on an
 * optional gold figure are neither right nor wrong.
 */
export function evaluate(texts: Record<string, string>, gold: GoldFigure[], claims: Claim[], matching: Matching = 'exact'): EvalReport {
  const spans = gold.map((g) => {
    const s = locate(Object.hasOwn(texts, g.source) ? texts[g.source] : '', g)
    if (!s) throw new Error(`gold figure "${g.text}" (occurrence ${g.occurrence}) is not in source ${g.source}`)
    return s
  })
  const bySource = new Map<string, number[]>()
  gold.forEach((g, gi) => bySource.set(g.source, [...(bySource.get(g.source) ?? []), gi]))
  const pairs: { g: number; c: number; o: number }[] = []
  const onOptional = new Set<number>()
  claims.forEach((c, ci) => {
    for (const gi of bySource.get(c.source) ?? []) {
      const g = gold[gi]
      const o = overlap(spans[gi], c.span)
      if (o === 0) continue
      if (g.optional) { onOptional.add(ci); continue }
      if (c.quantity.kind !== g.kind) continue
      if (matching === 'exact' && (spans[gi].start !== c.span.start || spans[gi].end !== c.span.end)) continue
      pairs.push({ g: gi, c: ci, o })
    }
  })
  pairs.sort((a, b) => b.o - a.o)
  const gUsed = new Map<number, number>()
  const cUsed = new Set<number>()
  for (const p of pairs) {
    if (gUsed.has(p.g) || cUsed.has(p.c)) continue
    gUsed.set(p.g, p.c)
    cUsed.add(p.c)
  }
  const scored = gold.map((g, gi) => ({ g, gi })).filter((x) => !x.g.optional)
  const predicted = claims.map((c, ci) => ({ c, ci })).filter((x) => cUsed.has(x.ci) || !onOptional.has(x.ci))
  const kinds = [...new Set([...scored.map((x) => x.g.kind), ...predicted.map((x) => x.c.quantity.kind)])].sort()
  const score = (kind: string, g: number, p: number, m: number): KindScore => {
    const precision = p ? m / p : 1
    const recall = g ? m / g : 1
    return { kind, gold: g, predicted: p, matched: m, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
  }
  const perKind = kinds.map((k) => score(k,
    scored.filter((x) => x.g.kind === k).length,
    predicted.filter((x) => x.c.quantity.kind === k).length,
    [...gUsed.keys()].filter((gi) => gold[gi].kind === k).length))
  const wrongValues: EvalReport['wrongValues'] = []
  const wrongQualifiers: EvalReport['wrongQualifiers'] = []
  const wrongAttributions: EvalReport['wrongAttributions'] = []
  let attributed = 0
  for (const [gi, ci] of gUsed) {
    const g = gold[gi]
    const c = claims[ci]
    const q = c.quantity
    if (!same(q.lo, g.lo) || !same(q.hi, g.hi) || (q.unit ?? null) !== (g.unit ?? null)) wrongValues.push({ gold: g, claim: c })
    if ((q.qualifier ?? null) !== (g.qualifier ?? null)) wrongQualifiers.push({ gold: g, claim: c })
    if (g.attribution !== undefined) {
      attributed++
      if (!sameSpeaker(g.attribution, c.attribution?.who ?? null)) wrongAttributions.push({ gold: g, claim: c })
    }
  }
  const m = gUsed.size
  return {
    matching,
    perKind,
    overall: score('all', scored.length, predicted.length, m),
    value: ratio(m - wrongValues.length, m),
    qualifier: ratio(m - wrongQualifiers.length, m),
    attribution: ratio(attributed - wrongAttributions.length, attributed),
    misses: scored.filter((x) => !gUsed.has(x.gi)).map((x) => x.g),
    spurious: predicted.filter((x) => !cUsed.has(x.ci)).map((x) => x.c),
    wrongValues,
    wrongQualifiers,
    wrongAttributions,
  }
}

// A speaker is right when the folded names are the same or one holds the other ("الهلال الأحمر"
// within "الهلال الأحمر الليبي"; "Marie el-Drese" within "Marie el-Drese, its secretary-general").
function sameSpeaker(gold: string | null, got: string | null): boolean {
  if (gold === null || got === null) return gold === got
  const a = speakerKey(gold)
  const b = speakerKey(got)
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a))
}

const speakerKey = (s: string) => foldKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/(^| )(the|l|le|la|les|al) /gu, ' ').trim()

/** The scores of one corpus, per language and in both matchings. */
export interface CorpusScore { lang: string; sources: number; exact: EvalReport; overlap: EvalReport }

/**
 * Scores a corpus per language: each source's claims against the gold figures of that source.
 * Gold figures of sources not in the corpus are ignored, so one gold file serves several splits.
 */
export function scoreCorpus(sources: { id: string; lang: string; text: string }[], gold: GoldFigure[], claims: Claim[]): CorpusScore[] {
  const langs = [...new Set(sources.map((s) => s.lang))].sort()
  return langs.map((lang) => {
    const ids = new Set(sources.filter((s) => s.lang === lang).map((s) => s.id))
    const texts = Object.fromEntries(sources.filter((s) => ids.has(s.id)).map((s) => [s.id, s.text]))
    const g = gold.filter((x) => ids.has(x.source))
    const c = claims.filter((x) => ids.has(x.source))
    return { lang, sources: ids.size, exact: evaluate(texts, g, c, 'exact'), overlap: evaluate(texts, g, c, 'overlap') }
  })
}
