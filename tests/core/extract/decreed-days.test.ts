import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

// A weekday named as the day of something ("declared Sunday a day of mourning", "a décrété lundi
// journée de deuil", "أعلن الخميس يوم حداد") is the day decreed, not the day of the decree: the
// nearest such day, ahead of the publication day as often as behind it. A weekday the decision was
// taken on ("on Sunday declared…") or a weekday in a past event keeps the last such day.
// (2025-03-15 is a Saturday; 2025-03-18 a Tuesday. "الاثنين يوم" is still read as "two days".)
const cases: Case[] = [
  { lang: 'en', published: '2025-03-15', text: 'The governor declared Monday a day of regional mourning for the miners.', span: 'Monday', kind: 'date', lo: '2025-03-17' },
  { lang: 'en', published: '2025-03-15', text: 'The cabinet named Sunday as a national day of prayer after the floods.', span: 'Sunday', kind: 'date', lo: '2025-03-16' },
  { lang: 'fr', published: '2025-03-15', text: 'Le maire a décrété lundi journée de deuil municipal après l’effondrement.', span: 'lundi', kind: 'date', lo: '2025-03-17' },
  { lang: 'ar', published: '2025-03-15', text: 'وأعلنت الحكومة الأحد يوم حداد على ضحايا الانهيار.', span: 'الأحد', kind: 'date', lo: '2025-03-16' },
  // Written after the day decreed: the one just past.
  { lang: 'en', published: '2025-03-18', text: 'The governor had declared Sunday a day of mourning for the miners.', span: 'Sunday', kind: 'date', lo: '2025-03-16' },
  // Not a day named as the day of something: the last such day.
  { lang: 'en', published: '2025-03-15', text: 'The governor declared on Monday that the mine would close.', span: 'Monday', kind: 'date', lo: '2025-03-10' },
  { lang: 'fr', published: '2025-03-15', text: 'La mine a été fermée lundi par les autorités.', span: 'lundi', kind: 'date', lo: '2025-03-10' },
]

describe('a weekday decreed as the day of something', () => {
  it.each(cases)('$text → $span $lo', (c) => expectCase(c))
})
