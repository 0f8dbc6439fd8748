// Quotations that run over more than one sentence. A speaker is often named only after the
// quotation closes ("« Les digues ont cédé. Quelque 30 maisons sont sous l'eau », a dit le maire",
// "\"… 31 homes are under water. We need pumps,\" the governor said", "\"…\"، قال المحافظ"), so a
// figure in one of its first sentences is the speaker's word though its own sentence names no one.

// The marks that open a quotation and the one that closes each. A straight quote closes itself.
const CLOSING: Record<string, string> = { '«': '»', '“': '”', '"': '"' }
// How far a quotation may run past a figure before it closes: a few sentences of one paragraph.
const MAX_AHEAD = 800
// How far before a figure its quotation may have opened.
const MAX_BACK = 1500

/**
 * Where the quotation a figure stands in closes, when it opened before the figure in its
 * paragraph and closes after it in the same paragraph; null when the figure is in no quotation.
 */
export function quotationClose(text: string, at: number): number | null {
  // (Within a bounded look back: a text with no line breaks is read in linear time.)
  let para = Math.max(0, at - MAX_BACK)
  for (let i = at - 1; i >= para; i--) if (text.charCodeAt(i) === 10) { para = i + 1; break }
  // The quotation open at the figure: the last opening mark not closed before it.
  const open: string[] = []
  for (let i = para; i < at; i++) {
    const ch = text[i]
    if (ch === '"') {
      if (open[open.length - 1] === '"') open.pop()
      else open.push('"')
    } else if (ch === '«' || ch === '“') open.push(ch)
    else if ((ch === '»' || ch === '”') && open.length && CLOSING[open[open.length - 1]] === ch) open.pop()
  }
  if (!open.length) return null
  const close = CLOSING[open[open.length - 1]]
  const opener = open[open.length - 1]
  let depth = 0
  for (let i = at; i < Math.min(text.length, at + MAX_AHEAD); i++) {
    const ch = text[i]
    if (ch === '\n') return null
    // A quotation nested inside ("« Il a dit “partez” et 40 sont partis »") closes first.
    if (ch === opener && opener !== '"') depth++
    else if (ch === close) {
      if (depth === 0) return i
      depth--
    }
  }
  return null
}

// What may stand between a closing mark and the verb or speaker that follows it: a comma, a
// dash, a space. Anything else ("». Le maire a ensuite…") starts a sentence of its own.
const AFTER_CLOSE = /^[\s,،–—-]*$/u
// A quotation that ends its own sentence ("…pumps." The governor said 12 roads…) is followed by a
// new sentence, not by its speaker, unless a comma or a dash ties them ("…pumps.", he said).
const ENDS_SENTENCE = /[.!?؟…]\s*$/u
const TIES = /[,،–—-]/u

/** Whether a cue starting at `cueStart` follows the quotation closing at `close` with nothing said between. */
export function followsClose(text: string, close: number, cueStart: number): boolean {
  if (cueStart <= close) return false
  const between = text.slice(close + 1, cueStart)
  if (!AFTER_CLOSE.test(between)) return false
  return !ENDS_SENTENCE.test(text.slice(Math.max(0, close - 3), close)) || TIES.test(between)
}
