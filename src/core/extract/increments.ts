import type { Claim } from '../model'

// A count said as what was added to an earlier count — "58 décès supplémentaires", "بزيادة 86
// حالة على حصيلة اليوم السابق", "an additional 40 deaths", "a rise of 12" — is not the count
// itself: set against the totals of the same measure it would read as a toll of 58 beside one of
// 658. It is marked and left out of the totals' topics (it stays among the figures no topic took).
//
// Only words that say "added to the count" mark one: "17 more of its pilgrims are missing" and
// "170 more people had died elsewhere" are other groups, not increments, and stay counts; so is
// "de plus", which reports use for both (tried: it took figures a fact-checker compares).

// Before the number (the words just before it, within its sentence).
const BEFORE = /(?:^|[\s(،,])(?:(?:an?|the)\s+additional|a\s+further|(?:rose|risen|rising|increased|up|jumped|climbed)\s+by|an\s+increase\s+of|a\s+rise\s+of|(?:en\s+)?hausse\s+de|une\s+augmentation\s+de|(?:en\s+)?augmentation\s+de|bond\s+de|ب?زيادة(?:\s+قدرها)?|ارتفاع\s+قدره|بارتفاع\s+قدره)\s*$/iu
// After the number and its counted noun (a few words at most).
const AFTER = /^\s*(?:[\p{L}\p{M}'’-]+\s+)?(?:supplémentaires?|additional|إضافية|إضافيين|إضافيون|إضافي)(?=[\s.,;:!?،؛)]|$)/iu

/** Indices of the counts stated as an increment to an earlier count. */
export function incrementsIn(text: string, claims: Pick<Claim, 'span' | 'quantity' | 'sentence'>[]): Set<number> {
  const out = new Set<number>()
  claims.forEach((c, i) => {
    if (c.quantity.kind !== 'count' || c.quantity.unit) return
    const before = text.slice(Math.max(c.sentence.start, c.span.start - 40), c.span.start)
    const after = text.slice(c.span.end, Math.min(c.sentence.end, c.span.end + 40))
    if (BEFORE.test(before) || AFTER.test(after)) out.add(i)
  })
  return out
}
