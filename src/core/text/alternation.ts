// Word lists become regex alternations in many readers (groups, marks, dates, narrowing, speakers):
// one way to escape them, to let a written space match the way a report spaces or hyphenates, and
// to put the longest first, so that "death toll" is tried before "death" and wins.

const SPECIAL = /[.*+?^${}()|[\]\\]/g

/** A string matched literally inside a pattern. */
export const escapeRegExp = (s: string): string => s.replace(SPECIAL, '\\$&')

export interface AlternationOptions {
  /** Applied to each word before it is escaped (the folding of the text the pattern will read). */
  fold?: (word: string) => string
  /** A space between words matches: as written (`exact`), any run of spaces (`spaces`), any run of spaces or hyphens (`joins`). */
  spaces?: 'exact' | 'spaces' | 'joins'
  /** A straight and a curly apostrophe match each other ("l'armée", "l’armée"). */
  apostrophes?: boolean
}

/** The words as one alternation (no group around it), each once, longest first. */
export function alternation(words: Iterable<string>, o: AlternationOptions = {}): string {
  const out = new Set<string>()
  for (const w of words) {
    let x = escapeRegExp(o.fold ? o.fold(w) : w)
    if (o.spaces === 'spaces') x = x.replace(/\s+/g, '\\s+')
    else if (o.spaces === 'joins') x = x.replace(/[-\s]+/g, '[-\\s]+')
    if (o.apostrophes) x = x.replace(/['’]/g, "['’]")
    out.add(x)
  }
  // Longest first: an alternation takes its first branch that matches, not the longest.
  return [...out].sort((a, b) => b.length - a.length).join('|')
}
