import type { Lang, Source } from '../model'
import { wordKeys } from '../entities/fold'
import { fold } from '../text/normalize'
import { conceptsIn } from '../align/measureOf'
import { countryAliases, isCountryWord } from '../entities/countries'

// Which reports of a workspace tell the same story, read from their texts and days, across Arabic,
// English and French. A newsroom imports coverage of several stories into one workspace; a topic
// accepted from one story's figures must not take another story's.
//
// What tells stories apart is not how many names two reports share (every report names a country,
// a ministry, a month) but which rare ones: the places, people and events of that story, and the
// figures it repeats. So each report is a vector of
//  - names, folded to one consonant skeleton in both scripts (src/core/entities/fold.ts: "Mecca"
//    and "مكة" → "mk", "Hezbollah" and "حزب الله" meet on "hzb"…): the capitalised words of a
//    Latin text and every word of an Arabic one (Arabic has no capitals);
//  - numbers of 32 and more that are not years (a toll, a count of hectares: days and years
//    repeat across stories by chance),
//  - the events its opening names, in any language (a flood, an explosion, a coup: the event
//    concepts of align/measures.ts), weighed by their rarity alone: many stories are floods, so an
//    event says little, but two reports of a workspace that name the same one in different
//    languages share it,
// each weighted by its rarity among the reports of the same language (so "من", "the", "Le" and the
// words every report of a language uses weigh nothing) and never more than its rarity among all
// reports, but a name or a figure never under NAME_WEIGHT. Reports are compared by
// cosine similarity, less alike when published more than GAP_DAYS apart (storiesOf's reading, which
// this grouping replaced for candidate topics; less alike again when published more than FAR_DAYS
// apart), and grouped by average linkage: two groups join
// while their reports are on average at least STORY_JOIN alike. Average linkage, not a chain of
// nearest neighbours, so one pair of reports that share a city does not fuse two stories.
// Measured on tests/fixtures/news/dev (README, "Stories in one workspace").

/** Two groups of reports are one story when their reports are on average at least this alike. */
export const STORY_JOIN = 0.08
/**
 * The least weight of a name or a figure (any key but a word only Arabic reports write): as much as
 * one two reports in three use (ln 3/2). Without it a workspace of one story, where every report
 * names its town, splits along its languages (measured: 7 of the 12 development stories loaded
 * alone split; none with a floor anywhere from 0.3 to 0.5), and two short reports that give the
 * same names and figures share nothing.
 */
const NAME_WEIGHT = Math.log(3 / 2)
const ARABIC_ONLY = 1
/**
 * The share of its weight a key only Arabic reports write keeps. Most are not names but the words of
 * a kind of story ("حصيلة", "حرائق", "قتلى"): every fire or flood in Arabic shares them, so at full
 * weight the Arabic reports of two fires grouped together, apart from their own English and French
 * reports (measured with the Itaewon and Maui stories, tests/fixtures/news/notes/dev7.md). A name
 * any Latin report also writes keeps its whole weight. Chosen on 18 development stories (anywhere
 * from 0.65 to 0.8 grouped them exactly); the two written after it, 20 in all, group exactly too
 * (README, "Stories in one workspace").
 */
const ARABIC_WORD_SHARE = 0.7
/** Reports published further apart than this many days are less likely one story… */
const GAP_DAYS = 30
/** …and their similarity counts for this share of itself. */
const APART = 0.8
/**
 * Reports published further apart than this many days (half a year) are seldom one story, even in
 * one country (two explosions in one capital four years apart)…
 */
const FAR_DAYS = 180
/**
 * …and their similarity counts for this share of itself instead. Measured with eval:stories on the
 * development stories with six stories not yet read added (35 in all): workspaces of three stories
 * grouped exactly 94.5 % of the time before, 97.7 % with this and the events (0.4 and 0.8 did
 * worse, 0.5–0.7 about as well); the development stories alone 93.6 → 97.0 %.
 */
const FAR = 0.6
/**
 * Reports further apart than a year and a half count for that share twice over: a year on is an
 * anniversary of the story, two years on another event of its kind (two elections in neighbouring
 * countries share their whole vocabulary). Measured with eval:stories on the 34 development
 * stories: a year (365) split anniversaries from their story (workspaces of three exact 97.8 →
 * 90.3 %); 540 and 730 both kept the two elections apart and lifted them to 98.4 %.
 */
const VERY_FAR_DAYS = 540
/** How much of a report is read for its events: its title and lede name what happened. */
const LEDE = 600
/** A feature that is an event, not a name or a figure. */
const EVENT = '!'

/** Numbers below this are days of a month, small counts, list numbers: they repeat by chance. */
const MIN_NUMBER = 32

/** A report's features: its distinctive words and numbers with their counts. */
type Features = Map<string, number>

const LATIN_WORD = /[\p{L}\p{M}]+/gu
const NUMBER = /\d+(?:[.,]\d{3})*/g
// A capital after a full stop, a colon or a quote opens a sentence: it says nothing of a name.
const OPENS_SENTENCE = /(?:^|[.!?:"«\n])\s*$/

const cache = new Map<string, Features>()

/** A feature that is a country, by its first name in the countries table. */
const COUNTRY = '@'
// (An Arabic word may carry و ف ب ل ك before the article: "والنيجر".)
const countryOf = (word: string): string | null => {
  for (const w of [word, word.replace(/^[وفبلك](?=ال)/, '')]) if (isCountryWord(w)) return countryAliases(w)[0] ?? null
  return null
}

/** The features of a text (kept for the texts seen last: a workspace is grouped again on every import). */
export function storyFeatures(text: string, lang?: Lang): Features {
  const key = `${lang ?? ''}\u0000${text}`
  const hit = cache.get(key)
  if (hit) return hit
  const out: Features = new Map()
  const add = (k: string) => out.set(k, (out.get(k) ?? 0) + 1)
  for (const n of fold(text).match(NUMBER) ?? []) {
    const v = Number(n.replace(/[.,]/g, ''))
    if (v >= MIN_NUMBER && !(v >= 1900 && v <= 2100)) add(`#${v}`)
  }
  for (const m of text.matchAll(LATIN_WORD)) {
    const w = m[0]
    const arabic = /\p{Script=Arabic}/u.test(w)
    if (!arabic && !(/^\p{Lu}/u.test(w) && !OPENS_SENTENCE.test(text.slice(Math.max(0, m.index - 3), m.index)))) continue
    // Every reading of a word, as fold.ts reads names: an Arabic one with and without an attached
    // prefix (و ف ب ل ك) and with its ه as "h"; a Latin one with its "w" as a vowel too ("Itaewon"
    // meets "إيتايون" only so).
    // A country or its people is read as that country: skeletons confuse neighbours ("Niger" and
    // "Nigeria" are both n-g-r), and "Nigerian" is Nigeria's.
    const country = countryOf(w)
    if (country) { add(`${COUNTRY}${country}`); continue }
    for (const k of new Set(wordKeys(w))) if (k.length >= 2) add(k)
  }
  const lede = text.slice(0, LEDE)
  const written: Lang = lang ?? (/\p{Script=Arabic}/u.test(lede) ? 'ar' : 'en')
  for (const m of conceptsIn(lede, { start: 0, end: lede.length }, written)) {
    // (An instant, an announcement, is no event of a story; a generic word, "incident", names none.)
    if (m.concept.event && !m.generic && !m.concept.instant) add(`${EVENT}${m.concept.id}`)
  }
  if (cache.size >= 2000) cache.clear()
  cache.set(key, out)
  return out
}

type StorySource = Pick<Source, 'id' | 'lang' | 'text'> & { published?: string | null }

/** Each report's weighted, unit-length vector, by index. */
function vectors(sources: StorySource[]): Map<string, number>[] {
  const feats = sources.map((s) => storyFeatures(s.text, s.lang))
  const df = new Map<string, number>()
  const dfIn = new Map<string, number>()
  const perLang = new Map<Lang, number>()
  sources.forEach((s, i) => {
    perLang.set(s.lang, (perLang.get(s.lang) ?? 0) + 1)
    for (const k of feats[i].keys()) {
      df.set(k, (df.get(k) ?? 0) + 1)
      dfIn.set(`${s.lang}\u0000${k}`, (dfIn.get(`${s.lang}\u0000${k}`) ?? 0) + 1)
    }
  })
  const n = sources.length
  // Which scripts write each key: one only Arabic reports write may be any word (Arabic has no
  // capitals); any other is a name or a figure, the story's own even when every report of the
  // workspace gives it, which rarity alone would weigh at nothing.
  const scripts = new Map<string, number>()
  sources.forEach((s, i) => { for (const k of feats[i].keys()) scripts.set(k, (scripts.get(k) ?? 0) | (s.lang === 'ar' ? ARABIC_ONLY : 2)) })
  return sources.map((s, i) => {
    const v = new Map<string, number>()
    let norm = 0
    for (const [k, tf] of feats[i]) {
      const d = df.get(k)!
      // A feature of one report links it to none.
      if (d < 2) continue
      const overall = Math.log(n / d)
      const raw = k.startsWith('#') ? overall : Math.min(overall, Math.log(perLang.get(s.lang)! / dfIn.get(`${s.lang}\u0000${k}`)!))
      const arabicWord = !k.startsWith('#') && !k.startsWith(EVENT) && scripts.get(k) === ARABIC_ONLY
      // (An event has no floor: unlike a name, one every report of the workspace names tells nothing.)
      const idf = arabicWord ? raw * ARABIC_WORD_SHARE : k.startsWith(EVENT) ? raw : Math.max(raw, NAME_WEIGHT)
      if (idf <= 0) continue
      const w = (1 + Math.log(tf)) * idf
      v.set(k, w)
      norm += w * w
    }
    norm = Math.sqrt(norm) || 1
    for (const [k, w] of v) v.set(k, w / norm)
    return v
  })
}

/** The similarity of every pair of reports that share a feature (i < j), from an inverted index. */
export function storySimilarities(sources: StorySource[]): Map<number, Map<number, number>> {
  return similarities(vectors(sources))
}

function similarities(vecs: Map<string, number>[]): Map<number, Map<number, number>> {
  const postings = new Map<string, [number, number][]>()
  vecs.forEach((v, i) => { for (const [k, w] of v) { const p = postings.get(k); if (p) p.push([i, w]); else postings.set(k, [[i, w]]) } })
  const sim = new Map<number, Map<number, number>>()
  for (const p of postings.values()) {
    for (let a = 0; a < p.length; a++) {
      const row = sim.get(p[a][0]) ?? new Map<number, number>()
      sim.set(p[a][0], row)
      for (let b = a + 1; b < p.length; b++) row.set(p[b][0], (row.get(p[b][0]) ?? 0) + p[a][1] * p[b][1])
    }
  }
  return sim
}

/**
 * The stories of a workspace: its sources' ids in groups, each group one story, in the order of
 * their first source. Pure and deterministic: the same sources give the same groups.
 */
export function groupStories(sources: StorySource[], join = STORY_JOIN): string[][] {
  if (sources.length > LARGE_WORKSPACE) return groupLarge(sources)
  const vecs = vectors(sources)
  const sim = similarities(vecs)
  // An event alone ("the floods") links no report to a story: a short paragraph that shares no name
  // or figure with any other is read as the lone report it is (below), whatever event it names.
  const named = new Set(vecs.flatMap((v, i) => ([...v.keys()].some((k) => !k.startsWith(EVENT)) ? [i] : [])))
  for (const [i, row] of sim) {
    if (!named.has(i)) { sim.delete(i); continue }
    for (const j of row.keys()) if (!named.has(j)) row.delete(j)
  }
  // Average linkage over the pairs that share something: `sums` holds, for each pair of live
  // groups, the sum of their reports' similarities (a pair absent shares nothing).
  const members = sources.map((_, i) => [i])
  const sums = new Map<number, Map<number, number>>()
  const put = (a: number, b: number, s: number) => {
    const [x, y] = a < b ? [a, b] : [b, a]
    const row = sums.get(x) ?? new Map<number, number>()
    sums.set(x, row)
    row.set(y, s)
  }
  // Reports published more than a month apart are less alike than their words say (an anniversary,
  // another disaster in the same country); a story followed for months still joins on its names.
  const days = sources.map((s) => (s.published ? Date.parse(s.published) / 86_400_000 : NaN))
  const apart = (gap: number) => (gap > VERY_FAR_DAYS ? FAR * FAR : gap > FAR_DAYS ? FAR : gap > GAP_DAYS ? APART : 1)
  for (const [i, row] of sim) for (const [j, s] of row) put(i, j, s * apart(Math.abs(days[i] - days[j])))
  const alive = new Set(members.keys())
  for (;;) {
    let best = join
    let pair: [number, number] | null = null
    for (const [a, row] of sums) {
      for (const [b, s] of row) {
        const avg = s / (members[a].length * members[b].length)
        // (Ties go to the pair found first, which is the same on every run: maps keep insertion order.)
        if (avg >= best && (!pair || avg > best)) { best = avg; pair = [a, b] }
      }
    }
    if (!pair) break
    const [a, b] = pair
    // b joins a: every other group's sum with a gains its sum with b.
    const sumWith = (g: number, x: number) => (g < x ? sums.get(g)?.get(x) : sums.get(x)?.get(g)) ?? 0
    for (const g of alive) {
      if (g === a || g === b) continue
      const s = sumWith(g, a) + sumWith(g, b)
      if (s > 0) put(g, a, s)
    }
    for (const g of alive) { if (g < b) sums.get(g)?.delete(b) }
    sums.delete(b)
    sums.get(Math.min(a, b))?.delete(Math.max(a, b))
    members[a] = [...members[a], ...members[b]]
    alive.delete(b)
  }
  // A report that shares no name or figure with any other (a short paragraph pasted on its own) is
  // no evidence of a story of its own: it joins the story published nearest to it, within GAP_DAYS,
  // or with no day to go by, the only story there is; otherwise it starts one, which the next such
  // reports may join. They are read in order of publication, the undated last.
  const linked = new Set([...sim].flatMap(([i, row]) => (row.size ? [i, ...row.keys()] : [])))
  const lone = sources.map((_, i) => i).filter((i) => !linked.has(i) && members[i].length === 1 && alive.has(i))
    .sort((a, b) => (Number.isFinite(days[a]) ? days[a] : Infinity) - (Number.isFinite(days[b]) ? days[b] : Infinity) || a - b)
  const waiting = new Set(lone)
  for (const i of lone) {
    waiting.delete(i)
    const others = [...alive].filter((g) => g !== i && !waiting.has(g))
    const gap = (g: number) => Math.min(...members[g].map((j) => Math.abs(days[j] - days[i])).filter(Number.isFinite))
    const near = Number.isFinite(days[i]) ? others.filter((g) => gap(g) <= GAP_DAYS).sort((a, b) => gap(a) - gap(b) || members[b].length - members[a].length || a - b)[0] : undefined
    const only = others.length === 1 && !Number.isFinite(days[i] + gap(others[0])) ? others[0] : undefined
    const g = near ?? only
    if (g === undefined) continue
    members[g] = [...members[g], i]
    alive.delete(i)
  }
  return [...alive].sort((x, y) => Math.min(...members[x]) - Math.min(...members[y]))
    .map((g) => [...members[g]].sort((x, y) => x - y).map((i) => sources[i].id))
}

/**
 * Above this many reports (an archive rather than a day's coverage) average linkage, whose pairs
 * grow with the square of the reports, would not finish in memory (bench:scale: 10,000 reports ran
 * out of a 4 GB heap). There each report joins the reports that share one of its few most
 * distinctive names or figures (union-find, linear): coarser, since one shared name can chain two
 * stories, but it keeps candidates story by story at that scale.
 */
const LARGE_WORKSPACE = 2000
const TOP_FEATURES = 3

function groupLarge(sources: StorySource[]): string[][] {
  const vecs = vectors(sources)
  const parent = sources.map((_, i) => i)
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i] } return i }
  const firstWith = new Map<string, number>()
  vecs.forEach((v, i) => {
    // (An event is no link of its own here either: every flood of an archive would be one story.)
    const top = [...v].filter(([k]) => !k.startsWith(EVENT)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_FEATURES)
    for (const [k] of top) {
      const j = firstWith.get(k)
      if (j === undefined) firstWith.set(k, i)
      else parent[find(i)] = find(j)
    }
  })
  const groups = new Map<number, string[]>()
  sources.forEach((s, i) => { const r = find(i); const g = groups.get(r); if (g) g.push(s.id); else groups.set(r, [s.id]) })
  return [...groups.values()]
}

/** The names a text uses, by key: as first written (an Arabic word without its attached prefix too), and how often. */
export function namesIn(text: string): Map<string, { form: string; n: number }> {
  const out = new Map<string, { form: string; n: number }>()
  const add = (k: string | undefined, form: string) => {
    if (!k || k.length < 3) return
    const e = out.get(k)
    if (e) e.n++
    else out.set(k, { form, n: 1 })
  }
  for (const m of text.matchAll(LATIN_WORD)) {
    const w = m[0]
    if (w.length < 4) continue
    if (/\p{Script=Arabic}/u.test(w)) {
      const forms = [w, ...(/^[وفبلك]/.test(w) ? [w.slice(1)] : []), ...(/^[وف][بلك]/.test(w) ? [w.slice(2)] : [])]
      for (const k of new Set(forms.map((f) => wordKeys(f)[0]))) add(k, forms.find((f) => wordKeys(f)[0] === k)!)
    } else if (/^\p{Lu}/u.test(w) && !OPENS_SENTENCE.test(text.slice(Math.max(0, m.index - 3), m.index))) {
      add(wordKeys(w)[0], w)
    }
  }
  return out
}

/** How groups found agree with known stories, over pairs of sources: precision and recall of "same story". */
export function pairAgreement(groups: string[][], storyOf: (id: string) => string): { precision: number; recall: number } {
  const ids = groups.flat()
  const groupOf = new Map(groups.flatMap((g, i) => g.map((id) => [id, i] as const)))
  let both = 0
  let joined = 0
  let same = 0
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      const j = groupOf.get(ids[a]) === groupOf.get(ids[b])
      const s = storyOf(ids[a]) === storyOf(ids[b])
      if (j) joined++
      if (s) same++
      if (j && s) both++
    }
  }
  return { precision: joined ? both / joined : 1, recall: same ? both / same : 1 }
}
