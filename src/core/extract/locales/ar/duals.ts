import type { Token } from '../../common/tokens'
import { arabicReadings as readings, prefixSkip } from '../../common/prefixes'
import { L } from './lexicon'

/** A dual noun meaning two ("طائرتين", "مواطنان", "طائرتي هليكوبتر"), or a dual time unit ("سنتين"). */
export interface DualMatch { from: number; to: number; skip: number; timeUnit: string | null; countedTo: number; factor?: number }

/** The dual noun at token i, or null. */
export function parseDual(tokens: Token[], i: number, original?: { text: string; offsets: Int32Array }): DualMatch | null {
  const t = tokens[i]
  if (!t || t.t !== 'w' || t.w.length < 3) return null
  let definite = false
  for (const r of readings(t.w)) {
    if (r.stem.startsWith('ال')) { definite = true; continue }
    if (definite || (r.pre >= 2 && t.w.slice(0, r.pre).endsWith('ال'))) return definiteDual(tokens, i, r.stem) ? { from: i, to: i + 1, skip: prefixSkip(t.w, r.pre), timeUnit: null, countedTo: adjectivesAfter(tokens, i + 1, r.stem) } : null
    const tu = L.timeUnits.at(tokens, i)
    if (tu && tu.value.dual && tu.pre === r.pre) return { from: i, to: i + 1, skip: prefixSkip(t.w, r.pre), timeUnit: tu.value.unit, countedTo: i + 1, factor: tu.value.factor ?? 1 }
    if ((isDual(r.stem) && !pluralToo(r.stem, tokens[i + 1])) || (original && vocalisedDual(r.stem, tokens[i], original))) return { from: i, to: i + 1, skip: prefixSkip(t.w, r.pre), timeUnit: null, countedTo: adjectivesAfter(tokens, i + 1, r.stem) }
    if (isConstructDual(r.stem, tokens[i + 1]) || isMasculineConstructDual(r.stem, tokens[i + 1]) || isCoordinatedConstructDual(r.stem, tokens, i)) return { from: i, to: i + 1, skip: prefixSkip(t.w, r.pre), timeUnit: null, countedTo: adjectivesAfter(tokens, i + 2, r.stem) }
  }
  if (definite) return null
  // The most peeled reading first: "وحزامين ناسفين" is و and two belts.
  for (const r of [...readings(t.w)].reverse()) {
    if (isVerbalNounDual(r.stem) || agreesAsDual(r.stem, t.w, tokens[i + 1])) return { from: i, to: i + 1, skip: prefixSkip(t.w, r.pre), timeUnit: null, countedTo: adjectivesAfter(tokens, i + 1, r.stem) }
  }
  return null
}

// A definite dual is a count of two only where it first tells how many there were: "انهار السدّان"
// in a report that had not named the dams, "الإفراج عن الرهينتين" before any hostage is mentioned.
// It refers back, and is no new figure, when the report already named the things it pairs (the
// noun earlier in the report, "بين البلدين"), and always for nouns that name a pair of parties
// ("البلدين", "الزعيمين", "الحكومتين"): only the nouns whose number a report disputes are read.
const REFERS_BACK_WITHIN = 2000 // tokens: about a long report, so the look-back stays bounded

function definiteDual(tokens: Token[], i: number, stem: string): boolean {
  const base = dualBase(stem)
  if (!base || !L.dualCounted.has(base)) return false
  const prev = tokens[i - 1]
  if (prev && prev.t === 'w' && prev.w === 'بين') return false
  for (let j = i - 1; j >= 0 && j >= i - REFERS_BACK_WITHIN; j--) {
    const w = tokens[j].w
    if (tokens[j].t !== 'w' || w.length < base.length || !w.includes(base)) continue
    for (const r of readings(w)) if (r.stem.startsWith(base) && r.stem.length <= base.length + 3) return false
  }
  return true
}

/** The singular's letters a dual is built on ("رهينتين" → "رهين", "السدان" → "سد"), or null. */
function dualBase(w: string): string | null {
  const end3 = w.slice(-3)
  if ((end3 === 'تان' || end3 === 'تين') && L.dualF.has(w.slice(0, -3))) return w.slice(0, -3)
  const end2 = w.slice(-2)
  if ((end2 === 'ان' || end2 === 'ين') && L.dualM.has(w.slice(0, -2))) return w.slice(0, -2)
  // A noun with a sound plural is a dual only in ان ("الصيادان"; "الصيادين" are fishermen).
  if (end2 === 'ان' && L.dualMSound.has(w.slice(0, -2))) return w.slice(0, -2)
  return null
}

// "مهاجرَين" (two migrants) and "مهاجرِين" (migrants) differ only by the vowel before ين: when the
// writer marked it with a fatha, a sound masculine noun's ين is a dual.
function vocalisedDual(w: string, t: Token, original: { text: string; offsets: Int32Array }): boolean {
  if (!w.endsWith('ين') || !L.dualMSound.has(w.slice(0, -2))) return false
  const word = original.text.slice(original.offsets[t.s], original.offsets[t.e])
  // (The fatha may come before or after a shadda: "دبلوماسيَّين" is written both ways.)
  return /\u064E[\u064B-\u065F]*\u064A[\u064B-\u065F]*\u0646[\u064B-\u065F]*$/.test(word)
}

// "بلدان أفريقية" (African countries) is a plural: such a noun is a dual only with a dual adjective
// or "اثنان" after it ("بلدان جاران", "بلدان اثنان").
function pluralToo(w: string, next: Token | undefined): boolean {
  if (!w.endsWith('ان') || !L.dualAmbiguous.has(w.slice(0, -2))) return false
  return !(next && !next.nl && next.t === 'w' && (/(ان|ين)$/.test(next.w) || /^اثن/.test(next.w)))
}

function isDual(w: string): boolean {
  return dualBase(w) !== null
}

// "طائرتي هليكوبتر": the construct dual drops its ن. Only for equipment, and never before a name
// pair ("بين بلدتي باندياجارا و بانكاس").
function isConstructDual(w: string, next: Token | undefined): boolean {
  if (!next || next.nl || next.t !== 'w' || w.slice(-2) !== 'تي') return false
  return L.dualConstructOk.has(w.slice(0, -2))
}

// "قطاري ركاب", "سدّي المدينة", "سدّا وادي درنة": a masculine construct dual drops its ن and ends
// in ي (genitive, accusative) or ا (nominative), with the thing it belongs to right after it. The ا
// form is also an indefinite accusative ("بنوا سدّاً ضخماً", "أقاموا سدّا على الوادي"): it is a dual
// only before a noun that neither agrees with it (ending in ا), nor opens a clause or a phrase of
// its own (a preposition, a verb in ي or ت, a word glued to ب, ل or ك).
function isMasculineConstructDual(w: string, next: Token | undefined): boolean {
  if (!next || next.nl || next.t !== 'w') return false
  const end = w.slice(-1)
  if ((end !== 'ي' && end !== 'ا') || !L.dualConstructM.has(w.slice(0, -1))) return false
  if (L.stop.has(next.w)) return false
  return end === 'ي' || !/(^[يتبلك])|(ا$)/.test(next.w)
}

// A verbal noun of the form تفعيل ("تفجير", "تحقيق", "تصريح") is plural in ات, never in ين: its
// ين and ان forms are duals whatever the noun ("في تفجيرين", "تحقيقان").
const VERBAL_NOUN_DUAL = /^ت[^اوي]{2}ي[^اوي](ين|ان)$/
const isVerbalNounDual = (w: string) => VERBAL_NOUN_DUAL.test(w)

// A noun and its adjective that agree in the dual ending are two of a thing, whatever the noun:
// "حصيلتين صادرتين", "قنبلتان يدويتان", "حزامين ناسفين". A feminine noun's plural is in ات, so its
// تين/تان with an adjective in تين/تان is a dual; a masculine ين with an adjective in ين is one only
// when the noun cannot be a sound plural of people: not a participle (مفعل, فاعل: "مسلحين
// مجهولين", "نازحين جدد"), an adjective of origin ("سوريين"), or an elative ("آخرين").
function agreesAsDual(w: string, word: string, next: Token | undefined): boolean {
  if (!next || next.nl || next.t !== 'w' || next.w.length < 5 || /^(ال|و)/.test(next.w)) return false
  for (const end of ['تين', 'تان']) if (w.endsWith(end) && w.length >= end.length + 3) return next.w.endsWith(end)
  return w.endsWith('ين') && next.w.endsWith('ين') && w.length >= 5 && soundPluralFree(word)
}

// Whether no reading of the word (an attached و, ب, ل or ك peeled or not: "لمسلحين") could be a sound
// plural: by its shape, or as a noun known to take one ("طيارين عسكريين" are pilots; "حزامين
// ناسفين", the same letters' shape, two belts).
function soundPluralFree(word: string): boolean {
  return readings(word).every((r) => {
    const stem = r.stem.slice(0, -2)
    if (L.dualMSound.has(stem)) return false
    // A peeled reading that leaves an ا first is no word ("لاجئين" is not ل + "اجئين").
    if (r.pre > 0 && stem.startsWith('ا')) return true
    return stem.length >= 3 && !/^[مأآإ]/.test(stem) && stem[1] !== 'ا' && !stem.endsWith('ي')
  })
}

// "وزيري الداخلية والصحة": a construct dual in ي whose two owners follow, joined by و, counts two.
function isCoordinatedConstructDual(w: string, tokens: Token[], i: number): boolean {
  if (!w.endsWith('ي') || !L.dualM.has(w.slice(0, -1))) return false
  const a = tokens[i + 1]
  const b = tokens[i + 2]
  return !!a && !!b && !a.nl && !b.nl && a.t === 'w' && b.t === 'w' && a.w.startsWith('ال') && b.w.startsWith('وال')
}

// Dual adjectives agreeing with the noun ("طائرتان مسيّرتان") belong to it, not to a second figure.
function adjectivesAfter(tokens: Token[], k: number, noun: string): number {
  const ending = noun.endsWith('ان') ? 'ان' : 'ين'
  while (tokens[k] && !tokens[k].nl && tokens[k].t === 'w' && tokens[k].w.length > 4 && tokens[k].w.endsWith(ending)) k++
  return k
}

/** A cheap shape test before any list look-up: the word ends like a dual (ان ين تي), or like a masculine construct dual (ي ا). */
export function dualShape(w: string): boolean {
  const a = w.charCodeAt(w.length - 2)
  const b = w.charCodeAt(w.length - 1)
  if (w.length >= 3 && (b === 0x64a || b === 0x627)) return true
  return w.length >= 4 && b === 0x646 && (a === 0x627 || a === 0x64a)
}
