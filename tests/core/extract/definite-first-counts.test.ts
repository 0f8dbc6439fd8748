import { describe, expect, it } from 'vitest'
import { extract } from './helpers'

// A definite number refers back only when the text gave that number before: a large one when the
// same number stood earlier, a small one when it counted the same noun (or "both" did). A noun
// named before without a number does not make it refer back: the number is then new.
const CASES: { lang: 'en' | 'fr'; text: string; word: string; counts: boolean }[] = [
  { lang: 'en', text: 'Raiders looted the depot at dawn. Police later caught the three raiders near the border.', word: 'three', counts: true },
  { lang: 'fr', text: 'Des pillards ont vidé le dépôt. La police a arrêté les trois pillards près de la frontière.', word: 'trois', counts: true },
  { lang: 'en', text: 'Three raiders looted the depot. Police later caught the three raiders near the border.', word: 'three', counts: false },
  { lang: 'en', text: 'Both fires spread overnight, and the two fires merged by noon.', word: 'two', counts: false },
  { lang: 'en', text: 'The first blast hit the gate; the second explosion hit the square. The two explosions were ten minutes apart.', word: 'two', counts: true },
  { lang: 'fr', text: "La première explosion a touché la gare. Les deux explosions ont eu lieu à dix minutes d'intervalle.", word: 'deux', counts: true },
  { lang: 'en', text: 'The storm killed at least 61 people. Of the 61 victims, 40 were children.', word: '61', counts: false },
  { lang: 'en', text: 'Rescuers found 212 bodies. Of those 212, 150 were identified.', word: '212', counts: false },
  { lang: 'fr', text: 'Le bilan est de 212 morts. Parmi les 212 victimes, 150 ont été identifiées.', word: '212', counts: false },
  { lang: 'en', text: 'The storm killed 61 people, and the 400 soldiers sent there cleared roads.', word: '400', counts: true },
]

describe('definite numbers given for the first time', () => {
  it.each(CASES)('$lang: $text ($word counts: $counts)', ({ lang, text, word, counts }) => {
    const at = text.lastIndexOf(word)
    const found = extract(text, '2025-11-28', lang).some((c) => c.span.start <= at && c.span.end >= at + word.length)
    expect(found).toBe(counts)
  })
})
