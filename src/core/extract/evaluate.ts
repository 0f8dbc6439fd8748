import type { Claim, QuantityKind } from '../model'

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
}

export interface KindScore { kind: string; gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number }
export interface EvalReport {
  perKind: KindScore[]
  overall: KindScore
  /** Share of matched figures whose lo, hi and unit are right. */
  valueAccuracy: number
  misses: GoldFigure[]
  spurious: Claim[]
  wrongValues: { gold: GoldFigure; claim: Claim }[]
}

/** Where the n-th occurrence of a gold text stands in the source, or null. */
export function locate(text: string, g: GoldFigure): { start: number; end: number } | null {
  let at = -1
  for (let k = 0; k < g.occurrence; k++) {
    at = text.indexOf(g.text, at + 1)
    if (at < 0) return null
  }
  return { start: at, end: at + g.text.length }
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-6))

/**
 * Scores extracted claims against gold figures: a claim matches a gold figure of the same kind
 * whose span it overlaps (each used once, largest overlap first).
 */
export function evaluate(texts: Record<string, string>, gold: GoldFigure[], claims: Claim[]): EvalReport {
  const pairs: { g: number; c: number; o: number }[] = []
  const spans = gold.map((g) => locate(texts[g.source] ?? '', g))
  gold.forEach((g, gi) => {
    const s = spans[gi]
    if (!s) throw new Error(`gold figure "${g.text}" (occurrence ${g.occurrence}) is not in source ${g.source}`)
    claims.forEach((c, ci) => {
      if (c.source !== g.source || c.quantity.kind !== g.kind) return
      const o = overlap(s, c.span)
      if (o > 0) pairs.push({ g: gi, c: ci, o })
    })
  })
  pairs.sort((a, b) => b.o - a.o)
  const gUsed = new Map<number, number>()
  const cUsed = new Set<number>()
  for (const p of pairs) {
    if (gUsed.has(p.g) || cUsed.has(p.c)) continue
    gUsed.set(p.g, p.c)
    cUsed.add(p.c)
  }
  const kinds = [...new Set([...gold.map((g) => g.kind), ...claims.map((c) => c.quantity.kind)])].sort()
  const score = (kind: string, g: number, p: number, m: number): KindScore => {
    const precision = p ? m / p : 1
    const recall = g ? m / g : 1
    return { kind, gold: g, predicted: p, matched: m, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
  }
  const perKind = kinds.map((k) => score(k,
    gold.filter((g) => g.kind === k).length,
    claims.filter((c) => c.quantity.kind === k).length,
    [...gUsed.keys()].filter((gi) => gold[gi].kind === k).length))
  const wrongValues: EvalReport['wrongValues'] = []
  for (const [gi, ci] of gUsed) {
    const g = gold[gi]
    const q = claims[ci].quantity
    if (!same(q.lo, g.lo) || !same(q.hi, g.hi) || (q.unit ?? null) !== (g.unit ?? null)) wrongValues.push({ gold: g, claim: claims[ci] })
  }
  return {
    perKind,
    overall: score('all', gold.length, claims.length, gUsed.size),
    valueAccuracy: gUsed.size ? (gUsed.size - wrongValues.length) / gUsed.size : 1,
    misses: gold.filter((_, gi) => !gUsed.has(gi)),
    spurious: claims.filter((_, ci) => !cUsed.has(ci)),
    wrongValues,
  }
}
