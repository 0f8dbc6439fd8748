import type { Assignment, Claim, Comparison, Consensus, Source, Topic, Verdict } from '../model'
import { DEFAULT_TOLERANCE, contains, days, durationDays, overlaps, toInterval, width, type Interval } from './interval'
import { independence } from './independence'
import { consensus, type Voice } from './consensus'
import { countNoun, listOf, NOUNS, sayQuantity, type UiLang } from '../quantity'
import { sourceRef } from '../corpus/words'
import { foldKey } from '../text/normalize'

export interface CompareOptions {
  /** Relative tolerance for "about" figures (default 0.1). */
  tolerance?: number
  /** Per-source weights for the consensus (default 1). */
  weights?: Record<string, number>
}

const OTHER = /(^|\s)(اخري|اخر|اخرين)(\s|$)/u
const NUMERIC = new Set(['count', 'money', 'percent', 'rate', 'duration'])
const isDate = (c: Claim) => c.quantity.kind === 'date' || c.quantity.kind === 'daterange'
/** Whether a claim takes part in its topic's comparison: a figure about a part (a place, one operation) stands aside when the topic is about the whole. */
export function isCompared(topic: Pick<Topic, 'scope'>, claim: Pick<Claim, 'scopes'>): boolean {
  return !!topic.scope || !claim.scopes.some((s) => s.kind === 'place' || s.kind === 'operation')
}

/** Judges every topic: verdict, one-sentence explanations, independent sources, consensus. */
export function compareTopics(topics: Topic[], claims: Claim[], assignments: Assignment[], sources: Source[], options: CompareOptions = {}): Comparison[] {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const groups = independence(sources)
  const srcById = new Map(sources.map((s) => [s.id, s]))
  return topics.map((t) => {
    const cs = assignments.filter((a) => a.topicId === t.id).map((a) => byId.get(a.claimId)).filter((c): c is Claim => !!c)
    return compareTopic(t, cs, srcById, groups.groupOf, groups.folded, options)
  })
}

export function compareTopic(t: Topic, cs: Claim[], srcById: Map<string, Source>, groupOf: Map<string, string>, folded: { sources: string[]; why: string }[], options: CompareOptions = {}): Comparison {
  const tol = options.tolerance ?? DEFAULT_TOLERANCE
  const iv = (c: Claim) => toInterval(c.quantity, tol)
  const name = (id: string, lang: UiLang) => sourceRef(srcById.get(id), id, lang)
  const say = (c: Claim, lang: UiLang) => `${name(c.source, lang)}: ${sayQuantity(c.quantity, lang)}`
  const group = (c: Claim) => groupOf.get(c.source) ?? c.source
  // Figures about a part (a town, one operation) stand aside when the topic is about the whole.
  const others = cs.filter((c) => !isCompared(t, c))
  const main = cs.filter((c) => !others.includes(c))
  const durations = main.filter((c) => c.quantity.kind === 'duration' && !NUMERIC.has(t.kind) === true)
  const values = main.filter((c) => !durations.includes(c))
  const nGroups = new Set(main.map(group)).size
  const foldedHere = folded.filter((f) => f.sources.filter((s) => main.some((c) => c.source === s)).length > 1)
  const withinSource = selfContradictions(values, iv)
  const result = (verdict: Verdict, en: string, ar: string, cons: Consensus | null = null): Comparison => ({
    topic: t.id, verdict, explanation: { en, ar }, independentSources: nGroups, folded: foldedHere, consensus: cons, withinSource, claims: cs.map((c) => c.id),
  })
  const otherNote = (lang: UiLang) => (others.length ? (lang === 'en' ? ` ${listOf(others.map((c) => `${sayQuantity(c.quantity, 'en')} (${c.scopes.find((s) => s.kind !== 'time')?.label})`), 'en')} concern${others.length > 1 ? '' : 's'} a part only and ${others.length > 1 ? 'are' : 'is'} not compared.` : ` ${listOf(others.map((c) => sayQuantity(c.quantity, 'ar')), 'ar')} تخص جزءاً فقط ولا تُقارن.`) : '')

  if (!cs.length) return result('needs-review', 'No source states this figure yet.', 'لا يذكر أي مصدر هذا الرقم بعد.')
  if (!main.length) {
    return result('other-scope', `Every figure concerns a part only: ${listOf(others.map((c) => say(c, 'en')), 'en')}; none states the whole.`, `كل الأرقام تخص جزءاً فقط: ${listOf(others.map((c) => say(c, 'ar')), 'ar')}؛ لا يذكر أي منها الكل.`)
  }
  // A duration against a date range from another source: a three-day fair is not a 14-day one.
  const ranges = values.filter((c) => c.quantity.kind === 'daterange' && c.quantity.lo !== null)
  for (const d of durations) {
    const dd = durationDays(d.quantity)
    for (const r of ranges) {
      const ri = iv(r)
      if (!dd || !ri || group(d) === group(r)) continue
      const len = days(ri)
      if (len < dd.lo - 0.5 || len > dd.hi + 0.5) {
        return result('conflict',
          `${name(d.source, 'en')} says it lasted ${sayQuantity(d.quantity, 'en')}, but ${name(r.source, 'en')} gives ${sayQuantity(r.quantity, 'en')}, which is ${countNoun(len, NOUNS.day, 'en')}: both cannot be right.`,
          `${name(d.source, 'ar')} يذكر مدة ${sayQuantity(d.quantity, 'ar')}، لكن ${name(r.source, 'ar')} يذكر ${sayQuantity(r.quantity, 'ar')}، أي ${countNoun(len, NOUNS.day, 'ar')}: لا يمكن أن يصح الأمران.`)
      }
    }
  }
  if (withinSource.length && nGroups === 1) {
    const w = withinSource[0]
    const shown = w.claims.map((id) => main.find((c) => c.id === id)!).map((c) => sayQuantity(c.quantity, 'en'))
    const shownAr = w.claims.map((id) => main.find((c) => c.id === id)!).map((c) => sayQuantity(c.quantity, 'ar'))
    return result('conflict', `${name(w.source, 'en')} contradicts itself: it gives ${listOf(shown, 'en')} for the same thing.${otherNote('en')}`, `${name(w.source, 'ar')} يناقض نفسه: يذكر ${listOf(shownAr, 'ar')} للأمر نفسه.${otherNote('ar')}`)
  }
  const pairs = crossPairs(values, group, iv)
  const allAgree = pairs.every((p) => p.overlap)
  if (nGroups === 1) {
    // One source agreeing with itself; a relay repeating it is not a second voice.
    if (values.length >= 2 && new Set(values.map((c) => c.source)).size === 1 && allAgreeWithin(values, iv)) {
      return result('agree', `Only ${name(main[0].source, 'en')} gives this figure; its ${values.length} figures agree (${listOf(values.map((c) => sayQuantity(c.quantity, 'en')), 'en')}).${otherNote('en')}`,
        `وحده ${name(main[0].source, 'ar')} يذكر هذا الرقم، وأرقامه متفقة (${listOf(values.map((c) => sayQuantity(c.quantity, 'ar')), 'ar')}).${otherNote('ar')}`)
    }
    const relayed = foldedHere.length ? ` (${foldedHere.map((f) => f.why).join('; ')})` : ''
    return result('single-source', `Only ${name(main[0].source, 'en')} states it (${listOf(main.map((c) => sayQuantity(c.quantity, 'en')), 'en')})${relayed}; no independent source confirms it.${otherNote('en')}`,
      `وحده ${name(main[0].source, 'ar')} يذكره (${listOf(main.map((c) => sayQuantity(c.quantity, 'ar')), 'ar')})؛ ولا يؤكده مصدر مستقل.${otherNote('ar')}`)
  }
  const cons = NUMERIC.has(t.kind) ? consensus(voices(values, group, iv, options.weights ?? {})) : null
  // Counts at different times are a series, not a contradiction.
  const times = new Set(values.map(timeKey(srcById)))
  if (NUMERIC.has(t.kind) && times.size > 1 && !allAgree) {
    return result('time-series', `These figures are from different times, so they form a series rather than a contradiction: ${listOf(values.map((c) => `${say(c, 'en')} (${timeKey(srcById)(c)})`), 'en')}.`,
      `هذه الأرقام من أوقات مختلفة فهي سلسلة زمنية لا تناقض: ${listOf(values.map((c) => `${say(c, 'ar')} (${timeKey(srcById)(c)})`), 'ar')}.`)
  }
  if (!allAgree) {
    const bad = pairs.find((p) => !p.overlap)!
    if (t.recurring) {
      return result('needs-review', `${say(bad.a, 'en')} and ${say(bad.b, 'en')} do not overlap; they may be about different events, so a reviewer should check before comparing them.`,
        `${say(bad.a, 'ar')} و${say(bad.b, 'ar')} لا يتداخلان؛ قد يتعلقان بحدثين مختلفين، فينبغي أن يراجعهما محرر قبل المقارنة.`)
    }
    return result('conflict', `${say(bad.a, 'en')}, but ${say(bad.b, 'en')}: the figures do not overlap.${otherNote('en')}`, `${say(bad.a, 'ar')}، بينما ${say(bad.b, 'ar')}: الرقمان لا يتداخلان.${otherNote('ar')}`, cons)
  }
  const precise = pairs.find((p) => p.overlap && p.finerInside)
  if (precise) {
    return result('agree-precision', `They agree, one more precisely: ${say(precise.fine, 'en')} lies within ${say(precise.coarse, 'en')}.${otherNote('en')}`,
      `المصادر متفقة وأحدها أدق: ${say(precise.fine, 'ar')} يقع ضمن ${say(precise.coarse, 'ar')}.${otherNote('ar')}`, cons)
  }
  return result('agree', `${listOf(values.map((c) => say(c, 'en')), 'en')}: ${nGroups} independent sources agree${t.kind === 'date' ? '' : ' within tolerance'}.${otherNote('en')}`,
    `${listOf(values.map((c) => say(c, 'ar')), 'ar')}: ${countNoun(nGroups, NOUNS.agreeingSource, 'ar')}.${otherNote('ar')}`, cons)
}

function crossPairs(cs: Claim[], group: (c: Claim) => string, iv: (c: Claim) => Interval | null) {
  const out: { a: Claim; b: Claim; overlap: boolean; finerInside: boolean; fine: Claim; coarse: Claim }[] = []
  for (let i = 0; i < cs.length; i++) {
    for (let j = i + 1; j < cs.length; j++) {
      const a = cs[i]
      const b = cs[j]
      const A = iv(a)
      const B = iv(b)
      if (group(a) === group(b) || !A || !B) continue
      const [fine, coarse] = width(A) <= width(B) ? [a, b] : [b, a]
      const finerInside = width(A) !== width(B) && (contains(A, B) || contains(B, A)) && isDate(a)
      out.push({ a, b, overlap: overlaps(A, B), finerInside, fine, coarse })
    }
  }
  return out
}

function allAgreeWithin(cs: Claim[], iv: (c: Claim) => Interval | null): boolean {
  for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) {
    const A = iv(cs[i]); const B = iv(cs[j])
    if (!A || !B || !overlaps(A, B)) return false
  }
  return true
}

/** Pairs of one source's figures for the same thing, at the same time, that cannot both hold. */
function selfContradictions(cs: Claim[], iv: (c: Claim) => Interval | null): Comparison['withinSource'] {
  const out: Comparison['withinSource'] = []
  const key = (c: Claim) => c.scopes.filter((s) => s.kind === 'time').map((s) => s.from ?? s.label).join('|')
  for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) {
    const a = cs[i]; const b = cs[j]
    if (a.source !== b.source || a.quantity.kind !== b.quantity.kind || (key(a) && key(b) && key(a) !== key(b))) continue
    // "أربع مروحيات أخرى": other items, another batch, not a second figure for the same thing.
    if (OTHER.test(foldKey(`${a.counted ?? ''} ${b.counted ?? ''}`))) continue
    const A = iv(a); const B = iv(b)
    if (A && B && !overlaps(A, B)) out.push({ source: a.source, claims: [a.id, b.id], why: `"${a.text}" and "${b.text}" do not overlap` })
  }
  return out
}

function voices(cs: Claim[], group: (c: Claim) => string, iv: (c: Claim) => Interval | null, weights: Record<string, number>): Voice[] {
  const perGroup = new Map<string, number>()
  for (const c of cs) perGroup.set(group(c), (perGroup.get(group(c)) ?? 0) + 1)
  // A group of relayed sources speaks once: its weight is shared among its figures.
  return cs.flatMap((c) => { const i = iv(c); return i ? [{ source: c.source, interval: i, weight: (weights[c.source] ?? 1) / perGroup.get(group(c))! }] : [] })
}

/** The time a figure is about: a date beside it, else its source's year. */
const timeKey = (srcById: Map<string, Source>) => (c: Claim): string => {
  const t = c.scopes.find((s) => s.kind === 'time' && s.from)
  if (t) return t.from!.slice(0, 4) === (t.to ?? t.from!).slice(0, 4) ? t.from!.slice(0, 4) : `${t.from!.slice(0, 4)}–${t.to!.slice(0, 4)}`
  const s = srcById.get(c.source)
  return (s?.published ?? s?.window?.from ?? '').slice(0, 4) || '?'
}

