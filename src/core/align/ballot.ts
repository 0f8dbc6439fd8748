import type { Claim, Span } from '../model'
import { foldKey } from '../text/normalize'
import { WORD_END } from '../text/words'
import { alternation } from '../text/alternation'

// What a figure of a vote says beyond its measure: the option it was cast for (yes or no, for or
// against a text), and whether it is an exit poll's rather than the count's. A referendum's yes
// share and no share, its yes votes and no votes, are different topics; so are the exit poll's
// yes and the commission's. Read from a closed set of words per language (the options named:
// "oui", "نعم", "the no vote") and the verbs of approving and rejecting, which say an option only
// where the clause speaks of a vote ("2.1 million voters backed the text", "148 000 électeurs ont
// rejeté le projet", "رفضه 150 ألف ناخب": not "the council approved 300 homes").

export type BallotOption = 'yes' | 'no'
/** Facet ids: the options, and the exit poll (a survey of voters, not the count). */
export const EXIT_POLL = 'exit-poll'

// (The French press writes its apostrophes curly as often as straight: "échantillon d’".)
const words = (list: readonly string[]) => alternation(list, { fold: foldKey, apostrophes: true })
// Arabic attaches its article and prepositions ("بنعم", "للمقترعين"); a hyphen after a Latin word
// makes another word ("non-résidents").
const wordsRe = (list: string[], flags = 'iu') => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:[وفبلك]?ال|لل|[وفبلك])?(?:${words(list)})(?![\\p{L}\\p{N}-])`, flags)

// The options named as such: a word no other sentence uses for anything else, or the ambiguous
// ones ("no", "non", "لا") only quoted or said as what was voted ("voted no", "pour le non",
// "صوتوا بلا").
const NAMED: Record<BallotOption, string[]> = {
  yes: [
    'yes', '"yes"', 'yes vote', 'yes votes', 'voted yes', 'votes for', 'voting for', 'voted in favour', 'voted in favor',
    'oui', '"oui"', 'le oui', 'du oui', 'au oui', 'pour le oui', 'partisans du oui', 'votent pour', 'voté en faveur',
    'نعم', '"نعم"', 'بنعم', 'ب"نعم"', 'صوتوا لصالح', 'صوت لصالح',
  ],
  no: [
    '"no"', 'no vote', 'no votes', 'no share', 'no camp', 'no side', 'voted no', 'vote no', 'voting no', 'voted against', 'votes against', 'voting against', 'vote against',
    '"non"', 'le non', 'du non', 'au non', 'pour le non', 'partisans du non', 'voté non', 'voté contre', 'votent contre', 'votes contre',
    '"لا"', 'ب"لا"', 'صوتوا بلا', 'صوت بلا', 'التصويت بلا', 'صوتوا ضد', 'صوت ضد',
  ],
}
// Verbs of approving and rejecting, and who is for or against: an option only in a clause that
// speaks of a vote ("aid in favour of the victims", "مساعدات لصالح المتضررين" say none).
const VERBS: Record<BallotOption, string[]> = {
  yes: [
    'in favour', 'in favor', 'en faveur', 'لصالح', 'مؤيدين', 'المؤيدين', 'مؤيدون', 'المؤيدون',
    'backed', 'backing', 'approved', 'approving', 'supported', 'supporting', 'endorsed', 'endorse', 'said yes',
    'approuvé', 'approuvée', 'approuvent', 'approuvant', 'approuve', 'soutenu', 'soutenue', 'soutiennent', 'adopté', 'adoptée', 'plébiscité', 'plébiscitée',
    'ايدوا', 'ايد', 'ايدت', 'يؤيدون', 'يؤيد', 'تؤيد', 'وافقوا', 'وافق', 'يوافقون', 'الموافقه', 'موافقه', 'دعموا', 'يدعمون', 'تاييد',
  ],
  no: [
    'رافضين', 'الرافضين', 'رافضون', 'الرافضون', 'معارضين', 'المعارضين',
    'rejected', 'reject', 'rejects', 'rejecting', 'opposed', 'oppose', 'opposes', 'opposing', 'said no', 'against the draft', 'against the text', 'against the proposal', 'against the constitution',
    'rejeté', 'rejetée', 'rejettent', 'rejetant', 'rejette', "contre le projet", 'contre le texte', 'opposés',
    'رفضوا', 'رفض', 'رفضت', 'رفضه', 'رفضها', 'يرفضون', 'يرفض', 'ترفض', 'عارضوا', 'يعارضون', 'ضد المشروع', 'ضد الدستور',
  ],
}
// Words of a vote: a clause that names none speaks of something else ("approved 300 homes").
const VOTE_WORDS = [
  'vote', 'votes', 'voted', 'voters', 'voting', 'ballot', 'ballots', 'referendum', 'election', 'elections', 'electorate', 'polls', 'those who took part', 'who took part', 'elected', 're-elected', 'reelected',
  'voté', 'voix', 'élu', 'élue', 'réélu', 'réélue', 'suffrages', 'électeurs', 'électrices', 'votants', 'scrutin', 'référendum', 'élection', 'élections', 'urnes', 'inscrits', 'exprimés',
  'اصوات', 'الاصوات', 'صوتوا', 'تصويت', 'ناخب', 'ناخبا', 'ناخبين', 'ناخبون', 'مقترع', 'مقترعين', 'مقترعون', 'اقتراع', 'استفتاء', 'انتخابات', 'الانتخابات', 'الرئاسيات', 'المصوتين',
]
const NAMED_RE = { yes: wordsRe(NAMED.yes), no: wordsRe(NAMED.no) }
const VERB_RE = { yes: wordsRe(VERBS.yes), no: wordsRe(VERBS.no) }
const VOTE_RE = wordsRe(VOTE_WORDS)
const OPTIONS: BallotOption[] = ['yes', 'no']

/**
 * The options a text names (a topic's label, a figure's own words); `ballot`: whether the text
 * around speaks of a vote, so that the verbs of approving and rejecting say an option too (by
 * default, whether the text itself names a vote).
 */
export function optionsIn(text: string, ballot?: boolean): Set<BallotOption> {
  const folded = foldKey(text)
  const voting = ballot ?? VOTE_RE.test(folded)
  return new Set(OPTIONS.filter((o) => NAMED_RE[o].test(folded) || (voting && VERB_RE[o].test(folded))))
}

// A clause that restates the figure before it ("…, soit 94,6 %", ", or 5.4 percent", ", which is
// 94.6 percent", "، أي ما نسبته 5.40%", "ce qui représente 46,10 %") says of it what that one's
// clause says: its option, its measure.
const RESTATES = new RegExp(`^[\\s"“”«»]*(?:${words(['soit', 'or', 'i.e.', 'that is', 'which is', 'which represents', 'representing', 'accounting for', 'ce qui représente', 'ce qui correspond à', 'représentant', 'correspondant à', 'أي', 'أي ما نسبته', 'ما يمثل', 'ما نسبته', 'بما نسبته', 'وهو ما يمثل', 'ما يعادل'])})${WORD_END}`, 'iu')

/** The start of the clause before a figure's own words (`own.start`), in its sentence. */
// (A comma between digits is a decimal or thousands separator: "71,5 %".)
function clauseBefore(text: string, own: Span, sentence: Span): number {
  const before = text.slice(sentence.start, own.start).replace(/[\s,،;؛]+$/u, '')
  const breaks = [...before.matchAll(/[,،;؛]/gu)].filter((m) => !(m[0] === ',' && /\d/.test(before[m.index - 1] ?? '') && /\d/.test(before[m.index + 1] ?? '')))
  return sentence.start + (breaks.length ? breaks[breaks.length - 1].index + 1 : 0)
}

/**
 * Where the words that speak for a figure begin: `own.start` (the start of its own stretch in its
 * clause), or the start of the clause before when its own words open by restating that one's
 * figure. `sentence`: its sentence.
 */
export function restatedFrom(text: string, own: Span, sentence: Span): number {
  return RESTATES.test(foldKey(text.slice(own.start, Math.min(sentence.end, own.start + 40))).replace(/^[,،;؛\s]+/u, '')) ? clauseBefore(text, own, sentence) : own.start
}

// A share set against the one before ("26 % à 17 h, contre 33 % il y a cinq ans", "26 per cent at
// 5 pm, against 33 per cent in 2019", "مقابل 33 بالمائة"): a share of the same measure, at another time.
const SET_AGAINST = new RegExp(`^[\\s,،]*(?:${words(['against', 'compared with', 'compared to', 'versus', 'vs', 'contre', 'comparé à', 'par rapport à', 'مقابل', 'بالمقارنة مع', 'مقارنة ب'])})${WORD_END}`, 'iu')

// The end of a change whose start is a turnout ("turnout slid from 52% in 2011 to 32% in 2019", "la
// participation est passée de 55 % à 34 %", "تراجعت نسبة المشاركة من 55% إلى 34%"): a turnout too.
const CHANGE_TO = new RegExp(`(?:^|[^\\p{L}])(?:${words(['to', 'à', 'a', 'الى'])})\\s*$`, 'iu')
const CHANGE_FROM = new RegExp(`(?:^|[^\\p{L}])(?:${words(['from', 'de', 'passé de', 'passée de', 'من'])})\\s*\\d`, 'iu')

// An exit poll or a survey of voters, anywhere in the figure's sentence ("D'après un sondage
// réalisé à la sortie des urnes, le oui recueillerait 92 %", "وكشف استطلاع … أن المشاركين صوتوا
// بنسبة 92 في المائة"). (Not "polls" alone: voters go to the polls. A survey, an "enquête", an
// "استطلاع" only beside a word of a vote: the US Geological Survey, a damage survey and a
// reconnaissance drone, "طائرة استطلاع", are none.)
const EXIT_POLL_RE = wordsRe([
  'exit poll', 'exit polls', 'exit-poll', 'opinion poll', 'opinion polls', 'polling institute', 'pollster', 'pollsters',
  'sondage', 'sondages', 'sortie des urnes', 'institut de sondage',
  'استطلاع رأي', 'استطلاع للرأي', 'استطلاعات الرأي', 'سبر اراء', 'سبر الاراء',
])
const SURVEY_RE = wordsRe(['survey', 'surveys', 'poll by', 'enquête', 'استطلاع', 'استطلاعات'])

/** Whether a text (a figure's sentence, a topic's label) says its figures are an exit poll's. */
export function saysExitPoll(text: string): boolean {
  const folded = foldKey(text)
  return EXIT_POLL_RE.test(folded) || (SURVEY_RE.test(folded) && VOTE_RE.test(folded))
}

/**
 * What a figure's words add to its measure in a vote: the option its own words (`own`, with the
 * clause it restates) name, and an exit poll its sentence names.
 */
export function ballotFacets(text: string, own: Span, sentence: Span): Set<string> {
  const from = restatedFrom(text, own, sentence)
  const out = new Set<string>(optionsIn(text.slice(from, own.end), VOTE_RE.test(foldKey(text.slice(sentence.start, sentence.end)))))
  // (Both options named say neither: "94.6% yes against 5.4% no" is read figure by figure.)
  if (out.size > 1) out.clear()
  if (saysExitPoll(text.slice(sentence.start, sentence.end))) out.add(EXIT_POLL)
  return out
}

// Taking part, said by the verb that governs a percentage ("27 % des électeurs avaient pris part
// au référendum", "31% of registered voters cast ballots", "نسبة المقترعين بلغت 27 في المائة"): a
// turnout, unless an option is named (then the verb is only who the share is of: "backed by 94.6
// percent of those who took part").
const TAKING_PART = wordsRe([
  'took part', 'taken part', 'take part', 'cast ballots', 'cast their ballots', 'cast a ballot', 'cast their votes', 'turned out', 'went to the polls', 'who voted', 'had voted', 'have voted', 'has voted',
  'pris part', 'ont voté', 'avaient voté', 'a voté', 'se sont rendus aux urnes', 'se sont déplacés', 'ont participé', 'avaient participé',
  'المقترعين', 'نسبة المقترعين', 'نسبة التصويت', 'نسبة الاقتراع', 'شاركوا', 'ادلوا باصواتهم', 'صوتوا',
])

// A survey's sample ("among a sample of 7,500 voters", "un échantillon de 7 500 électeurs", "عينة
// من 7500 ناخب"): those asked, neither the voters nor the votes.
const SAMPLE_OF = new RegExp(`(?:${words(['sample of', 'échantillon de', "échantillon d'", 'échantillon représentatif de', 'عينة من', 'عينة تضم', 'عينة شملت', 'عينة قوامها'])})\\s*$`, 'iu')

// The whole a part of the vote is said out of ("2.46 million voters out of the 9.3 million on the
// rolls", "2,46 millions d'électeurs sur 9,3 millions", "من أصل 9.3 ملايين ناخب"): in a sentence of
// turnout, those on the rolls.
const OUT_OF = new RegExp(`(?:^|[^\\p{L}])(?:${words(['out of', 'out of a total of', 'sur', 'sur un total de', 'من اصل', 'من مجموع'])})\\s+(?:the\\s+|les\\s+)?$`, 'iu')
const OUT_OF_ANYWHERE = /(?:^|[^\p{L}])(?:out of|sur|من اصل|من مجموع)(?![\p{L}])/u
const TURNOUT_WORDS = wordsRe(['turnout', 'participation', 'taux de participation', 'نسبه المشاركه', 'نسبه الاقبال', 'نسبه التصويت', 'نسبه المقترعين'])
const VOTERS_WORDS = wordsRe(['voters', 'électeurs', 'ناخب', 'ناخبين', 'مقترع', 'مقترعين'])

/** Whether the clause after a figure (its end `end`) restates it in words `says` matches ("…, or 2.46 million voters out of…", "…, ce qui correspond à un taux de participation de…"). */
function restatedAs(text: string, end: number, sentence: Span, says: RegExp): boolean {
  const next = text.slice(end, Math.min(sentence.end, end + 120)).replace(/^[\s,،;؛]+/u, '')
  return RESTATES.test(foldKey(next.slice(0, 40))) && says.test(foldKey(next.split(/[;؛]|\.(?!\d)/u)[0]))
}
/** Whether a share's next clause restates it as voters out of a whole ("27.5%, or 2.46 million voters out of the 9.3 million on the rolls"): a turnout. */
const restatedAsVotersOutOf = (text: string, end: number, sentence: Span) => restatedAs(text, end, sentence, VOTERS_WORDS) && restatedAs(text, end, sentence, OUT_OF_ANYWHERE)

// Winning a share, said by the verb that governs it ("re-elected with 94.7%", "l'avait emporté avec
// 58 %", "فاز بنسبة 58 بالمائة"), or the share said of the vote ("58 percent of the vote", "58 %
// des voix", "من الأصوات"): a share of the vote, not a turnout, whatever the sentence says beside.
const WON = wordsRe([
  'won', 'wins', 'win', 'winning', 'elected with', 're-elected with', 'reelected with', 'garnered', 'secured', 'obtained', 'credited with', 'scored',
  'winner with', 'élu avec', 'élue avec', 'réélu avec', 'réélue avec', 'emporté avec', 'vainqueur avec', 'obtient', 'obtenu', 'remporté', 'recueilli', 'recueille', 'crédité de', 'créditée de', 'score de',
  'فاز', 'فوزه', 'يفوز', 'حصل على', 'حصلت على', 'حصد', 'حصدت', 'نال', 'نالت', 'تصدر',
])
const OF_THE_VOTE = new RegExp(`^\\s*(?:${words(['of the vote', 'of vote', 'of the votes', 'of votes cast', 'of the votes cast', 'of valid votes', 'des voix', 'des suffrages', 'des suffrages exprimés', 'des voix exprimées', 'من الاصوات', 'من اصوات'])})${WORD_END}`, 'iu')

/**
 * The measure a vote's words give a figure, by concept id, or null to read it otherwise: a
 * percentage that names an option, is won or is said of the vote is a share of the vote; one said
 * of those who took part, or set against a turnout, a turnout. A count that names an option counts
 * votes; a survey's sample, those asked; the part said out of a whole, voters, and the whole a
 * turnout is out of, those on the rolls. `clause`: the figure's clause; `figures`: the other
 * figures of its sentence (its own words stop at them).
 */
export function ballotMeasure(claim: Claim, text: string, clause: Span, figures: Span[]): 'share' | 'turnout' | 'votes' | 'samples' | 'registered' | 'voters' | null {
  const kind = claim.quantity.kind
  if (kind !== 'percent' && kind !== 'count') return null
  if (kind === 'count' && SAMPLE_OF.test(foldKey(text.slice(Math.max(clause.start, claim.span.start - 40), claim.span.start)))) return 'samples'
  const before = figures.filter((f) => f.end <= claim.span.start && f.end > clause.start).map((f) => f.end)
  const after = figures.filter((f) => f.start >= claim.span.end && f.start < clause.end).map((f) => f.start)
  const own = { start: Math.max(clause.start, ...before), end: Math.min(clause.end, ...after) }
  const from = restatedFrom(text, own, claim.sentence)
  const words = text.slice(from, own.end)
  // (An option named is a vote's by itself: "les partisans du oui sont 2,3 millions".)
  const ballot = VOTE_RE.test(foldKey(text.slice(claim.sentence.start, claim.sentence.end)))
  if (optionsIn(words, ballot).size) return kind === 'percent' ? 'share' : 'votes'
  if (kind === 'percent' && (OF_THE_VOTE.test(foldKey(text.slice(claim.span.end, claim.span.end + 30))) || (ballot && WON.test(foldKey(text.slice(from, claim.span.start)))))) return 'share'
  if (kind === 'percent' && SET_AGAINST.test(foldKey(text.slice(own.start, claim.span.start))) && TURNOUT_WORDS.test(foldKey(text.slice(clauseBefore(text, own, claim.sentence), own.start)))) return 'turnout'
  if (kind === 'percent' && CHANGE_TO.test(foldKey(text.slice(own.start, claim.span.start))) && own.start > claim.sentence.start) {
    const head = foldKey(text.slice(claim.sentence.start, own.start))
    if (TURNOUT_WORDS.test(head) && CHANGE_FROM.test(head)) return 'turnout'
  }
  if (ballot && kind === 'percent' && (TAKING_PART.test(foldKey(words)) || restatedAsVotersOutOf(text, own.end, claim.sentence))) return 'turnout'
  // A count restating a share won is the winner's votes ("vainqueur avec 94,65 %, soit 5,3 millions
  // de suffrages exprimés"); one restated as a turnout counts those who voted ("2 830 094 voix
  // déclarées, ce qui correspond à un taux de participation de 30,5 %").
  if (kind === 'count' && ballot && from < own.start && WON.test(foldKey(text.slice(from, own.start)))) return 'votes'
  if (kind === 'count' && ballot && restatedAs(text, own.end, claim.sentence, TURNOUT_WORDS)) return 'voters'
  // (The part said before "out of" is those who voted: "2.46 million voters out of the 9.3 million".)
  if (kind === 'count' && ballot && after.length && OUT_OF.test(foldKey(text.slice(claim.span.end, Math.min(...after))))) return 'voters'
  if (kind === 'count' && OUT_OF.test(foldKey(text.slice(Math.max(claim.sentence.start, claim.span.start - 24), claim.span.start))) && TURNOUT_WORDS.test(foldKey(text.slice(claim.sentence.start, claim.sentence.end)))) return 'registered'
  return null
}
