// Extraction of a long text in pieces, so a worker can report progress and a 5 MB paste does not
// run as one long task. Pieces end at a paragraph break or at a line that closes a sentence, so no
// sentence is cut; offsets are shifted back into the whole text, and ids follow.
import type { Claim, Source, Span } from '../model'

/** Texts up to this length are extracted in one piece (whole-document context kept intact). */
export const CHUNK_THRESHOLD = 200_000
/** The length a piece aims for. */
export const CHUNK_TARGET = 64_000

const SENTENCE_END = /[.!?؟…]["'”»)]*[ \t]*$/u

/** Pieces of a text, covering it end to end; one piece when it is short. */
export function chunkSpans(text: string, target = CHUNK_TARGET, threshold = CHUNK_THRESHOLD): Span[] {
  if (text.length <= threshold) return [{ start: 0, end: text.length }]
  const out: Span[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + target)
    if (end < text.length) end = breakAfter(text, end, start + target * 2)
    out.push({ start, end })
    start = end
  }
  return out
}

// The first good break at or after `from`: a blank line, or a newline after a sentence's end;
// failing both before `limit`, any newline, then any space, then `limit` itself.
function breakAfter(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, text.length)
  let anyNewline = -1
  for (let i = text.indexOf('\n', from); i !== -1 && i < stop; i = text.indexOf('\n', i + 1)) {
    const lineStart = text.lastIndexOf('\n', i - 1) + 1
    const line = text.slice(lineStart, i)
    if (line.trim() === '' || SENTENCE_END.test(line)) return i + 1
    if (anyNewline < 0) anyNewline = i + 1
  }
  if (anyNewline > 0) return anyNewline
  const space = text.indexOf(' ', from)
  return space !== -1 && space < stop ? space + 1 : stop
}

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by })

/** Claims of a piece, moved to the whole text's offsets, their ids rebuilt. */
export function shiftClaims(claims: Claim[], sourceId: string, by: number): Claim[] {
  if (by === 0) return claims
  return claims.map((c) => {
    const span = shift(c.span, by)
    return {
      ...c,
      id: `${sourceId}:${span.start}-${span.end}`,
      span,
      sentence: shift(c.sentence, by),
      attribution: c.attribution ? { ...c.attribution, span: shift(c.attribution.span, by) } : null,
      scopes: c.scopes.map((s) => ({ ...s, span: shift(s.span, by) })),
    }
  })
}

type Extractable = Pick<Source, 'id' | 'text' | 'lang' | 'published' | 'window'>

/** Extracts piece by piece, calling `onPiece` after each (for progress and yielding). */
export async function extractInPieces(source: Extractable, extract: (s: Extractable) => Claim[], onPiece: (done: number, total: number) => void | Promise<void> = () => {}): Promise<Claim[]> {
  const spans = chunkSpans(source.text)
  const out: Claim[] = []
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i]
    const piece = spans.length === 1 ? source : { ...source, text: source.text.slice(start, end) }
    out.push(...shiftClaims(extract(piece), source.id, start))
    await onPiece(i + 1, spans.length)
  }
  return out
}
