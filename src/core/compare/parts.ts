import type { Claim, Scope, Topic } from '../model'
import { sameEntity } from '../entities/fold'
import { OPERATION_NOUNS } from '../entities/scope'
import { foldKey } from '../text/normalize'

// Whether a figure is about a part of what its topic counts (a town inside the country, one
// operation inside the war), and so stands aside from the comparison. A place read beside a
// figure is a part only when it names somewhere else than the topic's own entity: "displaced from
// the city of El Fasher" is the whole of a topic about El Fasher. The words read after a place noun
// are not always a name ("مدينة إلى", "the city between", "ولاية شمال" cut short): a function word,
// a conjunction, or a bare direction names no part. A length runs from a place ("50 miles from the
// town of Pylos"): the place is where it is measured from, not a part of it. An operation read in
// the clause ("in the latest operation", "the attack on the camp") is a part, unless the figure
// stands in its own words: then it is what the operation did.

// Words that cannot be a place's name by themselves (folded): prepositions, conjunctions,
// demonstratives, directions and the adjectives of direction.
const NOT_A_NAME = new Set([
  'في', 'الي', 'الى', 'من', 'عن', 'علي', 'على', 'بين', 'مع', 'حتي', 'حتى', 'منذ', 'بعد', 'قبل', 'عند', 'نحو', 'خلال', 'او', 'ثم', 'التي', 'الذي', 'الذين', 'هذه', 'هذا', 'تلك', 'ذلك', 'كل', 'بعض',
  'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'الوسط',
  'الشماليه', 'الجنوبيه', 'الشرقيه', 'الغربيه', 'الوسطي', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'المجاوره', 'المنكوبه', 'المتضرره', 'نفسها', 'ذاتها',
])

/** The words after a place noun name a place: not a function word, a conjunction or a direction. */
function namesAPlace(label: string): boolean {
  const words = foldKey(label).split(/\s+/).filter(Boolean)
  const name = words[1] ?? words[0]
  if (!name || words.length < 2) return true
  // "والمناطق": "and the areas", a conjunction and a common noun, not a name.
  return !NOT_A_NAME.has(name) && !/^و?ال?(?:مناطق|منطقه|مدن|مدينه|قري|بلدات)$/u.test(name) && !/^و(?:ال|لل)/u.test(name)
}

// The nouns of an operation, as the scope reader finds them (folded, without their prefixes).
const OPERATION_NOUN = new RegExp(`^(?:و|ف)?(?:في|ب|ل)?(?:ال|لل)?(?:${OPERATION_NOUNS.join('|')})$`, 'u')

// Words that say the operation is one of several (folded): the latest, another, the first, a new one.
const ONE_AMONG = new Set(['الاخيره', 'الاخير', 'اخري', 'اخر', 'الاولي', 'الاول', 'الثانيه', 'الثاني', 'جديده', 'جديد', 'الجديده', 'الجديد'])

/**
 * Whether an operation read beside a figure is one operation within the topic's whole. A bare
 * "the attack" ("في الهجوم."), with no word after it, names no operation among others: in the
 * coverage of one attack it is that attack. Nor does an operation that names the topic's own
 * entity ("the attack on the Kasini hall", in a topic about Kasini), unless it says it is one of
 * several ("the army's latest operation in Kasini"). Nor is a longer word that
 * starts like an operation noun one ("هجوميتين", assault rifles).
 */
function namesAnOperation(topic: Partial<Pick<Topic, 'entity' | 'label' | 'measure'>>, s: Scope): boolean {
  const words = foldKey(s.label).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (!words.length || !OPERATION_NOUN.test(words[0])) return false
  if (words.length < 2) return false
  return words.slice(1, 3).some((w) => ONE_AMONG.has(w)) || !isTopicEntity(topic, s)
}

const LENGTH_UNITS = new Set(['km', 'm', 'mi', 'nmi', 'ft'])

/** Whether a place beside a figure is the topic's own entity or a place its label names (any of their names, in any script). */
function isTopicEntity(topic: Partial<Pick<Topic, 'entity' | 'label' | 'measure'>>, s: Scope): boolean {
  const own = topic.entity?.aliases.length ? topic.entity.aliases : topic.entity?.name ? [topic.entity.name] : []
  // "Number of Darfur states": Darfur is the topic's whole, though no entity was read from the label.
  const labelled = topic.label ? `${topic.label.en} ${topic.label.ar}`.split(/[\s,;:()/'’-]+/u).filter((w) => w.length > 3) : []
  // A place the topic's measure names ("buildings burned in Lahaina and West Maui") is inside it too.
  const measured = topic.measure ? topic.measure.split(/[\s,;:()/'’-]+/u).filter((w) => w.length > 3 && /^\p{Lu}/u.test(w)) : []
  const names = [...own, ...labelled, ...measured]
  const words = s.label.split(/\s+/).slice(1)
  return names.some((n) => words.some((w) => sameEntity(w, n)) || (words.length > 1 && sameEntity(words.join(' '), n)))
}

/** Whether a scope limits a figure to a part of its topic's whole. */
export function isPart(topic: Partial<Pick<Topic, 'entity' | 'label' | 'measure'>>, claim: Partial<Pick<Claim, 'quantity' | 'text'>>, s: Scope): boolean {
  // A figure in the operation's own words is what the operation did ("an attack that forced more
  // than 390,000 to flee"): the event counted, not a part of it.
  if (s.kind === 'operation') return !(claim.text && s.label.includes(claim.text)) && namesAnOperation(topic, s)
  if (s.kind !== 'place') return false
  if (claim.quantity && LENGTH_UNITS.has(claim.quantity.unit ?? '')) return false
  return namesAPlace(s.label) && !isTopicEntity(topic, s)
}

/** Whether a claim takes part in its topic's comparison: a figure about a part (another place, one operation) stands aside when the topic is about the whole. */
export function isCompared(topic: Pick<Topic, 'scope'> & Partial<Pick<Topic, 'entity' | 'label' | 'measure'>>, claim: Pick<Claim, 'scopes'> & Partial<Pick<Claim, 'quantity' | 'text'>>): boolean {
  return !!topic.scope || !claim.scopes.some((s) => isPart(topic, claim, s))
}

// Words that give what follows as a part of a figure just said ("including", "among them", "dont",
// "بينهم"), with up to two words between them and the part ("dont les", "parmi lesquels ceux de").
const PART_CUES = [
  'including', 'among them', 'among whom', 'of whom', 'of which', 'such as',
  'dont', 'parmi lesquels', 'parmi lesquelles', 'parmi eux', 'parmi elles', 'y compris',
  'بينهم', 'بينها', 'بينهن', 'من بينهم', 'من بينها', 'منهم', 'منها', 'ضمنهم', 'بما في ذلك', 'بما فيها', 'بما فيهم',
]
const PART_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PART_CUES.map((w) => (/\p{Script=Arabic}/u.test(w) ? `و?${foldKey(w)}` : w)).join('|')})(?:\\s+[\\p{L}'’]+){0,2}[\\s:,]*$`, 'iu')
// "Of them" right after the figure ("eight of them", "huit d'entre eux", "ثمانية منهم").
const PART_AFTER = /^\s*(?:of them|of whom|d['’]entre eux|d['’]entre elles|منهم|منهن|منها)(?![\p{L}])/iu
const CUE_REACH = 40

/**
 * The figures of a topic that their own report gives as a part of a larger figure it states in the
 * same topic: "more than 200 million raised, including 20 million from one donor", "six health
 * workers, among them four doctors", "81 victims, of whom 40 dead", "1,000 dead … 630 of them had
 * no permit". A part is not a second value for the whole, and is shown aside as a part. The whole
 * must come before the part, in its sentence when the cue stands before the part; a report that
 * gives no larger figure in the topic (the topic is the part itself) keeps its figure. Returns each
 * part with the first whole it is a part of.
 */
export function partsOfWholes(cs: Claim[], textOf: (source: string) => string | undefined): Map<string, Claim> {
  const out = new Map<string, Claim>()
  for (const c of cs) {
    const text = textOf(c.source)
    if (!text || typeof c.quantity.hi !== 'number' && typeof c.quantity.lo !== 'number') continue
    const before = PART_BEFORE.test(foldKey(text.slice(Math.max(c.sentence.start, c.span.start - CUE_REACH), c.span.start)))
    const after = !before && PART_AFTER.test(text.slice(c.span.end, c.span.end + 16))
    if (!before && !after) continue
    const top = (c.quantity.hi ?? c.quantity.lo) as number
    const whole = cs.find((w) => w !== c && w.source === c.source && w.quantity.kind === c.quantity.kind && w.quantity.unit === c.quantity.unit
      && w.span.end <= c.span.start && (!before || w.span.start >= c.sentence.start)
      && typeof (w.quantity.lo ?? w.quantity.hi) === 'number' && ((w.quantity.lo ?? w.quantity.hi) as number) > top)
    if (whole) out.set(c.id, whole)
  }
  return out
}
