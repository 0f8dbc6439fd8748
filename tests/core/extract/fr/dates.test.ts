import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from '../helpers'

// French dates, read against a publication day of vendredi 28 novembre 2025 unless a case gives its own.
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  { text: "L'explosion a eu lieu le 4 août 2020 au port.", span: '4 août 2020', kind: 'date', lo: '2020-08-04' },
  { text: 'Le bilan est tombé lundi 11 septembre au soir.', span: 'lundi 11 septembre', kind: 'date', lo: '2023-09-11', published: '2023-09-20' },
  { text: 'Deux explosions ont frappé le port mardi 4 août.', span: 'mardi 4 août', kind: 'date', lo: '2020-08-04', published: '2020-08-05' },
  { text: 'Les recherches se poursuivaient ce jeudi 15 juin.', span: 'jeudi 15 juin', kind: 'date', lo: '2023-06-15', published: '2023-06-15' },
  { text: 'La loi entre en vigueur le 1er août.', span: '1er août', kind: 'date', lo: '2025-08-01' },
  { text: 'La ville est tombée le 26 octobre dernier.', span: '26 octobre dernier', kind: 'date', lo: '2025-10-26' },
  { text: "Le séisme d'Agadir, en février 1960, a tout rasé.", span: 'février 1960', kind: 'date', lo: '1960-02-01', hi: '1960-02-29' },
  { text: 'La guerre dure depuis avril 2023.', span: 'depuis avril 2023', kind: 'date', lo: '2023-04-01', hi: '2023-04-30' },
  { text: "Le coup d'État de juillet a tout changé.", span: 'juillet', kind: 'date', lo: '2025-07-01', hi: '2025-07-31' },
  { text: 'Le pont a été rouvert en mars.', span: 'mars', kind: 'date', lo: '2025-03-01', hi: '2025-03-31' },
  // Weekdays against the publication day (a Friday).
  { text: "L'OMS a lancé un appel mercredi.", span: 'mercredi', kind: 'date', lo: '2025-11-26' },
  { text: 'Aucun survivant depuis mercredi dernier.', span: 'depuis mercredi dernier', kind: 'date', lo: '2025-11-26' },
  { text: 'Le rapport est paru vendredi dernier.', span: 'vendredi dernier', kind: 'date', lo: '2025-11-21' },
  { text: 'Le sommet se tiendra lundi prochain.', span: 'lundi prochain', kind: 'date', lo: '2025-12-01' },
  { text: 'La conférence doit se tenir lundi à Genève.', span: 'lundi', kind: 'date', lo: '2025-12-01' },
  { text: 'Interrogé mardi soir, le ministre a confirmé.', span: 'mardi soir', kind: 'date', lo: '2025-11-25' },
  { text: 'Le décompte a été actualisé ce mardi.', span: 'mardi', kind: 'date', lo: '2025-11-25' },
  { text: 'Les secours sont arrivés dès mardi.', span: 'dès mardi', kind: 'date', lo: '2025-11-25' },
  { text: 'Le Conseil de sécurité se réunira le 3 décembre.', span: '3 décembre', kind: 'date', lo: '2025-12-03' },
  { text: "L'accord a été signé le 3 décembre.", span: '3 décembre', kind: 'date', lo: '2024-12-03' },
  // Dates counted from the publication day.
  { text: 'Le ministre a parlé hier.', span: 'hier', kind: 'date', lo: '2025-11-27' },
  { text: 'Le retrait a débuté la semaine dernière.', span: 'la semaine dernière', kind: 'date', lo: '2025-11-17', hi: '2025-11-23' },
  { text: 'Les flux commenceront la semaine prochaine.', span: 'la semaine prochaine', kind: 'date', lo: '2025-12-01', hi: '2025-12-07' },
  { text: 'Les prix ont grimpé le mois dernier.', span: 'le mois dernier', kind: 'date', lo: '2025-10-01', hi: '2025-10-31' },
  { text: "La frontière a rouvert l'an dernier.", span: "l'an dernier", kind: 'date', lo: '2024-01-01', hi: '2024-12-31' },
  { text: "La récolte a chuté l'année dernière.", span: "l'année dernière", kind: 'date', lo: '2024-01-01', hi: '2024-12-31' },
  { text: 'Des manifestations ont eu lieu le week-end dernier.', span: 'le week-end dernier', kind: 'date', lo: '2025-11-22', hi: '2025-11-23' },
  { text: "Le fleuve a débordé l'été dernier.", span: "l'été dernier", kind: 'date', lo: '2025-06-01', hi: '2025-08-31' },
  { text: 'Le président est attendu demain jeudi à Beyrouth.', span: 'demain jeudi', kind: 'date', lo: '2025-11-29' },
  { text: 'Le séisme a frappé dans la nuit de dimanche à lundi 6 février.', span: 'de dimanche à lundi 6 février', kind: 'daterange', lo: '2023-02-05', hi: '2023-02-06', published: '2023-02-08' },
  // Parts of a month or a year.
  { text: 'La ville est tombée fin octobre.', span: 'fin octobre', kind: 'date', lo: '2025-10-21', hi: '2025-10-31' },
  { text: 'Le retrait a débuté début octobre.', span: 'début octobre', kind: 'date', lo: '2025-10-01', hi: '2025-10-10' },
  { text: 'Les pluies sont revenues mi-novembre.', span: 'mi-novembre', kind: 'date', lo: '2025-11-10', hi: '2025-11-20' },
  { text: "Dès la mi-octobre, l'OIM relevait une hausse.", span: 'Dès la mi-octobre', kind: 'date', lo: '2025-10-10', hi: '2025-10-20' },
  { text: "L'usine a fermé fin 2019.", span: 'fin 2019', kind: 'date', lo: '2019-10-01', hi: '2019-12-31' },
  { text: 'Fin août, la junte a donné un ultimatum.', span: 'Fin août', kind: 'date', lo: '2025-08-21', hi: '2025-08-31' },
  { text: "Les soldats partiront d'ici la fin de l'année.", span: "d'ici la fin de l'année", kind: 'date', lo: '2025-10-01', hi: '2025-12-31' },
  { text: 'Les travaux reprendront début 2026.', span: 'début 2026', kind: 'date', lo: '2026-01-01', hi: '2026-03-31' },
  // Years, decades and the prepositions that change what a date claims.
  { text: "L'usine avait fait 31 morts en 2001.", span: 'en 2001', kind: 'date', lo: '2001-01-01', hi: '2001-12-31' },
  { text: 'La ville est divisée depuis 2020.', span: 'depuis 2020', kind: 'date', lo: '2020-01-01', hi: '2020-12-31' },
  { text: "Le couvre-feu est prolongé jusqu'au 9 novembre.", span: "jusqu'au 9 novembre", kind: 'date', lo: '2025-11-09' },
  { text: "L'ambassadeur perd son immunité à compter du 28 août.", span: 'à compter du 28 août', kind: 'date', lo: '2025-08-28' },
  { text: 'Les troupes auront quitté le pays au 31 décembre.', span: 'au 31 décembre', kind: 'date', lo: '2025-12-31', published: '2025-10-20' },
  { text: 'Ces liens remontent aux années 1990.', span: 'années 1990', kind: 'date', lo: '1990-01-01', hi: '1999-12-31' },
  // A weekday the text expects ("attendu") is the next one.
  { text: 'Le président est attendu jeudi sur l’île.', span: 'jeudi', kind: 'date', lo: '2024-12-19', published: '2024-12-18' },
]

describe('French dates', () => {
  it.each(cases.map(fr))('$text → $span', (c) => expectCase(c))

  it('leaves a relative date unresolved when there is no publication date', () => {
    const [c] = extract('Le retrait a débuté la semaine dernière.', null, 'fr')
    expect(c.text).toBe('la semaine dernière')
    expect(c.quantity.unresolved).toBe(true)
  })
})
