import type { Context, Hit } from '../../common/contracts'
import { dateQuantity, type DatePoint } from '../../common/dates'
import { prefixSkip } from '../../common/prefixes'
import { glued, type Token } from '../../common/tokens'
import { L } from './lexicon'
import { DEFINITE } from './names'
import { parseNumber } from './numbers'

// The years a number in words may name after "عام"/"سنة" ("عام ألفين وعشرين").
const YEAR_WORDS_FROM = 1900
const YEAR_WORDS_TO = 2100

// Readers shared by the Arabic date parsers: a month (with its paired name), the year or relative
// word after it, and a year that is not a number of something.

/** A date point over tokens [from, to), with the letters of attached prefix to leave outside. */
export interface PointMatch extends DatePoint { from: number; to: number; skip: number }

const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت', 'الفائته'])
const NEXT = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه'])
const CURRENT = new Set(['الجاري', 'الجاريه', 'الحالي', 'الحاليه'])
const YEAR_NOUNS = new Set(['العام', 'السنه'])

export const num = (t: Token | undefined) => (t && t.t === 'n' && /^\d+$/.test(t.w) ? Number(t.w) : NaN)
export const isYear = (t: Token | undefined) => !!t && t.t === 'n' && /^\d{4}$/.test(t.w) && Number(t.w) >= 1800 && Number(t.w) <= 2100

/** A month name at token j, with a paired name after a slash ("تشرين الثاني/نوفمبر", "أكتوبر (تشرين الأول)"). */
export function monthAt(tokens: Token[], j: number): { m: number; to: number; skip: number; weak: boolean } | null {
  const mo = L.months.at(tokens, j)
  if (!mo) return null
  let to = j + mo.n
  if (tokens[to] && !tokens[to].nl && (tokens[to].w === '/' || tokens[to].w === '(')) {
    const second = L.months.at(tokens, to + 1, true)
    if (second) {
      to += 1 + second.n
      if (tokens[j + mo.n].w === '(' && tokens[to]?.w === ')') to++
    }
  } else if (tokens[to] && !tokens[to].nl) {
    // "مارس آذار": the two names of one month side by side.
    const second = L.months.at(tokens, to, true)
    if (second && second.value === mo.value) to += second.n
  }
  const stem = tokens[j].w.slice(mo.pre)
  return { m: mo.value, to, skip: prefixSkip(tokens[j].w, mo.pre), weak: L.weakMonths.has(stem) && to === j + mo.n }
}

/** Year digits after a month or a year word; glued is fine ("يناير2025"), but "2025 دولار" is no year. */
export function yearAfter(tokens: Token[], k: number): number | null {
  const t = tokens[k]
  if (!isYear(t) || t.nl) return null
  const after = tokens[k + 1]
  if (after && !after.nl && (L.currencies.at(tokens, k + 1, true) || after.w === '%')) return null
  return Number(t.w)
}

/**
 * What follows a month: a year ("2025"), a relative word ("الماضي", "المقبل", "الجاري"), or a
 * relative year ("من العام الماضي", "من العام المقبل"). Extends p in place.
 */
export function monthSuffix(tokens: Token[], p: PointMatch): void {
  const y = yearAfter(tokens, p.to)
  if (y !== null) { p.y = y; p.to++; return }
  const t = tokens[p.to]
  if (!t || t.nl) return
  if (PAST.has(t.w)) { p.past = true; p.to++; return }
  if (NEXT.has(t.w)) { p.next = true; p.to++; return }
  if (CURRENT.has(t.w)) { p.thisYear = true; p.to++; return }
  // "أبريل من العام الماضي", "مارس من العام المقبل", "يونيو من هذا العام".
  if (t.w === 'من') {
    const rel = L.relative.at(tokens, p.to + 1, true)
    if (rel && rel.value.unit === 'year') { p.relative = rel.value; p.to += 1 + rel.n; return }
    if (YEAR_NOUNS.has(tokens[p.to + 1]?.w ?? '') && yearAfter(tokens, p.to + 2) !== null) { p.y = Number(tokens[p.to + 2].w); p.to += 3 }
  }
}

// How far back in its clause a future verb may stand from the date it sets ("سيقام المعرض من 11 إلى 14 نوفمبر").
// Arabic writes و and ل as tokens of their own, so a clause spans more tokens than in English.
const FUTURE_REACH = 8
// Words that set what follows in the future: "سوف", "من المقرر أن", "المرتقب", "المزمع".
const FUTURE_WORDS = new Set(['سوف', 'المقرر', 'مقرر', 'المرتقب', 'مرتقب', 'يرتقب', 'المزمع', 'يعتزم', 'تعتزم', 'المنتظر', 'ينتظر', 'يتوقع'])
// Nouns and names that begin like a future verb (س + ي/ت): "سيارة", "سياسة", "ستة", "سيؤول" (Seoul)…
const NOT_FUTURE = /^(سيار|سياس|سيد|سيطر|سيول|سيؤول|سيئول|سيبيري|سيراليون|سيشل|سيناء|سيناريو|سير|سياد|سيف|سيج|ستة|ستين|ستما|ستار|ستوديو|ستراتيج|ستوكهولم|ستراسبورغ)/

/**
 * Whether the clause before token j sets a date in the future: a verb with the future prefix
 * ("سيقام", "ستنطلق", "وسيعقد") or a word of plans ("من المقرر أن يقام"). A month without a year is
 * then the next one.
 */
export function futureBefore(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - FUTURE_REACH); k--) {
    const t = tokens[k]
    if (tokens[k + 1].nl || t.t === 'p') return false
    if (t.t !== 'w') continue
    const w = t.w.replace(/^[وف](?=س)/, '')
    if (FUTURE_WORDS.has(w) || FUTURE_WORDS.has(t.w)) return true
    if (w.length >= 5 && /^س[يت]/.test(w) && !NOT_FUTURE.test(w)) return true
  }
  return false
}

/** A headline's most tokens: a longer first line is a paragraph. */
const HEADLINE_TOKENS = 25
// Prepositions of a start ("اعتباراً من الخميس", "ابتداءً من السبت"): what starts is set ahead.
const START_LEADS = new Set(['اعتبارا', 'ابتداء', 'بدءا'])
// Imperfect verbs that report what someone says or notes: they tell nothing of when the day is.
const SAYING = /^[يت](قول|ذكر|شير|ضيف|فيد|ؤكد|علق|نقل|عتبر|رى|بدو|تهم|طالب|واصل|ظهر)/
// Verbal nouns and plurals that begin like an imperfect (تفعيل, تفاعيل: "تفجير الثلاثاء" was Tuesday's bombing, "تقارير").
const VERBAL_NOUN = /^ت..ي.$|^ت.ا.ي.$/

/**
 * Whether a weekday at token j is set ahead of the publication day without "المقبل": after a
 * preposition of a start ("اعتباراً من الخميس"), after a future verb ("ستغادر السفينة الأربعاء"),
 * or in a headline (the text's first line) after an imperfect verb ("والسفينة تغادر البحيرات
 * المرة الأربعاء"), as Arabic headlines announce what is to come; past events take the past tense
 * there ("غادرت السفينة").
 */
export function comingBefore(tokens: Token[], j: number): boolean {
  if (tokens[j - 1]?.w === 'من' && START_LEADS.has(tokens[j - 2]?.w ?? '')) return true
  if (futureBefore(tokens, j)) return true
  // A headline is a short first line with the article after it: a text pasted as one paragraph
  // has none, and its imperfect verbs tell of the present ("يعيش السكان في الخيام منذ الأحد").
  if (j > HEADLINE_TOKENS || !tokens.slice(j + 1).some((t) => t.nl)) return false
  for (let k = 0; k < j; k++) if (tokens[k + 1].nl) return false
  for (let k = j - 1; k >= Math.max(0, j - FUTURE_REACH); k--) {
    const t = tokens[k]
    if (t.t === 'p') return false
    if (t.t !== 'w') continue
    // ("منذ الأحد": since, a day gone by.)
    if (t.w === 'لم' || t.w === 'لما' || t.w === 'منذ' || t.w === 'مذ') return false
    const w = t.w.replace(/^[وف](?=[يت])/, '')
    if (w.length >= 4 && /^[يت]/.test(w) && !SAYING.test(w) && !VERBAL_NOUN.test(w) && !L.weekdays.at(tokens, k) && !w.startsWith('يوم')) return true
  }
  return false
}

/** A day and month, or a month, at token j ("3 سبتمبر 2025", "الأول من يوليو", "أكتوبر الماضي"). */
export function dayMonthAt(tokens: Token[], j: number): PointMatch | null {
  const t = tokens[j]
  if (!t) return null
  // "الـ24 من أغسطس", "في الـ15 من الشهر الجاري": the article glued to a day's digits is part of the date.
  if (t.t === 'w' && DEFINITE.test(t.w) && tokens[j + 1]?.t === 'n' && glued(t, tokens[j + 1])) {
    const p = dayMonthAt(tokens, j + 1)
    return p && p.d !== undefined ? { ...p, from: j, skip: prefixSkip(t.w, t.w.length - 2) } : null
  }
  if (t.t === 'n') {
    const v = num(t)
    if (!(v >= 1 && v <= 31 && /^\d{1,2}$/.test(t.w))) return null
    const mo = tokens[j + 1] && !tokens[j + 1].nl ? monthAt(tokens, j + 1) : null
    if (mo) {
      const p: PointMatch = { from: j, to: mo.to, skip: 0, d: v, m: mo.m }
      monthSuffix(tokens, p)
      return p
    }
    // "18 من حزيران/يونيو", as "الأول من يوليو" is written with an ordinal.
    const of = tokens[j + 1]?.w === 'من' && tokens[j + 2] && !tokens[j + 2].nl ? monthAt(tokens, j + 2) : null
    if (of) {
      const p: PointMatch = { from: j, to: of.to, skip: 0, d: v, m: of.m }
      monthSuffix(tokens, p)
      if (!of.weak || p.y !== undefined) return p
    }
    return dayOfRelativeMonth(tokens, j, v)
  }
  if (t.t !== 'w') return null
  const od = L.ordinalDays.at(tokens, j)
  if (od && tokens[j + od.n]?.w === 'من') {
    const mo = monthAt(tokens, j + od.n + 1)
    if (mo) {
      const p: PointMatch = { from: j, to: mo.to, skip: prefixSkip(t.w, od.pre), d: od.value, m: mo.m }
      monthSuffix(tokens, p)
      return p
    }
  }
  const mo = monthAt(tokens, j)
  if (!mo) return null
  const p: PointMatch = { from: j, to: mo.to, skip: mo.skip, m: mo.m }
  monthSuffix(tokens, p)
  if (mo.weak && p.y === undefined) return null
  return p
}

// "في 12 الشهر الجاري", "25 من الشهر الماضي": a day of the month named relative to the report's.
function dayOfRelativeMonth(tokens: Token[], j: number, d: number): PointMatch | null {
  let k = j + 1
  if (tokens[k]?.w === 'من' && !tokens[k].nl) k++
  const t = tokens[k]
  if (!t || t.nl || !t.w.startsWith('الشهر')) return null
  const rel = L.relative.at(tokens, k)
  if (!rel || rel.value.unit !== 'month') return null
  return { from: j, to: k + rel.n, skip: 0, d, relative: rel.value }
}

/** A year word and its year ("عام 2022", "العام 2022", "سنة 2012"). */
export function yearWordAt(tokens: Token[], j: number): PointMatch | null {
  const t = tokens[j]
  if (!t || t.t !== 'w') return null
  for (const r of [{ stem: t.w, pre: 0 }, { stem: t.w.slice(1), pre: 1 }]) {
    if (!L.yearWords.has(r.stem) || !tokens[j + 1] || tokens[j + 1].nl) continue
    if (isYear(tokens[j + 1])) return { from: j, to: j + 2, skip: prefixSkip(t.w, r.pre), y: Number(tokens[j + 1].w) }
    // "عام ألفين وعشرين": a year in words, as a speaker says it.
    const n = tokens[j + 1].t === 'w' ? parseNumber(tokens, j + 1) : null
    if (n && n.words && n.skip === 0 && Number.isInteger(n.value) && n.value >= YEAR_WORDS_FROM && n.value <= YEAR_WORDS_TO) return { from: j, to: n.to, skip: prefixSkip(t.w, r.pre), y: n.value }
  }
  return null
}

/** A year in digits that is not a name's number nor a count ("2022" in "صفقة 2022"), or null. */
export function bareYearAt(tokens: Token[], j: number, ctx: Context): PointMatch | null {
  const t = tokens[j]
  if (!isYear(t)) return null
  const prev = tokens[j - 1]
  // A year glued to a word, or after a word seen as a name elsewhere ("بامكس 2025"), is part of a name.
  if (prev && prev.t === 'w' && !t.nl && (glued(prev, t) || ctx.nameHeads.has(prev.w)) && !L.months.at(tokens, j - 1)) return null
  const after = tokens[j + 1]
  if (after && !after.nl && (L.currencies.at(tokens, j + 1, true) || L.measures.at(tokens, j + 1, true) || L.timeUnits.at(tokens, j + 1, true) || after.w === '%' || L.percent.at(tokens, j + 1, true) || L.scales.at(tokens, j + 1, true))) return null
  return { from: j, to: j + 1, skip: 0, y: Number(t.w), bareYear: true }
}

// A bare year is a date when it is not counting something: "صفقة 2016 عندما", not "2000 جندي",
// nor four digits before a noun in the accusative of what a number counts ("أجلت 1995 شخصاً",
// "قتل 2011 مدنياً": a year is never followed by its tamyiz).
export function yearStandsAlone(tokens: Token[], p: PointMatch): boolean {
  const next = tokens[p.to]
  if (!next || next.nl || next.t === 'p' || L.stop.has(next.w)) return true
  if (L.scaleWords.has(next.w) || (p.y ?? 0) % 100 === 0 || countedAccusative(next.w)) return false
  return !L.qualBefore.endingAt(tokens, p.from - 1)
}

/** The hit of a date point, resolved later by the ResolveDates refiner. */
export function dateHit(p: PointMatch, parser: string, weak = false): Hit {
  const { from, to, skip, ...point } = p
  const hit: Hit = { from, to, skip, counted: null, parser, point, quantity: dateQuantity('date', null, 'day') }
  if (weak) {
    hit.weak = true
    // A bare year that counts nothing alone may still open a range of counts ("بين 1500 و2000 جندي").
    if (p.y !== undefined) hit.num = { value: p.y, scale: 1, words: false, dayLike: false }
  }
  return hit
}

/** A noun a number counts, in the accusative a count of eleven or more takes ("شخصاً", "جندياً"). */
export function countedAccusative(word: string): boolean {
  const w = word.replace(/[\u064B-\u0652]/gu, '')
  if (!w.endsWith('ا') || w.length < 3) return false
  const stem = w.slice(0, -1)
  return L.dualM.has(stem) || L.dualMSound.has(stem)
}
