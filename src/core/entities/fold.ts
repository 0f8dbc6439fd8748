import { foldKey } from '../text/normalize'
import { memoWords } from '../text/memo'

// Spelling-variant folding for names. Arabic spells foreign names many ways: G as ج, غ or ك
// (فاغنر/فاجنر, غويتا/جويتا, كانيك/جانيك), hamza and alef forms, long vowels written or not.
// So a name is reduced to a consonant skeleton in Latin letters, the same for both scripts:
// "فاغنر" and "Wagner" → "fknr", "بامكس 2025" and "BAMEX25" → "bmks25", "تي بي 2" and "TB2" → "tb2".

const AR: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'k', 'ح': 'h', 'خ': 'k', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 's',
  'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'k', 'ف': 'f', 'ق': 'k', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': '', 'ء': '',
  'ع': '', 'ا': '', 'و': '', 'ي': '', 'ئ': '', 'ؤ': '', 'پ': 'b', 'ڤ': 'f', 'گ': 'k', 'چ': 'k',
}
const LATIN: Record<string, string> = {
  b: 'b', c: 'k', d: 'd', f: 'f', g: 'k', h: 'h', j: 'k', k: 'k', l: 'l', m: 'm', n: 'n', p: 'b', q: 'k', r: 'r', s: 's',
  t: 't', v: 'f', w: 'f', x: 'ks', z: 'z', a: '', e: '', i: '', o: '', u: '', y: '',
}

/** One word's skeleton: consonants only, doubled letters collapsed; a leading vowel kept as "a" (Akıncı ≠ Canik). */
function skeleton(word: string, first = true): string {
  // Latin accents fold through NFD (and an accented capital to lower case: "Égypte" as "égypte");
  // Arabic and plain ASCII skip that cost.
  const w0 = /[^\u0020-\u007f\u0600-\u06ff]/.test(word) ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase() : word
  // Latin spells one Arabic letter with two: sh/ch ش, kh خ, gh غ, th ث, dh ذ, ph ف ("Fasher" الفاشر,
  // "Chichaoua" شيشاوة, "Ghaithi" الغيثي).
  const w = /[a-z]/.test(w0) ? w0.replace(/sh|ch/g, 's').replace(/kh|gh/g, 'k').replace(/th/g, 't').replace(/dh/g, 'd').replace(/ph/g, 'f') : w0
  let out = first && /^[اعaeiou]/.test(w) ? 'a' : ''
  for (const ch of w) {
    const m = AR[ch] ?? LATIN[ch] ?? (/[0-9]/.test(ch) ? ch : '')
    for (const c of m) if (out[out.length - 1] !== c || /[0-9]/.test(c)) out += c
  }
  return out
}

const WORD = /[\p{L}\p{N}]+/gu

/** Words of a name, folded, with the article peeled ("الفيلق" → "فيلق", "بالفيلق" → "فيلق"). */
function words(text: string): string[] {
  return (foldKey(text).match(WORD) ?? []).map((w) => {
    const m = /^(?:[وفبلك]?ال|لل)(.{3,})$/.exec(w)
    return m ? m[1] : w
  })
}

// A year after a name ("بامكس 2025") is written in full or short ("BAMEX25").
const shortYear = (k: string) => k.replace(/^(\D+)20(\d\d)$/, '$1$2')

/** The key a name folds to: spelling variants of one name share it; different names do not. */
export function entityKey(text: string): string {
  return shortYear(words(text).map((w, i) => skeleton(w, i === 0)).join(''))
}

/**
 * The keys of one word under its readings with an attached prefix peeled (و ف ب ل ك):
 * "لفاجنر" → {lfknr, fknr}. A peeled reading must keep three consonants, so short words stay whole.
 */
export const wordKeys = memoWords(computeWordKeys, 200_000)

function computeWordKeys(word: string): string[] {
  const [w] = words(word)
  if (!w) return []
  const keys = [skeleton(w)]
  // A foreign name may begin with letters that read as the article after a preposition
  // ("باليساديس" Palisades, "بالتيمور" Baltimore): it is also read whole.
  const whole = foldKey(word).match(WORD)?.[0]
  if (whole && whole !== w && /\p{Script=Arabic}/u.test(whole)) keys.push(skeleton(whole))
  // Latin writes the Arabic و as "w" ("Tawila" طويلة, "Kassala"…): a reading with "w" as a vowel
  // meets the Arabic spelling, whose و folds to none.
  if (/[a-z]w|w[a-z]/.test(w)) keys.push(skeleton(w.replace(/w/g, 'u')))
  // Arabic writes the h of a foreign name with ه ("Lahaina" لاهاينا, "Hawaii" هاواي), which folds to
  // none because at a word's end it is the feminine ending (ة) or a pronoun: a reading with ه before
  // the end as "h" meets the Latin spelling.
  if (/ه./.test(w)) keys.push(skeleton(w.replace(/ه(?=.)/g, 'h')))
  for (const pre of [1, 2]) {
    const rest = w.slice(pre)
    if (pre === 2 && !/^[وف][بلك]/.test(w)) continue
    if (pre === 1 && !/^[وفبلك]/.test(w)) continue
    const k = skeleton(rest)
    if (k.length >= 3) keys.push(k)
  }
  return keys
}

/** True when two spellings name the same thing, allowing an attached prefix on either. */
export function sameEntity(a: string, b: string): boolean {
  if (entityKey(a) === entityKey(b)) return true
  // (Each word as written: its keys peel what can be peeled, and keep the whole word too.)
  const wa = foldKey(a).match(WORD) ?? []
  const wb = foldKey(b).match(WORD) ?? []
  if (wa.length !== wb.length || wa.length === 0) return false
  return wa.every((w, i) => wordKeys(w).some((k) => wordKeys(wb[i]).includes(k)))
}
