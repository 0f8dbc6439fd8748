import { foldKey } from '../../../text/normalize'
import { tokenizeFolded, readings, type Token } from './tokens'
import * as K from './constants'

/** A word list folded once, matched over tokens as whole phrases, longest first. */
export class PhraseSet<V> {
  private byFirst = new Map<string, { words: string[]; value: V }[]>()
  private byLast = new Map<string, { words: string[]; value: V }[]>()

  constructor(entries: Record<string, V> | [string, V][]) {
    const list = Array.isArray(entries) ? entries : Object.entries(entries)
    for (const [phrase, value] of list) {
      const words = tokenizeFolded(foldKey(phrase)).map((t) => t.w)
      if (words.length === 0) continue
      push(this.byFirst, words[0], { words, value })
      push(this.byLast, words[words.length - 1], { words, value })
    }
    for (const m of [this.byFirst, this.byLast]) for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length)
  }

  /**
   * The longest phrase starting at token i. The first word may carry attached prefixes
   * (و ف ب ل ك ال) unless `exact`; `pre` says how many letters of it were prefix.
   */
  at(tokens: Token[], i: number, exact = false): { n: number; value: V; pre: number } | null {
    const first = tokens[i]
    if (!first) return null
    for (const r of exact ? [{ stem: first.w, pre: 0 }] : readings(first.w)) {
      const cands = this.byFirst.get(r.stem)
      if (!cands) continue
      for (const c of cands) if (matchesFrom(tokens, i, c.words)) return { n: c.words.length, value: c.value, pre: r.pre }
    }
    return null
  }

  /** The longest phrase ending at token i (inclusive), its first word allowed a و/ف prefix. */
  endingAt(tokens: Token[], i: number): { n: number; value: V } | null {
    const last = tokens[i]
    if (!last) return null
    const cands = this.byLast.get(last.w)
    if (!cands) return null
    for (const c of cands) {
      const start = i - c.words.length + 1
      if (start < 0) continue
      let ok = true
      for (let k = 0; k < c.words.length && ok; k++) {
        const tw = tokens[start + k].w
        const want = c.words[k]
        ok = tw === want || (k === 0 && (tw === 'و' + want || tw === 'ف' + want))
        if (ok && k > 0 && tokens[start + k].nl) ok = false
      }
      if (ok) return { n: c.words.length, value: c.value }
    }
    return null
  }

  has(word: string): boolean { return this.byFirst.has(word) }

  /** The words any phrase can start with. */
  firstWords(): Iterable<string> { return this.byFirst.keys() }
}

function push<T>(m: Map<string, T[]>, k: string, v: T) {
  const l = m.get(k)
  if (l) l.push(v)
  else m.set(k, [v])
}

function matchesFrom(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k]
    if (!t || t.w !== words[k] || t.nl) return false
  }
  return true
}

const f = (o: Record<string, unknown>) => Object.keys(o).map(foldKey)
export const L = {
  units: new PhraseSet(K.UNITS),
  teenHeads: new PhraseSet(K.TEEN_HEADS),
  tens: new PhraseSet(K.TENS),
  hundreds: new PhraseSet(K.HUNDREDS),
  scales: new PhraseSet(K.SCALES),
  fractions: new PhraseSet(K.FRACTIONS),
  vague: new PhraseSet(K.VAGUE),
  qualBefore: new PhraseSet(K.QUALIFIERS_BEFORE),
  qualAfter: new PhraseSet(K.QUALIFIERS_AFTER),
  currencies: new PhraseSet(K.CURRENCIES),
  percent: new PhraseSet(Object.fromEntries(K.PERCENT_WORDS.map((w) => [w, true]))),
  measures: new PhraseSet(K.MEASURES),
  timeUnits: new PhraseSet(K.TIME_UNITS),
  per: new PhraseSet(K.PER),
  months: new PhraseSet(K.MONTHS),
  weekdays: new PhraseSet(K.WEEKDAYS),
  ordinalDays: new PhraseSet(K.ORDINAL_DAYS),
  decades: new PhraseSet(K.DECADES),
  parts: new PhraseSet(K.PERIOD_PARTS),
  relative: new PhraseSet(K.RELATIVE),
  yearWords: new Set(K.YEAR_WORDS.map(foldKey)),
  datePreps: new Set(K.DATE_PREPOSITIONS.map(foldKey)),
  weakMonths: new Set(K.WEAK_MONTHS.map(foldKey)),
  nameHeads: new Set(K.NAME_HEADS.map(foldKey)),
  letterNames: new Set(K.LETTER_NAMES.map(foldKey)),
  stop: new Set(K.STOPWORDS.map(foldKey)),
  dualF: new Set(K.DUAL_NOUNS_F.map((w) => foldKey(w).slice(0, -1))),
  dualM: new Set(K.DUAL_NOUNS_M.map(foldKey)),
  dualMSound: new Set(K.DUAL_NOUNS_M_SOUND.map(foldKey)),
  dualConstructOk: new Set(K.DUAL_CONSTRUCT_OK.map((w) => foldKey(w).slice(0, -1))),
  scaleWords: new Set(f(K.SCALES)),
}

// Every word a parser can start at, with its prefixes peeled: the scanner skips all other words
// without running a parser (most words of a text start no figure).
const STARTERS = new Set<string>(['من', 'بين', 'في', 'ما', 'و', 'لحظه'])
for (const v of Object.values(L)) if (v instanceof PhraseSet) for (const w of v.firstWords()) STARTERS.add(w)
for (const w of [...L.yearWords, ...L.datePreps]) STARTERS.add(w)

// Every attached-prefix form of every starter, so the check is one set look-up per word.
const STARTER_FORMS = new Set<string>()
for (const w of STARTERS) {
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      STARTER_FORMS.add(conj + prep + w)
      STARTER_FORMS.add(conj + (prep === 'ل' ? 'لل' : prep + 'ال') + w)
    }
  }
}

/** How a word may start a figure: 0 never, 1 only as a dual noun ("طائرتين"), 2 as anything. */
export function startLevel(w: string): 0 | 1 | 2 {
  if (STARTER_FORMS.has(w)) return 2
  const a = w.charCodeAt(w.length - 2)
  const b = w.charCodeAt(w.length - 1)
  // ان ين تي: a possible dual noun.
  return (b === 0x646 && (a === 0x627 || a === 0x64a)) || (b === 0x64a && a === 0x62a) ? 1 : 0
}
