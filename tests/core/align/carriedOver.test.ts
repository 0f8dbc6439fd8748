import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { measuresOf } from '../../../src/core/align/measureOf'
import type { Lang } from '../../../src/core/model'

// A figure whose own words name no measure but point back to one named before ("of them", "the
// number", "it rose to", "ceux-ci", "العدد", "منهم"), and one given as an alternative to the figure
// before ("peut-être un millier"). Sentences written for these tests: [lang, text, figure, measure].
const CASES: [Lang, string, string, string | null][] = [
  // "of them": a part of the set a figure before counted, whatever its clause goes on to say.
  ['en', 'About 4,000 people have fled the town, aid workers said, and 1,500 of them reached the camp at Amra.', '1,500', 'displaced'],
  ['en', 'About 4,000 people have fled the town, and 1,500 of them were killed.', '1,500', 'killed'],
  ['fr', 'Quelque 5 000 habitants ont fui la ville, et 2 000 d’entre eux ont rejoint le camp.', '2 000', 'displaced'],
  ['ar', 'فرّ آلاف السكان من المدينة، ونُقل 1200 منهم إلى المخيم.', '1200', 'displaced'],
  ['ar', 'فرّ آلاف السكان من المدينة، ونُقل ١٢٠٠ منهم إلى المخيم.', '١٢٠٠', 'displaced'],
  // "the number", "le chiffre", "العدد", "it could rise to": the measure named before the pointer.
  ['en', 'Dozens of people were killed in the fighting, and local doctors put the number at 85.', '85', 'killed'],
  ['en', 'The coast guard put the number of missing at 40 and said it could rise to 60.', 'could rise to 60', 'missing'],
  ['ar', 'قُتل العشرات في القصف، وقدّر أطباء العدد بنحو 85.', 'نحو 85', 'killed'],
  ['ar', 'قُتل العشرات في القصف، وقدّر أطباء العدد بنحو ٨٥.', 'نحو ٨٥', 'killed'],
  // "ceux-ci", and a count heading a question the sentence before asks.
  ['fr', 'De nombreux blessés ont été conduits à l’hôpital de Kindia ; ceux-ci arrivaient par dizaines.', 'dizaines', 'injured'],
  ['fr', 'Combien de personnes se trouvaient à bord ? Les premiers décomptes font état de 350 personnes.', '350', 'aboard'],
  // An alternative to the figure before counts what it counts.
  ['fr', 'Le préfet craint des centaines de morts, peut-être un millier.', 'un millier', 'killed'],
  ['en', 'Officials fear hundreds of dead, perhaps a thousand.', 'a thousand', 'killed'],
  ['ar', 'ويخشى المسؤولون سقوط 300 قتيل، وربما 1000.', '1000', 'killed'],
  // An amount put at a value by one who estimates "it" or "them": the cost or the damage named before.
  ['en', 'The storm caused heavy damage to the harbour. The port authority put it at $75m.', '$75m', 'damage'],
  ['en', 'Insurers are still counting the losses from the floods, and one broker estimated them at €2bn.', '€2bn', 'damage'],
  ['fr', 'Quant à la facture, elle reste incertaine. Le patronat l’évalue à 900 millions d’euros.', '900 millions d’euros', 'damage'],
  ['fr', 'Les pertes agricoles sont lourdes : la chambre d’agriculture les chiffre à 40 millions d’euros.', '40 millions d’euros', 'damage'],
  ['ar', 'أما الخسائر فما زالت غير واضحة، وقد قدّرها اتحاد المزارعين بنحو 30 مليون دولار.', 'نحو 30 مليون دولار', 'damage'],
  // A pointer with "of" before the figure ("the figure of", "a tally of", "au chiffre de"), a verb of
  // holding to a figure ("kept to", "standing at"), "the official N", and French "en compte".
  ['en', 'The ministry now gives 212 dead, dropping the figure of 240 it had issued on Sunday.', '240', 'killed'],
  ['en', 'Rescuers said 57 people had died, although an earlier hospital tally of 61 was still circulating.', '61', 'killed'],
  ['en', 'The auditors found 48 dead; the governor has kept to 41 since March.', '41', 'killed'],
  ['en', 'The number of missing reached 19 by the evening, after standing at 12 in the morning.', '12', 'missing'],
  ['en', 'Reporters counted at least 70 dead, twice the official 35.', '35', 'killed'],
  ['fr', 'Les médecins ont compté 64 morts, mais la préfecture s’en tient au chiffre de 58.', '58', 'killed'],
  ['fr', 'La préfecture annonçait 210 blessés mardi ; la Croix-Rouge en compte désormais près de 300.', 'près de 300', 'injured'],
  // No pointer, or a pointer that names its own noun: nothing is carried over.
  ['en', 'The storm caused heavy damage to the harbour. The port authority spent $75m on new cranes.', '$75m', null],
  ['en', 'The number of workers rose to 300.', '300', null],
  ['en', 'Dozens were killed on Monday. The ministry said the number of volunteers reached 300.', '300', null],
  ['en', 'Dozens were killed on Monday. Some 300 mourners attended the funeral.', 'Some 300', null],
  ['fr', 'Des dizaines de morts lundi. Le nombre de bénévoles a atteint 300.', '300', null],
]

describe('measuresOf: a measure carried over from the words a figure points back to', () => {
  it.each(CASES)('%s: %s → "%s" %s', (lang, text, figure, measure) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id ?? null).toBe(measure)
  })

  it('does not take "the figure of" before words for a pointer', () => {
    const text = 'Dozens were killed on Monday. The figure of the saint was carried through the square by 300 of the faithful.'
    const claims = extractClaims({ id: 't', text, lang: 'en', published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === '300')!
    expect(measuresOf(claims, text, 'en').get(c.id)?.concept?.id).not.toBe('killed')
  })

  it('reaches back one sentence only', () => {
    const text = 'Dozens were killed on Monday. The city was quiet on Tuesday. Doctors later put the number at 85.'
    const claims = extractClaims({ id: 't', text, lang: 'en', published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === '85')!
    expect(measuresOf(claims, text, 'en').get(c.id)?.concept?.id ?? null).toBeNull()
  })
})
