import type { Claim } from '../model'

// A person's age is often written with no word of age at all: a number of years set off after a
// name ("Tebboune, 78, had been…", "Youcef Aouchiche, 41 ans, ancien journaliste", "عبد الله (٦٠
// عاماً)"), after a name and what the person is ("Abdelaali Hassani, ingénieur de 57 ans"), or
// after "who was" ("Soleimani, who was 62 when he was killed", "qui avait 62 ans"). A length of
// time said so is no time since an event or a term: the extractor reads it as years, and these
// constructions say whose years they are.

type Aged = Pick<Claim, 'text' | 'span' | 'sentence' | 'quantity'>

// The figure written as an age ("78-year-old", "41 years old").
const OWN = /(?:-|\s)(?:year|yr)s?-old$|\syears?\s+old$/iu
// A name right before, set off by a comma or a bracket ("Tebboune, ", "Hassani (").
const AFTER_NAME = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]+\s*[,(]\s*$/u
// A name, then up to three words of what the person is, then "de" or "aged" ("Hassani, ingénieur de ", "X, a farmer aged ").
const AFTER_NAME_ROLE = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]+\s*,\s*(?:[\p{L}'’-]+\s+){1,3}(?:de|d['’]|aged|âgée?s? de)\s*$/u
// "who was", "qui avait", "à" set off by commas after what befell the person ("Tué en 2020, à 62 ans, par").
const WHO_WAS = /(?:^|[^\p{L}])(?:who was|who is|qui avait|qui a|qui était)\s*$/iu
const SET_OFF_AT = /,\s*à\s*$/u
// A birthday says an age: "qui fête ses 44 ans", "célébrait ses 60 ans".
const BIRTHDAY = /(?:^|[^\p{L}])(?:fête|fêtait|fêtera|a fêté|célèbre|célébrait|célébrera|a célébré)\s+ses\s*$/iu
// In Arabic, a name is not capitalised: years in brackets or between commas right after a word.
const AR_BRACKET = /[\p{L}]\s*[(،,]\s*$/u
// What may follow an age said by a name: the end of the aside or of the clause.
const CLOSES = /^\s*(?:[,)،.;:]|$|(?:and|et|when|who|lorsqu|quand|qui|و)(?![\p{L}]))/u
const YEARS_WORD = /(?:عام|عاما|سنة|سنوات|ans|years?)\s*$/u

/** Whether a length of years is a person's age by the way it is written beside a name. */
export function isAge(c: Aged, text: string): boolean {
  if (c.quantity.kind !== 'duration' || c.quantity.unit !== 'year') return false
  if (OWN.test(c.text.trim())) return true
  const before = text.slice(Math.max(c.sentence.start, c.span.start - 60), c.span.start)
  const after = text.slice(c.span.end, Math.min(c.sentence.end, c.span.end + 12))
  if (/\p{Script=Arabic}/u.test(c.text)) return YEARS_WORD.test(c.text.replace(/\p{M}/gu, '')) && AR_BRACKET.test(before) && /^\s*[)،,]/u.test(after)
  if (WHO_WAS.test(before) || BIRTHDAY.test(before)) return true
  const closes = CLOSES.test(after)
  return closes && (AFTER_NAME.test(before) || AFTER_NAME_ROLE.test(before) || SET_OFF_AT.test(before))
}
