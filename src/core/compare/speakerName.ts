import { CUES } from '../entities/cues'
import { countryAliases } from '../entities/countries'
import { compact, foldKey } from '../text/normalize'
import { AUTHORITY_KINDS, authorityOf } from './authorities'
import { KNOWN_ORIGINS, originOf } from './origins'

// How an explanation names the speaker a figure is credited to. The attribution keeps the words
// around the speaker as the report wrote them, and two things do not belong in an explanation:
// a word of sequence or contrast the report put after the speaker ("the ministry, however",
// "اللجنة أيضاً", "le préfet, pour sa part"), and, in Arabic, a speaker written in another script
// ("KTVZ, quoting Sharif's government"): an Arabic sentence names a known body or authority by its
// Arabic name, and otherwise says only that the figure is a speaker's.

// The words that go on a sentence without naming anyone, in the three languages, as the
// attribution reads them (entities/cues.ts), and the turns it does not list there because they
// come after the speaker, not between it and its verb ("for its part", "أيضاً").
const TURNS = ['for his part', 'for her part', 'for its part', 'for their part', 'in turn', 'in his turn', 'in her turn', 'in its turn', 'أيضاً', 'كذلك']
const PARTICLES = [...new Set([...Object.values(CUES).flatMap((c) => c.particles), ...TURNS].map((w) => foldKey(w)))]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
// One such word or turn at the end of the phrase, after a space or a comma (an Arabic one may take
// its conjunction: "وأيضاً").
const TRAILING = new RegExp(`[\\s,،]+(?:[وف])?(?:${PARTICLES.join('|')})[\\s,،.]*$`, 'iu')

/** A speaker phrase without the words of sequence or contrast the report wrote after it ("the ministry, however" → "the ministry"). */
export function speakerPhrase(who: string): string {
  let out = who.trim()
  // (Matched on the folded phrase without its marks, whose offsets lead back to the phrase as written.)
  for (;;) {
    const c = compact(out)
    const m = TRAILING.exec(c.text)
    if (!m || m.index <= 0) return out
    out = out.slice(0, c.offsets[m.index])
  }
}

const LATIN = /\p{Script=Latin}/u
const arabicOf = (names: string[]) => names.find((n) => /\p{Script=Arabic}/u.test(n) && !LATIN.test(n)) ?? null
const ARABIC_BODY = new Map(KNOWN_ORIGINS.map((names) => [names[0], arabicOf(names)]))
const ARABIC_KIND = new Map(AUTHORITY_KINDS.map((k) => [k.kind, k.ar]))

/**
 * A speaker as an Arabic sentence names it: as the report wrote it when it is written in Arabic;
 * a known body ("World Bank" البنك الدولي) or an authority ("Sharif's government" الحكومة, with its
 * country when the speaker names one) by its Arabic name; else null, for a name no Arabic
 * sentence should copy in Latin letters.
 */
export function speakerAr(who: string): string | null {
  const phrase = speakerPhrase(who)
  if (!phrase) return null
  if (!LATIN.test(phrase)) return phrase
  const origin = originOf(phrase)
  if (origin.key.startsWith('body:')) {
    const body = ARABIC_BODY.get(origin.name)
    if (body) return body
  }
  const a = authorityOf(phrase)
  const kind = a && ARABIC_KIND.get(a.kind)
  if (!a || !kind) return null
  const country = a.country ? arabicOf(countryAliases(a.country)) : null
  return country ? `${kind} (${country})` : kind
}
