import type { Claim, Lang, Span } from '../model'
import { foldKey } from '../text/normalize'
import { AMOUNT_VERBS } from './economy'
import { CONCEPT_BY_ID, type Concept } from './measures'
import { alternation } from '../text/alternation'

// Which sum an amount is, read from the verb that governs it: "is demanding at least $900
// million", "l'Egypte réclame 900 millions", "تطالب الهيئة بـ٩١٦ مليون دولار" are sums claimed;
// "the owner offered only $150 million", "لم تعرض سوى" sums offered; "a down payment of", "دفعة
// مقدمة قيمتها" first instalments; "Egypt lost $15 million a day", "a, lui, perdu entre six et dix
// milliards" sums lost; "was fined €2 million", "غرامة قدرها" fines. The verb stands right before the amount, with at most a few words between (its
// subject or object: "تطالب الشركة المالكة بـ"), and no break or other figure. A verb read this way
// says more than a word elsewhere in the clause, and, unlike a word of the lexicon, never names
// the measure of a count ("ont perdu la vie", "demandes d'indemnisation").

const VERBS = Object.entries(AMOUNT_VERBS).map(([concept, words]) => ({ concept, words }))

// Between the verb and the amount: up to three words that are no break, no figure and no
// coordinator (a subject, an object, "only", "في المقابل سوى"), then the amount's own preposition
// ("بـ", "de", "of"). ("pour les familles ayant perdu un proche et de Rs 50 000 pour les blessés":
// the second amount is no loss.) Nor a relative or a participle that opens a clause of its own,
// nor a verb of receiving: "everyone who lost a house gets $5,000", "ceux qui ont perdu leur
// bateau reçoivent", "من خسر قاربه ينال" name what the one who lost is given. (Not "que": "n'a
// proposé que 8 millions" is the offer.)
const STOPS = [
  'and', 'or', 'but', 'while', 'et', 'ou', 'mais', 'puis', 'tandis', 'alors', 'أو', 'ثم', 'بينما', 'فيما',
  'who', 'which', 'that', 'whose', 'whom', 'having', 'qui', 'dont', 'lesquels', 'lesquelles', 'ayant', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي',
  'get', 'gets', 'got', 'getting', 'receive', 'receives', 'received', 'receiving', 'obtain', 'obtains', 'obtained', 'collect', 'collects', 'collected',
  'reçoit', 'reçoivent', 'recevra', 'recevront', 'recevoir', 'reçu', 'reçus', 'touche', 'touchent', 'touchera', 'toucheront', 'toucher', 'perçoit', 'perçoivent', 'percevra', 'percevront', 'obtient', 'obtiennent', 'obtiendra', 'obtiendront', 'bénéficie', 'bénéficient', 'bénéficiera', 'bénéficieront',
  'يحصل', 'تحصل', 'يحصلون', 'حصل', 'حصلت', 'حصلوا', 'يتلقى', 'تتلقى', 'يتلقون', 'تلقى', 'تلقت', 'تلقوا', 'ينال', 'تنال', 'ينالون', 'نال', 'نالت', 'يتقاضى', 'تتقاضى', 'يتقاضون', 'يستلم', 'تستلم', 'يستلمون', 'تسلم', 'تسلمت', 'استلم', 'استلمت',
]
// (Arabic attaches و، ف and the future's س to the verb: "وستحصل".)
const GAP = String.raw`(?:[\s,،]*(?:(?!(?:[وف]?س?)(?:${[...new Set(STOPS.map(foldKey))].join('|')})(?![\p{L}\p{N}]))[^\s\p{N},،;؛.:!?()«»"]+\s+){0,3}?)`
const EDGE = String.raw`(?<![\p{L}\p{N}])`
const patterns = new Map<Lang, { concept: string; re: RegExp }[]>()

function patternsFor(lang: Lang): { concept: string; re: RegExp }[] {
  let out = patterns.get(lang)
  if (out) return out
  out = VERBS.map(({ concept, words }) => {
    const alternatives = alternation(words[lang], { fold: foldKey, spaces: 'spaces' })
    // Arabic attaches و، ف and the future's س to a verb ("وتطالب", "ستخسر"), and ب to the amount ("بـ٩١٦").
    const lead = lang === 'ar' ? String.raw`(?<![\p{L}\p{N}])[وف]?س?` : EDGE
    const tail = lang === 'ar' ? String.raw`(?:ب|بـ|ب\s+)?$` : String.raw`(?:(?:of|de|d['’]|à|for)\s*)?$`
    return { concept, re: new RegExp(`${lead}(?:${alternatives})(?![\\p{L}\\p{N}])${GAP}${tail}`, 'iu') }
  })
  patterns.set(lang, out)
  return out
}

const REACH = 48

// A sum demanded or offered for relief is aid ("the UN is demanding $400 million in emergency aid",
// "l'ONU réclame 400 millions de dollars d'aide humanitaire", "تطالب الأمم المتحدة بـ400 مليون دولار
// لإغاثة"): a claim or an offer yields to a word of aid in its clause.
// (Arabic with its attached و، ب، ل and article: "من المساعدات", "للإغاثة".)
const AID = new RegExp(`(?<![\\p{L}])(?:[وفبل]?(?:ال|ل)?)(?:${['aid', 'relief', 'humanitarian', 'appeal', 'donors', 'aide', 'aides', 'humanitaire', 'secours', 'appel de fonds', 'donateurs', 'مساعدات', 'مساعدة', 'إغاثة', 'إنسانية', 'نداء', 'مانحين', 'مانحون'].map(foldKey).join('|')})(?![\\p{L}])`, 'iu')
const YIELDS = new Set(['claim', 'offer'])

/** The measure the verb right before an amount (or an amount a day) names in its clause: a sum claimed, offered, lost or fined; null for any other figure. */
export function moneyVerb(claim: Claim, text: string, clause: Span, lang: Lang): Concept | null {
  const q = claim.quantity
  if (q.kind !== 'money' && !(q.kind === 'rate' && q.unit && /^[A-Z]{3}\//.test(q.unit))) return null
  const before = foldKey(text.slice(Math.max(clause.start, claim.span.start - REACH), claim.span.start))
  const hit = patternsFor(lang).find(({ re }) => re.test(before))
  if (!hit || (YIELDS.has(hit.concept) && AID.test(foldKey(text.slice(clause.start, clause.end))))) return null
  return CONCEPT_BY_ID.get(hit.concept) ?? null
}
