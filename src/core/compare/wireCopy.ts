import type { Source } from '../model'
import { foldKey } from '../text/normalize'
import { KNOWN_ORIGINS, WIRES } from './origins'

// The news agency a report is a copy of. An outlet that republishes a wire story says so in its
// name ("Waradana, citing Reuters") or in the story's own credit: the dateline that opens it
// ("ALGIERS (AFP) –", "PARIS (Reuters) -", "بيروت (رويترز) -", "(أ ف ب) -") or the credit that
// closes it ("(avec AFP)", "(with Reuters)"), or the relay the newsroom recorded when it imported
// the report (its `via`): a copy that rewrites the wire's story without printing its credit is
// still the wire's (the gold's convention since session 26: one wire, one origin).
// Two outlets that print one agency's copy are one origin: what they state on their own
// authority is the agency's.

// The credits agencies sign with in Arabic ("أ ف ب" for AFP, "أ ب" for AP).
const ABBREVIATIONS: Record<string, string[]> = { AFP: ['أ ف ب', 'ا ف ب'], AP: ['أ ب'] }
/** Each wire's names, folded, as whole words padded with spaces. */
const WIRE_NAMES = WIRES.map((wire) => ({ wire, names: [...KNOWN_ORIGINS.find((names) => names[0] === wire)!, ...(ABBREVIATIONS[wire] ?? [])].map((n) => ` ${words(n)} `) }))
/** Whether some words name a wire, and which. */
export function wireNamed(name: string | null | undefined): string | null {
  if (!name) return null
  const w = ` ${words(name)} `
  return WIRE_NAMES.find(({ names }) => names.some((n) => w.includes(n)))?.wire ?? null
}
function words(s: string): string { return foldKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() }

// How far into a report its dateline stands (after a headline and a standfirst), and how far from
// its end a closing credit does.
const OPENING = 600
const CLOSING = 200
// An agency's credit in brackets, followed by a dash ("(AFP) –") at the head of a paragraph, or
// "(avec AFP)", "(with Reuters)" at its end.
const DATELINE = /(?:^|\n)[^\n()]{0,40}\(([^()\n]{2,30})\)\s*[-–—]/u
const CLOSING_CREDIT = /\((?:avec|with|selon|d['’]après|source ?:?)\s+([^()\n]{2,30})\)\s*\.?\s*$/iu

/** The wire (one of WIRES) a report is a copy of, by its name or its credit, or null. */
export function wireOfSource(src: Pick<Source, 'outlet' | 'text'> & Partial<Pick<Source, 'via'>> | undefined): string | null {
  if (!src) return null
  const named = wireNamed(src.via) ?? wireNamed(src.outlet)
  if (named) return named
  const head = DATELINE.exec(src.text.slice(0, OPENING))
  if (head) { const w = wireNamed(head[1]); if (w) return w }
  const tail = CLOSING_CREDIT.exec(src.text.slice(-CLOSING))
  return tail ? wireNamed(tail[1]) : null
}
