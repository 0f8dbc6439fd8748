import type { Claim } from '../model'
import { foldKey } from '../text/normalize'
import { WORD_END, WORD_START } from '../text/words'

// The stage of a ballot's count a figure's sentence gives it at. The votes of a ballot already held
// do not move (numbers.ts), but their count does, until it ends: a tally "after counting 60 % of
// the ballots", "partial results", "le dépouillement se poursuit", "بعد فرز 80% من الأصوات" is a
// count under way, which the next one overtakes; preliminary results are overtaken by the final
// ones. Two figures at two stages are the count going on (a series), not two accounts of one count.
// Two figures of one stage ("preliminary results" relayed on two days) stay one count.

export const TALLY_STAGES = ['partial', 'preliminary', 'final'] as const
export type TallyStage = (typeof TALLY_STAGES)[number]

// (Written as the folded text reads: "بالمئة" and "في المائة" end in ه there.)
const PERCENT = '\\p{N}+(?:[.,]\\p{N}+)?\\s?(?:%|per ?cent|percent|pour ?cent|في ?الما?ئه|بالما?ئه)'

const STAGES: Record<TallyStage, string[]> = {
  partial: [
    // English
    `after (?:the )?count(?:ing)? (?:of )?(?:${PERCENT}|(?:some|most|half|two[- ]thirds|a (?:third|quarter)|three[- ]quarters) of)`,
    `with (?:${PERCENT}|(?:most|half|two[- ]thirds|three[- ]quarters) of) (?:the )?(?:ballots|votes|polling stations|precincts|constituencies)(?: \\p{L}+)? (?:counted|tallied|processed|reporting|in)`,
    `${PERCENT} of (?:the )?(?:ballots|votes|polling stations|precincts) (?:counted|tallied|processed|reporting)`,
    '(?:partial|early|initial|incomplete|first) (?:results|returns|count|tally|figures)',
    '(?:counting|the count|tallying) (?:is |was )?(?:still )?(?:continu(?:es|ed|ing)|under ?way|ongoing|in progress|goes on)',
    '(?:counted|tallied) so far', 'so far counted',
    // French
    '(?:résultats|chiffres|décomptes?) partiels?', 'dépouillement partiel', 'premiers (?:résultats|chiffres)', 'premières tendances',
    `(?:après|au terme du|à l['’]issue du) (?:le )?dépouillement (?:de |d['’])?(?:${PERCENT}|la moitié|plus de la moitié|la majorité)`,
    `(?:sur )?${PERCENT} des (?:bulletins|voix|bureaux(?: de vote)?|suffrages) (?:dépouillés|décomptés|comptés)`,
    'le dépouillement (?:se poursuit|continue|est (?:toujours )?en cours|n[’\']est pas (?:encore )?terminé)',
    // Arabic
    'نتائج جزئية', 'النتائج الجزئية', 'الفرز الجزئي', 'النتائج الأولى', 'نتائج أولى',
    `بعد فرز (?:${PERCENT}|نصف|اكثر من نصف|معظم|غالبيه)`, `فرز ${PERCENT}`,
    '(?:مع )?استمرار (?:عمليات |عملية )?الفرز', '(?:لا|ما) ?(?:يزال|زال|تزال|زالت) (?:الفرز|فرز|عمليات الفرز|عملية الفرز)',
  ],
  preliminary: [
    '(?:preliminary|provisional) (?:official )?(?:results|count|tally|figures|returns)',
    '(?:résultats|chiffres|décompte) (?:préliminaires|provisoires)',
    'النتائج الأولية', 'نتائج أولية', 'النتائج المؤقتة', 'نتائج مؤقتة', 'النتائج غير النهائية',
  ],
  final: [
    '(?:final|definitive|certified) (?:official )?(?:results|count|tally|figures|returns)',
    '(?:résultats|chiffres|décompte) (?:définitifs|finaux|final|officiels définitifs)',
    'النتائج النهائية', 'نتائج نهائية', 'النتيجة النهائية',
  ],
}

// (Arabic patterns are folded as the text is, but for the percent pattern, which is written folded
// already, and take a glued conjunction or preposition.)
const fold = (p: string) => (/\p{Script=Arabic}/u.test(p.split(PERCENT).join('')) ? `(?:[وفبلك])?${p.split(PERCENT).map(foldKey).join(PERCENT)}` : p)
const RE = Object.fromEntries(TALLY_STAGES.map((k) => [k, new RegExp(`${WORD_START}(?:${STAGES[k].map(fold).join('|')})${WORD_END}`, 'iu')])) as Record<TallyStage, RegExp>

/** The stage of a ballot's count a figure's sentence gives it at, or null when it names none (a count under way first: "partial results" beats a "final" said of something else). */
export function tallyStage(c: Pick<Claim, 'sentence'>, text: string | undefined): TallyStage | null {
  if (!text) return null
  const sentence = foldKey(text.slice(c.sentence.start, c.sentence.end))
  return TALLY_STAGES.find((k) => RE[k].test(sentence)) ?? null
}

/** Whether two figures' stages say the count went on between them: one is a count under way, or they stand at two known stages. */
/**
 * The measures a ballot's count gives: only their figures are read for a stage of the count. "Initial
 * figures showed 300 people aboard" or "النتائج الأولية للتحقيق" are no count going on.
 */
export const TALLIED_MEASURES: ReadonlySet<string> = new Set(['votes', 'valid-votes', 'spoiled', 'share', 'turnout', 'abstention', 'voters', 'abstainers', 'seats'])

export const countGoesOn = (a: TallyStage | null, b: TallyStage | null): boolean => a === 'partial' || b === 'partial' || (!!a && !!b && a !== b)
