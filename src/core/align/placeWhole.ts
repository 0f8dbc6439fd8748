import type { Claim, Span } from '../model'
import { compact, foldKey } from '../text/normalize'
import { countryOf } from './facets'
import { isPeopleWord, seatOf } from '../entities/countries'

// Sibling topics told apart by place: "Death toll in Turkey", "Death toll in Syria" and "Combined
// death toll in Turkey and Syria". A topic naming two countries or more is their whole; a figure
// is said of the whole when the words nearest it name those countries joined ("Turkey-Syria
// quake toll", "southern Turkey and northern Syria", "en Turquie et en Syrie", "تركيا وسوريا"),
// say "both countries" ("dans les deux pays", "في البلدين"), or when a breakdown by place follows
// it ("41,732 dead: 38,044 in Turkey and 3,688 in Syria"); a figure said with one country (or its
// adjective: "Syrian", "syrien", "السورية") is that country's. The nearest place decides, in the
// figure's own stretch first, then its clause, its sentence and the two sentences before.

/** What a figure is said of: one country, or the whole of several (`whole`). */
export type PlaceSaid = { whole: true } | { whole: false; country: string }

// "Both countries" in the three languages (an Arabic dual takes its prefixes: "في البلدين", "وللبلدين").
const BOTH = new RegExp(`(?<![\\p{L}])(?:${[
  'both countries', 'the two countries', 'both nations', 'the two nations', 'two neighbouring countries', 'two neighboring countries',
  'les deux pays', 'deux pays voisins', 'ces deux pays',
  ...['البلدين', 'كلا البلدين', 'الدولتين', 'كلتا الدولتين', 'البلدين الجارين'].map((w) => `(?:[وفبل]|لل)?${foldKey(w)}`),
].join('|')})(?![\\p{L}])`, 'giu')

// Between two countries of a list: "and", "et", "و", a hyphen or a comma, with a few words ("southern
// Turkey and northern Syria", "la Turquie et la Syrie voisine", "جنوب شرق تركيا وشمال سوريا").
const JOINED = /^(?:\s*-\s*|\s*\/\s*|[^\d.;:!?؟؛]{0,30}?(?:(?<![\p{L}])(?:and|et|or|ou)(?![\p{L}])|(?<![\p{L}])و|[,،])[^\d.;:!?؟؛]{0,24})$/iu
const WORD = /[\p{L}\p{M}'’]+/gu

// A country word with its attached Arabic prefixes, article, feminine ending or possessive peeled
// ("وسوريا", "السورية", "التركية", "Türkiye's").
function countryWord(w: string): string | null {
  const bare = w.replace(/['’]s$/u, '').replace(/^(?:[dlDL]|qu|Qu|jusqu)['’]/u, '')
  const tries = [bare]
  if (/\p{Script=Arabic}/u.test(bare)) {
    for (const x of [bare, bare.replace(/^[وفبلك]/u, '')]) {
      const y = x.replace(/^(?:ال|لل)/u, '')
      tries.push(x, y, y.replace(/ة$/u, ''), y.replace(/ية$/u, 'ي'))
    }
  }
  for (const t of tries) { const c = t.length >= 3 ? countryOf(t) : null; if (c) return c }
  return null
}

interface Named { country: string | null; start: number; end: number }

/** The countries and "both countries" words in text[from, to), in order (`country` null for "both"). */
export function placesNamed(text: string, from: number, to: number, skip?: Span): Named[] {
  const out: Named[] = []
  const slice = text.slice(from, to)
  for (const m of slice.matchAll(WORD)) {
    const start = from + m.index
    if (skip && start >= skip.start && start < skip.end) continue
    // (A capital or a seat of government is its country's place: "à N'Djamena", "in Bangkok".)
    const country = countryWord(m[0]) ?? seatOf(m[0].replace(/^(?:[dlDL]|qu)['’](?=\p{Lu})/u, ''))
    if (country) out.push({ country, start, end: start + m[0].length })
  }
  // (Matched folded; the compact text's offsets lead back to the original.)
  const k = compact(slice)
  for (const m of k.text.matchAll(BOTH)) out.push({ country: null, start: from + k.offsets[m.index], end: from + k.offsets[m.index + m[0].length] })
  return out.sort((a, b) => a.start - b.start)
}

// The countries joined with the one at `i` in a list ("Turkey and Syria").
function listOf(named: Named[], i: number, text: string): Set<string> {
  const out = new Set([named[i].country!])
  for (let j = i - 1; j >= 0 && named[j].country && JOINED.test(text.slice(named[j].end, named[j + 1].start)); j--) out.add(named[j].country!)
  for (let j = i + 1; j < named.length && named[j].country && JOINED.test(text.slice(named[j - 1].end, named[j].start)); j++) out.add(named[j].country!)
  return out
}

/** What the place nearest the figure in `span` says: the whole ("both", a list of countries), one country, or nothing. */
function nearestIn(c: Claim, text: string, span: Span, among: Set<string>): PlaceSaid | null {
  const named = placesNamed(text, span.start, span.end, c.span).filter((n) => !n.country || among.has(n.country))
  if (!named.length) return null
  const mid = (c.span.start + c.span.end) / 2
  let at = 0
  named.forEach((n, i) => { if (Math.abs((n.start + n.end) / 2 - mid) < Math.abs((named[at].start + named[at].end) / 2 - mid)) at = i })
  const n = named[at]
  if (!n.country || listOf(named, at, text).size >= 2) return { whole: true }
  return { whole: false, country: n.country }
}

// Between two figures, the words after the last separator are the next figure's ("150 in Uganda
// and 62 in Tanzania", "150 في أوغندا و62 في تنزانيا"); before it, the figure's own.
const SEP = /[,;:،؛]|(?<![\p{L}])(?:and|while|whereas|but|et|mais|alors que|tandis que|بينما|فيما|و)(?![\p{L}])|(?<![\p{L}])و(?=\s*\d)/giu
function ownWords(c: Claim, text: string, own: Span, clause: Span): Span {
  let start = own.start
  if (own.start > clause.start) for (const m of text.slice(own.start, c.span.start).matchAll(SEP)) start = own.start + m.index + m[0].length
  let end = own.end
  if (own.end < clause.end) { const m = [...text.slice(c.span.end, own.end).matchAll(SEP)][0]; if (m) end = c.span.end + m.index }
  return { start, end }
}

/**
 * The place a figure is said of. `own`: its stretch up to the figures of its kind beside it;
 * `clause`, `sentence` its own; `before` the two sentences before (nearest first); `after`: the figures of its kind that
 * follow it in its sentence (a breakdown by place after a figure makes it the whole).
 */
export function placeSaid(c: Claim, text: string, among: Set<string>, own: Span, clause: Span, before: Span[], after: Claim[], ownOf: (o: Claim) => Span): PlaceSaid | null {
  const mine = nearestIn(c, text, ownWords(c, text, own, clause), among)
  if (mine) return mine
  const parts = new Set(after.map((o) => nearestIn(o, text, ownWords(o, text, ownOf(o), clause), among)).flatMap((p) => (p && !p.whole ? [p.country] : [])))
  if (parts.size >= 2) return { whole: true }
  return nearestIn(c, text, clause, among) ?? nearestIn(c, text, c.sentence, among) ?? before.reduce<PlaceSaid | null>((got, b) => got ?? nearestIn(c, text, b, among), null)
}

// In a topic's label, a people word names a place only as the body of its country that counts
// ("the Syrian health ministry", "les autorités turques"); "French troops" count people, wherever they are.
const BODY = /^(?:[\s-]+[\p{L}]+){0,1}?[\s-]+(?:ministry|ministries|government|authorities|officials|ministère|gouvernement|autorités)(?![\p{L}])|^\s*(?:ministry|government|authorities)/iu
const BODY_BEFORE = /(?:ministry|ministère|gouvernement|autorités|authorities|government|وزارة|السلطات|الحكومة)(?:\s+(?:de\s+la\s+)?[\p{L}]+){0,1}\s*$/iu

/** The countries a topic's label is about (a country's name, or its adjective on a body that counts), and whether it joins them as a whole. */
export function labelPlaces(label: string): { countries: Set<string>; whole: boolean } {
  const named = placesNamed(label, 0, label.length).filter((n) => n.country && (!isPeopleWord(label.slice(n.start, n.end).replace(/['’]s$/u, '')) || BODY.test(label.slice(n.end)) || BODY_BEFORE.test(label.slice(0, n.start))))
  const countries = new Set(named.map((n) => n.country!))
  const joined = named.some((n, i) => i > 0 && n.country !== named[i - 1].country && JOINED.test(label.slice(named[i - 1].end, n.start)))
  return { countries, whole: countries.size >= 2 && (joined || /(?<![\p{L}])(?:combined|together|both|total|ensemble|cumulé|au total|مجتمعة|معا|إجمالي)(?![\p{L}])/iu.test(label)) }
}

/**
 * The place scope of each topic among its siblings of one measure, when they differ by place:
 * one country, or the whole of several; null when no sibling of its measure names other places,
 * or when its label names several without joining them (place then tells nothing).
 */
export interface PlaceScope {
  /** The topic's country, or the countries it is the whole of. */
  own: Set<string>
  /** Every country its siblings' scopes name: a figure's place is read among these ("France has 1,500 troops in Niger" is Niger's). */
  among: Set<string>
}
export function placeScopes(topics: { concept: string | null; label: string }[]): (PlaceScope | null)[] {
  const read = topics.map((t) => labelPlaces(t.label))
  const scope = read.map((r) => (r.countries.size === 1 || r.whole ? r.countries : null))
  const key = (s: Set<string>) => [...s].sort().join('|')
  return topics.map((t, i) => {
    const own = scope[i]
    if (!t.concept || !own) return null
    const siblings = topics.flatMap((o, j) => (o.concept === t.concept && scope[j] ? [scope[j]!] : []))
    return siblings.some((s) => key(s) !== key(own)) ? { own, among: new Set(siblings.flatMap((s) => [...s])) } : null
  })
}

/**
 * What a figure said of `said` weighs for a topic of place scope `scope` (null: place tells
 * nothing): a country's topic takes no figure said of another country or of the whole (null); the
 * whole's topic is only outranked by a figure said of one of its countries (a country a total names
 * is often where the event struck rather than the total's scope, and the country's own topic may
 * have refused it for who counts).
 */
export function placeWeight(scope: PlaceScope | null, said: PlaceSaid | null): number | null {
  if (!scope || !said) return 0
  if (scope.own.size >= 2) return said.whole ? 0 : -WHOLE_SPARE
  return !said.whole && scope.own.has(said.country) ? 0 : null
}
const WHOLE_SPARE = 1
