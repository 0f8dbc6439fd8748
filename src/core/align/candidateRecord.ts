import type { Claim, Lang } from '../model'
import { isRecordSince } from './recordSince'
import type { Concept } from './measures'
import { durationDays } from '../compare/interval'

// A record: how long it has been since the last event as bad ("the deadliest wildfire in more than a
// century", "le cyclone le plus puissant à frapper l'île depuis 1934", "أسوأ حادث منذ أكثر من
// عقدين", "for the first time in 20 years"). The length or year counts back from the story's event,
// as "three days after the quake" does, but it measures how rare the event is, not when it was:
// reports that give it state one figure a reader compares ("in a century" against "in 90 years"),
// and it never dates the event.

/** The measure of a record's figures: not one of the lexicon's, since no counted noun names it. */
export const RECORD: Concept = {
  id: 'record',
  family: 'time',
  label: { en: 'time since the last event as severe', ar: 'المدة منذ آخر حدث بهذه الشدة' },
  words: { en: [], ar: [], fr: [] },
  fixed: true,
}

// The superlative a record is said with, per language. ("أكثر" alone is "more than", an
// approximator: only "الأكثر" and "أكثر … دموية" are superlatives.)
const SUPERLATIVE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}])(?:worst|deadliest|bloodiest|strongest|most|biggest|largest|heaviest|highest|hottest|costliest|fiercest|greatest|severest|first|never|unprecedented|record)(?![\p{L}\p{N}])/giu,
  fr: /(?:(?<![\p{L}\p{N}])(?:l[ae]s?|l')\s*plus(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:pire|pires|premi[eè]re?s?|jamais|record|sans précédent|inédite?s?)(?![\p{L}\p{N}]))/giu,
  ar: /(?:^|[\s(«"])(?:ال)?(?:أسوأ|اسوأ|أعنف|أقوى|أكبر|أشد|أعلى|أخطر|أفدح|أول|الأولى)(?![\p{L}])|الأكثر|أكثر\s+\S+\s+دموية|لم\s+\S+|غير\s+مسبوق|قياسي/gu,
}
// The word that counts back from the event, right before the figure ("since", "in more than",
// "depuis près de", "منذ أكثر من"); the figure's own span often holds the approximator already.
const BACK: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}])(?:since|in|for)\s+(?:(?:the\s+)?(?:last|past)\s+|(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+|around\s+|some\s+)?$/iu,
  fr: /(?<![\p{L}\p{N}])(?:depuis|en)\s+(?:plus\s+d[e']\s*|près\s+d[e']\s*|environ\s+|presque\s+)?$/iu,
  ar: /(?:منذ|خلال)\s*(?:(?:أكثر|اكثر)\s+من\s+|نحو\s+|قرابة\s+|حوالي\s+|عام\s+|العام\s+)?$/u,
}
const SINCE_LEAD = /^(?:since|depuis|منذ)\s+/iu
// How far before the "since" its superlative may stand, in one stretch with no comma
// ("le cyclone le plus intense qu'ait connu Mayotte depuis 90 ans").
const REACH = 90

// A record counts back a year or more ("in 13 years", "depuis des décennies"): "the highest toll
// in 24 hours" is a day's figure, not a record.
const YEAR = 300

/** Whether a figure is the length (or the year) a record counts back to. `text`: its report. */
export function isRecord(c: Claim, text: string, lang: Lang): boolean {
  const q = c.quantity
  if (q.kind === 'duration') {
    const d = durationDays(q)
    if (!d || !(d.hi >= YEAR)) return false
  } else if (!((q.kind === 'date' || q.kind === 'daterange') && q.precision === 'year')) return false
  // The figure's own words may hold the "since" ("since 1987", "depuis 1956"): read up to them.
  const lead = SINCE_LEAD.exec(c.text)?.[0] ?? ''
  const before = text.slice(Math.max(c.sentence.start, c.span.start - REACH - 30), c.span.start) + lead
  const back = BACK[lang].exec(before)
  if (!back) return false
  const stretch = before.slice(0, back.index).split(/[,،;:.!?؟\n]/u).pop()!.slice(-REACH)
  // (Placement's reading of a record must agree: "most residents have lived there for 90 years" is none.)
  return new RegExp(SUPERLATIVE[lang].source, SUPERLATIVE[lang].flags.replace('g', '')).test(stretch) && (q.kind === 'daterange' || isRecordSince(c, text))
}

/** The words a record's topic is found by, once a reviewer accepts it. */
export const RECORD_CUES = ['worst', 'deadliest', 'strongest', 'le plus', 'la plus', 'depuis', 'since', 'الأسوأ', 'الأعنف', 'الأقوى', 'منذ']
