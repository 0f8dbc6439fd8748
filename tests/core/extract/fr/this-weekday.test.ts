import { describe, it } from 'vitest'
import { expectCase, type Case } from '../helpers'

// "ce lundi": written at the weekend, a day or two before that weekday, it is the coming one;
// otherwise the last one, as a bare weekday is. After a kept preposition the determiner joins the
// span with it ("dès ce lundi"); alone it stays out ("ce mardi" → "mardi").
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  // Published on Sunday 15 December 2024.
  { published: '2024-12-15', text: 'Les secours seront renforcés dès ce lundi.', span: 'dès ce lundi', kind: 'date', lo: '2024-12-16' },
  { published: '2024-12-15', text: "Le préfet a indiqué que l'aide arrivait dès ce lundi.", span: 'dès ce lundi', kind: 'date', lo: '2024-12-16' },
  { published: '2024-12-14', text: 'Une réunion se tient ce lundi à Paris.', span: 'lundi', kind: 'date', lo: '2024-12-16' },
  // Published on Friday 28 November 2025: four days back is nearer in a report than three ahead.
  { published: '2025-11-28', text: 'Ce lundi, le préfet a parlé.', span: 'lundi', kind: 'date', lo: '2025-11-24' },
  { published: '2025-11-28', text: 'Les pluies tombent depuis ce mardi.', span: 'depuis ce mardi', kind: 'date', lo: '2025-11-25' },
  { published: '2025-11-28', text: 'Le décompte a été actualisé ce vendredi.', span: 'vendredi', kind: 'date', lo: '2025-11-28' },
]

describe('French "ce" + weekday', () => {
  it.each(cases.map(fr))('$text → $span $lo', (c) => expectCase(c))
})
