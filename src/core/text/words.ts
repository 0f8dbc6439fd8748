/** Words in a text, counted as runs of letters or digits in any script. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}

// Word edges in any script, for patterns built from strings: a regex `\b` is ASCII-only and sees
// none beside an accented or Arabic letter.
/** Before a word: no letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])'
/** After a word: no letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])'

/** The text without its asides in brackets ("Deaths in Nairobi (KNCHR)", "people rushed to hospital (including the 30 who died there)"). */
export const withoutAsides = (text: string) => text.replace(/\s*[(（][^)）]*[)）]/gu, ' ')
