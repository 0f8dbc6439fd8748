import type { Source } from '../model'
import { wordKeys } from '../entities/fold'

// Reports of one story, told apart from another story's before candidates are proposed: a
// newsroom imports coverage of several stories at once (a pilgrimage's heat deaths, an attack with
// exploding pagers, forest fires), and a death toll of one is never compared with another's.
// Reports a month or more apart in publication are two stories, unless the names most reports of
// each use are the same (a siege's early report and the fall of the town a year later): names are
// keyed by their consonant skeleton (fold.ts), so "El Fasher" meets "الفاشر".

// Publication days further apart than this start another story.
const GAP_DAYS = 30
// Names two stories must share among those most of their reports use, to be one.
const SHARED = 2

// Latin words a capital opens that name nothing of a story: days, months, agencies, and words that
// open a sentence.
const COMMON = new Set([
  'the', 'this', 'that', 'these', 'those', 'there', 'they', 'their', 'then', 'when', 'where', 'while', 'after', 'before', 'since', 'with', 'from', 'into', 'about', 'according', 'some', 'more', 'most', 'many', 'other', 'also', 'however', 'what', 'which',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'dans', 'pour', 'selon', 'mais', 'avec', 'alors', 'elle', 'elles', 'leur', 'cette', 'plus', 'depuis', 'lors', 'après', 'avant', 'parmi',
  'reuters', 'afp', 'associated', 'press', 'agence', 'france', 'presse', 'anadolu', 'ministry', 'ministère', 'minister', 'ministre', 'president', 'président', 'government', 'gouvernement',
])
const WORD = /[\p{L}\p{M}'’]+/gu

/** The keys of the names a report uses: Latin words a capital opens, of four letters or more; every Arabic word of four letters or more (Arabic has no capitals). */
function nameKeys(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(WORD)) {
    const w = m[0].replace(/^(?:[dlDL])['’]/, '')
    const arabic = /\p{Script=Arabic}/u.test(w)
    if (arabic ? w.length < 4 : !/^\p{Lu}/u.test(w) || w.length < 4 || COMMON.has(w.toLowerCase())) continue
    // An Arabic word under each reading of its attached prefix ("بالنيجر" is "النيجر").
    for (const k of arabic ? wordKeys(w) : wordKeys(w).slice(0, 1)) if (k.length >= 3) out.add(k)
  }
  return out
}

/** Each source's story, as the id of one source of it; reports with no known day join the story whose names they share most. */
export function storiesOf(sources: Source[]): Map<string, string> {
  const keys = new Map(sources.map((s) => [s.id, nameKeys(`${s.title ?? ''}\n${s.text}`)]))
  const day = (s: Source) => (s.published ? Date.parse(s.published) / 86_400_000 : NaN)
  const dated = sources.filter((s) => Number.isFinite(day(s))).sort((a, b) => day(a) - day(b))
  let stories: Source[][] = []
  for (const s of dated) {
    const last = stories[stories.length - 1]
    if (last && day(s) - day(last[last.length - 1]) <= GAP_DAYS) last.push(s)
    else stories.push([s])
  }
  // The names most of a story's reports in Latin script use (an Arabic report's names are not read).
  const own = (ss: Source[]) => {
    const latin = ss.filter((s) => s.lang !== 'ar')
    // A story told only in Arabic offers every word, which the names of the other are matched against.
    if (!latin.length) return new Set(ss.flatMap((s) => [...keys.get(s.id)!]))
    const n = new Map<string, number>()
    for (const s of latin) for (const k of keys.get(s.id)!) n.set(k, (n.get(k) ?? 0) + 1)
    return new Set([...n].filter(([, c]) => c * 2 >= latin.length).map(([k]) => k))
  }
  const shared = (a: Set<string>, b: Set<string>) => [...a].filter((k) => b.has(k)).length
  for (let joined = true; joined;) {
    joined = false
    for (let i = 0; i < stories.length && !joined; i++) {
      for (let j = i + 1; j < stories.length && !joined; j++) {
        if (shared(own(stories[i]), own(stories[j])) < SHARED) continue
        stories[i] = [...stories[i], ...stories[j]]
        stories = stories.filter((_, k) => k !== j)
        joined = true
      }
    }
  }
  const out = new Map<string, string>()
  for (const ss of stories) for (const s of ss) out.set(s.id, ss[0].id)
  const undated = sources.filter((s) => !Number.isFinite(day(s)))
  const names = stories.map(own)
  for (const s of undated) {
    // With one story dated there is nothing to choose (a paragraph pasted with no date joins it).
    if (stories.length === 1) { out.set(s.id, stories[0][0].id); continue }
    const ks = keys.get(s.id)!
    const best = names.map((n, i) => ({ i, n: shared(ks, n) })).sort((a, b) => b.n - a.n)[0]
    // Every Arabic word is read as a name, so an Arabic report must share more of them. Nothing
    // shared: the undated reports are a story of their own.
    out.set(s.id, best && best.n >= (s.lang === 'ar' ? 2 * SHARED : SHARED) ? stories[best.i][0].id : undated[0].id)
  }
  return out
}
