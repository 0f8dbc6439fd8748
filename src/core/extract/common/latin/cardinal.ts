import type { Context, Hit } from '../contracts'
import { glued, type Token } from '../tokens'
import type { LatinLexicon } from './lexicon'
import { consumed, currencyBeforeAt, notAFigure, rawToken } from './names'
import { halfAt, readDigits, readWords, type LatinNumber } from './numbers'
import { latinHit } from './quantity'
import { hyphenGlued, hyphenUnitAt, unitAt, type LatinUnit } from './units'

/** What a locale decides about four digits that could be a year ("2000 troops" vs "the 2011 revolt"). */
export interface CardinalRules {
  yearIsCount: (tokens: Token[], i: number) => boolean
  /** Join words of a suspended hyphen range ("20- to 30-metre"). */
  suspendedJoins?: Set<string>
}

/**
 * A cardinal in digits or words at token i, with its currency, scale, unit, rate and counted noun
 * ("$71.4 million", "1,5 million d'euros", "twenty-five", "a decade", "five-day", "60-plus").
 * A number word that counts nothing after it ("the nine", "coupé en deux") is weak: it stands
 * only as a range's end. An article ("a", "un") is one only before a scale or a time unit.
 */
export function readCardinal(ctx: Context, lex: LatinLexicon, i: number, parser: string, rules: CardinalRules): Hit | null {
  const { tokens } = ctx
  const cur = currencyBeforeAt(ctx, i, lex)
  const j = cur ? i + cur.n : i
  const t = tokens[j]
  if (!t || (cur && (t.t !== 'n' || t.nl))) return null
  let n: LatinNumber | null
  if (t.t === 'n') {
    const nf = cur ? null : notAFigure(ctx, j, lex)
    if (nf === 'name') return ordinalDay(tokens, lex, j, parser)
    if (nf) return consumed(i, nf.to, parser)
    const d = readDigits(tokens, j, lex)
    if (!d) return null
    // "2 000" written in groups is a count; only four digits in one token may be a year.
    n = { from: i, to: d.to, value: d.value, base: d.value, scale: 1, words: false, article: false, yearLike: d.to === j + 1 && /^\d{4}$/.test(d.raw) && d.value >= 1800 && d.value <= 2100 }
    // "120 MMDH", "40 MDH": a scale and a currency in one abbreviation.
    const both = !cur && tokens[n.to] && !tokens[n.to].nl ? lex.scaledCurrencies.at(tokens, n.to, true) : null
    if (both) {
      const unit: LatinUnit = { kind: 'money', unit: both.value.code, to: n.to + both.n }
      return latinHit(ctx, lex, { from: i, lo: n.value * both.value.scale, hi: n.value * both.value.scale, vague: false, words: false, base: n.value, scale: both.value.scale, unit }, parser)
    }
    // "$50-million", "a 1.5-billion-euro plan": the scale may be hyphenated to the digits.
    const hs = hyphenGlued(tokens, n.to) ? lex.digitScales.at(tokens, n.to + 1, true) : null
    const at = hs && hs.value.value >= 1e6 ? n.to + 1 : n.to
    const sc = tokens[at] && !tokens[at].nl ? lex.digitScales.at(tokens, at, true) : null
    // ("2m people", "1.5m children": a count of people in millions, the British way.)
    const people = !!sc && at === n.to && glued(tokens[at - 1], tokens[at]) && !!lex.millionsOf?.has(tokens[at + sc.n]?.w ?? '') && !tokens[at + sc.n].nl
    const moneyScale = !!cur || people || !!(sc && (moneyAfter(tokens, lex, at + sc.n) || hyphenCurrency(tokens, lex, at + sc.n)))
    if (sc && (!sc.value.moneyOnly || moneyScale)) {
      n.scale = sc.value.value
      n.value *= n.scale
      n.to = at + sc.n
      // "1 milliard et demi de dollars", "2 millions et demi d'euros": a half of the scale.
      const h = !sc.value.moneyOnly && tokens[n.to] && !tokens[n.to].nl ? halfAt(tokens, n.to, lex) : null
      if (h) { n.value += h.value * n.scale; n.base += h.value; n.to = h.to }
    }
  } else {
    // "half an hour", "a quarter of an hour": a fraction of a time unit.
    const frac = lex.scaleFractions.at(tokens, j, true)
    const fu = frac && tokens[j + frac.n] && !tokens[j + frac.n].nl ? lex.timeUnits.at(tokens, j + frac.n, true) : null
    if (frac && fu) {
      const unit: LatinUnit = { kind: 'duration', unit: fu.value.unit, to: j + frac.n + fu.n, factor: fu.value.factor }
      return latinHit(ctx, lex, { from: i, lo: frac.value, hi: frac.value, vague: false, words: true, base: frac.value, scale: 1, unit }, parser)
    }
    // "a"/"un" and the like start most words lists: count only before a scale, a hundred or a time unit.
    const w = lex.numberWords.at(tokens, j, true)
    if (!w) {
      if (!lex.scaleFractions.at(tokens, j, true)) return null
    } else if (w.value.kind === 'article' && !articleCounts(tokens, lex, j + w.n) && !listedAfterCount(ctx, lex, j)) return null
    // "combien de millions d'euros": a plural scale word with no number before it says no amount (the vague parser reads "des millions").
    else if (w.value.kind === 'scale' && w.n === 1 && w.value.value > 1e3 && tokens[j].w.endsWith('s')) return null
    n = readWords(tokens, j, lex)
    if (!n) return null
    n.from = i
  }
  if (!cur && !n.words && n.yearLike && n.scale === 1 && !rules.yearIsCount(tokens, j) && !unitFollows(ctx, lex, n.to)) return null
  const suspended = !n.words && rules.suspendedJoins ? suspendedRange(ctx, lex, n, parser, rules.suspendedJoins) : null
  if (suspended) return suspended
  // "a 50 million-dollar ransom", "a $50-million-dollar deal": the currency hyphenated to the scale.
  const hc = n.scale > 1 ? hyphenCurrency(tokens, lex, n.to) : null
  // "a one-stop centre", "the one-time payment", "a two-way road": an idiom, not a count.
  if (hyphenGlued(tokens, n.to) && lex.hyphenIdioms?.has(tokens[n.to + 1].w)) return consumed(i, n.to + 2, parser)
  const hy = hc ? null : hyphenUnitAt(ctx, lex, n.to)
  let unit: LatinUnit = hc ?? hy ?? unitAt(ctx, lex, n.to, { scaled: n.scale > 1, vague: false })
  if (cur) unit = unit.kind === 'money' ? unit : { kind: 'money', unit: cur.value, to: n.to }
  const listed = n.words && n.value === 1 && n.scale === 1 && unit.kind === 'count' && unit.unit === null && listedAfterCount(ctx, lex, j)
  if (n.article && (unit.kind !== 'duration' || unit.unit === 'second') && n.scale === 1 && !listed) return null
  // "2,500 dirhams ($242) a month": the article and unit make the amounts before them a rate (read there), not a duration.
  if (n.article && n.scale === 1 && tokens[i - 1]?.w === ')') return null
  // "à 10 heures", "vers 23h": an hour of the day, not a duration.
  if (unit.kind === 'duration' && unit.unit === 'hour' && !n.words && n.value <= 24 && Number.isInteger(n.value) && isClock(tokens, lex, i, unit.to, n.value)) return consumed(i, unit.to + (minutesAt(tokens, unit.to) ? 1 : 0), parser)
  let weak = false
  if (n.words && !n.article && n.scale === 1 && unit.kind === 'count' && unit.unit === null && !hy) {
    const next = tokens[n.to]
    if (next && !next.nl && lex.times.has(next.w)) return null
    if (n.value === 1 && (next?.w === 'of' || tokens[j - 1]?.w === 'no')) return null
    // "the nine.", "in two.": a number word after a determiner with nothing to count refers back or is an idiom;
    // "seven (three Lebanese, …)" still counts.
    const bare = !next || next.nl || next.t !== 'w'
    // "one measuring 6.3", "one injured": "one" before a participle is a pronoun.
    weak = !listed && ((bare && lex.determiners.has(tokens[j - 1]?.w ?? '')) || (n.value === 1 && (bare || lex.stop.has(next.w) || (lex.lang === 'en' && /(ing|ed)$/.test(next.w)))))
  }
  if (!n.words && unit.kind === 'count' && unit.unit === null && lex.times.has(tokens[n.to]?.w ?? '')) return null
  return latinHit(ctx, lex, { from: i, lo: n.value, hi: n.value, vague: false, words: n.words, base: n.base, scale: n.scale, unit, qualifier: hy?.plus ? 'more-than' : null, weak }, parser)
}

// How far back a list of counts may have given its previous number ("Deux autres personnes ont péri
// dans la région voisine de Castille-La Manche, et une en Andalousie").
const LIST_REACH = 20
const SENTENCE_MARKS = new Set(['.', '!', '?', ';', ':'])

/**
 * "quatre morts et un disparu", "deux en Seine-et-Marne, un dans le Loiret", "four dead and one
 * missing", "two in Castile and one in Andalusia": "un"/"one" after "et"/"and" or a comma, in a
 * sentence that has just given another count, is the next count of the list, not an article or a
 * pronoun. It counts the noun after it, or the same noun in another place.
 */
function listedAfterCount(ctx: Context, lex: LatinLexicon, j: number): boolean {
  const { tokens } = ctx
  const join = tokens[j - 1]
  const next = tokens[j + 1]
  if (!join || tokens[j].nl || !lex.listOnes.has(tokens[j].w) || !next || next.nl || next.t !== 'w' || !(lex.numberJoin.has(join.w) || join.w === ',')) return false
  // A place after it ("une en Andalousie") may follow a count given further back; a noun ("un disparu") only a count just before.
  const place = lex.stop.has(next.w)
  if (place && !(lex.listPlaces.has(next.w) && namedPlace(ctx, j + 2))) return false
  // A noun after it follows "et"/"and" only: "1 000 combattants, une rançon de…" lists other things.
  if (!place && (join.w === ',' || lex.timeUnits.at(tokens, j + 1, true) || lex.measures.at(tokens, j + 1, true))) return false
  const reach = place ? LIST_REACH : 4
  for (let k = j - 2; k >= Math.max(0, j - 1 - reach); k--) {
    const t = tokens[k]
    if (tokens[k + 1].nl || SENTENCE_MARKS.has(t.w)) return false
    if (t.t === 'n' && /^\d[\d.,]*$/.test(t.w) && !/^\d{4}$/.test(t.w)) return true
    const w = t.t === 'w' ? lex.numberWords.at(tokens, k, true) : null
    if (w && (w.value.kind === 'unit' || w.value.kind === 'ten' || w.value.kind === 'hundred')) return true
  }
  return false
}

// A place name at k, after an article or not ("Andalousie", "le Loiret", "l'Yonne"), but not "which" of "one in which".
function namedPlace(ctx: Context, k: number): boolean {
  const { tokens } = ctx
  for (let m = k; m < k + 3 && tokens[m] && !tokens[m].nl; m++) {
    if (tokens[m].t !== 'w') continue
    const raw = rawToken(ctx, m)
    if (raw[0] !== raw[0].toLowerCase()) return true
    if (raw.length > 3) return false
  }
  return false
}

// "du 1er au 3 mars", "les 1er et 2 novembre", "the 1st to the 3rd of March": an ordinal day that
// may open a range of days. It stands only if a range takes it (weak), so "le 1er régiment" stays none.
function ordinalDay(tokens: Token[], lex: LatinLexicon, j: number, parser: string): Hit | null {
  const t = tokens[j]
  const suf = tokens[j + 1]
  if (!suf || suf.s !== t.e || !lex.ordinalSuffixes.has(suf.w) || !/^\d{1,2}$/.test(t.w)) return null
  const d = Number(t.w)
  if (d < 1 || d > 31) return null
  return {
    from: j, to: j + 2, skip: 0, counted: null, parser, weak: true,
    quantity: { kind: 'count', lo: d, hi: d, unit: null, per: null, precision: 'exact', qualifier: null },
    num: { value: d, scale: 1, words: false, dayLike: true },
  }
}

// "3 milliards de dollars", "$10m", "10m euros": a currency after the scale, with "de"/"of" or not.
function moneyAfter(tokens: Token[], lex: LatinLexicon, k: number): boolean {
  if (lex.currencyAfter.at(tokens, k, true)) return true
  const of = lex.of.at(tokens, k, true)
  return !!of && !!lex.currencyAfter.at(tokens, k + of.n, true)
}

function unitFollows(ctx: Context, lex: LatinLexicon, k: number): boolean {
  const u = unitAt(ctx, lex, k, { scaled: false, vague: false })
  return u.kind !== 'count' || u.unit !== null
}

// "20- to 30-metre (65- to 100-foot)": a suspended hyphen joins two numbers into one range with the second's unit.
function suspendedRange(ctx: Context, lex: LatinLexicon, n: LatinNumber, parser: string, joins: Set<string>): Hit | null {
  const { tokens } = ctx
  const dash = tokens[n.to]
  const join = tokens[n.to + 1]
  if (!dash || dash.w !== '-' || dash.s !== tokens[n.to - 1].e || !join || join.s === dash.e || !joins.has(join.w)) return null
  const b = tokens[n.to + 2]
  if (!b || b.t !== 'n' || b.nl) return null
  const d = readDigits(tokens, n.to + 2, lex)
  const hy = d ? hyphenUnitAt(ctx, lex, d.to) : null
  if (!d || !hy || hy.plus || !(d.value > n.value)) return null
  const h = latinHit(ctx, lex, { from: n.from, lo: n.value, hi: d.value, vague: false, words: false, base: n.value, scale: 1, unit: hy, qualifier: 'range' }, parser)
  return { ...h, num: undefined }
}

// "à 10 heures", "aux alentours de 17 heures mardi", "8 heures du matin", "samedi, 17 heures",
// "17 heures 30", "de 8 heures à 18 heures": a time of day. "de 12 à 24 heures" is a range of hours,
// and "à 17 heures de route", "après 17 heures de négociations" are lengths of time: an hour of the
// day takes no "de" and a noun after it.
function isClock(tokens: Token[], lex: LatinLexicon, i: number, to: number, value: number): boolean {
  const after = tokens[to]
  const next = after && !after.nl ? after : undefined
  if (next && lex.clockAfter.at(tokens, to, true)) return true
  if (next && (next.w === 'de' || next.w === "d'") && tokens[to + 1]?.t === 'w') return false
  if (minutesAt(tokens, to)) return true
  const lead = lex.clockLeads.endingAt(tokens, i - 1)
  if (lead && tokens[i - 1 - lead.n]?.t !== 'n') return true
  // The day before the hour, a comma between: "samedi, 17 heures" (the day's words are those that
  // make an hour before them a clock).
  const day = tokens[i - 1]?.w === ',' ? i - 2 : i - 1
  const d = day >= 0 ? lex.clockAfter.at(tokens, day, true) : null
  if (d && d.n === 1 && tokens[day].t === 'w' && !tokens[i].nl) return true
  // A span of the day across midnight, its unit repeated: "de 22 heures à 6 heures", "entre 22
  // heures et 6 heures" ("de 12 heures à 24 heures", "entre 12 heures et 24 heures" may be lengths).
  const end = next && (next.w === 'à' || next.w === 'et') && tokens[to + 1]?.t === 'n' ? Number(tokens[to + 1].w) : NaN
  if (end < value && tokens[to + 2]?.w === tokens[to - 1].w && spanOpens(tokens, i - 1, next!.w)) return true
  const start = (tokens[i - 1]?.w === 'à' || tokens[i - 1]?.w === 'et') && tokens[i - 3]?.t === 'n' ? Number(tokens[i - 3].w) : NaN
  return start > value && start <= 24 && tokens[i - 2]?.w === tokens[to - 1].w && spanOpens(tokens, i - 4, tokens[i - 1].w)
}

// "de … à", "entre … et": the opener at k of a span whose ends are joined by `join`.
const spanOpens = (tokens: Token[], k: number, join: string) => tokens[k]?.w === 'de' && join === 'à' || tokens[k]?.w === 'entre' && join === 'et'

// "17 heures 30", "17 h 45": minutes right after a number of hours.
function minutesAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  return !!t && !t.nl && t.t === 'n' && /^[0-5]\d$/.test(t.w) && !tokens[k + 1]?.w.match(/^\p{L}/u)
}

// "months" beside "month": the unit word is the plural of another unit word.
function isPlural(tokens: Token[], k: number, lex: LatinLexicon): boolean {
  const w = tokens[k].w
  const singular = (x: string) => !!lex.timeUnits.at([{ ...tokens[k], w: x }], 0, true)
  return w.length > 3 && w.endsWith('s') && (singular(w.slice(0, -1)) || (w.endsWith('ies') && singular(`${w.slice(0, -3)}y`)))
}

function articleCounts(tokens: Token[], lex: LatinLexicon, k: number): boolean {
  const t = tokens[k]
  if (!t || t.nl || t.t !== 'w') return false
  const w = lex.numberWords.at(tokens, k, true)
  if ((!!w && (w.value.kind === 'scale' || w.value.kind === 'hundred')) || !!lex.scaleFractions.at(tokens, k, true)) return true
  // "a week", "un mois", but not "a months-long siege" or "a years-old feud": a plural unit there is part of an adjective.
  if (lex.timeUnits.at(tokens, k, true)) return !(tokens[k + 1]?.w === '-' && tokens[k + 1].s === t.e && isPlural(tokens, k, lex))
  // "a whole year", "une bonne semaine": an adjective between the article and its time unit.
  return lex.unitAdjectives.has(t.w) && !!tokens[k + 1] && !tokens[k + 1].nl && !!lex.timeUnits.at(tokens, k + 1, true)
}


// "-dollar", "-euro" after a scale: the currency of a compound adjective ("a 50 million-dollar ransom").
function hyphenCurrency(tokens: Token[], lex: LatinLexicon, k: number): LatinUnit | null {
  if (!hyphenGlued(tokens, k)) return null
  const c = lex.currencyAfter.at(tokens, k + 1, true)
  return c ? { kind: 'money', unit: c.value, to: k + 1 + c.n } : null
}
