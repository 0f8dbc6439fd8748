import { compact, foldKey } from '../text/normalize'
import { locatesPlace, mostlyIn, speakerSeat } from './places'
import { GROUPS, isNation } from './groups'
import { alternation } from '../text/alternation'

// What tells apart topics of one measure when neither names a place of its own: the thing that
// did it (the pagers or the walkie-talkies of a second wave), the day it happened ("the explosions
// of Tuesday"), the whole rather than a part ("both waves", "all nationalities"), and the group a
// part counts ("children killed"). Placement reads the marks of each topic's words, keeps those
// its sibling topics do not share, and reads the same marks by a figure to choose among them.

/**
 * `thing`: what caused or carried the event, said anywhere near the figure (or by the whole report
 * when it names only one); `day`: a weekday, said in the figure's sentence; `whole`: the sum of
 * the parts; `part`: a group of the counted, said by the figure's own words.
 */
export type MarkKind = 'thing' | 'day' | 'whole' | 'part'
export interface Mark { id: string; kind: MarkKind; words: string[] }

/** The day marks' ids, in the order of Date.getUTCDay(). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const
const DAY_WORDS: Record<(typeof WEEKDAYS)[number], string[]> = {
  monday: ['monday', 'lundi', 'الاثنين', 'الإثنين'],
  tuesday: ['tuesday', 'mardi', 'الثلاثاء'],
  wednesday: ['wednesday', 'mercredi', 'الأربعاء'],
  thursday: ['thursday', 'jeudi', 'الخميس'],
  friday: ['friday', 'vendredi', 'الجمعة'],
  saturday: ['saturday', 'samedi', 'السبت'],
  sunday: ['sunday', 'dimanche', 'الأحد'],
}

export const MARKS: Mark[] = [
  { id: 'pager', kind: 'thing', words: ['pager', 'pagers', 'beeper', 'beepers', 'bipeur', 'bipeurs', 'biper', 'bipers', 'bippers', 'بيجر', 'البيجر', 'بيجرات', 'أجهزة النداء', 'أجهزة الاستدعاء'] },
  { id: 'walkie-talkie', kind: 'thing', words: ['walkie-talkie', 'walkie-talkies', 'walkie talkie', 'walkie talkies', 'two-way radios', 'radio devices', 'handheld radios', 'talkie-walkie', 'talkies-walkies', 'talkie walkie', 'talkies walkies', 'ووكي توكي', 'الووكي توكي', 'أجهزة اللاسلكي', 'أجهزة الووكي توكي'] },
  { id: 'whole', kind: 'whole', words: ['both waves', 'two waves', 'both attacks', 'both days', 'together', 'combined', 'all nationalities', 'various countries', 'different countries', 'several countries', 'all countries', 'many countries', 'différents pays', 'plusieurs pays', 'pays concernés', 'tous les pays', 'diverses nationalités', 'مختلف الدول', 'عدة دول', 'دول مختلفة', 'جميع الدول', 'دول عدة', 'les deux vagues', 'deux vagues', 'au total', 'cumulé', 'cumulés', 'toutes nationalités', 'الموجتين', 'الموجتان', 'موجتي', 'مجتمعة', 'جميع الجنسيات', 'مختلف الجنسيات', 'من جنسيات مختلفة'] },
  ...Object.entries(DAY_WORDS).map(([id, words]) => ({ id, kind: 'day' as const, words })),
  // The groups of the counted (groups.ts): a part is counted apart from the whole.
  ...GROUPS.filter((g) => !g.loose).map((g) => ({ id: g.id, kind: 'part' as const, words: g.words })),
]

// (Arabic attaches و ف ب ل ك and the article; a hyphen or a space joins a compound either way.)
const MARK_RE = MARKS.map((m) => ({ m, re: new RegExp(`(?:^|[^\\p{L}])(?:[وفبلك]?ال|لل|[وفبلك])?(?:${alternation(m.words, { fold: foldKey, spaces: 'joins' })})(?:[^\\p{L}]|$)`, 'iu') }))
const KINDS: MarkKind[] = ['thing', 'day']
export const MARK_KIND = new Map(MARKS.map((m) => [m.id, m.kind]))
/** A mark's kind; a people ("nation:Iran") is a group, so a part. */
export const markKind = (id: string): MarkKind | undefined => MARK_KIND.get(id) ?? (isNation(id) ? 'part' : undefined)

// A count run over a period rather than one day is the whole of its days: "since the protests
// began", "since 18 June", "depuis le début de la contestation", "depuis le 18 juin", "منذ اندلاع
// الاحتجاجات", "منذ 18 يونيو", "over the period from 18 June to 1 July", "خلال الفترة الممتدة".
// (A year after "since" is a record's, not a count's: "the strongest since 1934".)
const SINCE_START = new RegExp(`(?<![\\p{L}])(?:${[
  'since (?:the |its |their )?(?:start|beginning|outbreak)',
  'since (?:[\\p{L}’\'-]+ ){1,8}(?:began|begun|started|erupted|broke out)',
  'since (?:the )?\\d{1,2}(?:st|nd|rd|th)? \\p{L}{3,}', 'since \\p{L}{3,} \\d{1,2}(?!\\d)',
  'over the (?:whole )?period', 'throughout the (?:protests|wave|crisis|unrest)', 'whole wave',
  'depuis (?:le |leur |son )?(?:début|commencement|déclenchement)', 'depuis le \\d{1,2}(?:er)? \\p{L}{3,}', 'sur (?:toute )?la période', "sur l['’]ensemble de la (?:période|mobilisation|contestation)",
  'منذ (?:بدء|بداية|اندلاع|انطلاق|انطلاقة)', 'منذ \\d{1,2} \\p{L}{3,}', 'الفترة الممتدة', 'طوال فترة',
].map((p) => (/\p{Script=Arabic}/u.test(p) ? foldKey(p).replace(/\\p\{l\}/g, '\\p{L}') : p)).join('|')})(?![\\p{L}])`, 'iu')

/** The marks a text names (a topic's label and measure, a figure's words), by id. */
export function marksIn(text: string, kinds?: MarkKind[]): Set<string> {
  const folded = foldKey(text)
  const out = new Set(MARK_RE.filter(({ m, re }) => (!kinds || kinds.includes(m.kind)) && re.test(folded)).map(({ m }) => m.id))
  if ((!kinds || kinds.includes('whole')) && SINCE_START.test(folded)) out.add('whole')
  return out
}

/**
 * The marks that set topics of one measure apart: every mark of a kind on which they differ (the
 * pagers beside the pagers and the walkie-talkies together: both things tell). `marks`: the
 * topics' marks, one set each.
 */
export function distinctMarks(marks: Set<string>[]): Set<string> {
  if (marks.length < 2) return new Set()
  const ofKind = (m: Set<string>, k: MarkKind | undefined) => [...m].filter((id) => markKind(id) === k).sort().join('|')
  const all = new Set(marks.flatMap((m) => [...m]))
  const varies = new Set([...all].map((id) => markKind(id)).filter((k) => new Set(marks.map((m) => ofKind(m, k))).size > 1))
  return new Set([...all].filter((id) => varies.has(markKind(id))))
}

/**
 * What a figure's marks (`figure`, the nearest ones read of the kinds the topic has, and of the
 * whole) say of a topic's (`own`): 'no' when the figure names another of a kind the topic has (the
 * walkie-talkies beside the pagers' topic) or the whole beside a part, 'yes' when every mark the
 * figure names is the topic's, else 'silent'.
 */
export function fitsMarks(own: Set<string>, figure: Set<string>): 'yes' | 'no' | 'silent' {
  if (!figure.size) return 'silent'
  const kinds = new Set([...own].map((id) => markKind(id)))
  // (The whole's topic speaks of every kind: a figure of one day's strikes is a part.)
  if (own.has('whole') && [...figure].some((id) => !own.has(id))) return 'no'
  // Nor does a figure said of one wave only ("Wednesday's blasts", "the pagers").
  if (own.has('whole') && !figure.has('whole') && !KINDS.some((k) => [...figure].filter((id) => markKind(id) === k).length > 1)) return 'no'
  if ([...figure].some((id) => (kinds.has(markKind(id)) || markKind(id) === 'whole') && !own.has(id))) return 'no'
  return [...figure].every((id) => own.has(id)) ? 'yes' : 'silent'
}

/** Whether a level's marks speak to a topic with these marks: of a kind it has, or the whole. */
export function speaksTo(own: Set<string>, figure: Set<string>): boolean {
  if (own.has('whole')) return figure.size > 0
  const kinds = new Set([...own].map((id) => markKind(id)))
  return [...figure].some((id) => kinds.has(markKind(id)) || markKind(id) === 'whole')
}

/**
 * Each topic's marks, with the day the other topics give the thing it names: when every topic
 * naming the pagers and a day names Tuesday, "People injured by the pagers" is Tuesday's too.
 */
export function withThingDays(marks: Set<string>[]): Set<string>[] {
  const days = new Map<string, Set<string>>()
  for (const m of marks) {
    const d = [...m].filter((id) => markKind(id) === 'day')
    for (const id of m) if (markKind(id) === 'thing') { const s = days.get(id) ?? new Set(); d.forEach((x) => s.add(x)); days.set(id, s) }
  }
  return marks.map((m) => {
    if ([...m].some((id) => markKind(id) === 'day')) return m
    const add = [...m].flatMap((id) => (markKind(id) === 'thing' && days.get(id)?.size === 1 ? [...days.get(id)!] : []))
    return add.length ? new Set([...m, ...add]) : m
  })
}

// What else a topic's label may say that a sibling of its measure does not: the part of the
// country ("People displaced in north-eastern Libya" beside "People displaced from Derna"), the
// kind of people counted ("Firefighters deployed" beside "Soldiers killed", "Greek rescuers
// killed" beside the flood's toll), the body that counts ("Eastern health minister's expected
// toll" beside "Expected toll in Derna") and the period ("Death toll of the war" beside "People
// killed since the city fell"). Reports write these as "in the north-east of the country", "dans
// l'est du pays", "في شمال شرقي البلاد", "8,000 civil protection agents", "رجال الإطفاء", "since the
// war began", "منذ اندلاع الحرب". A figure whose nearest words say what one sibling names is more
// likely that sibling's; silence says nothing.

/** `region`: a part of the country, or all of it; `people`: the kind of people counted; `speaker`: the body that counts or gives; `period`: the time a count runs over; `share`: a sum per head or the whole of a plan; `setting`: where the counted were, on board or on the ground. */
export type TellKind = 'region' | 'people' | 'speaker' | 'period' | 'share' | 'setting'
export interface Tell { id: string; kind: TellKind; words: string[] }

export const TELLS: Tell[] = [
  // (Compounds come first at their place in a text: "north-eastern" is no "eastern", "the Middle East" no east at all.)
  { id: '', kind: 'region', words: ['middle east', 'moyen-orient', 'proche-orient', 'الشرق الأوسط', 'الشرق الاوسط', 'far east', 'east africa', 'north africa', 'afrique du nord', 'شمال أفريقيا', 'شمال إفريقيا', 'south africa', 'afrique du sud', 'جنوب أفريقيا', 'جنوب إفريقيا'] },
  { id: 'north-east', kind: 'region', words: ['north-east', 'north-eastern', 'northeast', 'northeastern', 'nord-est', 'شمال شرق', 'شمال شرقي', 'الشمال الشرقي', 'شمال الشرق', 'الشمالية الشرقية'] },
  { id: 'north-west', kind: 'region', words: ['north-west', 'north-western', 'northwest', 'northwestern', 'nord-ouest', 'شمال غرب', 'شمال غربي', 'الشمال الغربي', 'الشمالية الغربية'] },
  { id: 'south-east', kind: 'region', words: ['south-east', 'south-eastern', 'southeast', 'southeastern', 'sud-est', 'جنوب شرق', 'جنوب شرقي', 'الجنوب الشرقي', 'الجنوبية الشرقية'] },
  { id: 'south-west', kind: 'region', words: ['south-west', 'south-western', 'southwest', 'southwestern', 'sud-ouest', 'جنوب غرب', 'جنوب غربي', 'الجنوب الغربي', 'الجنوبية الغربية'] },
  // ("est" alone is a verb in French: the east is "l'est", "de l'est", "oriental".)
  { id: 'east', kind: 'region', words: ['east', 'eastern', "l'est", 'l’est', 'oriental', 'orientale', 'orientales', 'شرق', 'شرقي', 'شرقية', 'الشرقية'] },
  { id: 'west', kind: 'region', words: ['west', 'western', "l'ouest", 'l’ouest', 'occidental', 'occidentale', 'غرب', 'غربي', 'غربية', 'الغربية'] },
  { id: 'nationwide', kind: 'region', words: ['nationwide', 'across the country', 'throughout the country', 'whole country', 'national count', 'national toll', 'dans tout le pays', "à travers le pays", "l'ensemble du pays", 'ensemble du territoire', 'territoire national', 'bilan national', 'various parts of the country', 'several regions', 'plusieurs régions', 'différentes régions', 'جميع أنحاء البلاد', 'مناطق متفرقة', 'مختلف المناطق', 'مختلف أنحاء البلاد', 'أنحاء البلاد', 'عموم البلاد', 'كامل التراب الوطني', 'المستوى الوطني'] },
  // The kinds of people that are often the whole of a count (groups.ts): they only favour the topic naming them.
  ...GROUPS.filter((g) => g.loose).map((g) => ({ id: g.id, kind: 'people' as const, words: g.words })),
  { id: 'health-ministry', kind: 'speaker', words: ['health minister', 'health ministry', 'ministry of health', 'minister of health', 'ministre de la santé', 'ministère de la santé', 'وزير الصحة', 'وزارة الصحة'] },
  { id: 'un', kind: 'speaker', words: ['united nations', 'ocha', 'onu', "l'onu", 'nations unies', 'الأمم المتحدة', 'أوتشا'] },
  { id: 'red-crescent', kind: 'speaker', words: ['red crescent', 'croissant-rouge', 'croissant rouge', 'الهلال الأحمر'] },
  // (Not "the state" in English: as often a federated state, its assembly or its police, as the government.)
  { id: 'government', kind: 'speaker', words: ['government', 'state funds', 'gouvernement', "l'état", 'l’état', 'الحكومة', 'حكومة', 'الدولة'] },
  { id: 'donors', kind: 'speaker', words: ['donors', 'donor', 'donor conference', 'pledged', 'pledges', 'donateurs', 'bailleurs', 'conférence des donateurs', 'المانحين', 'المانحون', 'الدول المانحة', 'مؤتمر المانحين'] },
  { id: 'firms', kind: 'people', words: ['firms', 'businesses', 'companies', 'entreprises', 'sociétés', 'commerces', 'الشركات', 'شركة', 'المقاولات', 'المؤسسات'] },
  { id: 'per-head', kind: 'share', words: ['per victim', 'per person', 'per household', 'per family', 'per home', 'each', 'every victim', 'chaque', 'par personne', 'par sinistré', 'par foyer', 'par famille', 'par logement', 'لكل', 'كل أسرة', 'كل متضرر'] },
  { id: 'belongings', kind: 'share', words: ['lost goods', 'belongings', 'household goods', 'furniture', 'biens perdus', 'effets personnels', 'mobilier', 'الممتلكات', 'الأثاث', 'الأغراض'] },
  { id: 'plan', kind: 'share', words: ['plan', 'package', 'aid package', 'set of measures', 'train de mesures', "plan d'aide", 'plan de', 'enveloppe globale', 'خطة', 'حزمة', 'برنامج'] },
  // An air crash or a strike counts its dead on board and on the ground apart ("241 on board and 29
  // on the ground", "les 241 occupants et une trentaine de personnes tuées au sol", "قتلى الأرض",
  // "١٩ على الأرض"): a toll said of either is that part's, beside the whole.
  { id: 'on-board', kind: 'setting', words: ['on board', 'onboard', 'aboard', 'à bord', 'occupants', 'على متن', 'على متنها', 'على متن الطائرة', 'ركاب الطائرة'] },
  { id: 'on-ground', kind: 'setting', words: ['on the ground', 'au sol', 'على الأرض', 'قتلى الأرض', 'ضحايا الأرض', 'من سكان الحي', 'من على الأرض'] },
  { id: 'war', kind: 'period', words: ['war', 'the conflict', 'since the conflict', 'guerre', 'le conflit', 'du conflit', 'الحرب', 'النزاع', 'الصراع'] },
  { id: 'fall', kind: 'period', words: ['since its fall', 'since the fall', 'after the fall', 'since it fell', 'took the city', 'depuis sa chute', 'depuis la chute', 'après la chute', 'منذ سقوط', 'بعد سقوط', 'منذ سقوطها', 'بعد سقوطها'] },
]

const wordKey = (w: string) => foldKey(w).replace(/[-\s]+/g, ' ')
const TELL_BY_WORD = new Map(TELLS.flatMap((t) => t.words.map((w) => [wordKey(w), t] as const)))
// One pass, longest first at each place, so a compound is read whole.
const TELL_RE = new RegExp(`(?<![\\p{L}])(?:[وف]?[بلك]?ال|[وف]?لل|[وف]?[بلك]|[وف])??(${alternation(TELL_BY_WORD.keys(), { spaces: 'joins' })})(?![\\p{L}])`, 'giu')
export const TELL_KIND = new Map(TELLS.map((t) => [t.id, t.kind]))
// How far around a stretch its regions' seats and towns are read.
const SEAT_REACH = 60

/**
 * What a text says of a region, a kind of people, a body or a period, by id. A region that is the
 * seat of a body ("the authorities in eastern Libya", "the eastern health minister") says who
 * counts, not where; one that locates a town ("the city of Derna in eastern Libya") says where
 * the town is. `from`, `to`: read only the tells of text[from, to), with the words around them
 * (a clause "In the east" is the seat of the body the next clause names).
 */
export function tellsIn(text: string, from = 0, to = text.length): Set<string> {
  const out = new Set<string>()
  const lo = Math.max(0, from - SEAT_REACH)
  // (Matched on the compact text, whose offsets lead back to the original: folding drops vowel marks and tatweel.)
  const c = compact(text.slice(lo, Math.min(text.length, to + SEAT_REACH)))
  const folded = c.text
  for (const m of folded.matchAll(TELL_RE)) {
    if (lo + c.offsets[m.index] < from || lo + c.offsets[m.index + m[0].length] > to) continue
    const t = TELL_BY_WORD.get(wordKey(m[1]))
    if (!t?.id) continue
    const end = m.index + m[0].length
    if (t.kind === 'region' && (speakerSeat(folded, end - m[1].length, end, true) || locatesPlace(folded, end - m[1].length, end) || mostlyIn(folded, end - m[1].length))) continue
    out.add(t.id)
  }
  return out
}

/** Of each topic's tells (one set each, topics of one measure), those the others do not all share. */
export function distinctTells(tells: Set<string>[]): Set<string>[] {
  if (tells.length < 2) return tells.map(() => new Set())
  return tells.map((own) => new Set([...own].filter((id) => !tells.every((o) => o.has(id)))))
}
