import type { Claim } from '../model'

// An amount restated in another currency by the same sentence — "140,000 dirhams (about $13,600)",
// "2 مليار دينار، أي ما يعادل نحو 446 مليون دولار", "252,7 millions d'euros, soit 298 millions de
// dollars" — is the first amount said again, not a second figure: it is marked, shown, and left
// out of the verdict (a comparison in unlike currencies would otherwise need review, or count
// the same statement twice).

// What stands between an amount and its restatement: an opening bracket, or a word that restates
// ("that is", "equivalent to") in the three languages, or a comma before an approximate amount.
// A bare comma or "or" otherwise lists two amounts ("50 million euros, 20 million dollars and 5
// million pounds").
const BRACKET = /^\s*[([]\s*$/u
const COMMA = /^\s*[,،]\s*$/u
const RESTATING = /^\s*[,،–—-]?\s*(?:\(\s*)?(?:أي|اي|ما\s+يعادل|أي\s+ما\s+يعادل|اي\s+ما\s+يعادل|يعادل|نحو|حوالي|قرابة|soit|environ|près\s+de|i\.e\.|that\s+is|about|around|roughly|close\s+to|nearly|some|equivalent\s+to|the\s+equivalent\s+of)\s*$/iu

/** Indices of the claims that restate the amount just before them in another currency. */
export function conversionsIn(text: string, claims: Pick<Claim, 'span' | 'quantity' | 'sentence'>[]): Set<number> {
  const out = new Set<number>()
  for (let i = 1; i < claims.length; i++) {
    const a = claims[i - 1]
    const b = claims[i]
    if (a.quantity.kind !== 'money' || b.quantity.kind !== 'money' || !a.quantity.unit || !b.quantity.unit || a.quantity.unit === b.quantity.unit) continue
    if (a.sentence.start !== b.sentence.start) continue
    const between = text.slice(a.span.end, b.span.start)
    // After a bare comma only an approximate amount restates ("30,000 dirhams, close to $3,000").
    const approximate = COMMA.test(between) && b.quantity.qualifier === 'about'
    if (BRACKET.test(between) || RESTATING.test(between) || approximate) out.add(i)
  }
  return out
}
