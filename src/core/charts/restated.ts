// A figure an article states twice (its headline restating its text, a summary repeating the lede)
// is one figure: what a page counts per source counts it once, as the comparison does (issue 11: "a
// figure restated in a headline and body counts once"). Two figures of one article are one
// restated when they give the same value (kind, bounds, unit, qualifier) for the same thing (the
// same topic; for figures in no topic, no two counted nouns), and no two speakers are named for
// them: the same number given by two bodies quoted in one article is two voices.
import type { Claim } from '../model'

/** The value a figure gives, as written (a restatement gives the same). */
const valueKey = (c: Claim) => { const q = c.quantity; return `${c.source}|${q.kind}|${q.lo}|${q.hi}|${q.unit ?? ''}|${q.qualifier ?? ''}` }

/**
 * An article's figures as statements: each group one figure and its restatements, in the order
 * the figures come. `topicOf` says what a figure is about (a figure in no topic is about its
 * counted noun).
 */
export function statements(claims: readonly Claim[], topicOf: (c: Claim) => string | null | undefined = () => null): Claim[][] {
  const groups: { who: string | null; counted: string | null; claims: Claim[] }[] = []
  const open = new Map<string, typeof groups>()
  // (A value given by no one, or of nothing named, restates the one that is: a headline's "412"
  // restates the text's "412 people, the governor said"; two speakers or two nouns stay two.)
  const fits = (a: string | null, b: string | null) => a === null || b === null || a === b
  for (const c of claims) {
    const topic = topicOf(c) ?? null
    const key = `${valueKey(c)}|${topic ?? ''}`
    const who = c.attribution?.who ?? null
    const counted = topic === null ? c.counted ?? null : null
    const same = open.get(key) ?? []
    const g = same.find((x) => fits(x.who, who) && fits(x.counted, counted))
    if (g) { g.claims.push(c); g.who ??= who; g.counted ??= counted; continue }
    const fresh = { who, counted, claims: [c] }
    groups.push(fresh)
    open.set(key, [...same, fresh])
  }
  return groups.map((g) => g.claims)
}

/** How many figures some figures of one article come to, a restatement counted once, and how many restatements were folded. */
export function statedCount(claims: readonly Claim[], topicOf?: (c: Claim) => string | null | undefined): { figures: number; restated: number } {
  const figures = statements(claims, topicOf).length
  return { figures, restated: claims.length - figures }
}
