import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'

// Numbers in French text that are not figures: clock times, phone numbers, page furniture,
// channel and edition names, ordinals, multipliers, and articles that count nothing.
const NOT_FIGURES: [string, string][] = [
  ['AFP / le 29 octobre 2025 à 18h12', '18h12'],
  ['Ressenti à partir de 23h11, vendredi soir.', '23h11'],
  ["Un décompte actualisé à 13H00 ce mardi.", '13H00'],
  ['Cellule de crise : 01 53 59 11 00', '01 53 59 11 00'],
  ['Interrogé sur TF1 et France 2, le président a parlé.', 'TF1'],
  ['Interrogé sur TF1 et France 2, le président a parlé.', '2'],
  ['Une attaque, la quatrième en un mois.', 'quatrième'],
  ['Le 3e régiment a été déployé.', '3e'],
  ["L'une des fosses les plus profondes.", 'une'],
  ['Un bilan deux fois plus lourd.', 'deux'],
  ['Un premier convoi est arrivé.', 'Un'],
  ['Ce n\'était pas la première fois.', 'première'],
  ['Les délégués se sont réunis à la COP28.', 'COP28'],
  ['5 min de lecture', '5'],
  ['245 partages', '245'],
  ['Temps de lecture : 2 min', '2 min'],
  ['La ville a été coupée en deux.', 'deux'],
  ['Le roi Mohammed VI a décrété un deuil.', 'VI'],
  ["Une infirmière a été tuée.", 'Une'],
  ['Un hélicoptère survole la zone.', 'Un'],
  ["Une explosion a eu lieu aux alentours de 17 heures mardi.", '17 heures'],
  ['Le scrutin ouvre à 8 heures du matin.', '8 heures'],
  ['La réunion a commencé à 10 h 30 au siège.', '10 h 30'],
  ['Réf : 240613', '240613'],
  // A number to call counts nothing.
  ['Les sinistrés sont invités à composer le 1016.', '1016'],
  ['Appelez le 112 en cas de danger.', '112'],
  ['Un numéro vert : 3114, ouvert jour et nuit.', '3114'],
  ['Le numéro vert 0800 123 456 reste ouvert.', '0800 123 456'],
  // "Cette année-là" points back to a year the text named, not to the publication's.
  ["En 1996, une crue avait tué 87 personnes. Cette année-là, la montagne avait cédé.", 'Cette année'],
  ["Cet été-là, les pluies n'avaient pas cessé.", 'Cet été'],
  ['Une petite fille a été sauvée.', 'Une'],
  ['Le plein emploi reste loin.', 'plein'],
  ['Au premier trimestre, les ventes ont chuté.', 'trimestre'],
]

describe('French negative cases: what must not be extracted', () => {
  it.each(NOT_FIGURES)('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    const claims = extract(text, '2025-11-28', 'fr')
    const overlapping = claims.filter((c) => c.span.start < at + word.length && c.span.end > at)
    expect(overlapping.map((c) => c.text)).toEqual([])
  })
})
