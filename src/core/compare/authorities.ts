import { foldKey } from '../text/normalize'
import { countryAliases, isCountryWord } from '../entities/countries'

// Kinds of authority that news quotes under many wordings: "وزارة الداخلية", "أحدث حصيلة لوزارة
// الداخلية", "the interior ministry", "le ministère de l'Intérieur" are one speaker. Within one
// story each kind is one body (a disaster has one health ministry counting its dead), unless the
// speaker names a country ("الرئيس الفرنسي", "Niger's president"): then the country is part of it.

/** An authority kind, its name in an Arabic explanation, and the words that name it, by language (lists of kinds, not of stories). */
export const AUTHORITY_KINDS: { kind: string; ar: string; words: string[] }[] = [
  { kind: 'interior ministry', ar: 'وزارة الداخلية', words: ['وزارة الداخلية', 'وزير الداخلية', 'الشؤون الداخلية', 'interior ministry', 'ministry of the interior', 'ministry of interior', 'interior minister', "ministère de l'intérieur", "ministre de l'intérieur"] },
  { kind: 'health ministry', ar: 'وزارة الصحة', words: ['وزارة الصحة', 'وزير الصحة', 'health ministry', 'ministry of health', 'health minister', 'ministère de la santé', 'ministre de la santé'] },
  { kind: 'foreign ministry', ar: 'وزارة الخارجية', words: ['وزارة الخارجية', 'وزير الخارجية', 'foreign ministry', 'foreign office', 'foreign minister', 'ministry of foreign affairs', 'ministère des affaires étrangères', 'ministre des affaires étrangères'] },
  { kind: 'defence ministry', ar: 'وزارة الدفاع', words: ['وزارة الدفاع', 'وزير الدفاع', 'defence ministry', 'defense ministry', 'defence minister', 'defense minister', 'ministère des armées', 'ministère de la défense', 'ministre des armées'] },
  { kind: 'transport ministry', ar: 'وزارة النقل', words: ['وزارة النقل', 'وزير النقل', 'وزارة السكك الحديدية', 'وزير السكك الحديدية', 'transport ministry', 'ministry of transport', 'transport minister', 'minister of transport', 'railway ministry', 'railways ministry', 'ministry of railways', 'railway minister', 'railways minister', 'ministère des transports', 'ministre des transports', 'ministère des chemins de fer', 'ministre des chemins de fer'] },
  { kind: 'economy ministry', ar: 'وزارة الاقتصاد', words: ['وزارة الاقتصاد', 'وزير الاقتصاد', 'economy ministry', 'ministry of economy', 'ministry of the economy', 'economy minister', 'minister of economy', "ministère de l'économie", "ministre de l'économie"] },
  { kind: 'finance ministry', ar: 'وزارة المالية', words: ['وزارة المالية', 'وزير المالية', 'finance ministry', 'ministry of finance', 'finance minister', 'minister of finance', 'treasury', 'ministère des finances', 'ministre des finances'] },
  { kind: 'royal palace', ar: 'الديوان الملكي', words: ['الديوان الملكي', 'العاهل', 'الملك', 'royal palace', 'royal cabinet', 'palace', 'king', 'palais royal', 'cabinet royal', 'roi'] },
  { kind: 'presidency', ar: 'الرئاسة', words: ['رئاسة الجمهورية', 'الرئاسة', 'الرئيس', 'presidency', 'president', 'élysée', 'elysee', 'présidence', 'président', "chef de l'état"] },
  { kind: 'government', ar: 'الحكومة', words: ['مجلس الوزراء', 'رئيس الوزراء', 'رئيس الحكومة', 'الحكومة', 'السلطات', 'government', 'cabinet', 'prime minister', 'authorities', 'gouvernement', 'premier ministre', 'exécutif', 'autorités'] },
  { kind: 'army', ar: 'الجيش', words: ['هيئة الأركان', 'رئيس الأركان', 'القوات المسلحة', 'الجيش', 'army', 'armed forces', 'military', 'general staff', 'chief of staff', 'armée', 'état-major', 'forces armées'] },
  { kind: 'civil protection', ar: 'الحماية المدنية', words: ['الحماية المدنية', 'الدفاع المدني', 'civil protection', 'civil defence', 'civil defense', 'protection civile', 'sécurité civile'] },
  { kind: 'coast guard', ar: 'خفر السواحل', words: ['خفر السواحل', 'حرس السواحل', 'coast guard', 'coastguard', 'garde-côtes', 'garde côtière'] },
  { kind: 'national guard', ar: 'الحرس الوطني', words: ['الحرس الوطني', 'national guard', 'garde nationale'] },
  { kind: 'police', ar: 'الشرطة', words: ['الشرطة', 'شرطة', 'مديرية الأمن', 'police', 'gendarmerie', 'sheriff', 'shérif'] },
  { kind: 'governor', ar: 'المحافظ', words: ['محافظ', 'الوالي', 'حاكم', 'governor', 'ruler', 'gouverneur', 'mohafez', 'wali'] },
  { kind: 'mayor', ar: 'رئيس البلدية', words: ['عميد بلدية', 'رئيس بلدية', 'عمدة', 'mayor', 'maire'] },
  { kind: 'emergency service', ar: 'خدمات الطوارئ', words: ['جهاز الإسعاف', 'الإسعاف والطوارئ', 'emergency service', 'emergency services', 'service des secours', 'services de secours'] },
  { kind: 'prosecutor', ar: 'النيابة العامة', words: ['النيابة العامة', 'المدعي العام', 'prosecutor', 'parquet', 'procureur'] },
  { kind: 'organisers', ar: 'المنظمون', words: ['المنظمون', 'المنظمين', 'منظمو', 'منظمي', 'الجهة المنظمة', 'الجهات المنظمة', 'اللجنة المنظمة', 'organisers', 'organizers', 'organiser', 'organizer', 'organising committee', 'organizing committee', 'organisateurs', 'organisateur', 'organisatrices', "comité d'organisation"] },
]

// (The organisers of an event, "the organisers", "les organisateurs", "الجهة المنظمة", are one body
// too, as the police are. A ruler, "حاكم دبي", "Dubai's ruler", is his emirate's or state's
// governor: Arabic calls a state's governor "حاكم" as well.)
// (The police also as a county's sheriff, "the sheriff's department", "le shérif du comté", and as a
// force named by its place, which Arabic writes without the article: "قائد شرطة المقاطعة".)
// Latin words match whole words; Arabic ones also with an attached prefix (لوزارة، والجيش، بالديوان).
const TERMS = AUTHORITY_KINDS.flatMap(({ kind, words }) => words.map((w) => {
  const f = foldKey(w)
  const arabic = /\p{Script=Arabic}/u.test(f)
  // French names a ministry's country between its two words: "le ministre libanais de la Santé",
  // "le ministère algérien de l'Intérieur".
  const body = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^ال/, '(?:ال|لل)').replace(/^(ministère|ministre) /u, '$1 (?:\\p{L}+ )?')
  return { kind, re: new RegExp(arabic ? `(?<![\\p{L}])(?:[وفبلك]{0,2})${body}(?![\\p{L}])` : `(?<![\\p{L}])${body}(?![\\p{L}])`, 'u') }
}))

// Words between two kinds' names that keep them in one English noun group ("Government Railway").
const COMPOUND = /^(?:\s+[\p{Lu}\p{Ll}]+)*\s+$/u
const BREAK = /(?<![\p{L}])(?:of|in|for|at|from|with|and|to|on|by|de|du|des|la|le|les|et|au|aux)(?![\p{L}])/iu

const RELATIVE = /\s(?:who|whom|whose|which|that|qui|que|dont|lesquels|lesquelles|الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)\s/u

/** The authority a speaker stands for ("الحكومة" → government, "Lebanon's health ministry" → health ministry of Lebanon), or null. */
export function authorityOf(who: string): { kind: string; country: string | null } | null {
  // A relative clause describes the speaker, it does not name it: "the officers who removed
  // President Bazoum" are no presidency, "les soldats qui gardaient le palais" no palace.
  // (Folding lowers ASCII capitals only: "l'Économie", "l'Élysée", "État-major" are lowered here.)
  const folded = foldKey(who).toLowerCase().split(RELATIVE)[0]
  let best: { kind: string; at: number } | null = null
  const found: { kind: string; at: number; end: number }[] = []
  for (const t of TERMS) {
    const m = t.re.exec(folded)
    if (m) found.push({ kind: t.kind, at: m.index, end: m.index + m[0].length })
    // The head of the phrase comes first: "وزير الصحة في الحكومة" is the health ministry.
    if (m && (!best || m.index < best.at)) best = { kind: t.kind, at: m.index }
  }
  if (!best) return null
  // In an English compound the head comes last: "the Government Railway Police" is the police. A
  // kind named right after the first, with only words of one noun group between them (no "of",
  // "in", a comma or a relative word), is the head.
  const first = found.find((f) => f.at === best!.at)!
  const head = found.filter((f) => f.at >= first.end && COMPOUND.test(folded.slice(first.end, f.at)) && !BREAK.test(folded.slice(first.end, f.at))).sort((a, b) => b.at - a.at)[0]
  if (head && /^[\p{Script=Latin}\s'’()-]+$/u.test(folded.slice(first.at, head.end))) best = head
  const country = (who.match(/[\p{L}'’]+/gu) ?? []).map((w) => w.replace(/['’]s$/, '')).map((w) => [w, w.replace(/^(?:وال|ال|لل|ل|ب)/, ''), w.replace(/(?:ة|ية)$/, '')].find(isCountryWord)).find((w) => w)
  return { kind: best.kind, country: country ? countryAliases(country)[0] : null }
}

/** Whether a text (folded) names an authority of a kind, in any of its wordings and languages. */
export function namesKind(folded: string, kind: string): boolean {
  return TERMS.some((t) => t.kind === kind && t.re.test(folded))
}

/** The kind of authority named last in a text (folded) among those `wanted` accepts, or null. */
export function lastKindNamed(folded: string, wanted: (kind: string) => boolean): string | null {
  let best: { kind: string; at: number } | null = null
  for (const t of TERMS) {
    if (!wanted(t.kind)) continue
    for (const m of folded.matchAll(new RegExp(t.re.source, 'gu'))) if (!best || m.index > best.at) best = { kind: t.kind, at: m.index }
  }
  return best?.kind ?? null
}
