import type { Word } from './words'

// Abbreviations read as one word. Words split a full stop off its letters, so "The U.N. said" reads
// "The U . N . said", and a subject read back from its verb stopped at the stop: the verb seemed to
// have no subject and spoke for the speaker last named. A dotted initialism ("U.N.", "U.S.",
// "a.m."), or a single capital and its stop before a name ("John F. Kennedy", "M. Dupont"), is one
// word of the noun phrase it stands in. The sentence splitter decides which stops end a sentence;
// inside one, a stop glued to an initial is an abbreviation's.

const INITIAL = /^\p{L}{1,3}$/u
const CAPITAL = /^\p{Lu}$/u

/** The words with each abbreviation's letters and full stops joined into one word. */
export function joinInitialisms(words: Word[]): Word[] {
  let out: Word[] | null = null
  for (let i = 0; i < words.length; i++) {
    // (Most words are followed by no stop: that is asked first.)
    const n = words[i + 1]?.raw === '.' ? initialismLength(words, i) : 0
    if (n < 2) {
      out?.push(words[i])
      continue
    }
    out ??= words.slice(0, i)
    const first = words[i]
    const last = words[i + n - 1]
    const raw = words.slice(i, i + n).map((w) => w.raw).join('')
    // (Its spelling record stays the first letter's: a reader asking it about the whole word sees
    // that its folded form differs and asks afresh.)
    out.push({ w: raw.toLowerCase(), raw, start: first.start, end: last.end, sp: first.sp })
    i += n - 1
  }
  return out ?? words
}

// How many words (letters and stops) the abbreviation starting at word i spans, or 0.
function initialismLength(words: Word[], i: number): number {
  let k = i
  // Letters and stops glued together: "U.N.", "a.m.".
  while (INITIAL.test(words[k]?.raw ?? '') && words[k + 1]?.raw === '.' && words[k + 1].start === words[k].end && (k === i || words[k].start === words[k - 1].end)) k += 2
  if (k - i >= 4) return k - i
  // One capital and its stop, before a capitalised word in the same sentence: "F. Kennedy".
  const w = words[i]
  const stop = words[i + 1]
  const next = words[i + 2]
  if (CAPITAL.test(w.raw) && stop?.raw === '.' && stop.start === w.end && next && next.start > stop.end && /^\p{Lu}/u.test(next.raw) && (i === 0 || words[i - 1].end < w.start)) return 2
  return 0
}
