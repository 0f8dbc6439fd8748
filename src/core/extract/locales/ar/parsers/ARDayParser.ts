import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import type { Token } from '../../../common/tokens'
import { L } from '../lexicon'
import { comingBefore, dateHit, dayMonthAt, type PointMatch } from '../dates'

// A day named by its weekday or from the publication day, with what may stand around it:
// a time of day ("مساء الثلاثاء", "فجر اليوم السبت"), "يوم" ("يوم الأحد 10 سبتمبر"), "اليوم"/"أمس"/
// "غداً" before the weekday ("اليوم الأربعاء", "أمس الجمعة", "أول أمس الثلاثاء"), "الماضي"/"المقبل"
// after it, and two weekdays of one night or pair of days ("ليل الجمعة - السبت", "يومي الأحد
// والاثنين الماضيين"). A weekday alone is the most recent such day, the next with "المقبل".

const DAY = new Set(['يوم', 'يومي'])
const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'الفائت', 'الماضيين'])
const NEXT = new Set(['المقبل', 'المقبله', 'القادم', 'المقبلين'])
// "اليوم" followed by these is a day already named, not today: "اليوم الأول", "اليوم نفسه".
const NOT_TODAY = new Set(['نفسه', 'ذاته', 'عينه'])
// Names that end in "اليوم" ("روسيا اليوم", "أخبار السودان اليوم").
const NAME_BEFORE_TODAY = new Set(['اخبار', 'روسيا', 'صحيفه', 'موقع', 'برنامج'])

const stemOf = (w: string) => (w.length > 3 && /^[وف]/.test(w) ? w.slice(1) : w)

export const ARDayParser: Parser = {
  name: 'ARDay',
  starters: { words: [...L.weekdays.firstWords(), ...L.dayWords.firstWords(), ...L.timesOfDay.firstWords(), ...DAY] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    let j = i
    // Letters of attached prefix on the first word, whichever construction it starts.
    let firstPre = -1
    const tod = L.timesOfDay.at(tokens, j)
    if (tod) { firstPre = tod.pre; j += tod.n }
    if (tokens[j] && j > i && tokens[j].nl) return null
    if (tokens[j] && DAY.has(stemOf(tokens[j].w))) {
      if (firstPre < 0) firstPre = tokens[j].w.length - stemOf(tokens[j].w).length
      j++
    }
    if (!tokens[j] || (j > i && tokens[j].nl)) return null
    // "يوم 12 أغسطس", "مساء الرابع من أوت".
    const date = j > i ? dayMonthAt(tokens, j) : null
    if (date && date.d !== undefined) return dateHit({ ...date, from: i, skip: prefixSkip(tokens[i].w, firstPre) }, 'ARDay')
    let offset: number | null = null
    const dw = L.dayWords.at(tokens, j)
    if (dw && (dw.pre === 0 || j === i)) {
      if (firstPre < 0) firstPre = dw.pre
      offset = dw.value
      j += dw.n
    }
    const wd = tokens[j] && (j === i || !tokens[j].nl) ? L.weekdays.at(tokens, j) : null
    if (wd && j === i && wd.pre > 0 && !/^[وفب]?ال/.test(tokens[i].w)) return null
    if (wd && firstPre < 0) firstPre = wd.pre
    const skip = prefixSkip(tokens[i].w, Math.max(firstPre, 0))
    if (!wd) {
      if (offset === null) return null
      // "اليوم" alone is today unless it names a day already given or ends a name.
      if (offset === 0 && !tod && (isNotToday(tokens, j) || NAME_BEFORE_TODAY.has(tokens[i - 1]?.w ?? ''))) return null
      return dateHit({ from: i, to: j, skip, relative: { unit: 'day', offset } }, 'ARDay')
    }
    let k = j + wd.n
    if (tokens[k]?.w === '،' || tokens[k]?.w === ',') k++
    const after = tokens[k] && !tokens[k].nl ? dayMonthAt(tokens, k) : null
    if (after && after.d !== undefined) return dateHit({ ...after, from: i, skip }, 'ARDay')
    k = j + wd.n
    // A second weekday: "ليل الجمعة - السبت", "يومي الأحد والاثنين".
    const second = secondWeekday(tokens, k)
    const p: PointMatch = { from: i, to: second ? second.to : k, skip, weekday: wd.value }
    const tail = tokens[p.to]
    if (tail && !tail.nl && PAST.has(tail.w)) { p.past = true; p.to++ } else if (tail && !tail.nl && NEXT.has(tail.w)) { p.next = true; p.to++ } else if (offset === null && !second && comingBefore(tokens, i)) p.coming = true
    // "اليوم الأربعاء", "أمس الجمعة": the day word fixes the date; the weekday confirms it.
    if (offset !== null) return dateHit({ from: i, to: p.to, skip, relative: { unit: 'day', offset } }, 'ARDay')
    const hit = dateHit(p, 'ARDay')
    if (second) hit.end = { weekday: second.weekday, past: p.past, next: p.next }
    return hit
  },
}

function isNotToday(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  return !!t && !t.nl && t.t === 'w' && (NOT_TODAY.has(t.w) || (t.w.startsWith('ال') && !L.weekdays.at(tokens, k)))
}

function secondWeekday(tokens: Token[], k: number): { weekday: number; to: number } | null {
  const t = tokens[k]
  if (!t || t.nl) return null
  if (t.w === '-' || t.w === 'و' || t.w === 'الي' || t.w === 'حتي') {
    const wd = tokens[k + 1] && !tokens[k + 1].nl ? L.weekdays.at(tokens, k + 1, true) : null
    return wd ? { weekday: wd.value, to: k + 1 + wd.n } : null
  }
  // Glued "و": "والاثنين".
  if (t.w.startsWith('و')) {
    const wd = L.weekdays.at(tokens, k)
    return wd && wd.pre === 1 ? { weekday: wd.value, to: k + wd.n } : null
  }
  return null
}
