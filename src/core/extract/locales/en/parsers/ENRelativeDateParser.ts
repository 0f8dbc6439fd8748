import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, futureBefore, yearAt } from '../../../common/latin/dates'
import { L, LEX } from '../lexicon'

// Dates counted from the publication day: "yesterday", "last week", "this month", "next year",
// "earlier this month" (up to the day before), "later this year" (from the day after),
// "last weekend" (its Saturday and Sunday), seasons ("last summer", "spring 2023").
// "today" is left alone: it mostly means "nowadays".

export const ENRelativeDateParser: Parser = {
  name: 'ENRelativeDate',
  starters: { words: [...L.relative.firstWords(), ...L.clips.firstWords(), ...L.weekends.firstWords(), ...L.seasons.firstWords()] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const wk = L.weekends.at(tokens, i, true)
    if (wk) {
      // "the weekend" alone says when only after "over", "at", "on", "during" ("the weekend's protests" too).
      const bare = tokens[i].w === 'the'
      if (bare && !/^(over|at|on|during|throughout)$/.test(tokens[i - 1]?.w ?? '') && tokens[i + wk.n]?.w !== "'s") return null
      const offset = bare && futureBefore(ctx, i, LEX) ? 0 : wk.value
      return dateHit({ from: i, to: i + wk.n, relative: { unit: 'week', offset }, part: 'late' }, 'ENRelativeDate')
    }
    const clip = L.clips.at(tokens, i, true)
    if (clip) {
      const rel = tokens[i + 1] && !tokens[i + 1].nl ? L.relative.at(tokens, i + 1, true) : null
      if (!rel || rel.value.offset !== 0 || rel.value.unit === 'day') return null
      return dateHit({ from: i, to: i + 1 + rel.n, relative: rel.value, clip: clip.value }, 'ENRelativeDate')
    }
    const season = seasonAt(i)
    if (season) return season
    const rel = L.relative.at(tokens, i, true)
    if (!rel) return null
    let to = i + rel.n
    // "yesterday morning", "tomorrow night".
    if (rel.value.unit === 'day' && tokens[to] && !tokens[to].nl && L.timesOfDay.has(tokens[to].w)) to++
    return dateHit({ from: i, to, relative: rel.value }, 'ENRelativeDate')

    // "last summer", "this winter", "next spring", "summer 2023", "the summer of 2023".
    function seasonAt(j: number): Hit | null {
      const lead = tokens[j].w
      const rel = lead === 'last' ? -1 : lead === 'next' ? 1 : lead === 'this' ? 0 : null
      const k = rel === null ? j : j + 1
      const s = tokens[k] && !tokens[k].nl ? L.seasons.at(tokens, k, true) : null
      if (!s) return null
      if (rel !== null) return dateHit({ from: j, to: k + s.n, season: s.value, ...(rel === -1 ? { past: true } : rel === 1 ? { next: true } : { relative: { unit: 'year', offset: 0 } }) }, 'ENRelativeDate')
      const of = tokens[k + s.n]?.w === 'of' ? 1 : 0
      const y = yearAt(tokens, k + s.n + of, LEX)
      return y !== null ? dateHit({ from: j, to: k + s.n + of + 1, season: s.value, y }, 'ENRelativeDate') : null
    }
  },
}
