import type { Claim, Lang } from '../model'
import { foldKey } from '../text/normalize'
import { CONCEPT_BY_ID, type Concept } from './measures'
import { alternation } from '../text/alternation'

// What an amount is the value of when a word of worth joins it to its noun: "a contract worth $4
// billion", "a loan valued at", "un prêt d'un montant de", "une vente d'une valeur de", "وديعة
// قيمتها 6 مليارات دولار", "صفقة بقيمة", "قرض بمبلغ". The noun phrase right before that word names
// the sum, and its head, the first money word of it, says which ("الشريحة الأخيرة من القرض بقيمة":
// the last tranche, of the loan), more surely than a nearer word after the amount ("وديعة قيمتها 5
// مليارات دولار تحولت إلى استثمارات": a deposit).

// The word of worth right before the amount, with a hedge ("worth some", "بقيمة نحو").
const WORTH = new RegExp(`(?<![\\p{L}])[وب]?(?:${alternation([
  'worth', 'valued at', 'totalling', 'totaling', 'amounting to', 'to the tune of',
  "d'une valeur de", "d'un montant de", "d'une valeur d'", "d'un montant d'", 'évalué à', 'évaluée à', "s'élevant à",
  'بقيمة', 'قيمتها', 'قيمته', 'قيمتهما', 'بمبلغ', 'قدرها', 'قدره', 'تبلغ قيمتها', 'يبلغ قيمته', 'بلغت قيمتها', 'بلغت قيمته', 'تقدر قيمتها', 'تقدر بـ', 'تقدر ب',
], { fold: foldKey, spaces: 'spaces', apostrophes: true })})\\s*(?:(?:about|around|some|nearly|roughly|environ|près de|quelque|نحو|حوالي|ما يقارب)\\s*)?$`, 'iu')

const OF_CHAIN = /^\s*(?:of(?:\s+(?:the|its|a|an))?|de(?:\s+la)?|du|des|d['’]|من|على)\s*$/iu

// How far back the noun phrase goes: a few words, no break.
const PHRASE = 48

/** A money concept named in a text, with where (measureOf's conceptsIn, passed in so this module needs none of its own). */
type Mentions = (text: string, span: { start: number; end: number }, lang: Lang) => { concept: Concept; start: number; end: number; generic?: boolean }[]

/** The money measure the noun phrase right before a word of worth names, or null (no such word, or no money word in the phrase). */
export function worthOf(claim: Claim, text: string, lang: Lang, mentions: Mentions): Concept | null {
  if (claim.quantity.kind !== 'money') return null
  const before = foldKey(text.slice(Math.max(claim.sentence.start, claim.span.start - PHRASE - 24), claim.span.start))
  const m = WORTH.exec(before)
  if (!m) return null
  // (Read in the folded words themselves: folding drops vowel marks, so offsets differ from the text's.)
  // (Not a word cut in two where the stretch begins.)
  const stretch = m.index > PHRASE ? before.slice(m.index - PHRASE, m.index).replace(/^\S*\s/u, '') : before.slice(0, m.index)
  // (The phrase ends at a break, unless the word of worth opens an apposition: "the third tranche of the loan, worth $1.2 billion".)
  const phrase = stretch.split(/[,،;؛.:()«»"]/u).filter((p) => /\p{L}/u.test(p)).pop() ?? ''
  // The head is the last money word, or the first of a chain of them joined by "of" ("the third
  // tranche of the loan", "الشريحة الأخيرة من القرض", "la dernière tranche du prêt"): a word
  // further back is the clause's subject ("The IMF approved …").
  const found = mentions(phrase, { start: 0, end: phrase.length }, lang).filter((x) => x.concept.family === 'money' && !x.concept.event && !x.generic)
  let i = found.length - 1
  while (i > 0 && OF_CHAIN.test(phrase.slice(found[i - 1].end, found[i].start))) i--
  // A phrase that names no sum is what the amount is the worth of: goods, aircraft, an order
  // ("95 wide-bodies, worth $52 billion", "شراء 95 طائرة بقيمة 52 مليار دولار").
  return found[i]?.concept ?? (/\p{L}{3}/u.test(phrase) ? VALUE : null)
}
const VALUE = CONCEPT_BY_ID.get('value')!

// What an amount is of when its noun follows it with "of", "de", "من" ("$11 billion of UAE
// deposits", "11 milliards de dollars de dépôts émiratis", "11 مليار دولار من الودائع"): up to two
// words between (who owns it), no break and no other figure. The noun names the sum even when its
// word is generic elsewhere ("dépôts" are also depots, but "11 milliards de dépôts" are deposits).
const OF_AFTER = /^\s*(?:of|de|d['’]|من)(?:\s+(?:the|its|their|les|des|la|le|l['’]))?\s*(?:[\p{L}-]+\s+){0,2}$/iu
const AFTER = 40

/** The money measure the noun right after an amount and its "of" names, or null. */
export function ofNounAfter(claim: Claim, text: string, lang: Lang, mentions: Mentions): Concept | null {
  if (claim.quantity.kind !== 'money') return null
  const rest = foldKey(text.slice(claim.span.end, Math.min(claim.sentence.end, claim.span.end + AFTER))).split(/[,،;؛.:()«»"\p{N}]/u)[0]
  const first = mentions(rest, { start: 0, end: rest.length }, lang).find((x) => x.concept.family === 'money' && !x.concept.event)
  return first && OF_AFTER.test(rest.slice(0, first.start)) ? first.concept : null
}
