import type { Context, Hit, Parser } from '../../../common/contracts'
import { L } from '../lexicon'

// A clock time is no figure: "الساعة الحادية عشرة و11 دقيقة ليلاً", "الساعة 10 صباحاً",
// "الساعة السابعة". It is read so that nothing else takes its numbers, then dropped.

const HOUR = 'الساعه'
const ORDINAL_HOURS = new Set(['الاولي', 'الواحده', 'الثانيه', 'الثالثه', 'الرابعه', 'الخامسه', 'السادسه', 'السابعه', 'الثامنه', 'التاسعه', 'العاشره', 'الحاديه', 'الثانيه عشره'])
const DAY_PARTS = new Set(['صباحا', 'مساء', 'ليلا', 'ظهرا', 'فجرا', 'عصرا', 'صباح', 'ليل', 'بالتوقيت', 'تماما', 'ت.غ', 'gmt'])

export const ARClockParser: Parser = {
  name: 'ARClock',
  starters: { words: [HOUR] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    let j = i + 1
    const t = tokens[j]
    if (!t || t.nl) return null
    if (t.t === 'n' && /^\d{1,2}([.:]\d\d)?$/.test(t.w) && Number(t.w.split(/[.:]/)[0]) <= 24) j++
    else if (ORDINAL_HOURS.has(t.w)) {
      j++
      if (tokens[j]?.w === 'عشره' || tokens[j]?.w === 'عشر') j++
    } else return null
    // ":30", "و11 دقيقة", "والنصف", "إلا ربعاً".
    if (tokens[j]?.w === ':' && tokens[j + 1]?.t === 'n') j += 2
    if (tokens[j]?.w === 'و' && tokens[j + 1]?.t === 'n') { j += 2; if (L.timeUnits.at(tokens, j)?.value.unit === 'minute') j++ }
    else if (/^و(النصف|الربع|نصف|ربع)$/.test(tokens[j]?.w ?? '')) j++
    while (tokens[j] && !tokens[j].nl && DAY_PARTS.has(tokens[j].w)) j++
    return { from: i, to: j, skip: 0, counted: null, parser: 'ARClock', drop: true, quantity: { kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null } }
  },
}
