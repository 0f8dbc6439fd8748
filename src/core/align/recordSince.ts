import type { Claim } from '../model'
import { compact } from '../text/normalize'
import { alternation } from '../text/alternation'

const compacted = (xs: string[]) => alternation(xs, { fold: (x) => compact(x).text })

// A date or a length of time said as the last time something as strong happened ("the strongest
// cyclone since 1934", "the deadliest in 90 years", "le plus intense qu'ait connu l'île depuis 90
// ans", "n'avait plus connu de tempête aussi intense depuis 1996", "الإعصار الأقوى منذ عام 1934",
// "لم تشهد الجزيرة مثله منذ 90 عاماً") dates the past event the story is measured against, never
// the story's own: it joins only a topic named for that record ("Last cyclone as strong",
// "Strongest storm since", "Dernier cyclone aussi violent").
// A superlative says a record only as the head of what runs on to the "since" ("the most violent
// riots since 2011", "les heurts les plus violents depuis 2011", "الاشتباكات الأعنف منذ 2011"): a few
// words, no figure, and not a comparative of a count ("more than 40 … since", "أكثر من 40 … منذ",
// "the most violent riots have left 30 dead since", which count the story's own toll).
const SUPERLATIVES = ['most', 'worst', 'deadliest', 'strongest', 'biggest', 'largest', 'heaviest', 'highest', 'lowest', 'fiercest', 'costliest', 'first',
  'le plus', 'la plus', 'les plus', 'pire', 'pires',
  'الأقوى', 'أقوى', 'الأعنف', 'أعنف', 'الأسوأ', 'أسوأ', 'الأكبر', 'أكبر', 'الأشد', 'أشد', 'الأكثر', 'أكثر', 'الأول', 'الأولى']
// Words that say "not seen since" themselves ("never", "sans précédent", "لم تشهد"): no figure between.
const NOT_SEEN = ['never', 'unprecedented', 'record', 'jamais', 'plus connu', 'plus vu', 'sans précédent', 'inédit', 'inédite',
  'غير مسبوق', 'غير مسبوقة', 'قياسي', 'قياسية', 'لم تشهد', 'لم يشهد', 'لم تعرف', 'لم يعرف', 'لم نشهد']
const SUPERLATIVE_RE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${compacted(SUPERLATIVES)})(?!\\s+(?:من|than|of)(?![\\p{L}]))(?:\\s+[^\\s\\p{N},،;؛]+){0,6}\\s*$`, 'iu')
const NOT_SEEN_RE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${compacted(NOT_SEEN)})(?![\\p{L}])[^\\p{N}]*$`, 'iu')
// "as intense since", "aussi violente depuis", "not seen … since", "had not experienced … since".
const AS_STRONG = /(?<![\p{L}])(?:as|aussi|si|not seen|not experienced|had not seen|has not seen)\s+(?:\p{L}+\s+){0,3}$/iu
const SINCE_END = /(?<![\p{L}])(?:since|depuis|in|en|منذ)\s*(?:(?:the year|l['’]an|l['’]année|عام|العام|سنة)\s*)?$/iu
const RECORD_REACH = 100

/** Whether a date or a length of time is said as the last time something as strong happened. */
export function isRecordSince(c: Pick<Claim, 'span' | 'text' | 'quantity' | 'sentence'>, text: string): boolean {
  if (c.quantity.kind !== 'date' && c.quantity.kind !== 'duration') return false
  const own = compact(c.text).text
  const since = /^(?:since|depuis|منذ)(?![\p{L}])/iu.exec(own)
  const lead = text.slice(Math.max(c.sentence.start, c.span.start - RECORD_REACH), c.span.start)
  const at = since ? lead.length : (() => { const m = SINCE_END.exec(lead); return m ? m.index : -1 })()
  if (at < 0) return false
  // (A bare "in" says a record only after a superlative: "the deadliest in 90 years", not "in 2019".)
  if (!since && /(?:^|\s)(?:in|en)\s*$/iu.test(lead) && c.quantity.kind !== 'duration') return false
  const before = lead.slice(0, at)
  const clause = before.slice(Math.max(...['.', ';', '؛', '!', '?'].map((b) => before.lastIndexOf(b))) + 1)
  const folded = compact(clause).text
  return SUPERLATIVE_RE.test(folded) || NOT_SEEN_RE.test(folded) || AS_STRONG.test(clause)
}

// (A name must point back to the earlier one: "Day of the deadliest protests" is the story's own,
// and so is "Days since the quake", counted from it. A record's name says "last … as", or a
// superlative before its "since": "Strongest storm since", "Tempête la plus forte depuis", "أقوى عاصفة منذ".)
const LAST_AS = new RegExp(`(?<![\\p{L}])(?:last\\s.*\\sas|previous record|derni(?:er|ère)\\s.*\\s(?:aussi|si)|${compacted(['آخر'])}\\s.*\\s(?:${compacted(['بهذه', 'بهذا', 'بمثل', 'مماثل', 'مماثلة'])}))(?![\\p{L}])`, 'iu')
const RECORD_BEFORE_SINCE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${compacted([...SUPERLATIVES, ...NOT_SEEN])})(?![\\p{L}]).*(?<![\\p{L}])(?:since|depuis|${compacted(['منذ'])})(?![\\p{L}])`, 'iu')
// A superlative measured over a length of time names one too ("Deadliest in a century", "Worst
// crash in decades", "Worst in how long", "Le plus meurtrier en un siècle", "الأسوأ في عقدين").
const LENGTHS = ['how long', 'century', 'centuries', 'decade', 'decades', 'years', 'generation', 'generations', 'siècle', 'siècles', 'décennie', 'décennies', 'ans', 'années', 'génération',
  'قرن', 'قرون', 'عقد', 'عقدين', 'عقود', 'سنة', 'سنوات', 'عاما', 'عام', 'أعوام', 'جيل']
const RECORD_OVER = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${compacted(SUPERLATIVES)})(?![\\p{L}]).*(?<![\\p{L}])(?:in|over|en|في|خلال)\\s+(?:[^\\s]+\\s+){0,3}?(?:\\p{N}+\\s+)?(?:${compacted(LENGTHS)})(?![\\p{L}])`, 'iu')
export const namesRecord = (name: string) => { const f = compact(name).text; return LAST_AS.test(f) || RECORD_BEFORE_SINCE.test(f) || RECORD_OVER.test(f) }

