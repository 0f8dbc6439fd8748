import type { Claim } from '../model'

// A count of people in a state at the time of the report (in serious or critical condition, still
// in hospital, in intensive care) is no running total: it falls as patients recover, leave or die.
// "33 in critical condition" on Monday and 29 on Tuesday are the state moving, not a toll falling.
// The state is read in the words right beside the figure, within its sentence, up to the next
// number on either side ("133 injured, 37 of them in serious condition": only the 37 is a state).

const STATE = new RegExp([
  // English
  '(?:in|listed in|remain(?:s|ed)? in|still in) (?:a )?(?:serious|critical|grave|stable|fair) condition',
  'still (?:in hospital|hospitali[sz]ed|being treated|receiving treatment)',
  'remain(?:s|ed|ing)? (?:in hospital|hospitali[sz]ed)',
  '(?:in|receiving) (?:intensive|critical) care',
  // (Fires, and the places where they burn, are in a state too: "still active", "still raging".)
  '(?:still|remain(?:s|ed|ing)?) (?:active|burning|raging|ablaze|alight|out of control|under way|underway)',
  // French
  "dans un état (?:grave|critique|sérieux)",
  '(?:toujours|encore) (?:hospitalisé|soigné|pris en charge|en réanimation)',
  'rest(?:ent|aient|e) hospitalisé',
  'en réanimation', '(?:aux|en) soins intensifs',
  'pronostic vital (?:est |reste |toujours )*engagé',
  'entre la vie et la mort',
  '(?:toujours|encore) (?:actifs?|actives?|en cours|en activité|en feu|hors de contrôle)', 'rest(?:ent|e|aient) (?:actifs?|actives?|en feu|hors de contrôle)',
  // Arabic
  'حالته(?:م|ا)? (?:خطيرة|حرجة)', '(?:في |ب)حالة (?:خطيرة|حرجة)', 'حالات? حرجة',
  'العناية (?:المركزة|الحثيثة|المشددة)',
  // "لا يزال 260 آخرون يتلقون العلاج": still, then a word of care (a toll that "still stands" is no state).
  '(?:لا|ما) ?(?:يزال|تزال|يزالون|زال|زالوا|زالت)[^.،؛]*(?:المستشف|العلاج|الرعاية|يتلق|يرقد)',
  'يرقدون في المستشف',
  '(?:لا|ما) ?(?:يزال|تزال|يزالون|زال|زالوا|زالت)[^.،؛]*(?:مشتعل|مستعر|نشط|متواصل|مستمر|خارج السيطر)',
].join('|'), 'iu')

const NUMBER = /\p{N}/u

/** Whether a figure counts people in a present state (in serious condition, still in hospital), read from the words beside it. */
export function presentState(c: Pick<Claim, 'span' | 'sentence'>, text: string | undefined): boolean {
  if (!text) return false
  const before = text.slice(Math.max(c.sentence.start, c.span.start - 30), c.span.start)
  const after = text.slice(c.span.end, Math.min(c.sentence.end, c.span.end + 80))
  // Up to the next number on either side: the words between belong to this figure.
  const lastDigit = [...before].findLastIndex((ch) => NUMBER.test(ch))
  const nextDigit = after.search(NUMBER)
  const near = `${lastDigit < 0 ? before : [...before].slice(lastDigit + 1).join('')} ${nextDigit < 0 ? after : after.slice(0, nextDigit)}`
  return STATE.test(near)
}
