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

// A lookup table over all code units: the folded unit, or DROP for a mark.
const DROP = 0xffff
const FOLD = new Uint16Array(0x10000)
for (let c = 0; c < 0x10000; c++) FOLD[c] = isMark(c) ? DROP : MAP.get(c) ?? (c >= 0x41 && c <= 0x5a ? c + 32 : c)
FOLD[DROP] = DROP

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
  // One pass into a code-unit buffer: fold each unit, drop marks, remember where each kept unit was.
  const n = original.length
  const buf = new Uint16Array(n)
  const offsets = new Int32Array(n + 1)
  let k = 0
  let surrogates = false
  for (let i = 0; i < n; i++) {
    const c = FOLD[original.charCodeAt(i)]
    if (c === DROP) continue
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true
    buf[k] = c
    offsets[k++] = i
  }
  offsets[k] = n
  // A view, not a copy: the few units a mark took are left unused at the end.
  return { text: surrogates ? decode(buf, k) : decodeBmp(buf, k), offsets: k === n ? offsets : offsets.subarray(0, k + 1) }
}

// Code units without surrogates decode as UTF-16 in one call, several times faster than building
// the string from chunks; the buffer holds them in the machine's byte order, little-endian almost
// everywhere. (ignoreBOM keeps a leading U+FEFF as the unit it is.)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const UTF16 = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-16le', { ignoreBOM: true })
function decodeBmp(buf: Uint16Array, len: number): string {
  return UTF16 && LITTLE_ENDIAN ? UTF16.decode(buf.subarray(0, len)) : decode(buf, len)
}

// String.fromCharCode over chunks: safe for lone surrogates (TextDecoder would replace them).
function decode(buf: Uint16Array, len: number): string {
  const CHUNK = 8192
  let out = ''
  for (let i = 0; i < len; i += CHUNK) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[])
  return out
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
