import type { Claim } from '../model'
import { foldKey } from '../text/normalize'

// A report that tells how a count moved gives its earlier steps beside its current figure: "the
// very first toll spoke of about 40 dead", "up from 93 a few hours earlier", "le précédent décompte
// faisait état de neuf morts", "وكانت حصيلة سابقة قد تحدثت عن 133". Such a step is history the
// report recalls, not what it says the count is: when the same report gives a higher figure in the
// topic, the step is set aside (and named), so that it neither conflicts with other reports'
// current counts nor stands for its report's voice. A step a report gives alone is read as it is.

// Words that present a figure as an earlier count: before it ("the previous toll of 9", "up from
// 93") or after it ("93 dead, announced a few hours earlier"). "The first toll" recalls one; "a
// first toll" ("un premier bilan", "حصيلة أولى") is most often the preliminary count of the day,
// the report's own. Arabic folded (alef and yeh variants, no diacritics).
const BEFORE_CUES = [
  '(?:earlier|previous|prior|former|the (?:very )?(?:first|initial)) (?:death )?(?:toll|count|tally|figure|estimate)s?', 'up from', 'had (?:earlier|previously)', '(?:earlier|previously) (?:reported|announced|given)',
  '(?:le (?:tout )?premier|précédent|ancien) (?:bilan|décompte|chiffre)', '(?:bilan|décompte|chiffre) (?:précédent|initial)',
  'حصيله سابقه', 'الحصيله السابقه', 'الحصيله الاولي', 'في وقت سابق',
  // A figure raised or cut from an earlier one ("to $816 million from an initial $160 million",
  // "au lieu des 160 millions prévus au départ", "بعد أن كان 160 مليوناً"): the earlier amount.
  'from (?:an? |the |its |their )?(?:initial|original|earlier|previous|first)', 'instead of',
  "au lieu (?:de|des|du|d['’])", "(?:contre|après) (?:un |une |le |la |les |l['’])?(?:initial|initiale|initiaux|premier|première|précédent|précédente)",
  'بعد ان كان', 'بعد ان كانت', 'بدلا من',
  // A count told in the pluperfect with a word of earliness, or as the less a speaker had counted
  // ("where the clinic had initially reported seven", "le ministre n'en avait recensé que trois",
  // "وكانت الوزارة قد أحصت ثلاثة"): an earlier step, beside the count the report gives now. (A
  // plain pluperfect after a verb of saying, "said it had confirmed 10", is reported speech.)
  'had (?:initially|originally|first) (?:reported|counted|recorded|announced|given|put|confirmed|registered)',
  "(?:avait|avaient) (?:initialement|d['’]abord|auparavant|précédemment) (?:recensé|annoncé|compté|dénombré|signalé|évoqué|fait état|donné|avancé|enregistré)",
  "n['’]en (?:avait|avaient) (?:recensé|annoncé|compté|dénombré|signalé|évoqué|donné|enregistré)",
  '(?:[وف])?كان(?:ت)? (?:[^\\s]+ ){0,3}قد (?:اعلن|اعلنت|احصي|احصت|ذكر|ذكرت|افاد|افادت|تحدث|تحدثت|سجل|سجلت|اشار|اشارت)',
]
// A sentence that opens on a first stage ("At first, an official told AFP that four had died",
// "Dans un premier temps", "في البداية") sets everything it says at that stage, however far the
// figure stands from the words.
const OPENING_CUES = ['at first', 'initially', 'in the first hours', 'early on', 'dans un premier temps', 'au départ', 'initialement', 'dans les premières heures', 'في البدايه', 'في بادئ الامر', 'في الساعات الاولي', 'في وقت سابق']
const AFTER_CUES = ['(?:hours|minutes) (?:earlier|before)', 'plus tôt', 'auparavant', 'jusque-là', "jusqu['’]alors", 'في وقت سابق', 'قبل ساعات',
  'initially', 'originally', 'at first', 'initialement', 'au départ', 'في البدايه', 'سابقا']
const cue = (words: string[]) => new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu')
const BEFORE = cue(BEFORE_CUES)
const AFTER = cue(AFTER_CUES)
const REACH_BEFORE = 120
const REACH_AFTER = 45
const OPENING = new RegExp(`^[\\s"“«'(]*(?:[وف])?(?:${OPENING_CUES.join('|')})(?![\\p{L}])`, 'iu')

/**
 * Whether a figure's words present it as an earlier count ("the previous toll of 9"). The words
 * before it are read from the figure before it in its sentence (`from`), those after it up to the
 * next number, so that a cue is read with the figure it stands by ("rose to 115, up from 93").
 */
export function saysEarlier(c: Claim, text: string, from = c.sentence.start): boolean {
  const before = text.slice(Math.max(from, c.sentence.start, c.span.start - REACH_BEFORE), c.span.start)
  const after = text.slice(c.span.end, Math.min(c.sentence.end, c.span.end + REACH_AFTER)).split(/[\p{Nd}]/u)[0]
  return BEFORE.test(foldKey(before)) || AFTER.test(foldKey(after)) || OPENING.test(foldKey(text.slice(Math.max(from, c.sentence.start), c.span.start)))
}

/** The figures of a topic that their report gives as earlier steps of a count it gives higher. */
export function earlierSteps(cs: Claim[], textOf: (source: string) => string | undefined): Set<string> {
  // Where the figure before each one ends in its report (among the topic's figures), read only for
  // the few figures with a cue in their sentence.
  const prevEnd = (c: Claim) => cs.reduce((end, x) => (x.source === c.source && x.span.end <= c.span.start && x.span.end > end ? x.span.end : end), 0)
  const steps = cs.filter((c) => { const t = textOf(c.source); return !!t && typeof (c.quantity.hi ?? c.quantity.lo) === 'number' && saysEarlier(c, t) && saysEarlier(c, t, prevEnd(c)) })
  if (!steps.length) return new Set()
  const isStep = new Set(steps)
  const out = new Set<string>()
  for (const c of steps) {
    const top = (c.quantity.hi ?? c.quantity.lo) as number
    const current = cs.some((x) => !isStep.has(x) && x.source === c.source && x.quantity.kind === c.quantity.kind && x.quantity.unit === c.quantity.unit && typeof x.quantity.lo === 'number' && x.quantity.lo > top)
    if (current) out.add(c.id)
  }
  return out
}
