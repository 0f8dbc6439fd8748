import { memoWords } from '../../text/memo'
import { foldKey } from '../../text/normalize'
import type { Lang } from '../../model'

// Word lists the reading of speakers shares: punctuation, determiners, pronouns, the words of a
// statement's time, clause openers; and the peeling of a glued Arabic conjunction, kept per spelling.

// Words that open the time of a statement after an inverted subject ("…, said the coast guard on Thursday").
export const SPEECH_TIME = /^(on|this|last|late|early|earlier|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|le|ce|cette|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/

export const MAX_WORDS = 8
export const DETERMINERS = new Set(['an', 'a', 'the', 'some', 'un', 'une', 'le', 'la', 'les', 'des'])
// A word written in capitals throughout, two letters or more: initials ("UN", "WHO"), whatever word
// its letters spell in small ones (a determiner, a relative).
export const initials = (w: { raw: string }) => w.raw.length >= 2 && /^\p{Lu}+$/u.test(w.raw)
// Verbs that value a thing ("put the dead at 40", "pegged the damage at"): their object follows them.
export const VALUING = new Set(['put', 'puts', 'placed', 'places', 'pegged', 'pegs', 'estimated', 'estimates'])
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'il', 'elle', 'ils', 'elles', 'lui', 'eux', 'هو', 'هي', 'هم'])
export const NAME_JOIN = new Set(['of', 'for', 'on', 'de', 'du', 'des', "d'", 'pour', 'sur'])
// Adjectives that name no origin: "حصيلة رسمية مؤقتة", "the latest official toll".
export const GENERIC = new Set(['premier', 'première', 'précédent', 'précédente', 'previous', 'earlier', 'initial', 'initiale', 'احدث', 'اخر', 'رسميه', 'مؤقته', 'اوليه', 'جديده', 'نهائيه', 'محدثه', 'الرسميه', 'المؤقته', 'الاوليه', 'الجديده', 'official', 'provisional', 'latest', 'new', 'updated', 'officiel', 'provisoire', 'nouveau', 'dernier', 'officiels', 'officielle', 'officielles', 'provisoires', 'nouveaux', 'nouvelle', 'nouvelles', 'derniers', 'dernière', 'dernières', 'premiers', 'premières', 'tout', 'actualisé', 'actualisée', 'actualisés', 'actualisées'])
// Arabic words ending in a possessive pronoun: "تقديره", "بيانها".
export const PRONOUN_SUFFIX = /(ه|ها|هم|هما)$/
export const PUNCT = /^[،,؛;:."“”«»()!?؟]$/
export const SENTENCE_END = new Set(['.', '!', '?', '؟'])

// Every word is checked for a glued conjunction or article, many times over: each spelling's
// answer is kept, so a check slices or replaces nothing.
/** A word without its first letter. */
export const withoutFirstLetter = memoWords((w: string) => w.slice(1), 50_000)
/** A word without a conjunction و or ف. */
export const withoutConjunction = memoWords((w: string) => w.replace(/^[وف]/, ''), 50_000)

export const FR_AUX = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient'])
export const LAUNCH_VERBS = new Set(['launched', 'launches', 'opened', 'lance', 'lancent', 'a lancé', 'ont lancé', 'avait lancé'].map(foldKey))
// Verbs that raise or lower a count; a cue only with the record or measure they change.
// So do verbs that publish a record ("published a new provisional count", "نشرت الوزارة أرقاماً").
export const TOLL_VERBS = new Set([
  'رفع', 'رفعت', 'يرفع', 'ترفع', 'خفض', 'خفضت', 'يخفض', 'تخفض', 'نشر', 'نشرت', 'اصدر', 'اصدرت', 'قدم', 'قدمت',
  'raised', 'raises', 'lowered', 'lowers', 'revised', 'revises', 'lifts', 'lifted', 'published', 'publishes', 'released', 'releases', 'issued', 'issues',
  'a revu', 'ont revu', 'revoit', 'relève', 'a relevé', 'ont relevé', 'publie', 'a publié', 'ont publié', 'diffuse', 'a diffusé', 'ont diffusé',
  ...LAUNCH_VERBS,
].map(foldKey))

// Prepositions that open a phrase about the statement itself ("in a statement", "à l'AFP", "في بيان").
export const PP_OPENERS = new Set(['in', 'at', 'to', 'during', 'via', 'after', 'following', 'à', 'au', 'dans', 'lors', 'devant', 'sur', 'après', 'adding', 'ajoutant', 'في', 'خلال', 'امام', 'عقب', 'اثر', 'مضيفا', 'مضيفه'])
// Words that open a clause: the subject of a verb starts after them.
export const CLAUSE_OPENERS: Record<Lang, Set<string>> = {
  en: new Set(['that', 'and', 'but', 'while', 'as', 'when', 'after', 'before', 'because', 'if', 'though', 'although', 'whereas', 'since', 'until', 'where', 'so']),
  fr: new Set(['que', "qu'", 'et', 'mais', 'lorsque', 'quand', 'alors', 'tandis', 'car', 'puisque', 'si', 'où', 'dont', 'comme']),
  ar: new Set(['ان', 'بان', 'فان', 'انه', 'انها', 'بانه', 'بانها', 'انهم', 'حيث', 'بينما', 'فيما', 'بعدما', 'عندما', 'لكن', 'اذ', 'و', 'ثم']),
}
// "the same source", "la même source", "المصدر ذاته": a reference back to the speaker last named.
export const SAME = new Set(['same', 'même', 'mêmes', 'ذاته', 'ذاتها', 'نفسه', 'نفسها', 'ذاتهما'])

export const ISSUED_BY = new Set(['of', 'by', 'from', 'de', 'du', 'des', "d'", 'par'])
export const LOOK_BACK_CHARS = 4000

// Words that only tell a time: a statement's "speaker" made of them is a misreading.
export const TIME_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning', 'evening', 'night', 'week', 'month', 'year',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'soir', 'matin', 'nuit', 'semaine', 'mois', 'année',
  ...['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار',
    'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'الثاني', 'الأول', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'اثنين', 'ثلاثاء',
    'أربعاء', 'خميس', 'جمعة', 'سبت', 'أحد', 'اليوم', 'يوم', 'أمس', 'الآن', 'صباح', 'مساء', 'فجر', 'ليل', 'الماضي', 'الجاري', 'المقبل'].map(foldKey),
])

// Words after which an Arabic verb's letters are its verbal noun: "عدم ذكر", "دون إعلان".
export const VERBAL_NOUN_AFTER = new Set(['عدم', 'بعدم', 'لعدم', 'دون', 'بدون'])
