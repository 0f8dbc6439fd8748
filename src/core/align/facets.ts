import type { Claim } from '../model'
import { compact, foldKey } from '../text/normalize'
import { countryAliases, isCountryWord } from '../entities/countries'
import { saidAsPart } from './groups'
import { EXIT_POLL, optionsIn, saysExitPoll } from './ballot'

// What sets a figure apart from others of the same measure: said as a projection rather than a
// count, said of the rest of a place, or about one country's people. Placement reads them to keep
// a figure out of a topic about another; discovery reads projections and peoples to propose such
// topics of their own.

// Words before a figure that make it a projection rather than a count ("قد تبلغ", "could reach",
// "expected it to climb to", "أن يتراوح" after a verb of estimating), and words right after it that
// do ("as many as 20,000 may have died", "10 000 morts pourraient"). Matched on folded text, so the
// Arabic words are folded as the text is (يخشى is read as يخشي).
const BEFORE = [
  'قد تبلغ', 'قد يبلغ', 'قد تصل', 'قد يصل', 'قد يرتفع', 'قد ترتفع', 'قد يتجاوز', 'قد تتجاوز', 'ان يبلغ', 'ان تبلغ', 'ان يصل', 'ان تصل',
  'قد يستغرق', 'قد تستغرق', 'قد يدوم', 'قد تدوم', 'ان يتراوح', 'ان يرتفع', 'ان ترتفع', 'يتوقع', 'يتوقعون', 'توقع', 'توقعات', 'متوقع', 'المتوقع', 'المتوقعة', 'يخشى', 'تخشى', 'مخاوف', 'مرجح', 'يرجح', 'رجح', 'ترجح',
  'could', 'expected', 'expects', 'expect', 'feared', 'fears', 'projected', 'likely to', 'may reach', 'might reach', 'may take', 'might take', 'to climb to', 'to rise to',
  'pourrait', 'pourraient', 'craint', 'craignent', 'redoute', 'attendu', 'risque', 'devrait atteindre', 'devrait dépasser',
  // Hopes and expectations of a count to come ("les organisateurs attendent deux millions de visiteurs", "tablent sur", "hope to draw", "يأمل المنظمون").
  'attendent', 'attendus', 'attendues', 'attendue', 'tablent sur', 'table sur', 'espèrent', 'espère', 'hope', 'hopes', 'hoping', 'يأمل', 'يأملون', 'تأمل',
  // Hedges: a guess, not a count ("peut-être un millier", "voire quelques milliers", "ربما").
  // (A rumour denied is no projection of the speaker: discovery sets it apart as a rough estimate.)
  'peut-être', 'sans doute', 'voire', 'je pense', 'craintes', 'perhaps', 'possibly', 'maybe', 'ربما',
]
const AFTER = ['may have', 'might have', 'could have', 'could be', 'may be', 'pourraient', 'pourrait', 'قد يكون', 'قد يكونون']
const alternation = (words: string[]) => words.map((w) => foldKey(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
const PROJECTION_BEFORE = new RegExp(`(?:^|[^\\p{L}])[وفب]?(?:${alternation(BEFORE)})(?:[^\\p{L}]|$)`, 'u')
const PROJECTION_AFTER = new RegExp(`^[^\\p{L}\\p{N}]*(?:[\\p{L}]+\\s+){0,2}(?:${alternation(AFTER)})(?:[^\\p{L}]|$)`, 'u')

/**
 * Whether a figure is said as a projection: the words before it back to `from` (its clause's
 * start), at most 40 characters, or the few words right after it up to `to` (its clause's end).
 */
export function projectedIn(text: string, from: number, c: Pick<Claim, 'span'>, to: number): boolean {
  return PROJECTION_BEFORE.test(foldKey(text.slice(Math.max(from, c.span.start - 40), c.span.end)))
    || PROJECTION_AFTER.test(foldKey(text.slice(c.span.end, Math.min(to, c.span.end + 30))))
}

// Words that put a figure in the rest of a place rather than in it: "in other parts of the
// country", "dans d'autres localités", "في مناطق أخرى", "خارج درنة".
const ELSEWHERE = new RegExp(`(?:^|[^\\p{L}])[وفب]?(?:${alternation([
  'in other parts', 'other parts of', 'elsewhere', 'outside', 'other areas', 'other towns', 'other cities', 'rest of the',
  "d'autres localités", "d'autres régions", "d'autres villes", "d'autres parties", 'ailleurs', 'hors de', 'en dehors de', 'reste du', 'reste de la',
  'مناطق أخرى', 'مدن أخرى', 'أنحاء أخرى', 'خارج', 'باقي المناطق', 'بقية المناطق', 'باقي أنحاء', 'بقية أنحاء',
])})(?:[^\\p{L}]|$)`, 'u')

/** Whether the words of a figure's own stretch put it in the rest of a place ("170 more in other parts of the east"). */
export function elsewhereIn(text: string, stretch: { start: number; end: number }): boolean {
  return ELSEWHERE.test(foldKey(text.slice(stretch.start, stretch.end)))
}

/**
 * The country a country or people word names, with its Arabic article and endings ("السودان",
 * "مصريا", "مصريان" are all Egypt's or Sudan's), as its English name, or null.
 */
export function countryOf(w: string): string | null {
  const found = [w, w.replace(/^(ال|وال|لل)/, ''), w.replace(/(ا|ان|ين|ون)$/, '')].find(isCountryWord)
  return found ? countryAliases(found)[0] : null
}
export const isCountryName = (w: string) => countryOf(w) !== null

/** Whether a figure is said as a part of the figure before it in its sentence: `between` is the text from that figure to this one, `after` the words after it (the cues are groups.ts's). */
export const partOf = (between: string, after: string): boolean => saidAsPart(between, after)

/** The country or people words in a count's own words and counted noun ("مصريان", "French nationals"). */
export function peopleNamed(c: Claim, text: string): string[] {
  // The counted noun's first two words: a people further on is another's ("12 citizens survived
  // Greek shipwreck", "79 غريقاً بينهم مصريان").
  const counted = (c.counted ?? text.slice(c.span.end, c.span.end + 30).split(/[.،,;\n]/)[0]).match(/[\p{L}'’]+/gu)?.slice(0, 2).join(' ') ?? ''
  const words = `${c.text} ${counted}`.match(/[\p{L}'’]+/gu) ?? []
  return words.filter(isCountryName)
}

/**
 * What a topic's label may add to its measure to tell it from another topic of the same measure
 * ("Seriously injured" beside "People injured", "Aid per partly collapsed home" beside "Aid per
 * destroyed home", "Killings at the maternity hospital" beside "People killed in El Fasher"), with
 * the words that say it in each language. `near`: said of the figure itself (the stretch of its
 * clause between its neighbouring figures: "1,832 injured, 1,220 of them seriously"), or anywhere
 * in its sentence (where the killings happened). Who a figure concerns (an envoy, a donor) is no
 * qualifier: a headline names the envoy and the troops' deadline in one breath.
 */
export interface Qualifier { id: string; near: boolean; words: string[] }
export const QUALIFIERS: Qualifier[] = [
  { id: 'serious', near: true, words: ['seriously', 'serious', 'critical', 'critically', 'severely', 'grièvement', 'graves', 'grave', 'état critique', 'critique', 'critiques', 'خطيرة', 'بالخطيرة', 'خطيرة', 'بليغة', 'بليغ', 'حرجة', 'خطرة'] },
  { id: 'partial', near: true, words: ['partly', 'partially', 'partial', 'partiellement', 'en partie', 'جزئيا', 'جزئي', 'جزئية'] },
  { id: 'emergency', near: true, words: ['emergency', 'immediate', 'urgent', 'urgence', 'immédiate', 'immédiat', 'استعجالية', 'استعجالي', 'عاجلة', 'طارئة', 'فورية', 'طوارئ'] },
  { id: 'so-far', near: true, words: ['already', 'so far', 'to date', 'déjà', "jusqu'ici", 'حتى الآن', 'لحد الآن'] },
  { id: 'still', near: true, words: ['still', 'remain', 'remains', 'remained', 'toujours', 'restent', 'demeurent', 'لا يزال', 'لا تزال', 'ما زال', 'ما زالت', 'لا يزالون', 'ما زالوا'] },
  { id: 'hospital', near: false, words: ['hospital', 'hospitals', 'maternity', 'hôpital', 'hôpitaux', 'maternité', 'مستشفى', 'المستشفى', 'مستشفيات', 'الولادة', 'الأمومة'] },
  // A stage of the count of the dead: the bodies given a name ("84 victims have been identified",
  // "103 corps identifiés", "تم التعرف على 99 جثة") are fewer than the dead. (Those not yet
  // identified are another stage: their words are read out first, see UNNAMED.)
  { id: 'identified', near: true, words: ['identified', 'identifiés', 'identifiées', 'identifié', 'identifiée', 'identification', 'التعرف على', 'التعرف عليها', 'التعرف عليهم', 'تم التعرف', 'تعرفت على', 'تعرفنا على', 'تحديد هوية', 'تحديد هويات', 'هويات', 'هوياتهم', 'هوياتها'] },
  // Other stages of the bodies: those not yet identified (their words are the ones read out of
  // "identified", see UNNAMED), those handed over to their families.
  { id: 'unidentified', near: true, words: ['unidentified', 'unclaimed and unidentified'] },
  { id: 'handed-over', near: true, words: ['handed over', 'returned to their families', 'released to their families', 'remis aux familles', 'remis à leurs familles', 'restitués', 'rendus aux familles', 'تسليم', 'سلمت', 'تم تسليم', 'سلمت إلى ذويها', 'إلى ذويهم'] },
  // What the counted died of, when a topic counts one cause: its words may stand anywhere in the
  // figure's sentence ("Some 40 bodies bore no injury: they are believed to have died of electrocution").
  { id: 'electrocuted', near: false, words: ['electrocuted', 'electrocution', 'électrocutés', 'électrocutées', 'électrocution', 'الصعق الكهربائي', 'صعق كهربائي', 'صعقا بالكهرباء', 'صعقاً بالكهرباء'] },
  { id: 'drowned', near: false, words: ['drowned', 'drowning', 'noyés', 'noyées', 'noyade', 'غرقا', 'غرقاً', 'الغرق'] },
  // A group among the counted: those without the permit the event asks for ("630 of them had no
  // permit", "pèlerins clandestins", "حجاج غير نظاميين").
  { id: 'unpermitted', near: true, words: [
    'without a permit', 'without permits', 'without an official permit', 'without official permits', 'without a hajj permit', 'had no permit', 'had no permits', 'no permit', 'no permits', 'unregistered', 'unauthorised', 'unauthorized', 'undocumented', 'irregular',
    'sans permis', 'sans autorisation', "sans avoir obtenu d'autorisation", 'pas de permis', "pas obtenu l'autorisation", 'pas obtenu d’autorisation', "pas obtenu d'autorisation", 'pas obtenu l’autorisation', 'non enregistrés', 'non enregistré', 'non autorisés', 'non autorisé', 'clandestins', 'clandestin', 'irréguliers', 'en situation irrégulière',
    'بلا تصاريح', 'بدون تصاريح', 'دون تصاريح', 'بلا تصريح', 'بدون تصريح', 'دون تصريح', 'غير نظاميين', 'غير النظاميين', 'غير نظامية', 'غير مسجلين', 'غير المسجلين', 'غير مصرح لهم', 'غير المصرح لهم', 'لم يحصلوا على تصاريح', 'لا يحملون تصاريح',
  ] },
]
const QUALIFIER_RE = QUALIFIERS.map((q) => ({ q, re: new RegExp(`(?:^|[^\\p{L}])(?:[وفبلك]?ال|لل|[وفبلك])?(?:${alternation(q.words)})(?:[^\\p{L}]|$)`, 'iu') }))
// Bodies not yet identified are no identified ones: "20 to 30 still unidentified", "pas encore
// identifiés", "restent à identifier", "لم يتم التعرف على هوياتهم", "مجهولة الهوية".
const UNNAMED = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(['not yet identified', 'yet to be identified', 'not been identified', 'not identified', 'non identifiés', 'non identifiées', 'pas encore identifiés', 'pas encore identifiées', 'pas été identifiés', 'restent à identifier', 'reste à identifier', 'sans identité', 'لم يتم التعرف على هويات', 'لم يتم التعرف على هوية', 'لم يتم التعرف عليها', 'لم يتم التعرف عليهم', 'لم يتم التعرف', 'لم يتم تحديد هوية', 'لم يتم تحديد هويات', 'لم يتعرف', 'مجهولة الهوية', 'مجهولي الهوية', 'مجهولو الهوية'])})(?![\\p{L}])`, 'giu')

// An aside set off by commas right after a figure's stretch ("45 of the injured, including a child,
// were in serious condition", "45 blessés, dont un enfant, sont dans un état grave", "45 جريحاً،
// بينهم طفل، في حالة خطيرة") leaves the figure's own words to go on after it.
const ASIDE = new RegExp(`^\\s*[,،]\\s*(?:${alternation(['including', 'among them', 'among whom', 'of whom', 'most of them', 'many of them', 'mostly', 'dont', 'parmi eux', 'parmi elles', 'parmi lesquels', 'parmi lesquelles', 'notamment', 'pour la plupart', 'بينهم', 'بينهن', 'من بينهم', 'منهم', 'معظمهم', 'أغلبهم'])})(?![\\p{L}])[^,،.;؛:\\n]{1,40}[,،]`, 'iu')

/** Where a figure's own stretch ends once an aside right after it is passed (`end` when there is none); `to`: its sentence's end. */
export function pastAside(text: string, end: number, to: number): number {
  // (Matched on the compact text, whose offsets lead back to the original: folding drops vowel marks and tatweel.)
  const after = compact(text.slice(end, Math.min(to, end + 80)))
  const m = ASIDE.exec(after.text)
  if (!m) return end
  const past = end + after.offsets[m.index + m[0].length]
  const rest = text.slice(past, to)
  const stop = rest.search(/[,،.;؛:\n]/u)
  return past + (stop < 0 ? rest.length : stop)
}

/** The qualifiers named in a text (a topic's label, a figure's words). */
export function qualifiersIn(text: string, near?: boolean): Set<string> {
  let unnamed = false
  const folded = foldKey(text).replace(UNNAMED, (m) => { unnamed = true; return ' '.repeat(m.length) })
  const out = new Set(QUALIFIER_RE.filter(({ q, re }) => (near === undefined || q.near === near) && re.test(folded)).map(({ q }) => q.id))
  if (unnamed && near !== false) out.add('unidentified')
  // A vote's option and an exit poll (ballot.ts): one option named, not both ("yes against no").
  const options = near === false ? new Set() : optionsIn(text)
  if (options.size === 1) out.add([...options][0] as string)
  if (near !== true && saysExitPoll(text)) out.add(EXIT_POLL)
  return out
}

// Background: a sentence that recalls another, older event to compare it ("Le séisme d'Al Hoceima,
// le 24 février 2004, avait fait 628 morts", "Cette année-là, une crue … avait tué 87 personnes",
// "كان زلزال أكادير عام 1960 قد أودى بحياة…"). It tells its past in the pluperfect and sets it in a
// year long before the report (two years or more, not one counted from: "since 2014", "منذ 2014"),
// or in "that year".
// (Arabic puts its subject between: "كان زلزال أكادير عام 1960 قد أودى".)
const PLUPERFECT = new RegExp(`(?:^|[^\\p{L}])(?:avait|avaient|had|[وف]?(?:${alternation(['كان', 'كانت', 'كانوا'])})(?![\\p{L}])[^.،,؛]{0,60}?(?<![\\p{L}])قد)(?![\\p{L}])`, 'iu')
const THAT_YEAR = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(['cette année-là', 'that year', 'ce jour-là', 'ذلك العام', 'تلك السنة'])})(?![\\p{L}])`, 'iu')
const YEAR = /(?<![\p{N}])(1[89]\d\d|20\d\d)(?![\p{N}])/gu
const COUNTED_FROM = new RegExp(`(?:${alternation(['since', 'depuis', 'منذ', 'from', 'à partir de', 'اعتبارا من'])})\\s+(?:[\\p{L}\\p{N}]+\\s+){0,3}$`, 'iu')

/** Whether a sentence recalls an older event (its figures are that event's, not the story's); `published`: the report's day. */
export function recallsThePast(sentence: string, published: string | null): boolean {
  const folded = foldKey(sentence)
  if (!PLUPERFECT.test(folded)) return false
  if (THAT_YEAR.test(folded)) return true
  const year = published ? Number(published.slice(0, 4)) : NaN
  if (!Number.isFinite(year)) return false
  for (const m of folded.matchAll(YEAR)) if (Number(m[1]) <= year - 2 && !COUNTED_FROM.test(folded.slice(Math.max(0, m.index - 40), m.index))) return true
  return false
}
