import type { Span } from '../model'
import { foldKey } from '../text/normalize'

// A word of what happened to some of a count is said of them only when the text says it did: "110
// have been identified", "382 sont toujours soignées", "تم التعرف على 62". Under a negation or in
// the future it says the opposite or nothing yet ("83 are still to be identified", "the 78 bodies
// will be identified", "pas encore identifiés", "لم يتم التعرف على", "سيتم التعرف"): the figure
// stays a count of the whole kind.
const NOT_YET = new RegExp(`(?:^|[^\\p{L}])(?:${['not', 'not yet', 'yet to be', 'still to be', 'to be', 'will be', 'will', 'would be', 'could be', 'cannot be', "can't be", 'never',
  'pas', 'pas encore', 'non', 'jamais', 'restent à', 'reste à', 'seront', 'sera',
  'لم', 'لم يتم', 'لن', 'لا', 'لما', 'سيتم', 'سوف', 'دون', 'بدون', 'غير', 'عدم'].map(foldKey).join('|')})\\s*$`, 'iu')

/** Whether the word at `at` stands under a negation or a future tense (read on the words right before it). */
export function unsaid(text: string, at: Span): boolean {
  const before = text.slice(Math.max(0, at.start - 24), at.start)
  return NOT_YET.test(foldKey(before))
}
