// Arabic text folding. Two layers, so every match maps back to exact offsets in the original:
// 1. fold(): length-preserving (one UTF-16 unit in, one out): digits of every script to ASCII,
//    alef/yeh/kaf variants, teh marbuta to heh, Arabic decimal and thousands marks, Latin case.
// 2. compact(): drops the marks that may sit inside a word (diacritics, tatweel, bidi controls) and
//    keeps, for each kept unit, its offset in the original. Matching runs on the compact view.

const MAP = new Map<number, number>()
const put = (from: string, to: string) => { for (const ch of from) MAP.set(ch.charCodeAt(0), to.charCodeAt(0)) }
for (let d = 0; d < 10; d++) {
  MAP.set(0x0660 + d, 0x30 + d) // Arabic-Indic
  MAP.set(0x06f0 + d, 0x30 + d) // Extended Arabic-Indic (Persian, Urdu)
}
put('أإآٱ', 'ا')
put('ى', 'ي')
put('ی', 'ي')
put('ک', 'ك')
put('ة', 'ه')
put('\u066B', '.') // Arabic decimal separator
put('\u066C', ',') // Arabic thousands separator
put('\u066A', '%') // Arabic percent sign
put('\u00A0\u2007\u202F', ' ')
put('\u2013\u2014\u2212', '-')
put('\u201C\u201D\u00AB\u00BB\u201E', '"')

/** Code units dropped by compact(): harakat, superscript alef, tatweel, zero-width and bidi controls. */
export function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x200b && c <= 0x200f) || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
}

/** Length-preserving fold: text.length === fold(text).length, and offsets line up one to one. */
export function fold(text: string): string {
  let out = ''
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let m = MAP.get(c)
    if (m === undefined && c >= 0x41 && c <= 0x5a) m = c + 32
    if (m !== undefined) {
      out += text.slice(runStart, i) + String.fromCharCode(m)
      runStart = i + 1
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart)
}

/** A folded text without marks, and where each of its units stood in the original. */
export interface Compact {
  text: string
  /** offsets[i] is the original offset of text[i]; offsets[text.length] is the original length. */
  offsets: Int32Array
}

export function compact(original: string): Compact {
  const folded = fold(original)
  const offsets = new Int32Array(folded.length + 1)
  let out = ''
  let runStart = 0
  let runOut = 0
  for (let i = 0; i < folded.length; i++) {
    if (isMark(folded.charCodeAt(i))) {
      out += folded.slice(runStart, i)
      for (let k = runStart; k < i; k++) offsets[runOut++] = k
      runStart = i + 1
    }
  }
  out += folded.slice(runStart)
  for (let k = runStart; k < folded.length; k++) offsets[runOut++] = k
  const n = runOut
  offsets[n] = original.length
  return { text: out, offsets: n === folded.length ? offsets : offsets.slice(0, n + 1) }
}

/** Maps a [start, end) range of the compact text back to the original, with the marks that sit on its last letter. */
export function toOriginal(c: Compact, start: number, end: number): { start: number; end: number } {
  return { start: c.offsets[start], end: end > start ? c.offsets[end] : c.offsets[start] }
}

/** Folding for keys and search: fold, drop marks. (Not offset-preserving; use compact() for spans.) */
export function foldKey(text: string): string {
  let out = ''
  const f = fold(text)
  for (let i = 0; i < f.length; i++) if (!isMark(f.charCodeAt(i))) out += f[i]
  return out
}
