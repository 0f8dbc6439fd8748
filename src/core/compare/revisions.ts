import type { Claim } from '../model'

// A count its report says was lowered ("the toll was revised down to 275", "ramener le bilan à
// 275", "خفضت الحصيلة إلى 275") is a correction: the count that was given before it was wrong. For a
// running total that is a fall, and a fall is a conflict between the two counts, even when the
// report recalls the higher one beside it (which otherwise says the report only tells history).
// The verb stands before the figure, in its clause, with at most a few words ("the toll", "le
// bilan", "حصيلة قتلى التصادم") and the preposition between.

const LOWERED = [
  // English: "revised down to", "lowered the toll to", "brought the count down to".
  /(?:revised|revises|revising)(?:\s+[\p{L}'’-]+){0,4}\s+(?:down|downward|downwards)\s+to\s*$/iu,
  /(?:lowered|lowers|lowering|reduced|reduces|reducing|downgraded|scaled back)(?:\s+[\p{L}'’-]+){0,4}\s+to\s*$/iu,
  // ("Power was cut to 20,000 homes" cuts no count: the count must be named.)
  /(?:cut|cuts|cutting)\s+(?:the\s+|its\s+|their\s+)?(?:death\s+)?(?:toll|figure|count|number)(?:\s+[\p{L}'’-]+){0,3}\s+to\s*$/iu,
  /(?:brought|brings|bringing)(?:\s+[\p{L}'’-]+){0,5}\s+down\s+to\s*$/iu,
  // French: "ramené le bilan à", "revu à la baisse, à", "abaissé à".
  /(?:ramen|ramèn|rabaiss|abaiss|rédui|redui|revu\w*\s+à\s+la\s+baisse|révisé\w*\s+à\s+la\s+baisse|corrigé\w*\s+à\s+la\s+baisse)[\p{L}]*(?:\s+[\p{L}'’-]+){0,4}[\s,]+à\s*$/iu,
  // Arabic: "خفضت الحصيلة إلى", "تخفيض عدد القتلى إلى", "تراجعت الحصيلة إلى".
  /(?:خف[ّ]?ض|تخفيض|تراجع|انخفض)[\p{L}\u064B-\u065F]*(?:\s+[\p{L}\u064B-\u065F]+){0,5}\s+(?:إلى|الى)\s*$/u,
]

const NUMBER = /\p{N}/u

/** Whether a figure's own words say its count was lowered ("revised down to 275"). */
export function revisedDown(c: Pick<Claim, 'span' | 'sentence'>, text: string | undefined): boolean {
  if (!text) return false
  let before = text.slice(Math.max(c.sentence.start, c.span.start - 70), c.span.start)
  // Only the words since the last number: "288, then lowered to" belongs to the figure after it.
  const chars = [...before]
  const last = chars.findLastIndex((ch) => NUMBER.test(ch))
  if (last >= 0) before = chars.slice(last + 1).join('')
  return LOWERED.some((re) => re.test(before))
}
