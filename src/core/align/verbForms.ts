import type { Lang } from '../model'

// The lexicon writes what happened to people as a past participle ("detained", "wounded",
// "tués", "blessés"); a headline and a lead say it in the present ("Police detain 14 as toll
// rises", "Blast kills 9, wounds 40", "La police arrête 11 suspects", "Les explosions tuent 12
// personnes") or as an -ing clause ("detaining 11 more"). Each participle of a measure of people
// is also read in those forms.
// (People only: "stores", "impact", "march" are nouns of their own, and a thing's measure is named
// by its noun, not by a verb.) A form that is no word ("detaine", "displacs") is never met; a form
// that is a word of another sense is, and is left out below.

// Participles whose bare form is a common noun of something else ("charge", "rescue", "pack"): no form is derived from them.
const BARE_FORM_IS_NOUN = new Set(['charged', 'rescued', 'impacted', 'marched', 'packed', 'rallied', 'hosted', 'crammed', 'squeezed', 'carried', 'stored', 'kept', 'left', 'sinistrés', 'sinistrées'])
// Forms that are words of another sense: a minister who "se déplace" (travels), "on retrouve 25
// témoins" (finds). (Not "arrête": "la police arrête 9 personnes" is the lead's arrest, though "le
// convoi s'arrête" stops; nor "wound", a word of the lexicon itself: "kill nine, wound 300".)
const OTHER_SENSE = new Set(['déplace', 'retrouve', 'retrouvent'])

/** The other forms of a lexicon word of a measure of people: English base, -s and -ing forms; French present forms. */
export function verbForms(word: string, lang: Lang): string[] {
  if (/\s/.test(word) || BARE_FORM_IS_NOUN.has(word)) return []
  return forms(word, lang).filter((f) => !OTHER_SENSE.has(f))
}

function forms(word: string, lang: Lang): string[] {
  if (lang === 'en') {
    // "buried": bury, buries, burying.
    const ied = /^(.{3,})ied$/.exec(word)
    if (ied) return [`${ied[1]}y`, `${ied[1]}ies`, `${ied[1]}ying`]
    const ed = /^(.{3,})ed$/.exec(word)
    if (!ed) return []
    // "detained": detain(s), detaining; "displaced": displace(s), displacing; "abducted": abduct(s).
    return [ed[1], `${ed[1]}s`, `${ed[1]}e`, `${ed[1]}es`, `${ed[1]}ing`]
  }
  if (lang === 'fr') {
    // "tués": tue, tuent; "arrêtés": arrête, arrêtent; "interpellés": interpelle, interpellent.
    const pp = /^(.{2,})(?:é|ée|és|ées)$/.exec(word)
    return pp ? [`${pp[1]}e`, `${pp[1]}ent`] : []
  }
  return []
}
