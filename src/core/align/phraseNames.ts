import type { Claim, Lang, Span } from '../model'
import { conceptsIn } from './measureOf'
import { nounAfter, ownPhrase, type Phrase } from './phrase'

/** The measures and events a figure's sentence names (`telling`: not the generic words), and those its own phrase names. */
export interface SentenceNames {
  telling: Set<string>
  all: Set<string>
  /** Null when the figure is the only one of its kind in its sentence: the sentence is its phrase. */
  phrase: () => PhraseNames | null
}

/** What a figure's own phrase names, its noun (the words right after it), and the words its sentence shares among its figures. */
export interface PhraseNames { own: Set<string>; noun: Set<string>; shared: Set<string> }

/**
 * What a figure's own phrase names (phrase.ts), read when another figure of its kind shares its
 * sentence. `sentence`: the figures of its sentence, in order. Some words are the sentence's
 * figures' together: those before the first ("In the fire, 100 died and 150 were injured"), those
 * after the noun of the last when it is joined by "and", to a figure that says nothing after its
 * own noun ("100 morts et plus de 150 blessés dans l'incendie"), and, for a whole broken down into two or more parts, those of its parts ("81
 * victimes, dont 40 décédées et 41 disparues": the whole is dead and missing; "11 suspects, dont
 * les quatre assaillants" is no attacker).
 */
export function phraseNames(c: Claim, text: string, lang: Lang, sentence: Claim[]): () => PhraseNames | null {
  let out: PhraseNames | null | undefined
  return () => {
    if (out !== undefined) return out
    const same = sentence.filter((o) => o.quantity.kind === c.quantity.kind).map((o) => o.span)
    if (same.length < 2) return (out = null)
    const telling = (s: Span) => new Set(conceptsIn(text, s, lang, true).filter((x) => !x.generic).map((x) => x.concept.id))
    const phrases: Phrase[] = same.map((f) => ownPhrase(text, f, c.sentence, same.filter((o) => o !== f)))
    const i = same.indexOf(c.span)
    const own = phrases[i]
    const shared: Span[] = [{ start: c.sentence.start, end: phrases[0].start }]
    const last = phrases.length - 1
    // (Only to a figure with no words of its own after its noun: "Rs 2 lakh for bereaved families and Rs 50,000 for the injured" share nothing.)
    const bare = /^[^\p{L}\p{N}]*$/u.test(text.slice(nounAfter(text, c.span, own).end, own.end))
    if (i !== last && bare && phrases[last].joined === 'and') shared.push({ start: nounAfter(text, same[last], phrases[last]).end, end: phrases[last].end })
    if (phrases[i + 1]?.joined === 'part') {
      let k = i + 2
      while (phrases[k] && (phrases[k].joined === 'and' || phrases[k].start === same[k - 1].end)) k++
      if (k - i - 1 >= 2) shared.push(...phrases.slice(i + 1, k))
    }
    return (out = { own: telling(own), noun: telling(nounAfter(text, c.span, own)), shared: new Set(shared.flatMap((s) => [...telling(s)])) })
  }
}

/**
 * Which of the events or measures a topic is about (`context`, by concept id) the figure's words
 * name, and how much that weighs (`full`: said by the sentence of a figure alone there). Among
 * figures of its kind, its own phrase names it ("11 detained, including 4 gunmen": the gunmen are
 * the 4's), its noun most; the words its figures share count half; another figure's words nothing.
 */
export function aboutOf(context: Set<string>, names: SentenceNames, full: number): { about?: string; bonus: number; where: string } {
  const phrase = names.phrase()
  if (!phrase) { const about = [...context].find((id) => names.telling.has(id)); return { about, bonus: about ? full : 0, where: 'sentence' } }
  const own = [...context].filter((id) => phrase.own.has(id))
  const about = own.find((id) => phrase.noun.has(id)) ?? own[0]
  if (about) return { about, bonus: full * (phrase.noun.has(about) ? 1.2 : 1), where: 'phrase' }
  const rest = [...context].find((id) => phrase.shared.has(id))
  return { about: rest, bonus: rest ? full / 2 : 0, where: 'sentence' }
}
