import type { Claim } from '../model'

// An amount restated in another currency by the same sentence — "140,000 dirhams (about $13,600)",
// "2 مليار دينار، أي ما يعادل نحو 446 مليون دولار", "252,7 millions d'euros, soit 298 millions de
// dollars" — is the first amount said again, not a second figure: it is marked, shown, and left
// out of the verdict (a comparison in unlike currencies would otherwise need review, or count
// the same statement twice).

// What may stand between an amount and its restatement: a bracket or comma, and "that is", "or
// about", "equivalent to" in the three languages.
const BETWEEN = /^[\s,،([–—-]*(?:(?:أي|او|أو|اي)\s+)?(?:(?:ما\s+)?(?:يعادل|يوازي|يساوي)\s+)?(?:soit\s+|environ\s+|i\.e\.\s*|or\s+|equivalent\s+to\s+|the\s+equivalent\s+of\s+|(?:à\s+)?peu\s+près\s+)?$/iu

/** Indices of the claims that restate the amount just before them in another currency. */
export function conversionsIn(text: string, claims: Pick<Claim, 'span' | 'quantity' | 'sentence'>[]): Set<number> {
  const out = new Set<number>()
  for (let i = 1; i < claims.length; i++) {
    const a = claims[i - 1]
    const b = claims[i]
    if (a.quantity.kind !== 'money' || b.quantity.kind !== 'money' || !a.quantity.unit || !b.quantity.unit || a.quantity.unit === b.quantity.unit) continue
    if (a.sentence.start !== b.sentence.start) continue
    if (BETWEEN.test(text.slice(a.span.end, b.span.start))) out.add(i)
  }
  return out
}
