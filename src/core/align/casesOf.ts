import type { Span } from '../model'
import { foldKey } from '../text/normalize'

// A count of cases, reports or incidents counts what they are cases of ("32 cases of enforced
// disappearance", "143 signalements de disparition", "٣٢ حالة إخفاء قسري", "12 reported cases of
// heatstroke", "٤٥ بلاغاً عن مفقودين"): the measure is named right after the case noun.

const CASE_NOUNS = ['reported cases', 'confirmed cases', 'cases', 'case', 'incidents', 'instances', 'reports', 'cas', 'signalements', 'signalement', 'حالة', 'حالات', 'بلاغ', 'بلاغات', 'بلاغا', 'حادثة', 'حوادث'].map(foldKey)
const CASE = new RegExp(`^\\s*(?:${CASE_NOUNS.join('|')})(?![\\p{L}])`, 'iu')
// Between the case noun and the measure: "of", "de", "عن", quotes, no break.
const LINK = /^[\s"“”«»'’]*(?:(?:of|for|de|des|du|d['’]|عن|ل)\s*)?[\s"“”«»'’]*$/iu
const REACH = 50

/** Where the case noun right after a figure ends, or -1 when none follows it. */
export function caseNounEnd(own: Span, text: string): number {
  const m = CASE.exec(foldKey(text.slice(own.end, own.end + 30)))
  return m ? own.end + m[0].length : -1
}

/** The stretch after a case noun in which the cases' measure is named, or null when the figure counts no cases. */
export function casesOf(own: Span, text: string, sentence: Span): Span | null {
  const at = caseNounEnd(own, text)
  return at < 0 ? null : { start: at, end: Math.min(sentence.end, at + REACH) }
}

/** Whether a word standing at `start` is the first thing after the case noun (only "of", "de", "عن" or quotes between). */
export const namesTheCases = (caseEnd: number, start: number, text: string) => LINK.test(text.slice(caseEnd, start))
