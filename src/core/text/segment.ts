import type { Span } from '../model'

// Sentences for quoting and for finding cues. Scraped articles break lines mid-sentence, so a
// short line without closing punctuation is joined to the next one instead of standing alone.
const TERMINAL = /[.!?؟…]["'”»)]*\s*$/u
const SHORT_LINE_WORDS = 5

/** Sentence spans over the original text, in order, covering every non-blank stretch. */
export function sentences(text: string): Span[] {
  const out: Span[] = []
  const lines = lineSpans(text)
  let start = -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const body = text.slice(line.start, line.end)
    if (body.trim() === '') { if (start >= 0) { out.push(trim(text, start, lines[i - 1].end)); start = -1 } continue }
    if (start < 0) start = line.start
    const words = body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
    const next = lines[i + 1]
    const ends = TERMINAL.test(body) || words >= SHORT_LINE_WORDS || !next || text.slice(next.start, next.end).trim() === ''
    if (ends) { splitInto(text, start, line.end, out); start = -1 }
  }
  if (start >= 0) splitInto(text, start, lines[lines.length - 1].end, out)
  return out
}

function lineSpans(text: string): Span[] {
  const spans: Span[] = []
  let s = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) { spans.push({ start: s, end: i }); s = i + 1 }
  }
  return spans
}

// Splits a block at sentence punctuation followed by a space, but not inside numbers ("5.200").
function splitInto(text: string, start: number, end: number, out: Span[]): void {
  const re = /[.!?؟]+["'”»)]*(?=\s)/gu
  re.lastIndex = start
  let s = start
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const stop = m.index + m[0].length
    if (stop > end) break
    out.push(trim(text, s, stop))
    s = stop
  }
  if (text.slice(s, end).trim() !== '') out.push(trim(text, s, end))
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start])) start++
  while (end > start && /\s/u.test(text[end - 1])) end--
  return { start, end }
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
