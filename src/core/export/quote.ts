// The quote of a figure: the sentence it stands in, without a section heading the sentence
// splitter glued to it. Scraped articles break lines mid-sentence ("وقالت الصحيفة، في⏎تقريرها"),
// so a line break alone does not end a quote; a short line with no punctuation that does not
// run on into the next (no trailing "في", "of", "de") is a heading and is left out.
import type { Span } from '../model'

const HEADING_MAX_WORDS = 9
const PUNCTUATION = /[.!?؟…:;,،؛]/u
/** Words a line ends on when the sentence runs on to the next line. */
const RUN_ON = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'أن', 'إن', 'ان', 'مع', 'بعد', 'قبل', 'حول', 'بين', 'حتى', 'منذ', 'التي', 'الذي', 'الذين', 'عند', 'لدى', 'و', 'أو', 'ثم', 'لكن', 'قد', 'لا', 'ما',
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'that', 'which', 'who', 'as', 'is', 'was', 'were', 'has', 'had', 'have', 'be',
  'le', 'la', 'les', 'de', 'du', 'des', 'un', 'une', 'à', 'au', 'aux', 'en', 'pour', 'par', 'et', 'ou', 'que', 'qui', 'dans', 'sur', 'est', 'a',
])

function looksLikeHeading(line: string): boolean {
  const words = line.trim().split(/\s+/u).filter(Boolean)
  if (!words.length || words.length > HEADING_MAX_WORDS || PUNCTUATION.test(line)) return false
  return !RUN_ON.has(words[words.length - 1].toLowerCase())
}

/** The span to quote for a figure: its sentence, less heading lines before the figure's line. */
export function quoteSpan(text: string, sentence: Span, figure: Span): Span {
  let start = sentence.end > sentence.start ? sentence.start : figure.start
  const end = sentence.end > sentence.start ? sentence.end : figure.end
  for (;;) {
    const nl = text.indexOf('\n', start)
    if (nl < 0 || nl >= figure.start || nl >= end) break
    if (!looksLikeHeading(text.slice(start, nl))) break
    start = nl + 1
  }
  while (start < end && /\s/u.test(text[start])) start++
  return { start, end }
}

/** The quote as one line of text: the span with its line breaks turned into spaces. */
export function quoteText(text: string, sentence: Span, figure: Span): string {
  const s = quoteSpan(text, sentence, figure)
  return text.slice(s.start, s.end).replace(/\s*\n\s*/gu, ' ').trim()
}
