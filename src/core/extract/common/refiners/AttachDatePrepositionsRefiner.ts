import type { Context, Hit, Refiner } from '../contracts'
import type { PhraseSet } from '../phrases'
import { prefixSkip } from '../prefixes'
import type { Token } from '../tokens'

/** A locale's prepositions before dates. */
export interface DatePrepositions {
  /** Prepositions that change what a date claims, kept in its span: "منذ", "بحلول", "since", "until", "depuis". */
  kept: PhraseSet<true>
  /** Prepositions kept only before a bare year, as the gold spells it ("في 2022", "in 2022", "en 2022"). */
  beforeYear: PhraseSet<true>
  /** Kept prepositions of a deadline: a month or day without a year after them is the next one ("d'ici le 31 décembre", "au 31 décembre"). */
  ahead?: PhraseSet<true>
  /** Kept prepositions of an end bound ("until", "jusqu'au", "حتى"): a yearless day just after the publication day is the coming one. */
  until?: PhraseSet<true>
  /** Determiners that may stand between a kept preposition and its date and join the span with it ("dès ce lundi"). */
  between?: ReadonlySet<string>
}

/** Extends a date over the preposition before it; a bare year with one is a date, not a stray number. */
export function attachDatePrepositions(words: DatePrepositions): Refiner {
  return {
    name: 'AttachDatePrepositions',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      return hits.map((h, k) => {
        // "killed by Tuesday's explosion": before a possessive, "by" is no deadline.
        if (!h.point || h.skip > 0 || tokens[h.from].nl || isPossessive(tokens, h.to)) return h
        const prevEnd = k > 0 ? hits[k - 1].to : 0
        const bareYear = h.point.bareYear === true && !h.end
        // "dès ce lundi": a determiner between the preposition and the date joins the span with it.
        const gap = h.from > 1 && words.between?.has(tokens[h.from - 1].w) && !tokens[h.from - 1].nl ? 1 : 0
        const end = h.from - 1 - gap
        const p = words.kept.endingAt(tokens, end) ?? (bareYear && !gap ? words.beforeYear.endingAt(tokens, end) : null)
        if (!p || end + 1 - p.n < prevEnd) return h
        const ahead = words.ahead?.endingAt(tokens, end)?.n === p.n
        // "au début du mois de mars", "au premier trimestre 2024": one word of a deadline before a part of a period says when, not by when.
        if (ahead && p.n === 1 && (h.point.part || h.point.months)) return h
        const from = end + 1 - p.n
        const next = ahead && h.point.m !== undefined && h.point.y === undefined && !h.point.relative && !h.point.past
        const until = words.until?.endingAt(tokens, end)?.n === p.n && h.point.y === undefined
        const point = next ? { ...h.point, next: true } : until ? { ...h.point, until: true } : h.point
        return { ...h, from, skip: prefixSkip(tokens[from].w, p.pre), weak: false, point }
      })
    },
  }
}

const isPossessive = (tokens: Token[], k: number) => (tokens[k]?.w === "'" || tokens[k]?.w === '\u2019') && tokens[k + 1]?.w === 's' && tokens[k].s === tokens[k - 1].e
