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
