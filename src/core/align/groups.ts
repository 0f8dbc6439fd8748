import type { Claim, Span } from '../model'
import { foldKey } from '../text/normalize'
import { isCountryWord, isPeopleWord, countryAliases } from '../entities/countries'
import { alternation } from '../text/alternation'

// The group a count is of: "154 dead, including 26 foreigners", "dont 26 étrangers", "من بينهم ١٩
// أجنبياً", "97 women and 54 men", "five Iranians, four Chinese", "4 من الصين، و3 من روسيا", "ten
// of them soldiers". A topic about one group ("Foreigners among the dead", "Russians among the
// dead") takes the figures that count that group; the whole (the death toll) takes none of them.
// One list of the groups, with their words in the three languages; a people is a group too, read
// from the list of countries (entities/countries.ts) as `nation:<country>`.

/**
 * A group of the counted. `loose`: a kind of people that often is the whole of what a report counts
 * ("12 soldiers killed" in an attack on a barracks, "8,000 firefighters", the pilgrims of a hajj,
 * the passengers of a ferry): it only favours the topic that names it (marks.ts reads it as a
 * tell); the others are parts (marks of kind 'part').
 */
export interface Group {
  id: string
  words: string[]
  loose?: boolean
  /** Words right after one of `words` that make it another group's name ("رجال الإطفاء", "man-made"). */
  notBefore?: string[]
  /** Words right before that do ("fire crew", "camera crew"). */
  notAfter?: string[]
}

// An Arabic noun or nisba adjective with its accusative, dual and sound plurals ("أجنبي": أجنبيا،
// أجنبيان، أجنبيين، أجنبيون، أجنبية), then its broken plurals as given ("أجانب"). The article and the
// attached prefixes are read by the matcher.
const ar = (singular: string, ...plurals: string[]) => [singular, ...['ا', 'ان', 'ين', 'ون', 'ة', 'ات'].map((e) => singular + e), ...plurals.flatMap((p) => [p, `${p}ا`])]

export const GROUPS: Group[] = [
  { id: 'children', words: ['children', 'child', 'kids', 'minors', 'boys', 'girls', 'infants', 'babies', 'enfants', 'enfant', 'mineurs', 'fillettes', 'garçons', 'bébés', ...ar('طفل', 'أطفال'), 'طفلان', 'طفلين', 'قاصرين', 'قاصرا', 'رضع'] },
  { id: 'women', words: ['women', 'woman', 'femmes', 'femme', 'نساء', 'امرأة', 'امرأتان', 'امرأتين', 'سيدات', 'سيدة', 'نسوة'] },
  { id: 'men', words: ['men', 'man', 'hommes', 'homme', ...ar('رجل', 'رجال')], notBefore: ['-made', 'الإطفاء', 'الشرطة', 'الإنقاذ', 'الأمن', 'الأعمال', 'الدين', 'الإسعاف', 'الدفاع المدني'] },
  { id: 'elderly', words: ['elderly', 'elderly people', 'old people', 'pensioners', 'personnes âgées', 'aînés', 'retraités', 'مسنين', 'مسنون', 'المسنين', 'كبار السن', 'عجزة'] },
  // (Plurals and duals only: a doctor alone is more often who speaks than who is counted.)
  { id: 'health-workers', words: ['health workers', 'medics', 'paramedics', 'doctors', 'nurses', 'medical staff', 'soignants', 'médecins', 'infirmiers', 'infirmières', 'personnel de santé', 'personnel médical', 'مسعفين', 'مسعفون', 'مسعفان', 'أطباء', 'طبيبان', 'طبيبين', 'ممرضين', 'ممرضون', 'ممرضان', 'ممرضات', 'عاملين صحيين', 'العاملين الصحيين', 'كوادر طبية', 'الطواقم الطبية', 'الكوادر الطبية'] },
  { id: 'foreigners', words: [
    'foreigners', 'foreigner', 'foreign nationals', 'foreign national', 'foreign citizens', 'foreign victims', 'foreign dead', 'foreign tourists', 'foreign passport holders', 'expatriates',
    'étrangers', 'étrangères', 'étranger', 'étrangère', 'ressortissants étrangers', 'victimes étrangères', 'nationalité étrangère', 'expatriés',
    ...ar('أجنبي', 'أجانب'), 'رعايا أجانب', 'مواطنين أجانب', 'وافدين',
  ] },
  { id: 'students', words: ['students', 'student', 'pupils', 'schoolchildren', 'élèves', 'élève', 'étudiants', 'étudiantes', 'étudiant', 'lycéens', 'lycéennes', 'collégiens', 'طلاب', 'طلبة', 'طالبات', 'تلاميذ', ...ar('تلميذ')] },
  { id: 'pilgrims', loose: true, words: ['pilgrims', 'pilgrim', 'pèlerins', 'pèlerin', 'pèlerines', 'pèlerine', 'حجاج', 'حاج', 'حاجا', 'معتمرين', ...ar('زائر', 'زوار')] },
  { id: 'tourists', loose: true, words: ['tourists', 'tourist', 'holidaymakers', 'touristes', 'touriste', 'vacanciers', ...ar('سائح', 'سياح')] },
  { id: 'passengers', loose: true, words: ['passengers', 'passenger', 'passagers', 'passager', ...ar('راكب', 'ركاب')] },
  { id: 'crew', notAfter: ['fire', 'rescue', 'ambulance', 'camera', 'television', 'tv', 'film', 'road', 'repair', 'emergency'], words: ['crew', 'crew members', 'crewmembers', 'sailors', 'membres d’équipage', "membres d'équipage", 'équipage', 'marins', 'طاقم', 'أفراد الطاقم', 'بحارة', ...ar('بحار')] },
  // (Not the singular "صحفي", also an adjective: "مؤتمر صحفي", "تقارير صحفية".)
  { id: 'journalists', words: ['journalists', 'journalist', 'reporters', 'journalistes', 'journaliste', 'صحفيين', 'صحفيون', 'صحفيان', 'صحافيين', 'صحافيون', 'صحافيان', 'صحفيات', 'صحافيات'] },
  { id: 'soldiers', loose: true, words: ['soldiers', 'soldier', 'servicemen', 'military personnel', 'army', 'militaires', 'militaire', 'soldats', 'soldat', 'armée', 'جنود', 'جندي', 'جنديا', 'جنديان', 'جنديين', 'عسكريين', 'عسكريون', 'عسكريا', 'العسكريين', 'الجيش'] },
  { id: 'firefighters', loose: true, words: ['firefighters', 'firefighter', 'fire fighters', 'fire-fighters', 'firefighting', 'fire-fighting', 'extinction', 'عمليات الإطفاء', 'civil protection', 'civil defence', 'civil defense', 'fighting the flames', 'fighting the fires', 'fighting the blaze', 'pompiers', 'sapeurs-pompiers', 'soldats du feu', 'protection civile', 'défense civile', 'رجال الإطفاء', 'الإطفاء', 'إطفائي', 'إطفائيين', 'الإطفائيين', 'الحماية المدنية', 'الدفاع المدني'] },
  { id: 'rescuers', loose: true, words: ['rescuers', 'rescuer', 'rescue workers', 'rescue worker', 'rescue team', 'rescue teams', 'secouristes', 'secouriste', 'sauveteurs', 'sauveteur', 'équipes de secours', 'عمال الإنقاذ', 'رجال الإنقاذ', 'فرق الإنقاذ', 'فريق الإنقاذ', 'منقذين', 'منقذون'] },
  { id: 'civilians', loose: true, words: ['civilians', 'civilian', 'civils', 'civiles', 'مدنيين', 'مدنيون', 'مدنيا', 'المدنيين'] },
  { id: 'police', loose: true, words: ['police', 'policemen', 'police officers', 'policiers', 'gendarmes', 'شرطة', 'الشرطة', 'رجال الشرطة', 'شرطيين'] },
]

export const NATION = 'nation:'
/** The group id of a people ("nation:Iran"), from any of its names. */
export const nationGroup = (name: string): string => `${NATION}${countryAliases(name)[0]}`
/** Whether a group id is a people's. */
export const isNation = (id: string): boolean => id.startsWith(NATION)

const GROUP_WORDS = { fold: foldKey, spaces: 'joins', apostrophes: true } as const
// (Arabic attaches و ف ب ل ك and the article; a hyphen or a space joins a compound either way.)
const unless = (words: string[] | undefined, re: (alt: string) => string) => (words?.length ? re(alternation(words, GROUP_WORDS)) : '')
const GROUP_RE = GROUPS.filter((g) => !g.loose).map((g) => ({
  id: g.id,
  re: new RegExp(`(?:^|[^\\p{L}])${unless(g.notAfter, (a) => `(?<!(?:${a})\\s+)`)}(?:[وفبلك]?ال|لل|[وفبلك])?(?:${alternation(g.words, GROUP_WORDS)})${unless(g.notBefore, (a) => `(?!\\s*(?:${a}))`)}(?:[^\\p{L}]|$)`, 'iu'),
}))

/** The groups (not the loose ones) a text names: a topic's label and measure, a figure's own words. */
export function groupsIn(text: string): Set<string> {
  const folded = foldKey(text)
  return new Set(GROUP_RE.filter(({ re }) => re.test(folded)).map(({ id }) => id))
}

// Words that introduce a part of the figure before, right before this one ("including", "dont",
// "من بينهم") or right after it ("ten of them", "huit d'entre eux", "ثمانية منهم"), as the one list
// placement, measures and candidates read.
export const PART_CUES_BEFORE = ['including', 'among them', 'among whom', 'of them', 'of whom', 'dont', 'parmi eux', 'parmi elles', 'parmi lesquels', 'parmi lesquelles', 'y compris', 'منهم', 'منها', 'منهن', 'بينهم', 'بينها', 'بينهن', 'من بينهم', 'من بينها', 'من بينهن', 'ضمنهم']
export const PART_CUES_AFTER = ['of them', 'of whom', "d'entre eux", 'd’entre eux', "d'entre elles", 'd’entre elles', 'منهم', 'منها', 'منهن']
const AFTER_CUE = new RegExp(`^[^\\p{L}\\p{N}]*(?:${alternation(PART_CUES_AFTER, { fold: foldKey })})(?![\\p{L}])`, 'iu')
const BEFORE_CUE = new RegExp(`(?:^|[^\\p{L}])و?(?:${alternation(PART_CUES_BEFORE, { fold: foldKey })})[^\\p{L}\\p{N}]*$`, 'iu')

/** Whether the words right before a figure (`before`, from the figure before it) or right after it (`after`) give it as a part of that figure. */
export function saidAsPart(before: string, after: string): boolean {
  return (before.length <= 60 && BEFORE_CUE.test(foldKey(before))) || AFTER_CUE.test(foldKey(after.slice(0, 24)))
}

// A country named after "from" is its people's ("4 من الصين", "four from China", "quatre de Chine").
const FROM = /^(?:from|de|du|d['’]|des|من)$/iu
// What stops a figure's own words.
const STOP = /[.,;:،؛()\n]/u

/**
 * The groups a figure counts, read from its own words: the noun it counts and the words right
 * after it ("26 foreigners", "١٩ أجنبياً", "five Iranians", "4 من الصين"), what follows "of them"
 * ("26 of them foreign nationals", "ten of them soldiers"), and the words before it back to the
 * figure before or a separator ("ومن بين القتلى 26 أجنبياً" says nothing of a group before; "the
 * foreign dead numbered 26" does). `own`: the figure's stretch of its clause (up to its
 * neighbouring figures). Peoples listed together ("from Iran, China and Russia") are the whole of
 * their list, not this figure's: they are left out when two or more are named.
 */
export function groupsOfFigure(c: Pick<Claim, 'span' | 'text'>, text: string, own: Span): Set<string> {
  // (Read folded: vowel marks and tatweel dropped, as the words lists are.)
  const after = foldKey(text.slice(c.span.end, own.end))
  const cue = AFTER_CUE.exec(after)
  // (A French elision is a word of its own: "d'Égypte" is "de" Égypte.)
  const head = (cue ? after.slice(cue[0].length) : after).split(STOP)[0].replace(/(?<![\p{L}])([dl])['’](?=\p{L})/giu, "$1' ")
  const words = (head.match(/[\p{L}'’-]+/gu) ?? []).slice(0, 6)
  const before = foldKey(text.slice(Math.max(own.start, c.span.start - 40), c.span.start))
  // (Arabic attaches "و" to the word after it: "وأصيب 15 أجنبياً" starts a clause of its own.)
  const lead = before.split(/[.,;:،؛\n]|(?<![\p{L}])(?:and|et|while|but|mais)(?![\p{L}])|(?:^|\s)و(?=\p{L}|\p{N}|$)/u).pop() ?? ''
  // (The figure may be the noun itself: "طفلان", two children.)
  const out = groupsIn(`${foldKey(c.text)} ${words.join(' ')}`)
  // (A people further on than the noun's first two words is another's: "12 citizens survived Greek shipwreck".)
  const nations = new Set(words.slice(0, 3).map((w, i) => nationNamed(w, i, words[i - 1])).filter((x): x is string => !!x))
  if (nations.size === 1 && !listedAfter(text, c.span.end, own.end)) out.add([...nations][0])
  // (The words before say the group only when the figure's own noun does not: "the foreign dead
  // comprise five Iranians" counts Iranians.)
  return out.size ? out : groupsIn(lead)
}

// The people a word of a figure's noun names: a people word among its first two ("Iranians",
// "الصينيين"), or a country after "from", "de", "من" ("four from China", "و3 من روسيا").
function nationNamed(word: string, at: number, before: string | undefined): string | null {
  const w = word.replace(/^(?:al-|el-)/iu, '')
  if (at < 2 && isPeopleWord(w)) return nationGroup(w)
  if (at < 2 && /^ال/u.test(w) && isPeopleWord(w.slice(2))) return nationGroup(w.slice(2))
  if (!before || !FROM.test(before)) return null
  const country = [w, w.replace(/^و(?=\p{L}{3})/u, '')].find(isCountryWord)
  return country ? nationGroup(country) : null
}

// "Some 26 foreigners, from Iran, China, Russia …": two or more peoples or countries joined by
// commas, "and", "et", "و" right after the figure's noun make a list the figure is the whole of.
const JOIN = /^[\s,،]*(?:and|et|or|ou)?\s*(?:the|la|le|les|l['’])?\s*$/iu
function listedAfter(text: string, from: number, to: number): boolean {
  const found = [...text.slice(from, Math.min(to, from + 120)).matchAll(/[\p{L}'’-]+/gu)]
    .map((m) => ({ m, country: isCountryWord(m[0]) ? m[0] : isCountryWord(m[0].replace(/^و/u, '')) ? m[0].slice(1) : null }))
    .filter((x) => x.country)
  return found.some((x, i) => i > 0 && countryAliases(x.country!)[0] !== countryAliases(found[i - 1].country!)[0]
    && JOIN.test(text.slice(from + found[i - 1].m.index! + found[i - 1].m[0].length, from + x.m.index!)))
}
