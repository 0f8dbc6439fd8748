import type { Claim } from '../model'

// A length of time set before another moment its sentence names ("released on 14 March, ten days
// before the vote", "quelques jours avant l'expiration de l'ultimatum", "قبل ثلاثة أيام من انقضاء
// المهلة") is counted back from that moment, not from the report's day: it dates nothing from the
// day the report was written, so it neither confirms nor contradicts a date as a time since the
// event would ("two weeks ago", "il y a deux semaines", "قبل أسبوعين" with nothing after it).
// (Arabic puts "before" ahead of the length, and the moment after it with "من": "قبل ثلاثة أيام"
// alone is "three days ago".)
const AFTER_LENGTH = /^\s*(?:(?:or so|et demi|ou plus|or more)\s+)?(?:before|ahead of|prior to|avant)(?![\p{L}])/iu
const AR_BEFORE = /(?:^|[^\p{L}])(?:قبل|قُبيل|قبيل)\s*$/u
const AR_FROM = /^\s*(?:من|على)\s+\p{L}/u

/** Whether a length of time is counted back from a moment its sentence names after it, not from its report's day. */
export function beforeAnother(c: Pick<Claim, 'span' | 'sentence' | 'quantity'>, text: string | undefined): boolean {
  if (!text || c.quantity.kind !== 'duration') return false
  const after = text.slice(c.span.end, Math.min(c.sentence.end, c.span.end + 40))
  if (AFTER_LENGTH.test(after)) return true
  const before = text.slice(Math.max(c.sentence.start, c.span.start - 12), c.span.start)
  return AR_BEFORE.test(before) && AR_FROM.test(after)
}
