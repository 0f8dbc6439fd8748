import type { Span } from '../model'

// Sentences for quoting and for finding cues. Scraped articles break lines mid-sentence, so a
// short line without closing punctuation is joined to the next one instead of standing alone.
const SHORT_LINE_WORDS = 5
// Text with no punctuation at all (a paste of numbers, a table) still gets bounded "sentences", so
// work done per sentence around each figure stays linear in the text.
const MAX_SENTENCE = 1500

/** Sentence spans over the original text, in order, covering every non-blank stretch. */
export function sentences(text: string): Span[] {
  const out: Span[] = []
  let blockStart = -1
  let lineStart = 0
  // The next line's info, read to see whether it is blank: it is that line's info when the loop gets there.
  let next: { start: number; info: LineInfo } | null = null
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const info = next && next.start === lineStart ? next.info : lineInfo(text, lineStart, lineEnd)
    if (info.blank) {
      if (blockStart >= 0) { splitInto(text, blockStart, lineStart, out); blockStart = -1 }
    } else {
      if (blockStart < 0) blockStart = lineStart
      if (lineEnd < text.length) next = { start: lineEnd + 1, info: lineInfo(text, lineEnd + 1, nextLineEnd(text, lineEnd + 1)) }
      const nextBlank = lineEnd >= text.length || next!.info.blank
      if (info.terminal || info.words >= SHORT_LINE_WORDS || nextBlank) { splitInto(text, blockStart, lineEnd, out); blockStart = -1 }
    }
    lineStart = lineEnd + 1
  }
  if (blockStart >= 0) splitInto(text, blockStart, text.length, out)
  return out
}

function nextLineEnd(text: string, from: number): number {
  const e = text.indexOf('\n', from)
  return e < 0 ? text.length : e
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0x202f
const CLOSERS = new Set(['"', "'", '”', '»', ')'])
const ENDERS = new Set(['.', '!', '?', '؟', '…'])
const isEnder = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x61f || c === 0x2026

interface LineInfo { blank: boolean; terminal: boolean; words: number }

// Words (up to the threshold), blankness and closing punctuation of one line, reading it once.
function lineInfo(text: string, s: number, e: number): LineInfo {
  let words = 0
  let inWord = false
  let last = -1
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) { inWord = false; continue }
    last = i
    if (words < SHORT_LINE_WORDS) {
      const letter = c > 0x2f && !isEnder(c) && c !== 0x2c && c !== 0x60c
      if (letter && !inWord) words++
      inWord = letter
    }
  }
  if (last < 0) return { blank: true, terminal: false, words: 0 }
  let k = last
  while (k > s && CLOSERS.has(text[k])) k--
  return { blank: false, terminal: ENDERS.has(text[k]), words }
}

// Splits a block at sentence punctuation followed by a space, but not inside numbers ("5.200")
// nor after an abbreviation ("the U.N. envoy", "Sept. 14", "M. Macron").
function splitInto(text: string, start: number, end: number, out: Span[]): void {
  const re = /[.!?؟]+["'”»)]*(?=\s)/gu
  re.lastIndex = start
  let s = start
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const stop = m.index + m[0].length
    if (stop > end) break
    if (m[0] === '.' && abbreviated(text, m.index, stop)) continue
    push(text, { start: s, end: stop }, out)
    s = stop
  }
  if (text.slice(s, end).trim() !== '') push(text, { start: s, end }, out)
}

// Short abbreviations newsrooms put before a name or a number: titles and months (English and
// French). A closed class, unlike the open set of initialisms, which are read by their shape.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'gov', 'sen',
  'rep', 'rev', 'st', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'no', 'nos', 'approx', 'est', 'vol', 'fig', 'mgr', 'pr', 'me', 'av', 'env', 'cf', 'art', 'm',
])

// Whether the full stop ending at `dot` closes an abbreviation rather than a sentence: a dotted
// initialism ("U.N.", "a.m."), a name's initial ("John F. Kennedy"), a title or a month before what
// it names ("M. Macron", "Sept. 14", "approx. 300"), or any Latin word followed by a lower-case word,
// which no sentence starts with in English or French news.
function abbreviated(text: string, dot: number, stop: number): boolean {
  let b = dot
  while (b > 0 && /[\p{L}.]/u.test(text[b - 1])) b--
  const word = text.slice(b, dot)
  if (!/^\p{Script=Latin}/u.test(word)) return false
  let n = stop
  while (n < text.length && isSpace(text.charCodeAt(n)) && text[n] !== '\n') n++
  if (n >= text.length || text[n] === '\n') return false
  const next = text[n]
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true
  if (ABBREVIATIONS.has(word.toLowerCase()) && (/\d/.test(next) || (/^\p{Lu}/u.test(word) && /\p{Lu}/u.test(next)))) return true
  if (/^\p{Lu}$/u.test(word)) return initial(text, b, n)
  return /\p{Ll}/u.test(next) && /\p{Script=Latin}/u.test(next)
}

// Words that open a sentence rather than continue a name.
const OPENERS = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'this', 'these', 'le', 'la', 'les', 'il', 'elle', 'ils', 'un', 'une', 'ce', 'cette'])

// A single capital is a name's initial ("John F. Kennedy") between two capitalised words, the
// next no word that opens a sentence: "… in Area C. The ministry said" ends one.
function initial(text: string, start: number, next: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? ''
  const after = /^\p{L}+/u.exec(text.slice(next, next + 40))?.[0] ?? ''
  return /^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after) && !OPENERS.has(after.toLowerCase())
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return { start, end }
}

function push(text: string, span: Span, out: Span[]): void {
  let { start } = span
  while (span.end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE)
    if (cut <= start) cut = start + MAX_SENTENCE
    // Never cut a surrogate pair in two.
    if (cut < span.end && text.charCodeAt(cut) >= 0xdc00 && text.charCodeAt(cut) <= 0xdfff) cut++
    const piece = trim(text, start, cut)
    if (piece.end > piece.start) out.push(piece)
    start = cut
  }
  const rest = trim(text, start, span.end)
  if (rest.end > rest.start) out.push(rest)
}

/** The sentence that contains an offset (binary search over sorted spans). */
export function sentenceAt(spans: Span[], offset: number): Span | undefined {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid].end <= offset) lo = mid + 1
    else if (spans[mid].start > offset) hi = mid - 1
    else return spans[mid]
  }
  return spans[Math.min(lo, spans.length - 1)]
}

/** Clause spans inside a sentence: split at commas, semicolons, colons and dashes. */
export function clauses(text: string, sentence: Span): Span[] {
  const out: Span[] = []
  let s = sentence.start
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i]
    if (ch === '،' || ch === ',' || ch === '؛' || ch === ';' || ch === ':' || ch === '—') {
      // A comma between digits is a thousands separator, not a clause break.
      if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue
      if (i > s) out.push({ start: s, end: i })
      s = i + 1
    }
  }
  if (sentence.end > s) out.push({ start: s, end: sentence.end })
  return out
}
