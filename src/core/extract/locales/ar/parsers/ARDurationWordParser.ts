import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'

// Durations with no number word: "عامًا" (a year), "أكثر من عقد", "بعد عقد من الاضطرابات",
// "السنوات العشر الماضية", "يوم واحد"; and, for a whole selection, a bare unit ("شهر", "لحظة").
const ACCUSATIVE = new Set(['عاما', 'يوما', 'شهرا', 'اسبوعا', 'ساعه', 'سنه'])
// Words after which a bare unit is one of it: "مهلة أسبوع", "قبل عام", "لمدة شهر".
const ONE_AFTER = new Set(['مهله', 'قبل', 'بعد', 'لمده', 'مده', 'خلال', 'طوال', 'منذ', 'نحو', 'قرابه', 'حوالي'])
const MOMENT = new Set(['لحظه'])

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
    // "السنوات العشر الماضية": a definite plural unit, a definite number word, "past".
    if (tu.value.plural && u.w.slice(0, tu.pre).endsWith('ال')) {
      const n = L.units.at(tokens, i + 1)
      if (n && tokens[i + 1].w.startsWith('ال')) {
        let to = i + 2
        if (tokens[to]?.w.startsWith('الماضي')) to++
        return hit(i, to, prefixSkip(u.w, tu.pre - 2), n.value, tu.value.unit)
      }
      return null
    }
    if (tu.value.dual || tu.value.plural) return null
    const decade = tu.value.unit === 'decade'
    const value = decade ? 10 : 1
    const unit = decade ? 'year' : tu.value.unit
    if (decade && !qualified && tokens[i + 1]?.w !== 'من') return null
    // "يوم واحد": a unit and "one" after it.
    const one = tokens[i + 1] && !tokens[i + 1].nl && L.units.at(tokens, i + 1, true)
    if (!decade && one && one.value === 1) return hit(i, i + 2, prefixSkip(u.w, tu.pre), 1, unit)
    // "يوماً بعد يوم", "عاماً بعد عام": an idiom, no duration.
    if (tokens[i + 1]?.w === 'بعد' && L.timeUnits.at(tokens, i + 2)?.value.unit === tu.value.unit) return null
    if (tokens[i - 2] && tokens[i - 1]?.w === 'بعد' && L.timeUnits.at(tokens, i - 2)?.value.unit === tu.value.unit) return null
    const after = tokens[i - 1] && !u.nl ? tokens[i - 1].w : ''
    const triggered = tu.pre === 0 && ONE_AFTER.has(after.replace(/^[وف]/, ''))
    if (!decade && !qualified && !triggered && !ACCUSATIVE.has(stem) && !(ctx.whole && tokens.length === 1)) return null
    if (!decade && L.units.at(tokens, i + 1)) return null
    // "ساعة" and "سنة" stand alone only after a trigger ("بعد ساعة"); "السنة" or "ساعة الصفر" are no durations.
    if ((stem === 'ساعه' || stem === 'سنه') && !triggered && !qualified) return null
    // "عاماً ونصف العام", "سنة ونصف": one and a half.
    const half = tokens[i + 1]
    if (half && !half.nl && (half.w === 'ونصف' || half.w === 'وربع')) {
      let to = i + 2
      if (tokens[to] && !tokens[to].nl && L.timeUnits.at(tokens, to)?.value.unit === tu.value.unit && tokens[to].w.startsWith('ال')) to++
      return hit(i, to, prefixSkip(u.w, tu.pre), value + (half.w === 'ونصف' ? 0.5 : 0.25), unit)
    }
    return hit(i, i + 1, prefixSkip(u.w, tu.pre), value, unit)

    function hit(from: number, to: number, skip: number, v: number, unit: string): Hit {
      return { from, to, skip, counted: null, parser: 'ARDurationWord', quantity: { kind: 'duration', lo: v, hi: v, unit, per: null, precision: 'round', qualifier: null } }
    }
  },
}
