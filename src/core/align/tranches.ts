import type { Claim, Lang, Span } from '../model'
import { foldKey } from '../text/normalize'
import type { Concept } from './measures'
import { alternation } from '../text/alternation'

// Which tranche of a larger sum a figure is: a first, a second, a last one, each a measure of its
// own, so that "a first tranche of $15 billion, with a second tranche of $20 billion to follow"
// gives two figures that never contradict each other, and neither counts toward the whole. The
// tranche is named by its noun and ordinal ("the second tranche", "la deuxième tranche", "الدفعة
// الثانية"), or by the ordinal alone after a sentence that says the sum is paid in parts ("paid in
// two instalments, the first of $15bn", "versés en deux tranches, la première de 15 milliards",
// "تسدد على دفعتين، الأولى بـ15 مليار دولار والثانية بـ20 مليار دولار").

interface Ordinal { id: string; label: { en: string; ar: string }; en: string[]; fr: string[]; ar: string[] }

const ORDINALS: Ordinal[] = [
  { id: 'tranche-1', label: { en: 'first tranche', ar: 'الدفعة الأولى' }, en: ['first', 'initial'], fr: ['première', 'premier', '1re', '1ère'], ar: ['الأولى', 'أولى', 'الأول'] },
  { id: 'tranche-2', label: { en: 'second tranche', ar: 'الدفعة الثانية' }, en: ['second'], fr: ['deuxième', 'seconde', 'second', '2e'], ar: ['الثانية', 'ثانية', 'الثاني'] },
  { id: 'tranche-3', label: { en: 'third tranche', ar: 'الدفعة الثالثة' }, en: ['third'], fr: ['troisième', '3e'], ar: ['الثالثة', 'ثالثة', 'الثالث'] },
  { id: 'tranche-last', label: { en: 'last tranche', ar: 'الدفعة الأخيرة' }, en: ['final', 'last'], fr: ['dernière', 'dernier', 'ultime'], ar: ['الأخيرة', 'أخيرة', 'الأخير'] },
]

// The nouns of a part paid: the ordinal stands before them in English and French, after them in Arabic.
// (Not "payment", "versement": "a first payment of $700 to each family" is aid.)
const NOUNS: Record<Lang, string[]> = {
  en: ['tranche', 'instalment', 'installment'],
  fr: ['tranche'],
  ar: ['دفعة', 'شريحة', 'قسط'],
}

/** One measure per ordinal tranche, each a narrower word of the tranche. */
export const TRANCHE_CONCEPTS: Concept[] = ORDINALS.map((o) => ({
  id: o.id, broader: 'tranche', family: 'money', label: o.label,
  words: {
    en: NOUNS.en.flatMap((n) => o.en.map((w) => `${w} ${n}`)),
    fr: NOUNS.fr.flatMap((n) => o.fr.map((w) => `${w} ${n}`)),
    // (With the article too: a phrase's first word is read whole before its prefixes are peeled, and "الدفعة الأولى" also names a down payment.)
    ar: NOUNS.ar.flatMap((n) => o.ar.flatMap((w) => [`${n} ${w}`, `ال${n} ${w}`])),
  },
}))

const words = (list: readonly string[]) => alternation(list, { fold: foldKey })

// A sentence that says a sum is paid in parts: a tranche's noun in the plural or the dual, or a
// count of them ("in two tranches", "en deux tranches", "على دفعتين", "على ثلاث دفعات").
const IN_PARTS = new RegExp(`(?<![\\p{L}])(?:${words(['tranches', 'instalments', 'installments', 'دفعتين', 'دفعتان', 'دفعات', 'شريحتين', 'شرائح', 'قسطين', 'أقساط'])})(?![\\p{L}])`, 'iu')

// The ordinal right before the amount, with its article, its noun and the amount's preposition
// ("the first of", "the second tranche of", "la première de", "والثانية بـ", "الدفعة الأولى بقيمة").
// (Arabic attaches و and ب, and puts the noun before the ordinal.) A noun named there is captured:
// the ordinal then needs no sentence of parts before it.
const nouns = (lang: Lang) => words(NOUNS[lang])
const LEAD: Record<Lang, string> = { en: String.raw`(?:the\s+|a\s+)?`, fr: String.raw`(?:la\s+|le\s+|une\s+|un\s+)?`, ar: String.raw`[وف]?(?:(?<noun>(?:ال)?(?:${nouns('ar')}))\s+)?` }
const TAIL: Record<Lang, string> = {
  en: String.raw`(?:\s+(?<noun>${nouns('en')}|one))?\s*(?:(?:of|worth|for|at|is|was|will be)\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?$`,
  fr: String.raw`(?:\s+(?<noun>${nouns('fr')}))?\s*(?:(?:de|d['’]|d['’]un montant de|s['’]élève à|est de|sera de)\s*)?(?:(?:environ|près de|quelque)\s+)?$`,
  ar: String.raw`\s*(?:(?:${words(['بقيمة', 'قيمتها', 'بمبلغ', 'ب', 'بـ'])})\s*)?(?:(?:نحو|حوالي)\s+)?$`,
}
const patterns = new Map<Lang, { ordinal: Ordinal; re: RegExp }[]>()
function patternsFor(lang: Lang): { ordinal: Ordinal; re: RegExp }[] {
  let out = patterns.get(lang)
  if (!out) {
    out = ORDINALS.map((o) => ({ ordinal: o, re: new RegExp(`(?<![\\p{L}\\p{N}])${LEAD[lang]}(?:${words(o[lang])})${TAIL[lang]}`, 'iu') }))
    patterns.set(lang, out)
  }
  return out
}

const REACH = 40

/**
 * The tranche an amount is when an ordinal stands right before it with a tranche's noun ("the
 * second tranche of", "الدفعة الأولى بقيمة": before a verb of paying first reads it as a down
 * payment), or alone in a sentence that says before it that the sum is paid in parts; null
 * otherwise. `sentence`: the figure's sentence.
 */
export function ordinalTranche(claim: Claim, text: string, sentence: Span, lang: Lang, concepts: Map<string, Concept>): Concept | null {
  if (claim.quantity.kind !== 'money') return null
  const from = Math.max(sentence.start, claim.span.start - REACH)
  // (Only the ordinal's own stretch: no break or other figure between it and the amount.)
  const before = foldKey(text.slice(from, claim.span.start)).split(/[,،;؛:.\p{N}]/u).pop() ?? ''
  for (const { ordinal, re } of patternsFor(lang)) {
    const m = re.exec(before)
    // ("one" names no tranche: "the first one of $3 billion" still needs the sentence of parts.)
    const named = !!m?.groups?.noun && m.groups.noun !== 'one'
    if (m && (named || IN_PARTS.test(foldKey(text.slice(sentence.start, claim.span.start))))) return concepts.get(ordinal.id) ?? null
  }
  return null
}
