import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { foldKey } from '../../../../text/normalize'
import { L } from '../lexicon'
import { timeUnit } from '../units'
import { DEFINITE } from '../names'
import { parseNumber } from '../numbers'
import { glued } from '../../../common/tokens'

// Durations with no number word: "عامًا" (a year), "أكثر من عقد", "بعد عقد من الاضطرابات",
// "السنوات العشر الماضية", "يوم واحد"; and, for a whole selection, a bare unit ("شهر", "لحظة").
const ACCUSATIVE = new Set(['عاما', 'يوما', 'شهرا', 'اسبوعا', 'ساعه', 'سنه'])
// Words after which a bare unit is one of it: "مهلة أسبوع", "قبل عام", "لمدة شهر".
// "ومدتها أسبوع" (lasting a week), "بعد مرور شهر", "في غضون أسبوع", "على مدى عام", "على مدار أسبوع".
const ONE_AFTER = new Set(['مهله', 'قبل', 'بعد', 'لمده', 'مده', 'مدتها', 'مدته', 'مدتهما', 'خلال', 'طوال', 'طيله', 'منذ', 'نحو', 'قرابه', 'حوالي', 'حوالى', 'زهاء', 'مرور', 'غضون', 'مدى', 'مدي', 'مدار'].map(foldKey))
// After these a long unit may be the verb or noun "عقد" (held, holding): "بعد عقد الاجتماع".
const AMBIGUOUS_AFTER = new Set(['قبل', 'بعد', 'خلال'])
// "أسبوع كامل", "عقد كامل": a whole unit (the adjective stays outside the span).
const WHOLE = new Set(['كامل', 'كاملا', 'كامله', 'باكمله', 'بكامله'].map(foldKey))
const HALVES = new Set(['ونصف', 'ونصفا', 'وربع', 'وربعا'].map(foldKey))
const MOMENT = new Set(['لحظه'])
// "Past", "last" and "next" after a definite unit, in both genders and numbers.
const RECENT = new Set(['الماضي', 'الماضيه', 'الماضيين', 'الماضيان', 'الاخير', 'الاخيره', 'الاخيرين', 'الاخيران', 'المقبل', 'المقبله', 'المقبلين', 'المقبلان', 'القادم', 'القادمه', 'القادمين', 'المنصرم', 'المنصرمه', 'المنصرمين'].map(foldKey))

export const ARDurationWordParser: Parser = {
  name: 'ARDurationWord',
  starters: { words: [...L.timeUnits.firstWords(), ...MOMENT] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const u = tokens[i]
    if (u.t !== 'w') return null
    const tu = L.timeUnits.at(tokens, i)
    if (!tu) return ctx.whole && MOMENT.has(u.w) ? hit(i, i + 1, 0, 1, 'second') : null
    const stem = u.w.slice(tu.pre)
    const qualified = !!L.qualBefore.endingAt(tokens, i - 1)
    const factor = tu.value.factor ?? 1
    const unit = tu.value.unit
    if (u.w.slice(0, tu.pre).endsWith('ال')) return definite(tokens, i, tu.pre, tu.value.dual ? 2 : tu.value.plural ? 0 : -1)
    if (tu.value.dual || tu.value.plural) return null
    // A long unit ("عقد", "قرن") is also a word for other things (a contract, a horn): a duration
    // only after a time word, a qualifier, before "من" or with "كامل" after it.
    const long = factor > 1
    const next = tokens[i + 1] && !tokens[i + 1].nl ? tokens[i + 1] : null
    const after = tokens[i - 1] && !u.nl ? tokens[i - 1].w : ''
    const triggered = tu.pre === 0 && ONE_AFTER.has(after.replace(/^[وف]/, ''))
    const whole = !!next && WHOLE.has(next.w)
    const halved = !!next && HALVES.has(next.w)
    // "منذ عقد الاتفاق" (since the deal was signed): a long unit before a definite noun is the other word.
    if (long && next && next.w.startsWith('ال')) return null
    if (long && !qualified && !whole && !halved && next?.w !== 'من' && !(triggered && !AMBIGUOUS_AFTER.has(after.replace(/^[وف]/, '')))) return null
    // "يوم واحد": a unit and "one" after it.
    const one = next && L.units.at(tokens, i + 1, true)
    if (!long && one && one.value === 1) return hit(i, i + 2, prefixSkip(u.w, tu.pre), 1, unit)
    // "يوماً بعد يوم", "عاماً بعد عام": an idiom, no duration.
    if (tokens[i + 1]?.w === 'بعد' && L.timeUnits.at(tokens, i + 2)?.value.unit === tu.value.unit) return null
    if (tokens[i - 2] && tokens[i - 1]?.w === 'بعد' && L.timeUnits.at(tokens, i - 2)?.value.unit === tu.value.unit) return null
    if (!long && !qualified && !triggered && !halved && !whole && !ACCUSATIVE.has(stem) && !(ctx.whole && tokens.length === 1)) return null
    if (!long && L.units.at(tokens, i + 1)) return null
    // "ساعة" and "سنة" stand alone only after a trigger ("بعد ساعة"); "السنة" or "ساعة الصفر" are no durations.
    if ((stem === 'ساعه' || stem === 'سنه') && !triggered && !qualified && !halved && !whole) return null
    // "عاماً ونصف العام", "سنة ونصف": one and a half.
    const u2 = timeUnit(tokens, i + 1, unit, factor)
    return hit(i, u2.to, prefixSkip(u.w, tu.pre), factor + (u2.add ?? 0), unit)

    // A definite unit gives its number first when a number or "past" follows it: "السنوات العشر
    // الماضية", "الساعات الـ24 الماضية", "الأسبوعين الماضيين", "العقدين الأخيرين". (Of a single unit,
    // "السنة الماضية" is a date.)
    function definite(tokens: Context['tokens'], i: number, pre: number, kind: number): Hit | null {
      if (kind < 0) return null
      let n: number | null = kind
      let to = i + 1
      if (kind === 0) {
        // A definite number word ("العشر", "الأربع والعشرين") or a definite numeral ("الـ24").
        const word = tokens[i + 1]?.w.startsWith('ال') && L.units.at(tokens, i + 1) ? parseNumber(tokens, i + 1) : null
        const d = tokens[i + 1] && DEFINITE.test(tokens[i + 1].w) && tokens[i + 2]?.t === 'n' && glued(tokens[i + 1], tokens[i + 2]) ? parseNumber(tokens, i + 2) : null
        if (word && word.words) { n = word.value; to = word.to } else if (d && !d.words) { n = d.value; to = d.to } else n = null
      }
      if (!n) return null
      const recent = !!tokens[to] && !tokens[to].nl && RECENT.has(tokens[to].w)
      if (kind === 2 && !recent) return null
      return hit(i, recent ? to + 1 : to, prefixSkip(tokens[i].w, pre - 2), n * factor, unit)
    }

    function hit(from: number, to: number, skip: number, v: number, unit: string): Hit {
      return { from, to, skip, counted: null, parser: 'ARDurationWord', quantity: { kind: 'duration', lo: v, hi: v, unit, per: null, precision: 'round', qualifier: null } }
    }
  },
}
