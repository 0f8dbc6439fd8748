// Is it text, and not too much of it: one check for every way a text comes in (paste, dropped
// file, workspace file, corpus directory, the CLI), so the browser and the CLI refuse the same.

/** The largest text accepted as one source, in UTF-16 units (about 20 MB of Arabic). */
export const MAX_TEXT_LENGTH = 10_000_000

/** Why a text cannot become a source; the UI turns the code into a sentence in the user's language. */
export type TextProblem =
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'too-large'; length: number; max: number }
  | { code: 'unsupported-file'; name: string }

/**
 * Whether decoded text is usable as an article. Binary content shows up after decoding as NUL
 * bytes, control characters or replacement characters (U+FFFD); a little of the latter is a
 * stray bad byte, a lot is not text.
 */
export function checkText(text: string): TextProblem | null {
  if (text.length > MAX_TEXT_LENGTH) return { code: 'too-large', length: text.length, max: MAX_TEXT_LENGTH }
  if (!/[\p{L}\p{N}]/u.test(text)) return text.length === 0 || text.trim() === '' ? { code: 'empty' } : { code: 'binary' }
  if (text.includes('\u0000')) return { code: 'binary' }
  const sample = text.length > 200_000 ? text.slice(0, 100_000) + text.slice(-100_000) : text
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) odd++
  }
  return odd > Math.max(8, sample.length * 0.01) ? { code: 'binary' } : null
}

/** The problem in one English line for a file or field called `name` (the CLI's and the corpus loader's wording). */
export function describeTextProblem(name: string, p: TextProblem): string {
  switch (p.code) {
    case 'empty': return `${name}: the text is empty`
    case 'binary': return `${name}: is binary, not text`
    case 'too-large': return `${name}: the text is too large (${p.length.toLocaleString('en')} characters; the limit is ${p.max.toLocaleString('en')})`
    case 'unsupported-file': return `${name}: not a text or HTML file`
  }
}
