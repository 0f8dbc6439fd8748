import type { Context, Hit, Parser } from '../contracts'
import { dateQuantity, validDay } from '../dates'
import { glued, type Token } from '../tokens'

// Digits written in patterns that are never counts, in every language: numeric dates
// ("16.11.2025", "13/09/2023", "2023-09-12"), clock times ("10:45", "14h32"), phone numbers
// ("+218 91 123 4567", "01 53 59 11 00"), day-month pairs without a year ("09-11"), and page
// furniture: a number alone on its line (a view count), "list 1 of 2", "2 items". Dates
// become date figures; the rest is consumed and dropped, so no parser reads a count in it.

const SEPS = new Set(['.', '/', '-'])
const isDigits = (t: Token | undefined) => !!t && t.t === 'n' && /^\d+$/.test(t.w)

export const DigitPatternsParser: Parser = {
  name: 'DigitPatterns',
  starters: { digits: true, symbols: ['+'] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const t = tokens[i]
    if (t.w === '+') return phone(tokens, i + 1, i)
    if (t.t !== 'n') return null
    // "16.11.2025" is one token (dots between digits).
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.w)
    if (dotted) return date(i, i + 1, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]))
    if (!isDigits(t)) return null
    // A number alone on its line is a counter or an id, not a figure.
    if ((i === 0 || t.nl) && (!tokens[i + 1] || tokens[i + 1].nl)) return dropped(i, i + 1)
    // "1024 بتوقيت غرينتش", "2211 ت.غ": a clock time written with its time zone.
    if (zonedClock(tokens, i)) return dropped(i, i + 1)
    // "list 1 of 2", "2 items": a carousel's furniture.
    if (tokens[i + 1]?.w === 'of' && isDigits(tokens[i + 2])) return dropped(i, i + 3)
    if (tokens[i + 1]?.w === 'items' || tokens[i - 1]?.w === 'of' && tokens[i - 2]?.w === 'list') return dropped(i, i + 1)
    const parts = [t]
    let j = i + 1
    let sep: string | null = null
    while (parts.length < 3 && SEPS.has(tokens[j]?.w) && (sep === null || tokens[j].w === sep) && glued(tokens[j - 1], tokens[j]) && isDigits(tokens[j + 1]) && glued(tokens[j], tokens[j + 1])) {
      sep = tokens[j].w
      parts.push(tokens[j + 1])
      j += 2
    }
    const w = parts.map((p) => p.w)
    if (parts.length === 3) {
      if (w[0].length === 4) return date(i, j, Number(w[0]), Number(w[1]), Number(w[2]))
      if (w[2].length === 4) return date(i, j, Number(w[2]), Number(w[1]), Number(w[0]))
      return null
    }
    // "09-11", "13/09": a day and a month; zero-led parts are never counts.
    if (parts.length === 2 && sep !== '-' && w.every((x) => x.length <= 2)) return dropped(i, j)
    if (parts.length === 2 && sep === '-' && w.some((x) => x.length === 2 && x[0] === '0')) return dropped(i, j)
    // Clock times: "10:45", "14h32".
    const c = tokens[i + 1]
    if (c && glued(t, c) && (c.w === ':' || c.w === 'h') && isDigits(tokens[i + 2]) && tokens[i + 2].w.length === 2 && glued(c, tokens[i + 2]) && Number(t.w) < 24) return dropped(i, i + 3)
    if (c && glued(t, c) && /^h\d\d$/.test(c.w) && Number(t.w) < 24) return dropped(i, i + 2)
    // A long run of digits led by a zero is a phone number ("00218912345678").
    if (t.w[0] === '0' && t.w.length >= 9) return dropped(i, i + 1)
    if (t.w[0] === '0' && t.w.length >= 2) return phone(tokens, i, i)
    return null

    function date(from: number, to: number, y: number, m: number, d: number): Hit | null {
      if (y < 1800 || y > 2200 || !validDay(y, m, d)) return null
      return { from, to, skip: 0, counted: null, parser: 'DigitPatterns', point: { y, m, d }, quantity: dateQuantity('date', null, 'day') }
    }
  },
}

function dropped(from: number, to: number): Hit {
  return { from, to, skip: 0, counted: null, parser: 'DigitPatterns', drop: true, quantity: { kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null } }
}

// A phone number: groups of digits on one line after "+" or a leading zero, nine digits or more.
function phone(tokens: Token[], i: number, from: number): Hit | null {
  let j = i
  let digits = 0
  while (isDigits(tokens[j]) && (j === i || !tokens[j].nl) && tokens[j].w.length <= 4) {
    digits += tokens[j].w.length
    j++
    if (tokens[j]?.w === '-' && isDigits(tokens[j + 1])) j++
  }
  return digits >= 9 && j - i >= 2 ? dropped(from, j) : null
}

// Four digits that read as hours and minutes, then a time zone ("بتوقيت غرينتش", "بالتوقيت المحلي", "ت.غ").
function zonedClock(tokens: Token[], i: number): boolean {
  const w = tokens[i].w
  if (w.length !== 4 || Number(w.slice(0, 2)) > 23 || Number(w.slice(2)) > 59) return false
  const next = tokens[i + 1]
  if (!next || next.nl) return false
  return /^(بتوقيت|بالتوقيت|توقيت)$/.test(next.w) || next.w === 'ت' && tokens[i + 2]?.w === '.' && tokens[i + 3]?.w === 'غ'
}
