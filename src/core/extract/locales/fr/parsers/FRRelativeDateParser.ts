import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, yearAt } from '../../../common/latin/dates'
import { L, LEX } from '../lexicon'

// Dates counted from the publication day: "hier", "hier soir", "plus tôt ce mois-ci", "tôt demain matin", "ce soir", "demain jeudi", "avant-hier", "la semaine dernière", "cette
// semaine", "le mois dernier", "l'an dernier", "l'année prochaine", "le week-end dernier" (its
// Saturday and Sunday), seasons ("l'été dernier", "cet hiver", "le printemps 2023", "l'été 2023").
// "aujourd'hui" is left alone: it mostly means "nowadays"; "cette année-là" points back to a year
// the text named, and is left alone too.

const SEASON_LEADS: Record<string, number | null> = { l: null, le: null, cet: 0, ce: 0 }

export const FRRelativeDateParser: Parser = {
  name: 'FRRelativeDate',
  starters: { words: [...L.relative.firstWords(), ...L.clips.firstWords(), ...L.weekends.firstWords(), ...L.seasons.firstWords(), ...Object.keys(SEASON_LEADS), ...L.dayEdges] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    // « plus tôt cette semaine », « plus tard cette année »: the period of publication, clipped at its day.
    const clip = L.clips.at(tokens, i, true)
    if (clip) {
      const k = i + clip.n
      const rel = tokens[k] && !tokens[k].nl ? L.relative.at(tokens, k, true) : null
      if (!rel || rel.value.offset !== 0 || rel.value.unit === 'day' || thatOne(k + rel.n)) return null
      return dateHit({ from: i, to: k + rel.n, relative: rel.value, clip: clip.value }, 'FRRelativeDate')
    }
    const wk = L.weekends.at(tokens, i, true)
    if (wk) return dateHit({ from: i, to: i + wk.n, relative: { unit: 'week', offset: wk.value }, part: 'late' }, 'FRRelativeDate')
    // "tôt demain matin", "tard hier soir": how early or late in the day is part of the date.
    const edge = L.dayEdges.has(tokens[i].w) && !L.dayEdgeComparatives.has(tokens[i - 1]?.w ?? '') && tokens[i + 1] && !tokens[i + 1].nl ? 1 : 0
    const rel = L.relative.at(tokens, i + edge, true)
    if (rel && (thatOne(i + edge + rel.n) || edge && rel.value.unit !== 'day')) return null
    if (rel) {
      let to = i + edge + rel.n
      // "hier mardi", "demain jeudi": the weekday names the same day.
      if (rel.value.unit === 'day' && tokens[to] && !tokens[to].nl && L.weekdays.at(tokens, to, true)) to++
      // "hier soir".
      if (rel.value.unit === 'day' && tokens[to] && !tokens[to].nl && L.timesOfDay.at(tokens, to, true)) to += L.timesOfDay.at(tokens, to, true)!.n
      return dateHit({ from: i, to, relative: rel.value }, 'FRRelativeDate')
    }
    return seasonAt(i)

    // "cette année-là", "cet été-là": the year or season the text spoke of, not the publication's.
    function thatOne(k: number): boolean {
      const dash = tokens[k]
      return !!dash && dash.w === '-' && dash.s === tokens[k - 1].e && tokens[k + 1]?.w === 'là' && tokens[k + 1].s === dash.e
    }

    // "l'été dernier", "cet hiver", "le printemps prochain", "l'été 2023", "printemps 2023".
    function seasonAt(j: number): Hit | null {
      const lead = tokens[j].w
      const k = lead in SEASON_LEADS ? j + (lead === 'l' ? 2 : 1) : j
      const s = tokens[k] && !tokens[k].nl ? L.seasons.at(tokens, k, true) : null
      if (!s || thatOne(k + s.n)) return null
      const after = tokens[k + s.n]
      const y = yearAt(tokens, k + s.n, LEX)
      if (y !== null) return dateHit({ from: j, to: k + s.n + 1, season: s.value, y }, 'FRRelativeDate')
      if (after && !after.nl && L.past.has(after.w)) return dateHit({ from: j, to: k + s.n + 1, season: s.value, past: true }, 'FRRelativeDate')
      if (after && !after.nl && L.next.has(after.w)) return dateHit({ from: j, to: k + s.n + 1, season: s.value, next: true }, 'FRRelativeDate')
      if (SEASON_LEADS[lead] === 0) return dateHit({ from: j, to: k + s.n, season: s.value, relative: { unit: 'year', offset: 0 } }, 'FRRelativeDate')
      return null
    }
  },
}
