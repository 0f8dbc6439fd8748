import type { Claim } from '../model'
import { entityKey } from '../entities/fold'
import { foldKey } from '../text/normalize'
import { authorityOf } from './authorities'

// Where a figure comes from. Outlets that attribute it to the same agency or body (Reuters/رويترز,
// AFP/فرانس برس, the same ministry, the same report) speak with one voice: they are one origin.
// A figure no one is credited with is its outlet's own, and outlets that relay or copy one
// another (metadata, near-copies) are one outlet.

/** Bodies news cites under many names, in Arabic, English and French; the first name is shown. */
export const KNOWN_ORIGINS: string[][] = [
  ['Reuters', 'رويترز', 'رويتر'],
  ['AFP', 'Agence France-Presse', 'فرانس برس', 'فرانس بريس', 'وكالة الصحافة الفرنسية'],
  ['AP', 'Associated Press', 'The Associated Press', 'أسوشيتد برس', 'اسوشيتد برس', 'أسوشيتدبرس'],
  ['Anadolu', 'Anadolu Agency', 'الأناضول', 'وكالة الأناضول', 'Anadolou'],
  ['UN OCHA', 'OCHA', 'أوتشا', 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'مكتب تنسيق الشؤون الإنسانية', 'Bureau de la coordination des affaires humanitaires', 'Office for the Coordination of Humanitarian Affairs'],
  ['IOM', 'International Organization for Migration', 'المنظمة الدولية للهجرة', 'الهجرة الدولية', 'OIM', 'Organisation internationale pour les migrations'],
  ['WHO', 'World Health Organization', 'منظمة الصحة العالمية', 'الصحة العالمية', 'OMS', 'Organisation mondiale de la santé'],
  ['UNICEF', 'يونيسف', 'اليونيسف', 'منظمة الأمم المتحدة للطفولة'],
  ['UNHCR', 'مفوضية الأمم المتحدة لشؤون اللاجئين', 'مفوضية اللاجئين', 'HCR'],
  ['World Bank', 'البنك الدولي', 'Banque mondiale'],
  ['Red Crescent', 'Libyan Red Crescent', 'الهلال الأحمر', 'الهلال الأحمر الليبي', 'Croissant-Rouge', 'Croissant-Rouge libyen'],
  ['Red Cross', 'ICRC', 'الصليب الأحمر', 'اللجنة الدولية للصليب الأحمر', 'CICR', 'Croix-Rouge'],
  ['MSF', 'Médecins sans frontières', 'Doctors Without Borders', 'أطباء بلا حدود'],
  ['CERF', 'Central Emergency Response Fund', 'الصندوق المركزي للاستجابة لحالات الطوارئ'],
  ['IFRC', 'International Federation of Red Cross and Red Crescent Societies', 'الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر', 'FICR'],
  ['USGS', 'US Geological Survey', 'U.S. Geological Survey', 'United States Geological Survey', 'هيئة المسح الجيولوجي الأمريكية', 'هيئة المسح الجيولوجي الأميركية', 'Institut d\'études géologiques des États-Unis'],
  ['ECOWAS', 'إيكواس', 'المجموعة الاقتصادية لدول غرب أفريقيا', 'مجموعة إيكواس', 'CEDEAO', 'Economic Community of West African States'],
  ['African Union', 'AU', 'الاتحاد الأفريقي', 'الاتحاد الإفريقي', 'Union africaine', 'UA', 'مجلس السلم والأمن الأفريقي', 'African Union Peace and Security Council'],
  ['European Union', 'EU', 'الاتحاد الأوروبي', 'Union européenne', 'UE'],
  ['Frontex', 'فرونتكس'],
  ['WFP', 'World Food Programme', 'برنامج الأغذية العالمي', 'PAM', 'Programme alimentaire mondial'],
  ['OHCHR', 'UN Human Rights Office', 'مفوضية الأمم المتحدة السامية لحقوق الإنسان', 'Haut-Commissariat aux droits de l\'homme'],
  ['UNRWA', 'الأونروا', 'أونروا', 'وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين'],
  ['UNFPA', 'United Nations Population Fund', 'صندوق الأمم المتحدة للسكان', 'Fonds des Nations unies pour la population'],
  ['Amnesty International', 'منظمة العفو الدولية', 'العفو الدولية', 'Amnesty'],
  ['Human Rights Watch', 'هيومن رايتس ووتش', 'HRW'],
  ['Save the Children', 'منظمة إنقاذ الطفولة', 'إنقاذ الطفولة'],
  ['United Nations', 'UN', 'the UN', 'the United Nations', 'الأمم المتحدة', 'ONU', 'les Nations unies'],
]

/** The news agencies among the known bodies: a story they send out is theirs wherever it is republished. */
export const WIRES = ['Reuters', 'AFP', 'AP', 'Anadolu']
/** The outlet group of a wire's own dispatches (`outlet:wire:Reuters`), read as the wire itself once relays are resolved. */
export const WIRE = 'wire:'

/** The bodies of the United Nations among the known ones: "the UN agency", "l'agence onusienne" is one of them. */
export const UN_BODIES = new Set(['UN OCHA', 'IOM', 'WHO', 'UNICEF', 'UNHCR', 'CERF', 'WFP', 'OHCHR', 'UNRWA', 'UNFPA', 'United Nations'])

// A UN agency is often named by its field rather than its name: "the UN migration agency", "the
// U.N. refugee agency", "وكالة الأمم المتحدة للهجرة", "l'agence onusienne pour les migrations",
// "l'agence de l'ONU pour l'enfance". The field says which body it is.
// One of some words (a regular expression's alternatives), standing as a whole word.
const wordOf = (alternatives: string) => new RegExp(`(?:^|[^\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'u')
// (Capital "UN" only: French "un" is an article, "un responsable humanitaire" is no UN agency.)
const UN_CAPS = wordOf('UN|U\\.N\\.')
const UN_WORDS = wordOf("united nations|الامم المتحده|امميه|الامميه|onu|onusienne|onusien|nations unies")
const UN_FIELDS: [RegExp, string][] = [
  [wordOf("migration|migrations|للهجره|الهجره"), 'IOM'],
  [wordOf("refugees?|لشؤون اللاجئين|للاجئين|réfugiés"), 'UNHCR'],
  [wordOf("children|children's|childrens|للطفوله|الطفوله|enfance|enfants"), 'UNICEF'],
  [wordOf("humanitarian|الانسانيه|humanitaires?"), 'UN OCHA'],
  [wordOf("health|للصحه|الصحه|santé"), 'WHO'],
  [wordOf("food|للاغذيه|الاغذيه|alimentaire|alimentation"), 'WFP'],
  [wordOf("human rights|لحقوق الانسان|droits de l'homme|droits humains"), 'OHCHR'],
]
/** The UN agency a field names in a folded phrase ("children's agency", "للطفوله", "pour l'enfance"), or null. */
export const unFieldAgency = (folded: string): string | null => UN_FIELDS.find(([re]) => re.test(folded))?.[1] ?? null
const unAgencyOf = (who: string, folded: string): string | null => (UN_CAPS.test(who) || UN_WORDS.test(folded) ? unFieldAgency(folded) : null)

// A broadcaster or a newspaper named as the speaker ("selon Radio Soummam", "the daily El Watan
// reported", "بحسب إذاعة موزاييك") reports what its own reporters found: a count of its own, even
// when a ministry gives the same number, unless the text says it passes that count on (it cites
// the ministry, or calls it the official toll) or it is the state's own voice ("state television",
// "التلفزيون الرسمي", "la radio nationale").
const MEDIA = new RegExp(`(?:^|[^\\p{L}])(?:radio|tv|télé|tele|télévision|television|channel|broadcaster|chaîne|chaine|newspaper|daily|weekly|magazine|journal|quotidien|hebdomadaire|(?:ال)?(?:اذاعه|قناه|تلفزيون|تلفزه|صحيفه|جريده|مجله|يوميه))(?![\\p{L}])`, 'iu')
const STATE_MEDIA = new RegExp(`(?:^|[^\\p{L}])(?:state|public|official|national|publique|nationale|officielle|d'état|d'etat|d’état|(?:ال)?(?:رسمي|رسميه|حكومي|حكوميه|عمومي|عموميه|وطني|وطنيه))(?![\\p{L}])`, 'iu')
const OFFICIAL = new RegExp(`(?:^|[^\\p{L}])(?:official|officially|officiel|officielle|officiellement|(?:ال)?(?:رسمي|رسميه|رسميا))(?![\\p{L}])`, 'iu')

/** Whether a speaker is a broadcaster or newspaper of its own (not the state's): its figures are its own count. */
export function isOwnMedia(who: string): boolean {
  const f = foldKey(who)
  return MEDIA.test(f) && !STATE_MEDIA.test(f)
}
/** Whether a sentence calls its count the official one ("the official toll", "le bilan officiel", "الحصيلة الرسمية"). */
export const saysOfficial = (sentence: string): boolean => OFFICIAL.test(foldKey(sentence))

const KNOWN = new Map<string, string>()
for (const names of KNOWN_ORIGINS) for (const n of names) KNOWN.set(foldKey(n).replace(/^the\s+/, ''), names[0])

// A topic of thousands of figures quotes a few speakers thousands of times: each is read once.
const ORIGIN_CACHE = new Map<string, { key: string; name: string }>()

/** The origin a speaker stands for: a known body's first name, else the speaker's folded key. */
export function originOf(who: string): { key: string; name: string } {
  const hit = ORIGIN_CACHE.get(who)
  if (hit) return { ...hit }
  if (ORIGIN_CACHE.size > 5000) ORIGIN_CACHE.clear()
  const found = readOrigin(who)
  ORIGIN_CACHE.set(who, found)
  return { ...found }
}

function readOrigin(who: string): { key: string; name: string } {
  // "the UN", "l'OIM", "d'Ocha": the article is not part of the name.
  const folded = foldKey(who).replace(/["“”«»]/g, '').replace(/^(?:the\s+|[ld]['’])/, '').trim()
  // The longest known name inside the speaker ("المتحدث باسم المنظمة الدولية للهجرة" is IOM).
  let best: string | null = null
  let bestLen = 0
  for (const [name, canonical] of KNOWN) {
    // Short names ("un", "ap", "oim") only as the whole speaker: "un responsable" is no UN.
    const within = name.length > 3 && (folded.includes(` ${name} `) || folded.startsWith(`${name} `) || folded.endsWith(` ${name}`))
    if (name.length > bestLen && (folded === name || within)) { best = canonical; bestLen = name.length }
  }
  // The United Nations named with a field is that field's agency.
  if (!best || best === 'United Nations') best = unAgencyOf(who, folded) ?? best
  if (best) return { key: `body:${best}`, name: best }
  // A kind of authority ("وزارة الداخلية", "the interior ministry") is one body, whatever the wording.
  const a = authorityOf(who)
  if (a) return { key: `body:${a.kind}${a.country ? `@${a.country}` : ''}`, name: a.country ? `${a.kind} (${a.country})` : a.kind }
  return { key: `speaker:${entityKey(who)}`, name: who }
}

/** A body's origin key as a reader sees it: "body:interior ministry@Morocco" → "interior ministry (Morocco)". */
export const bodyLabel = (origin: string): string => origin.replace(/^body:/, '').replace(/@(.+)$/, ' ($1)')

/** The origin of a claim: its speaker's body when it has one, else its outlet's group. */
export function claimOrigin(c: Pick<Claim, 'attribution' | 'source'>, groupOf: (source: string) => string): { key: string; name: string | null } {
  if (c.attribution?.who) {
    const o = originOf(c.attribution.who)
    if (o.key !== 'speaker:') return o
  }
  return { key: `outlet:${groupOf(c.source)}`, name: null }
}
