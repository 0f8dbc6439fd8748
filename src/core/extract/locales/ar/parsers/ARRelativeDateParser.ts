import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'
import { dateHit } from '../dates'

// Dates counted from the publication day: "أمس", "الأسبوع الماضي", "الشهر الماضي", "العام المقبل".
// "اليوم" (today) is left alone: it mostly means "nowadays".

export const ARRelativeDateParser: Parser = {
  name: 'ARRelativeDate',
  starters: { words: L.relative.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const rel = L.relative.at(tokens, i)
    if (!rel || (rel.value.unit === 'day' && rel.value.offset === 0)) return null
    return dateHit({ from: i, to: i + rel.n, skip: prefixSkip(tokens[i].w, rel.pre), relative: rel.value }, 'ARRelativeDate')
  },
}
