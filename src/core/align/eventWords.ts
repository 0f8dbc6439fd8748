import type { Lang, QuantityKind } from '../model'
import type { Concept } from './measures'

// Events reports date that the concept lists name by other words: a crowd crush is a disaster, a march or a rally is a
// protest's day ("une nouvelle marche, pacifique, jeudi 27 juin", "دعت إلى التظاهر سلمياً غداً
// الخميس", "the rally on Thursday"), hostilities are a war's ("since hostilities began last
// October", "depuis le début des hostilités", "منذ بدء الأعمال العدائية"). (Not "march" in English:
// it is also the month every "March 23" is written with; a topic's name reads it below.)
/** A crowd crush, named by its noun: a disaster that struck, and an accident a date is of (dateEvent.ts). */
export const CRUSH: Record<Lang, string[]> = {
  en: ['crowd crush', 'stampede', 'crowd surge'],
  fr: ['bousculade', 'mouvement de foule'],
  ar: ['التدافع', 'تدافع', 'حادث التدافع'],
}

const MORE: Record<string, Record<Lang, string[]>> = {
  // A crowd crush or a train colliding is a disaster that struck ("Samedi soir, 156 personnes ont
  // péri dans un mouvement de foule", "the stampede on Saturday night", "التدافع الذي وقع مساء
  // السبت", "the express ran into a freight train on Friday", "le train a déraillé vendredi", "اصطدم
  // القطار مساء الجمعة").
  struck: {
    // (The verbs only: a collision or a derailment named is as often an older one recalled.)
    en: [...CRUSH.en, 'collided', 'ran into', 'rammed into', 'ploughed into', 'plowed into'],
    fr: [...CRUSH.fr, 'est entré en collision', 'sont entrés en collision', 'a percuté'],
    ar: [...CRUSH.ar, 'اصطدم', 'اصطدمت', 'خرج عن القضبان', 'خرجت عن القضبان'],
  },
  protest: {
    en: ['rally', 'rallies', 'demonstration', 'demonstrators marched', 'sit-in', 'day of action', 'walkout', 'general strike'],
    fr: ['marche', 'marches', 'rassemblement', 'rassemblements', 'journée de mobilisation', 'journée de manifestations', 'journée de contestation', 'grève générale'],
    // (Not "مسيرة" alone: it is also a drone, "طائرة مسيرة".)
    ar: ['التظاهر', 'تظاهرة', 'تظاهرات', 'التظاهرات', 'احتجاج', 'الاحتجاج', 'مسيرة احتجاجية', 'مسيرات احتجاجية', 'وقفة احتجاجية', 'إضراب عام'],
  },
  war: {
    en: ['hostilities', 'cross-border clashes', 'cross-border fire'],
    fr: ['hostilités', 'affrontements transfrontaliers'],
    ar: ['الأعمال العدائية', 'الأعمال القتالية', 'الاشتباكات عبر الحدود', 'المواجهات عبر الحدود'],
  },
}

// Events the concept lists lack: an official's visit, a swearing-in and a term's end; a detention's days ("cette détention court jusqu'au 22 mai",
// "held in custody until 22 May", "تمديد الحبس حتى 22 مايو"), told from the people detained (a
// count of them is no date).
// A shutdown of the internet is a crackdown's event that reports date apart from the protests
// ("internet services have been down since Thursday", "la coupure d'internet depuis jeudi", "أعيدت
// خدمة الإنترنت مساء الثلاثاء"). (Not a curfew as one event: its start, its easing and its end are
// days reports give apart, and one candidate of them all hid each.)
const EVENTS: Concept[] = [
  {
    id: 'internet', family: 'date', event: true, label: { en: 'internet shutdown', ar: 'قطع الإنترنت' },
    words: { en: ['internet', 'internet shutdown', 'internet blackout', 'mobile internet', 'text message services', 'mobile data'], fr: ['internet', "coupure d'internet", 'coupure internet', 'coupure du réseau'], ar: ['الإنترنت', 'الانترنت', 'خدمة الإنترنت', 'خدمات الإنترنت', 'قطع الإنترنت', 'قطع الاتصالات'] },
  },
  {
    // An official's visit is dated apart from what he visits ("Burhan visited the wounded in Managil
    // on Thursday", "s'est rendu jeudi au chevet des blessés", "وصل أمس الخميس إلى المناقل حيث تفقد").
    // (Not "زار": Arabic words are found inside words, and it is inside "وزارة", a ministry.)
    id: 'visit', family: 'date', event: true, instant: true, label: { en: 'visit', ar: 'الزيارة' },
    words: { en: ['visit', 'visited', 'visiting', 'toured'], fr: ['visite', 'visité', "s'est rendu", "s'est rendue", 'se rendra', 'en déplacement'], ar: ['زيارة', 'يزور', 'تفقد', 'تفقدت', 'وصل إلى', 'وصلت إلى'] },
  },
  {
    // Taking office: a swearing-in, an inauguration ("was sworn in on Tuesday", "a prêté serment",
    // "أدى اليمين الدستورية"), and the end of a term of office ("his term expires on 2 April",
    // "son mandat s'achève le 2 avril", "تنقضي ولايته"), days the law sets apart from the vote.
    id: 'sworn-in', family: 'date', event: true, instant: true, label: { en: 'swearing-in', ar: 'أداء اليمين' },
    words: { en: ['sworn in', 'swearing-in', 'swearing in', 'inauguration', 'inaugurated', 'took office', 'take office', 'takes office'], fr: ['prêté serment', 'prêtera serment', 'prestation de serment', 'investiture', 'investi', 'entrée en fonction'], ar: ['اليمين', 'اليمين الدستورية', 'أدى اليمين', 'تنصيب', 'تنصيبه', 'تولي مهامه', 'تسلم مهامه'] },
  },
  {
    // (Not "term" alone: "short-term needs", "in terms of".)
    id: 'term-end', family: 'date', event: true, label: { en: 'end of the term of office', ar: 'نهاية الولاية' },
    words: { en: ['term of office', "'s term", 'his term', 'her term', 'second term', 'final term', 'presidential term', 'term expires', 'term ends', 'mandate', 'mandate ends'], fr: ['mandat', 'fin de mandat', "fin de son mandat"], ar: ['ولايته', 'ولايتها', 'الولاية الرئاسية', 'ولايته الثانية', 'عهدته', 'العهدة', 'انتهاء ولاية', 'انتهاء ولايته', 'نهاية ولايته'] },
  },
  {
    // What follows a disaster and is dated apart from it: the funerals ("Kocani buried its dead on
    // Thursday", "les obsèques ont eu lieu jeudi", "شُيّعت الجنازات يوم الخميس"), an official's
    // resignation ("resigned on Monday", "a démissionné lundi", "استقال الاثنين"). (Not services
    // resuming: aftermath.ts reads those words as the length of time until they did.)
    id: 'funeral', family: 'date', event: true, follows: true, label: { en: 'funeral', ar: 'الجنازة' },
    words: { en: ['funeral', 'funerals', 'buried', 'burial', 'burials', 'laid to rest'], fr: ['obsèques', 'funérailles', 'enterré', 'enterrés', 'enterré ses morts', 'inhumés', 'inhumation', 'inhumations'], ar: ['جنازة', 'الجنازة', 'جنازات', 'الجنازات', 'تشييع', 'شيعت', 'شيع', 'ووري الثرى', 'دفن', 'تدفن', 'دفنت'] },
  },
  {
    id: 'resignation', family: 'date', event: true, instant: true, follows: true, label: { en: 'resignation', ar: 'الاستقالة' },
    words: { en: ['resigned', 'resignation', 'stepped down', 'quit'], fr: ['démissionné', 'démission', 'démissionne'], ar: ['استقال', 'استقالت', 'استقالة', 'استقالته', 'استقالتها'] },
  },
  {
    id: 'detention', family: 'date', event: true, label: { en: 'detention', ar: 'الاحتجاز' },
    words: { en: ['detention', 'pre-trial detention', 'in custody', 'custody'], fr: ['détention', 'détention provisoire', 'garde à vue', 'incarcération'], ar: ['الحبس', 'الحبس الاحتياطي', 'حبسهم', 'احتجازهم', 'الاحتجاز'] },
  },
]

/** Adds to the event concepts the words that name them otherwise, and the events the lists lack (called once, where the concepts are defined). */
export function addEventWords(concepts: Concept[]): void {
  for (const e of EVENTS) if (!concepts.some((c) => c.id === e.id)) concepts.push(e)
  for (const c of concepts) {
    const more = MORE[c.id]
    if (more) for (const lang of Object.keys(more) as Lang[]) c.words[lang] = [...new Set([...c.words[lang], ...more[lang]])]
  }
}

// A march named in a date topic's words ("Memorial march of Thursday 27 June", "Date of the
// march"): a protest, not the month (lower case, no day number by it).
const MARCH = /(?<!\p{N}\s*)(?<![\p{L}])march(?:es)?(?![\p{L}])(?!\s*\p{N})/u

/** The event a date topic's words name that the concept lists read otherwise, or null. */
export function eventOfDateWords(words: string, kind: QuantityKind, concepts: Concept[]): Concept | null {
  if (kind !== 'date' && kind !== 'daterange' && kind !== 'duration') return null
  return MARCH.test(words) ? concepts.find((c) => c.id === 'protest') ?? null : null
}
