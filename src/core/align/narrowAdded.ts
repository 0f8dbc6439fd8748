import type { Claim, Span } from '../model'
import { foldKey } from '../text/normalize'
import { WORD_END, WORD_START } from '../text/words'
import { alternation } from '../text/alternation'

// What was added to a count is a measure of its own beside the count: "Deaths added on 10
// August", "Deaths added in a week", "Rise in people affected" beside the toll itself. A label
// narrows its measure so when it names the addition; a figure is said so when extraction marked it
// as an increment ("an additional 40", "58 décès supplémentaires", "بزيادة 86") or its own words
// right after it say so ("146 de plus", "two more deaths", "وفاتين إضافيتين"). A date is the day
// something was added, not the event's day, when a verb of addition in the passive stands right
// before it ("were added on 10 August", "ont été ajoutés le 10 août", "أضيفت يوم"; Arabic puts what
// was added between: "وأضيفت 12 جثة إلى الحصيلة يوم 10 مايو").

const words = (list: string[]) => alternation(list, { fold: foldKey, spaces: 'spaces' })

// (A label's words: "added", not the speech verb of a report, "the minister added".)
const LABEL = new RegExp(`${WORD_START}(?:${words([
  'added', 'additional', 'extra', 'rise in', 'increase in', 'increment',
  'ajoutés', 'ajoutées', 'ajoutés au bilan', 'supplémentaires', 'de plus', 'hausse du', 'hausse des', 'augmentation du', 'augmentation des',
  'الإضافية', 'إضافية', 'إضافيين', 'المضافة', 'الزيادة في',
])})${WORD_END}`, 'iu')

// Right after a figure (its counted noun between, at most two words): "146 de plus", "two more
// deaths", "three more", "40 morts supplémentaires", "وفاتين إضافيتين", "5 آخرين إضافيين".
const AFTER = new RegExp(`^\\s*(?:[\\p{L}\\p{M}'’-]+\\s+){0,2}?(?:${words(['de plus', 'more', 'supplémentaires', 'supplémentaire', 'additional', 'further'])}|${foldKey('إضافي')}\\p{L}*)${WORD_END}`, 'iu')
// Right before it: "another 12", "a further 12", "an additional 12", "encore 12", and a rise said
// by how much ("rose by 12%", "a augmenté de 50 %", "ارتفع بنسبة 50%", "بزيادة 86").
const BEFORE = new RegExp(`${WORD_START}(?:${words([
  'another', 'a further', 'an additional', 'additional',
  'rose by', 'risen by', 'increased by', 'jumped by', 'climbed by', 'up by', 'an increase of', 'a rise of',
  'augmenté de', 'augmentée de', 'progressé de', 'bondi de', 'hausse de', 'augmentation de',
  'بزيادة', 'ارتفع بنسبة', 'ارتفعت بنسبة', 'زاد بنسبة', 'زادت بنسبة', 'ارتفاعا بنسبة', 'ارتفاع قدره',
])})\\s*$`, 'iu')

// A verb of addition in the passive right before a date, with its preposition ("were added on",
// "ajoutés le", "ont été ajoutées mardi", "أضيفت يوم", "أضيف في").
const DATE_ADDED = new RegExp(`${WORD_START}(?:(?:were|was|been|being)\\s+added(?:\\s+to\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:toll|count|list|tally))?(?:\\s+(?:on|in|by))?|(?:(?:été|sont|étaient|furent)\\s+ajouté(?:e|s|es)?|ajouté(?:e|s|es))(?:\\s+(?:au|à\\s+la)\\s+(?:bilan|liste|décompte)(?:\\s+[\\p{L}-]+){0,2}?)?(?:\\s+(?:le|en|ce))?|[وف]?${foldKey('أضيف')}(?:ت|وا)?(?:\\s+[\\p{L}\\p{N}]+){0,4}?(?:\\s+(?:يوم|في))?)\\s*$`, 'iu')

/** Whether a topic's label names what was added to its measure ("Deaths added on 10 August", "Rise in people affected"). */
export const addedInLabel = (label: string): boolean => LABEL.test(foldKey(label))

/**
 * Whether a figure is said as what was added: a count marked an increment; a count, an amount or
 * a share said "more", "de plus", "إضافية", "rose by" right by it; a date a passive verb of
 * addition stands right before.
 */
export function addedByFigure(text: string, c: Pick<Claim, 'span'> & Partial<Pick<Claim, 'quantity' | 'role'>>, own: Span): boolean {
  if (c.role === 'increment') return true
  const before = foldKey(text.slice(Math.max(own.start, c.span.start - 40), c.span.start))
  const kind = c.quantity?.kind ?? 'count'
  if (kind === 'date' || kind === 'daterange') return DATE_ADDED.test(before)
  // (A count, an amount or a share: "10 000 euros supplémentaires", "a augmenté de 50 %".)
  if (kind !== 'count' && kind !== 'money' && kind !== 'percent') return false
  return AFTER.test(foldKey(text.slice(c.span.end, Math.min(own.end, c.span.end + 40)))) || BEFORE.test(before)
}
