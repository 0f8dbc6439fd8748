import { en, fr } from 'chrono-node'
import type { Qualifier, Quantity, QuantityKind } from '../../../model'
import { iso, lastDay, monthRange, yearRange } from '../../common/dates'

// English and French: chrono-node reads the dates (it does these languages well); numbers,
// money, percentages and durations are read here with word lists per language.

export interface LatinHit { start: number; end: number; quantity: Quantity; counted: string | null }

const WORDS = {
  en: {
    numbers: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12 } as Record<string, number>,
    scales: { thousand: 1e3, million: 1e6, billion: 1e9, m: 1e6, bn: 1e9 } as Record<string, number>,
    qualifiers: [['more than', 'more-than'], ['over', 'more-than'], ['at least', 'at-least'], ['less than', 'less-than'], ['fewer than', 'less-than'], ['up to', 'at-most'], ['at most', 'at-most'], ['about', 'about'], ['around', 'about'], ['nearly', 'about'], ['approximately', 'about'], ['some', 'about'], ['roughly', 'about']] as [string, Qualifier][],
    currencies: { dollars: 'USD', dollar: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR', eur: 'EUR', pounds: 'GBP', cfa: 'XOF', francs: 'XOF', roubles: 'RUB', rubles: 'RUB' } as Record<string, string>,
    percent: ['%', 'percent', 'per cent'],
    units: { days: 'day', day: 'day', weeks: 'week', week: 'week', months: 'month', month: 'month', years: 'year', year: 'year', hours: 'hour' } as Record<string, string>,
    yearIntro: ['in', 'since', 'by', 'until', 'from'],
  },
  fr: {
    numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, quinze: 15, vingt: 20, trente: 30, cent: 100, douzaine: 12 } as Record<string, number>,
    scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 } as Record<string, number>,
    qualifiers: [['plus de', 'more-than'], ['au moins', 'at-least'], ['moins de', 'less-than'], ["jusqu'à", 'at-most'], ['au plus', 'at-most'], ['environ', 'about'], ['près de', 'about'], ['quelque', 'about'], ['une centaine de', 'about']] as [string, Qualifier][],
    currencies: { dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', 'francs cfa': 'XOF', 'francs': 'XOF', roubles: 'RUB' } as Record<string, string>,
    percent: ['%', 'pour cent', 'pourcent'],
    units: { jours: 'day', jour: 'day', semaines: 'week', semaine: 'week', mois: 'month', ans: 'year', an: 'year', années: 'year', année: 'year', heures: 'hour' } as Record<string, string>,
    yearIntro: ['en', 'depuis', "jusqu'en", 'fin', 'début'],
  },
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alt = (xs: string[]) => xs.slice().sort((a, b) => b.length - a.length).map(esc).join('|')

export function extractLatin(text: string, lang: 'en' | 'fr', ref: string | null): LatinHit[] {
  const w = WORDS[lang]
  const hits: LatinHit[] = []
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1))
  for (const r of (lang === 'fr' ? fr : en).parse(text, refDate)) {
    const s = r.start
    const e = r.end ?? r.start
    if (!s.isCertain('month') && !s.isCertain('year')) continue
    const yearKnown = s.isCertain('year') || !!ref
    const y = s.get('year')!
    const lo = s.isCertain('day') ? iso(y, s.get('month')!, s.get('day')!) : monthRange(y, s.get('month')!)[0]
    const ey = e.get('year')!
    const em = e.get('month')!
    const hi = e.isCertain('day') ? iso(ey, em, e.get('day')!) : iso(ey, em, lastDay(ey, em))
    hits.push({ start: r.index, end: r.index + r.text.length, counted: null, quantity: { kind: r.end ? 'daterange' : 'date', lo: yearKnown ? lo : null, hi: yearKnown ? hi : null, unit: null, per: null, precision: s.isCertain('day') ? 'day' : 'month', qualifier: r.end ? 'range' : null, ...(yearKnown ? {} : { unresolved: true }) } })
  }
  const taken = (a: number, b: number) => hits.some((h) => a < h.end && b > h.start)
  // Bare years after a preposition: "in 2022", "en 2022".
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(w.yearIntro)})\\s+((?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`, 'giu'))) {
    const start = m.index + m[0].length - 4
    if (taken(start, start + 4)) continue
    const [lo, hi] = yearRange(Number(m[1]))
    hits.push({ start, end: start + 4, counted: null, quantity: { kind: 'date', lo, hi, unit: null, per: null, precision: 'year', qualifier: null } })
  }
  const num = `(\\d{1,3}(?:[,\\s]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?|${alt(Object.keys(w.numbers))})`
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${alt(w.qualifiers.map((q) => q[0]))})\\s+)?(?:([$€£])\\s?)?${num}(?:\\s*(?:-|–|to|à)\\s*${num})?(?:\\s+(${alt(Object.keys(w.scales))}))?(?:\\s*(?:(?:de|d'|of)\\s+)?(${alt([...Object.keys(w.currencies), ...w.percent, ...Object.keys(w.units)])}))?(?![\\p{L}\\p{N}])`, 'giu')
  for (const m of text.matchAll(re)) {
    const start = m.index
    const end = start + m[0].length
    if (taken(start, end) || /^\d{4}$/.test(m[3]) && !m[6]) continue
    const value = (s: string) => w.numbers[s.toLowerCase()] ?? Number(lang === 'fr' ? s.replace(/\s/g, '').replace(',', '.') : s.replace(/[,\s]/g, ''))
    const scale = m[5] ? w.scales[m[5].toLowerCase()] : 1
    const a = value(m[3]) * scale
    const b = m[4] ? value(m[4]) * scale : a
    const lo = Math.min(a, b)
    const hi = Math.max(a, b)
    const unitWord = (m[6] ?? '').toLowerCase()
    let kind: QuantityKind = 'count'
    let unit: string | null = null
    if (m[2]) { kind = 'money'; unit = { $: 'USD', '€': 'EUR', '£': 'GBP' }[m[2]]! }
    else if (w.currencies[unitWord]) { kind = 'money'; unit = w.currencies[unitWord] }
    else if (w.percent.includes(unitWord)) { kind = 'percent'; unit = '%' }
    else if (w.units[unitWord]) { kind = 'duration'; unit = w.units[unitWord] }
    const q = m[1] ? w.qualifiers.find((x) => x[0] === m[1].toLowerCase())![1] : m[4] ? 'range' : null
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) continue
    let qlo: number | null = lo
    let qhi: number | null = hi
    if (q === 'more-than' || q === 'at-least') qhi = null
    if (q === 'less-than' || q === 'at-most') qlo = null
    const counted = kind === 'count' ? /^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1] ?? null : null
    hits.push({ start, end, counted, quantity: { kind, lo: qlo, hi: qhi, unit, per: null, precision: 'exact', qualifier: q } })
  }
  return hits.sort((a, b) => a.start - b.start)
}
