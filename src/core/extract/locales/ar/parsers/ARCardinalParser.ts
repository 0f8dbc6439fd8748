import type { Context, Hit, Parser } from '../../../common/contracts'
import { CURRENCY_SYMBOLS } from '../constants'
import { L } from '../lexicon'
import { DEFINITE, digitsInName } from '../names'
import { glued } from '../../../common/tokens'
import { arabicReadings, prefixSkip } from '../../../common/prefixes'
import type { Token } from '../../../common/tokens'
import { parseNumber } from '../numbers'
import { quantityHit, type Core } from '../quantity'

// A cardinal in digits or words ("11300", "١١٬٣٠٠", "خمسة آلاف", "نصف مليون", "$ 5"), with its
// scale, unit, rate and counted noun. Qualifiers and ranges are attached by the refiners.

const SIGNS = Object.keys(CURRENCY_SYMBOLS).filter((s) => s !== 'c')

// The unit words of the ordinals 11–19, folded as tokens are (الحادية، الثانية … التاسعة; الحادي، الثاني), with a glued preposition.
const ORDINAL_UNIT = /^[وفبل]?(ال|لل)(حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)(ه|ي)?$/

/** An indefinite noun a report counts stands just before "واحد" ("قتيل واحد", "امرأة واحدة"). */
function countedNounBefore(tokens: Token[], at: number): boolean {
  const t = tokens[at - 1]
  if (!t || t.t !== 'w' || t.nl) return false
  return arabicReadings(t.w).some((r) => !r.stem.startsWith('ال') && (L.dualM.has(r.stem) || L.dualMSound.has(r.stem) || L.dualF.has(r.stem.replace(/[هة]$/, ''))))
}

export const ARCardinalParser: Parser = {
  name: 'ARCardinal',
  starters: {
    digits: true,
    symbols: SIGNS,
    // "ال" glued to digits: a definite numeral ("الـ13 ولاية").
    words: [...[L.units, L.teenHeads, L.tens, L.hundreds, L.scales, L.fractions].flatMap((s) => [...s.firstWords()]), 'ال', 'لل'],
  },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    let j = i
    const definite = DEFINITE.test(tokens[i].w)
    if (definite) {
      if (tokens[i + 1]?.t !== 'n' || !glued(tokens[i], tokens[i + 1])) return null
      j++
    }
    const sign = CURRENCY_SYMBOLS[tokens[i].w]
    let preSymbol: string | undefined
    if (sign) {
      if (tokens[i + 1]?.t !== 'n' || tokens[i + 1].nl) return null
      preSymbol = sign
      j++
    }
    const t = tokens[j]
    if (t.t === 'n' && digitsInName(tokens, j, ctx)) return null
    const n = parseNumber(tokens, j)
    if (!n) return null
    // "واحد من" (one of), "واحداً تلو الآخر" (one after another): no count. (After a counted noun,
    // "وقتيل واحد من فرنسا" is a count of one; read so, it costs a topic placement in a list of
    // nationalities today, so it waits for the alignment to read such lists.)
    if (n.words && n.value === 1 && (tokens[n.to]?.w === 'من' || tokens[n.to]?.w === 'تلو')) return null
    // "ثلاث مرات", "ثلاثة أضعاف", "مرة واحدة" (once): a multiplier (ANNOTATION.md), no count.
    if (tokens[n.to] && !tokens[n.to].nl && L.times.has(tokens[n.to].w)) return null
    if (n.words && n.value === 1 && !tokens[n.from].nl && L.times.has(tokens[n.from - 1]?.w ?? '')) return null
    // "الخامسة عشرة" (the fifteenth): the tens word of an ordinal.
    // Only an ordinal's unit word makes it one: "القافلة عشرة أيام" (the convoy, ten days) counts.
    if (n.words && n.value === 10 && n.to === j + 1 && ORDINAL_UNIT.test(tokens[j - 1]?.w ?? '') && !tokens[j].nl) return null
    // A lone "ألف" counts, but "الألف" (the thousand) is a name; a definite dual scale before a
    // currency is an amount ("الملياري دينار", the two billion dinars), dropped later if it repeats one.
    if (n.words && n.to === j + 1 && tokens[j].w.startsWith('ال') && L.scaleWords.has(tokens[j].w.slice(2)) && !(L.scales.at(tokens, j)?.value.dual && L.currencies.at(tokens, n.to))) return null
    // "الإثني" (ethnic) is no "two".
    if (n.words && n.value === 2 && /^[وفب]?(ال|لل)اثني$/.test(tokens[j].w) && !/^عشر/.test(tokens[n.to]?.w ?? '')) return null
    const pre = tokens[i].w.endsWith('لل') ? tokens[i].w.length - 1 : tokens[i].w.length - 2
    const core: Core = { from: definite ? i : n.from, to: n.to, skip: definite ? prefixSkip(tokens[i].w, pre) : n.skip, lo: n.value, hi: n.value, vague: false, words: n.words, yearLike: n.yearLike, ambiguity: n.ambiguity, base: n.base, scale: n.scale, preSymbol }
    const hit = quantityHit(ctx, core, 'ARCardinal')
    // "قتيل واحد": the noun before "واحد" is what it counts.
    if (hit && n.words && n.value === 1 && hit.quantity.kind === 'count' && countedNounBefore(tokens, n.from)) hit.counted = [n.from - 1, n.from]
    return hit
  },
}
