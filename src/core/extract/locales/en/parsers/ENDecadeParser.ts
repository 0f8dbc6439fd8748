import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit } from '../../../common/latin/dates'
import { L } from '../lexicon'

// Decades: "the 1990s" (a date, 1990–1999), "the sixties"; and an age written as a decade,
// "in her eighties" (a duration of 80–89 years), "in his early seventies" (70–73; mid 74–76,
// late 77–79: the annotation's reading, as early/mid/late split a month).

const PARTS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] }
const PERSONS = new Set(['his', 'her', 'their'])

export const ENDecadeParser: Parser = {
  name: 'ENDecade',
  starters: { digits: true, words: [...L.decadeWords.firstWords(), ...Object.keys(PARTS)] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const t = tokens[i]
    const part = PARTS[t.w]
    if (part) {
      const d = PERSONS.has(tokens[i - 1]?.w ?? '') && !t.nl && tokens[i + 1] && !tokens[i + 1].nl ? L.decadeWords.at(tokens, i + 1, true) : null
      if (!d) return null
      const h = ageHit(i, i + 1 + d.n, d.value)
      return { ...h, quantity: { ...h.quantity, lo: d.value + part[0], hi: d.value + part[1] } }
    }
    const s = tokens[i + 1]
    const age = i > 0 && !t.nl && L.ageLeads.has(tokens[i - 1].w) && tokens[i - 1].w !== 'in'
    if (t.t === 'n') {
      if (!s || s.w !== 's' || s.s !== t.e) return null
      const v = Number(t.w)
      if (/^\d{4}$/.test(t.w) && v % 10 === 0 && v >= 1800 && v <= 2090) return dateHit({ from: i, to: i + 2, decade: v }, 'ENDecade')
      if (/^\d0$/.test(t.w) && age && v >= 20) return ageHit(i, i + 2, v)
      return null
    }
    const w = L.decadeWords.at(tokens, i, true)
    if (!w) return null
    if (age) return ageHit(i, i + w.n, w.value)
    return tokens[i - 1]?.w === 'the' ? dateHit({ from: i, to: i + w.n, decade: 1900 + w.value }, 'ENDecade') : null
  },
}

function ageHit(from: number, to: number, v: number): Hit {
  return { from, to, skip: 0, counted: null, parser: 'ENDecade', quantity: { kind: 'duration', lo: v, hi: v + 9, unit: 'year', per: null, precision: 'round', qualifier: 'range' } }
}
