import type { Claim } from '../model'
import { isRecordSince } from './recordSince'

// A length of time that counts the time since something dates that thing: "two days after the
// storm", "il y a un mois", "plus de deux mois après le coup d'État", "une journée s'est écoulée
// depuis l'explosion", "a week has passed since the quake", "بعد ثلاثة أيام على بدء الأحداث",
// "مرّ شهر على الكارثة", "منذ أسبوعين". Before the figure: "بعد", "منذ", "قبل", "il y a"; after
// it: "after", "later", "ago", "après", "plus tard", or a verb of passing and then "since" ("have
// passed since", "s'est écoulée depuis", "على"/"منذ" after "مرّ").

const SINCE_BEFORE = /(?:^|[^\p{L}])[وف]?(?:بعد|منذ|قبل|il y a|voilà|voici|(?:مر|مرت|مضى|مضت|انقضى|انقضت)(?:\s+(?:نحو|حوالي|قرابة))?)\s*$/iu
const SINCE_AFTER = /^\s*(?:after|later|ago|on from|après|plus tard|auparavant)(?![\p{L}])/iu
const PASSED_SINCE = /^\s*(?:(?:have|has|had)\s+(?:now\s+)?(?:passed|elapsed|gone by)\s+since|(?:se sont|s['’]est|s['’]étaient|s['’]était)\s+écoulée?s?\s+depuis|(?:ont|a)\s+passé\s+depuis)(?![\p{L}])/iu

// So does a length of time since the last time something as strong happened ("the strongest
// since 90 years", "jamais vue depuis près de cent ans", "الأشد منذ أكثر من قرن"): it dates that
// earlier event (recordSince.ts), as a year would.

/** Whether a length of time counts the time since an event (which it then dates). */
export function isElapsed(c: Pick<Claim, 'span'> & Partial<Pick<Claim, 'text' | 'quantity' | 'sentence'>>, text: string): boolean {
  if (c.quantity?.kind === 'duration' && c.sentence && c.text !== undefined && isRecordSince({ ...c, quantity: c.quantity, sentence: c.sentence, text: c.text }, text)) return true
  // (Harakat and tatweel are dropped: "مرّ".)
  const before = text.slice(Math.max(0, c.span.start - 16), c.span.start).replace(/[\u064B-\u0652\u0640]/gu, '')
  const after = text.slice(c.span.end, c.span.end + 40)
  return SINCE_BEFORE.test(before) || SINCE_AFTER.test(after) || PASSED_SINCE.test(after)
}

// A length of time said only as the time since something ("a few hours after the storm", "quelques
// heures seulement après la tempête", "three weeks ago", "il y a un mois", "قبل ثلاثة أيام", "two
// days later") is never the length of an event: it says when, not how long. ("After two months of
// defiance", "بعد 18 شهراً من الحصار", "depuis deux mois" may say how long: they are not these.)
const ONLY = '(?:(?:only|just|barely|seulement|à peine|tout juste|فقط)\\s+)?'
const SINCE_ONLY_AFTER = new RegExp(`^\\s*${ONLY}(?:after|later|ago|après|plus tard|auparavant)(?![\\p{L}])`, 'iu')
const SINCE_ONLY_BEFORE = /(?:^|[^\p{L}])(?:il y a|voilà|[وف]?قبل)\s*$/iu

/** Whether a length of time is said only as the time since something (so it measures no event's length). */
export function isOnlyElapsed(c: Pick<Claim, 'span'>, text: string): boolean {
  const before = text.slice(Math.max(0, c.span.start - 16), c.span.start).replace(/[\u064B-\u0652\u0640]/gu, '')
  const after = text.slice(c.span.end, c.span.end + 40)
  return SINCE_ONLY_BEFORE.test(before) || SINCE_ONLY_AFTER.test(after) || PASSED_SINCE.test(after)
}
