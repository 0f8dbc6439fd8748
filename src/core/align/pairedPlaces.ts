import type { Span, Topic } from '../model'
import { foldKey } from '../text/normalize'
import { countryAliases } from '../entities/countries'

// A topic whose label names two places or events joined by "and" ("Area burned by the Palisades
// and Eaton fires", "Deaths in Gaza and the West Bank", "Blessés à Tinville et à Kerbas") counts
// them together. When a topic of the same measure names one of them alone, a figure said of that
// one alone is the single topic's, and the pair takes only the figures said of both (both names
// in the figure's sentence, or a word of the whole: "both fires", "combined", "les deux",
// "مجتمعة"); a figure whose own clause names both is the pair's (or the whole's), never the
// single topic's.

/** One topic's part in a pair: the mention ids of the pair's names, and which one is its own. */
export interface Paired {
  /** The pair topic's id, whose names these are. */
  pair: string
  /** One mention id per name (the pair topic's id and the name's rank). */
  ids: string[]
  /** The rank of the single topic's own name, or -1 on the pair topic itself. */
  own: number
}

const JOINED = /^\s*(?:and|et|&|,|و)\s*(?:(?:the|à|a|au|aux|en|de|du|in|at|of)\s+)?(?:(?:la|le|les|l['’])\s*)?$/iu
// Words that say a figure is of several together.
const TOGETHER = new RegExp(`(?<![\\p{L}])(?:${['both', 'combined', 'together', 'altogether', 'in total', 'in all', 'the two', 'les deux', 'au total', 'cumulés', 'cumulées', 'ensemble', 'مجتمعة', 'مجتمعين', 'معا', 'كليهما', 'كلا', 'كلتا', 'الاثنين', 'الاثنتين', 'في المجمل', 'اجمالا',
  // (Arabic says "the two" by a dual: "في البلدين", "الحريقين".)
  'البلدين', 'البلدان', 'الدولتين', 'الدولتان', 'المدينتين', 'المنطقتين', 'الولايتين', 'الحريقين', 'الحريقان', 'الهجومين', 'الزلزالين'].map(foldKey).join('|')})(?![\\p{L}])`, 'iu')

const pairId = (topic: string, rank: number) => `${topic}\u0001${rank}`

/** The names a label joins by "and", in label order: two or more of the topic's own names. */
export function joinedNames(t: Topic): string[] {
  const label = t.label.en
  const found = [...new Set([t.entity.name, ...t.entity.aliases])]
    .filter((n) => n.length >= 3)
    .map((n) => ({ n, at: label.search(new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')) }))
    .filter((x) => x.at >= 0)
    // (The longest name at a place: "West Bank", not "Bank".)
    .filter((x, _, all) => !all.some((y) => y !== x && y.at <= x.at && y.at + y.n.length >= x.at + x.n.length && y.n.length > x.n.length))
    .sort((a, b) => a.at - b.at)
  if (found.length < 2) return []
  for (let i = 1; i < found.length; i++) if (!JOINED.test(label.slice(found[i - 1].at + found[i - 1].n.length, found[i].at))) return []
  return found.map((x) => x.n)
}

/**
 * The pairs among topics of one measure: for each pair topic that has a sibling of one of its
 * names (or of its measure with no name at all), the pair and its single siblings; and the
 * mention entries (id, aliases) that find each name.
 */
export function readPairs(topics: Topic[]): { paired: Map<string, Paired[]>; entries: { id: string; aliases: string[] }[] } {
  const paired = new Map<string, Paired[]>()
  const entries: { id: string; aliases: string[] }[] = []
  for (const t of topics) {
    if (!t.concept) continue
    const names = joinedNames(t)
    if (!names.length) continue
    const keys = names.map(foldKey)
    const siblings = topics.filter((o) => o !== t && o.concept === t.concept && !joinedNames(o).length)
    const singles = siblings.map((o) => ({ o, rank: keys.indexOf(foldKey(o.entity.name)) })).filter((x) => x.rank >= 0)
    if (!singles.length && !siblings.some((o) => !o.entity.name)) continue
    const ids = names.map((_, i) => pairId(t.id, i))
    // (A country is found by its names in every language: "Turkey", "Turquie", "تركيا".)
    names.forEach((n, i) => entries.push({ id: ids[i], aliases: [n, ...countryAliases(n)] }))
    const add = (id: string, p: Paired) => paired.set(id, [...(paired.get(id) ?? []), p])
    add(t.id, { pair: t.id, ids, own: -1 })
    for (const { o, rank } of singles) add(o.id, { pair: t.id, ids, own: rank })
  }
  return { paired, entries }
}

/**
 * Whether a figure is kept out of a topic by its pairs: a pair topic takes a figure whose sentence
 * names two of its names or says they are together; a single topic leaves a figure whose clause
 * names another of its pair's names beside its own.
 */
export function pairRejects(paired: Paired[] | undefined, mentions: Map<string, Span[]>, text: string, sentence: Span, clause: Span): boolean {
  if (!paired) return false
  const inside = (s: Span, w: Span) => s.start >= w.start && s.end <= w.end
  for (const p of paired) {
    const named = (w: Span) => p.ids.filter((id) => (mentions.get(id) ?? []).some((s) => inside(s, w))).length
    if (p.own < 0) {
      if (named(sentence) < 2 && !TOGETHER.test(foldKey(text.slice(sentence.start, sentence.end)))) return true
    } else if (joinedIn(p, mentions, text, clause)) return true
  }
  return false
}

// Two of a pair's names joined by "and" in a clause ("the Palisades and Eaton fires", "حريقا
// باليساديس وإيتون"): the clause speaks of both together.
function joinedIn(p: Paired, mentions: Map<string, Span[]>, text: string, clause: Span): boolean {
  const spans = p.ids.map((id) => (mentions.get(id) ?? []).filter((s) => s.start >= clause.start && s.end <= clause.end))
  return spans.some((a, i) => spans.some((b, j) => i !== j && a.some((x) => b.some((y) => y.start >= x.end && joinedBy(text.slice(x.end, y.start))))))
}
// (A common noun may repeat by each name: "the Palisades fire and the Eaton fire", "حريق باليساديس وحريق إيتون".)
const NOUN_JOINED = /^\s*(?:\p{Ll}+\s+)?(?:and|et|&)\s+(?:(?:the|la|le|les|du|de|l['’])\s*)?(?:\p{Ll}+\s+(?:(?:of|de|d['’])\s*)?)?$/u
const AR_JOINED = /^\s*(?:\p{Script=Arabic}+\s+)?و\p{Script=Arabic}*\s*$/u
const joinedBy = (between: string) => JOINED.test(between) || NOUN_JOINED.test(between) || AR_JOINED.test(between)
