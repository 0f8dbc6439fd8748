import type { Lang, Span } from '../model'
import { compact, foldKey } from '../text/normalize'

// A figure a count reaches is that count's ("the death toll climbs to 922 as families search the
// hospitals", "the number of people killed has reached 154", "le nombre total de morts, civils et
// militaires confondus, atteint ainsi 40", "le bilan s'élève désormais à 81", "ارتفع عدد الوفيات
// بين الحجاج إلى ٩"): what the verb's subject names, whatever other words stand nearer the figure.

/** A measure word of a text, where it stands (a ConceptMention's shape, so that this file needs no lexicon). */
export interface Named { start: number; end: number }

// English and French verbs of reaching, right before the figure (after "to", "at", "à").
const REACH_LATIN = new RegExp(`(?<![\\p{L}])(?:${[
  'climbs', 'climbed', 'climb', 'climbing', 'rose', 'rises', 'risen', 'rise', 'rising', 'reached', 'reaches', 'reach', 'reaching', 'jumped', 'jumps', 'soared', 'soars',
  'increased', 'increases', 'grew', 'grows', 'hit', 'hits', 'topped', 'tops', 'passed', 'passes', 'exceeded', 'exceeds', 'surpassed', 'surpasses', 'mounted', 'mounts',
  // (A count corrected reaches its new figure too: "has been revised to 288", "revu à la baisse à 202", "ramené à 40".)
  'revised', 'raised', 'lowered', 'updated', 'corrected', 'adjusted', 'révisé', 'revu', 'relevé', 'ramené', 'abaissé', 'rectifié', 'porté',
  'atteint', 'atteignait', 'atteindre', "s'élève", 's’élève', "s'élevait", 's’élevait', 'élevé', 'passe', 'passé', 'passait', "s'alourdit", 's’alourdit', 'alourdi',
  'grimpe', 'grimpé', 'grimpait', 'monte', 'monté', 'dépasse', 'dépassé', 'franchi', 'franchit', "s'établit", 's’établit', 'établi',
].join('|')})(?:\\s+(?:further|again|sharply|now|up|down|upward|downward|upwards|downwards|ainsi|désormais|maintenant|donc|encore|déjà|alors|à la hausse|à la baisse))?\\s*(?:to|at|à)?\\s*$`, 'iu')
// Verbs that say what a count is, not that it grew: only of a subject headed by a count word ("the toll stood at 40", "le nombre de victimes est de 202").
const IS_LATIN = /(?<![\p{L}])(?:stood|stands|stand|standing|is now|was now|is|was|now stands|est de|était de|est désormais de|est maintenant de|est à|était à)\s*(?:at)?\s*$/iu
// Arabic puts the verb first ("ارتفعت حصيلة القتلى إلى 40", "بلغ عدد الجرحى 30") or after its subject ("الحصيلة ترتفع إلى 40").
const REACH_AR = new RegExp(`(?<![\\p{L}])[وف]?(?:${['ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'وصل', 'وصلت', 'يصل', 'تصل', 'قفز', 'قفزت', 'يقفز', 'تقفز', 'زاد', 'زادت', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'تجاوز', 'تجاوزت', 'تخطى', 'تخطت', 'فاق', 'فاقت', 'عدل', 'عدلت', 'رفع', 'رفعت', 'خفض', 'خفضت'].map(foldKey).join('|')})(?![\\p{L}])`, 'gu')

// Where a plain subject of an English or French verb begins: after a clause's opener ("Russia
// detains 11 as deaths climb to 40").
const ANY_BREAK = /(?:[;:,]|(?<![\p{L}])(?:as|while|whereas|but|after|when|since|that|because|where|and|que|qu['’]|mais|alors que|tandis que|comme|lorsque|quand|car|où|et)(?![\p{L}]))/giu
const lastBreak = (text: string, re: RegExp) => { let at = 0; for (const m of text.matchAll(re)) at = m.index + m[0].length; return at }

// A count head ("the number of", "le nombre total de", "عدد", "حصيلة") right before a measure word, or the measure word a count head itself is ("toll", "bilan", "حصيلة").
const HEAD = new RegExp(`(?<![\\p{L}])(?:${['number of', 'numbers of', 'total number of', 'tally of', 'count of', 'total of', 'nombre de', "nombre d'", 'nombre d’', 'nombre des', 'nombre total de', 'total de', 'décompte des', 'bilan des', 'عدد', 'حصيلة', 'إجمالي', 'مجموع'].map(foldKey).join('|')})(?:\\s+[^\\s,،;؛.:()]+){0,3}?\\s*$`, 'iu')
// (Tested on the folded mention, so written folded too: "حصيلة" folds its ة. A mention may run on after it: "حصيلة الضحايا".)
const HEAD_WORD = new RegExp(`^(?:${['death toll', 'toll', 'tally', 'bilan', 'décompte', 'حصيلة', 'الحصيلة', 'وحصيلة', 'والحصيلة'].map(foldKey).join('|').replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu')

/**
 * The measure word that heads the subject of a verb of reaching right before a figure, among the
 * given words of its sentence (those that could be its measure), or null when no such verb governs it.
 */
export function reachedBy<T extends Named>(span: Span, text: string, sentence: Span, lang: Lang, named: T[]): T | null {
  const before = text.slice(sentence.start, span.start)
  if (lang === 'ar') return arabicSubject(span, text, sentence, named)
  const strong = REACH_LATIN.exec(before)
  const weak = strong ? null : IS_LATIN.exec(before)
  const verb = strong ?? weak
  if (!verb) return null
  const verbAt = sentence.start + verb.index
  // A count head names the subject however long it runs ("the number of people killed when the
  // ferry carrying rescued fishermen capsized has climbed to 75"), from the last figure or colon
  // before the verb; with none, the subject's first word right after the nearest break ("Arrests
  // rose to 300", "as deaths climb to 40").
  const from = sentence.start + lastBreak(before.slice(0, verb.index), /[;:]|[\p{N}]+/gu)
  const headed = byStart(named.filter((x) => x.start >= from && x.end <= verbAt)).find((x) => isHeaded(text, sentence, x))
  if (headed || weak) return headed ?? null
  const near = sentence.start + lastBreak(before.slice(0, verb.index), ANY_BREAK)
  const first = named.find((x) => x.start >= near && x.end <= verbAt)
  return first && words(text.slice(near, first.start)) <= 2 ? first : null
}

// (The earliest headed mention is the subject's head: the words after it are its complement.)
const byStart = <T extends Named>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start)
const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length

function arabicSubject<T extends Named>(span: Span, text: string, sentence: Span, named: T[]): T | null {
  // (Matched on the compact text, whose offsets lead back to the original: folding drops vowel marks and tatweel.)
  const before = compact(text.slice(sentence.start, span.start))
  let verb: RegExpExecArray | null = null
  for (const m of before.text.matchAll(REACH_AR)) verb = m
  if (!verb) return null
  const verbEnd = sentence.start + before.offsets[verb.index + verb[0].length]
  // (The verb governs the figure: no break between them, "ارتفعت حصيلة القتلى في الولاية إلى 40".)
  // (Nor another figure, nor a clause opened between: "ارتفعت الحصيلة إلى 40 بينما فُقد 10".)
  if (/[,،;؛.:\p{N}]|(?<![\p{L}])(?:بينما|فيما|حين|حيث)(?![\p{L}])/u.test(text.slice(verbEnd, span.start))) return null
  const between = byStart(named.filter((x) => x.start >= verbEnd && x.end <= span.start))
  return between.find((x) => isHeaded(text, sentence, x)) ?? between[0] ?? null
}

const isHeaded = (text: string, sentence: Span, x: Named) => HEAD.test(foldKey(text.slice(Math.max(sentence.start, x.start - 40), x.start))) || HEAD_WORD.test(foldKey(text.slice(x.start, x.end)))
