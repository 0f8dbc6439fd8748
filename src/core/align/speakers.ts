import type { Claim } from '../model'
import { foldKey } from '../text/normalize'
import { sameEntity } from '../entities/fold'
import { KNOWN_ORIGINS, WIRES, originOf } from '../compare/origins'
import { AUTHORITY_KINDS } from '../compare/authorities'

// Whose count a topic is. Fact-checkers line one body's count up against another's ("Deaths
// counted by the health ministry" beside "Deaths counted by the White Helmets" beside "Death toll
// in Syria"): such a topic takes the figures its body gives, whatever the language calls it
// ("وزارة الصحة السورية", "le ministère de la Santé", "les Casques blancs", "الخوذ البيضاء"), and
// none another body gives. A topic that names no body is not narrowed.

// Bodies of disaster and conflict coverage the tables of origins and authorities do not name, or
// name under another heading: the first name is the one they stand for.
const MORE_BODIES: string[][] = [
  // Syria's rebel-area civil defence is one body with the civil protection of other countries' coverage.
  ['civil protection', 'White Helmets', 'Syrian Civil Defence', 'Syrian Civil Defense', 'Syria Civil Defense', 'Syria Civil Defence', 'Casques blancs', 'Défense civile syrienne', 'défense civile', 'الخوذ البيضاء', 'الدفاع المدني السوري', 'منظمة الخوذ البيضاء', 'الدفاع المدني'],
  ['rescuers', 'rescuers', 'rescue teams', 'rescue workers', 'relief teams', 'secouristes', 'sauveteurs', 'équipes de secours', 'فرق الإغاثة', 'فرق الإنقاذ', 'رجال الإنقاذ', 'عمال الإنقاذ', 'المسعفون', 'المسعفين'],
  ['medical sources', 'medical sources', 'hospital sources', 'doctors', 'sources médicales', 'sources hospitalières', 'médecins', 'مصادر طبية', 'مصادر صحية', 'مصادر طبیة', 'الأطباء'],
  ['AFAD', 'AFAD', 'Afad', 'Turkish disaster agency', 'Disaster and Emergency Management', 'الهيئة التركية لإدارة الكوارث والطوارئ', 'إدارة الكوارث والطوارئ', 'هيئة الكوارث', 'آفاد'],
]
// Who passes a count on without making it: the wires, state news agencies and state media.
const RELAYS = [...WIRES, 'SANA', 'Sana', 'سانا', 'news agency', 'state media', 'state television', 'state news agency', 'official news agency', 'agence officielle', 'agence de presse', 'médias officiels', 'médias d\'état', 'média d\'état', 'médias publics', 'télévision d\'état', 'télévision officielle', 'state-run media', 'state-run television', 'state-run news agency', 'وكالة الأنباء', 'وكالة الانباء', 'وسائل الإعلام الرسمية', 'التلفزيون الرسمي', 'الإعلام الرسمي']

/** The other names of a body this table knows under a name ("White Helmets": "Casques blancs", "الخوذ البيضاء"). */
export function bodyNames(name: string): string[] {
  const f = foldKey(name).replace(/^(?:the|le|la|les|l['’])\s*/u, '')
  return MORE_BODIES.find(([, ...names]) => names.some((n) => foldKey(n) === f))?.slice(1) ?? []
}

// Words for those who count that name no body of their own.
const GENERIC = new Set(['rescuers', 'medical sources'])

/** A body's key: the name it stands for and, when the words name one, its country ("health ministry@Syria"). */
export interface Body { key: string; country: string | null }
const RELAY: Body = { key: 'relay', country: null }
const JOINT: Body = { key: 'joint', country: null }

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// Every name of a body, folded, with the key it stands for, longest first (a compound is read whole).
const NAMES: { name: string; key: string }[] = [
  ...MORE_BODIES.flatMap(([key, ...names]) => names.map((n) => ({ name: foldKey(n), key }))),
  ...RELAYS.map((n) => ({ name: foldKey(n), key: 'relay' })),
  ...AUTHORITY_KINDS.flatMap(({ kind, words }) => words.map((w) => ({ name: foldKey(w), key: kind }))),
  ...KNOWN_ORIGINS.flatMap((names) => names.filter((n) => n.length > 3 || /^[A-Z]{3}$/.test(n)).map((n) => ({ name: foldKey(n), key: names[0] }))),
].sort((a, b) => b.name.length - a.name.length)
// (Looked up with hyphens as spaces and in lower case: folding leaves "État" capitalised.)
const nameKey = (n: string) => n.replace(/^ال/, '').replace(/[-\s]+/g, ' ').toLowerCase()
const KEY_OF = new Map(NAMES.map((n) => [nameKey(n.name), n.key]))
// Arabic names also with an attached article or preposition ("لوزارة", "والخوذ"); French ministries
// with their country between ("le ministère syrien de la Santé").
const NAME_RE = new RegExp(`(?<![\\p{L}])(?:[وفبلك]{0,2}(?:ال|ل)?)?(${[...KEY_OF.keys()].map((n) => esc(n).replace(/^(ministere|ministre|ministère) /u, '$1 (?:\\p{L}+ )?').replace(/ /g, '[-\\s]+')).join('|')})(?![\\p{L}])`, 'giu')

/** The bodies a text names, in order, with where each stands (folded offsets ≈ the text's). */
export function bodiesNamed(text: string): { key: string; at: number }[] {
  const folded = foldKey(text)
  const out: { key: string; at: number }[] = []
  for (const m of folded.matchAll(NAME_RE)) {
    const name = nameKey(m[1])
    const key = KEY_OF.get(name) ?? KEY_OF.get(name.replace(/^(ministere|ministre|ministère) \p{L}+ (?=de |des |du )/u, '$1 '))
    if (key) out.push({ key, at: m.index })
  }
  return out
}

// Words joining two bodies into one count: "the ministry and the rescuers", "وزارة الصحة وفرق الإغاثة".
const JOINED = /(?<![\p{L}])(?:and|et|ainsi que|as well as)(?![\p{L}])|(?<![\p{L}])و(?=\p{L})/u

/** The body a speaker's words stand for ("وزير الصحة السوري حسن الغباش" → health ministry of Syria); two joined are a joint count. */
export function bodyOf(who: string): Body | null {
  const named = bodiesNamed(who)
  // (Who the rescuers or doctors are is the body named with them: "l'équipe de secours des Casques blancs".)
  const counting = named.filter((b) => b.key !== 'relay').sort((a, b) => +GENERIC.has(a.key) - +GENERIC.has(b.key))
  if (new Set(counting.map((b) => b.key)).size > 1 && JOINED.test(foldKey(who))) return JOINT
  const o = originOf(who)
  const [kind, country] = o.key.replace(/^body:/, '').split('@')
  // (The longest name read is the body: "the UN humanitarian office OCHA" is OCHA.)
  if (counting.length) return { key: counting.some((b) => b.key === kind) ? kind : counting[0].key, country: country ?? null }
  if (named.length) return RELAY
  if (o.key.startsWith('body:')) return { key: kind, country: country ?? null }
  const name = who.replace(/^(?:the|le|la|les|l['’])\s*/iu, '').trim()
  return name ? { key: `speaker:${name}`, country: null } : null
}

// How a reader's words say whose count a topic is: "counted by X", "per X", "according to X",
// "as reported by X", "selon X", "d'après X", "recensés par X", "حسب X", "بحسب X", "وفق X",
// "وفقا لـ X", "نقلا عن X"; and with a known body only, "X's toll", "bilan de X", "حصيلة X", "(X)".
const BY = /(?<![\p{L}])(?:(?:counted by|recorded by|reported by|given by|announced by|according to|as per|per|selon|d['’]après|recensés par|recensées par|comptés par|comptées par|décomptés par|annoncés par|حسب|بحسب|وفق|نقلا عن|الصادرة عن|التي أعلنتها|التي سجلتها)(?![\p{L}])|(?:وفقا|وفقاً|طبقا|تبعا)\s+ل)\s*(?:ـ\s*)?([^.,;:()،؛\n]+)/iu
const OF = /(?:([\p{L}][\p{L}\s'’-]*?)['’]s\s+(?:count|toll|tally|figures?|list|estimate|data)|(?<![\p{L}])(?:bilan|décompte|chiffres?)\s+(?:de|du|des|de la|de l['’])\s*([^.,;:()\n]+)|(?<![\p{L}])(?:حصيلة|إحصائية|أرقام|بيانات)\s+([^.,;:()،؛\n]+))/iu
const BRACKET = /[(（]([^)）]+)[)）]/gu
// Where the name in a phrase stops: a place, a time or what the count is about follows it.
const NAME_END = /\s+(?:in|on|for|during|since|after|of the|at|from|dans|pour|pendant|depuis|après|en|au|aux|à|في|خلال|منذ|بعد|جراء|على)(?![\p{L}])/iu

// Whether a bracket's words are a body's name, not a description using one ("(government-held areas)").
function namesWhole(s: string): boolean {
  const bare = foldKey(s).replace(/^(?:the|le|la|les|l['’]|ال)\s*/u, '').trim()
  const b = bodiesNamed(bare)[0]
  return !!b && b.at <= 2 && [...KEY_OF.keys()].some((n) => nameKey(bare).startsWith(n) && n.length >= 0.6 * bare.length)
}

/** Whose count a topic's words say it is (its label and measure phrase), with the words that name it, or null when they name no one. */
export function speakerNamed(words: string): { body: Body; phrase: string } | null {
  const phrase = (s: string) => s.split(NAME_END)[0].trim()
  const counts = (b: Body | null): b is Body => !!b && b.key !== 'relay' && b.key !== 'joint'
  // (A name no table knows is a speaker only when written as a name: "per the KNCHR", not "per destroyed home".)
  const named = (s: string) => /^(?:\p{Lu}|\p{Script=Arabic})/u.test(s.replace(/^(?:the|le|la|les|l['’])\s*/iu, ''))
  const by = BY.exec(words)
  if (by) { const p = phrase(by[1]); const b = bodyOf(p); if (counts(b) && (!b.key.startsWith('speaker:') || named(p))) return { body: b, phrase: p } }
  const known = (s: string | undefined) => { if (!s) return null; const p = phrase(s); const b = bodyOf(p); return counts(b) && !b.key.startsWith('speaker:') ? { body: b, phrase: p } : null }
  const of = OF.exec(words)
  const fromOf = of ? known(of[1] ?? of[2] ?? of[3]) : null
  if (fromOf) return fromOf
  // (A bracket that describes rather than names, "(government-held and rebel-held areas)", is no speaker.)
  for (const m of words.matchAll(BRACKET)) { const b = namesWhole(m[1]) ? known(m[1]) : null; if (b) return b }
  return null
}
export const speakerOfTopic = (words: string): Body | null => speakerNamed(words)?.body ?? null

/** Whether a figure's body is the topic's: one body, in any language, with no other country named. */
export function sameBody(topic: Body, figure: Body): boolean {
  if (figure.key === 'relay' || figure.key === 'joint') return false
  if (topic.key.startsWith('speaker:') || figure.key.startsWith('speaker:')) {
    const a = topic.key.replace(/^speaker:/, '')
    const b = figure.key.replace(/^speaker:/, '')
    return sameEntity(a, b) || foldKey(b).includes(foldKey(a)) || foldKey(a).includes(foldKey(b))
  }
  return topic.key === figure.key && (!topic.country || !figure.country || topic.country === figure.country)
}

// A bare "the ministry" ("le ministère compte", "وأضافت الوزارة") is the ministry the report named last.
const BARE_MINISTRY = /(?<![\p{L}])(?:the ministry|le ministère|le ministere|la ministre|le ministre|the minister|[وف]?الوزارة|[وف]?الوزير)(?![\p{L}])/iu

/**
 * The body a figure is given by: its attribution's, or, when that is missing or only relays the
 * count ("selon un bilan relayé par l'agence officielle Sana"), the one its sentence names nearest
 * before it (a bare "the ministry" being the one the report named last), else after it.
 */
export function figureBody(c: Pick<Claim, 'attribution' | 'span' | 'sentence'>, text: string): Body | null {
  const own = c.attribution?.who ? bodyOf(c.attribution.who) : null
  if (own && own.key !== 'relay') return own
  const before = text.slice(c.sentence.start, c.span.start)
  const named = bodiesNamed(before).filter((b) => b.key !== 'relay')
  if (named.length) return { key: named[named.length - 1].key, country: null }
  if (BARE_MINISTRY.test(foldKey(before))) {
    const earlier = bodiesNamed(text.slice(Math.max(0, c.sentence.start - 1500), c.sentence.start)).filter((b) => /ministry/.test(b.key))
    if (earlier.length) return { key: earlier[earlier.length - 1].key, country: null }
  }
  const after = bodiesNamed(text.slice(c.span.end, c.sentence.end)).filter((b) => b.key !== 'relay')
  return after.length ? { key: after[0].key, country: null } : own
}

/** null: the topic names no body (nothing narrowed); true: the figure is its body's; false: another's, a joint count or no one's. */
export function speakerFits(topic: Body | null, c: Pick<Claim, 'attribution' | 'span' | 'sentence'>, text: string): boolean | null {
  if (!topic) return null
  const f = figureBody(c, text)
  return !!f && sameBody(topic, f)
}
