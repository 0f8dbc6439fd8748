import { describe, expect, it } from 'vitest'
import { dayPartOrder, guessPublished, guessTitle, withoutDateline } from '../../../src/core/workspace'
import type { Lang } from '../../../src/core/model'

// Made-up reports (a reopened harbour quay, a library, a bridge): the head states the day in
// the ways outlets write it.
const TODAY = '2026-11-30'
const BODY_EN = '\n\nThe eastern quay reopened on Saturday after three weeks of repairs, the port authority said in a statement.'
const BODY_AR = '\nأعلنت إدارة الميناء أن الرصيف الشرقي عاد إلى العمل بعد ثلاثة أسابيع من الإصلاحات.'
const BODY_FR = '\nLe quai est a rouvert samedi après trois semaines de travaux, a indiqué la direction du port.'

describe('guessPublished reads the day a report states at its head', () => {
  it.each<[Lang, string, string, string]>([
    ['en', `Harbour reopens its eastern quay\nSUNDAY, AUGUST 13, 2023${BODY_EN}`, 'SUNDAY, AUGUST 13, 2023', '2023-08-13'],
    ['en', `Harbour reopens its eastern quay\n07:15, 25 July 2023${BODY_EN}`, '25 July 2023', '2023-07-25'],
    ['en', `Harbour reopens its eastern quay\nBy Dana Reyes | Published 3 March 2024${BODY_EN}`, '3 March 2024', '2024-03-03'],
    ['en', `Harbour reopens its eastern quay\nPORTVILLE, 3 March 2024 (Coast Wire) — The eastern quay reopened after repairs that took three weeks and cost more than planned.`, '3 March 2024', '2024-03-03'],
    ['ar', `الميناء يعيد فتح رصيفه الشرقي\nالجمعة ١١ أغسطس ٢٠٢٣${BODY_AR}`, 'الجمعة ١١ أغسطس ٢٠٢٣', '2023-08-11'],
    ['ar', `الميناء يعيد فتح رصيفه الشرقي\nنشر في: 2023/08/11 - 10:22${BODY_AR}`, '2023/08/11', '2023-08-11'],
    ['ar', `المكتبة البلدية تفتح أبوابها من جديد\nالأحد 13/8/2023 - 10:22 ص${BODY_AR}`, '13/8/2023', '2023-08-13'],
    ['fr', `Le port rouvre son quai est\nPublié le 12/08/2023 à 14h05${BODY_FR}`, '12/08/2023', '2023-08-12'],
    ['fr', `Le port rouvre son quai est\nMis à jour le 4 mars 2024${BODY_FR}`, '4 mars 2024', '2024-03-04'],
    // A dateline alone on the first line, above the headline.
    ['en', `Monday 4 March 2024\nHarbour reopens its eastern quay${BODY_EN}`, 'Monday 4 March 2024', '2024-03-04'],
  ])('%s: %j', (lang, text, said, day) => {
    const g = guessPublished(text, lang, TODAY)
    expect(g?.day).toBe(day)
    expect(g?.text).toBe(said)
    // The span points into the text as given.
    expect(text.slice(g!.start, g!.end)).toBe(g!.text)
    expect(text.indexOf(g!.text)).toBe(g!.start)
  })

  it.each<[string, Lang, string]>([
    ['a day in the future of today', 'en', `Harbour reopens its eastern quay\nPublished 3 March 2027${BODY_EN}`],
    ['a month without its day', 'en', `Harbour reopens its eastern quay\nAugust 2023${BODY_EN}`],
    ['a day without its year', 'fr', `Le port rouvre son quai est\nPublié le 12 août à 14h05${BODY_FR}`],
    ['a date the headline mentions', 'en', `Bridge to close for repairs on 12 October 2025${BODY_EN}`],
    ['a date the first paragraph mentions', 'en', 'Harbour reopens\nThe ministry said on 3 March 2024 that the quay, closed since the storm, would reopen within a fortnight.\n4 March 2024'],
    ['a date in a short sentence of the body', 'ar', 'الميناء يعيد فتح رصيفه\nوقع الحادث في ١١ أغسطس ٢٠٢٣.'],
    ['a date deep in the body', 'fr', `Le port rouvre son quai est${BODY_FR}\nLe chantier avait commencé le 12 juillet 2023.`],
    ['no date at all', 'ar', `الميناء يعيد فتح رصيفه${BODY_AR}`],
  ])('reads nothing from %s', (_, lang, text) => {
    expect(guessPublished(text, lang, TODAY)).toBeNull()
  })

  it('sets a dateline line aside from the title, and only a line that is nothing but a date', () => {
    const above = `Monday 4 March 2024\nHarbour reopens its eastern quay${BODY_EN}`
    expect(guessTitle(withoutDateline(above, guessPublished(above, 'en', TODAY)))).toBe('Harbour reopens its eastern quay')
    const byline = `Harbour reopens its eastern quay\nBy Dana Reyes | Published 3 March 2024${BODY_EN}`
    expect(guessPublished(byline, 'en', TODAY)?.dateline).toBeNull()
    const arabic = `الميناء يعيد فتح رصيفه الشرقي\nالجمعة ١١ أغسطس ٢٠٢٣${BODY_AR}`
    const g = guessPublished(arabic, 'ar', TODAY)!
    expect(arabic.slice(g.dateline!.start, g.dateline!.end)).toBe('الجمعة ١١ أغسطس ٢٠٢٣')
    expect(guessTitle(withoutDateline(arabic, g))).toBe('الميناء يعيد فتح رصيفه الشرقي')
  })

  it('tries each language when the text is too short for its own to be told', () => {
    expect(guessPublished('Quai rouvert\nPublié le 4 mars 2024', null, TODAY)?.day).toBe('2024-03-04')
    expect(guessPublished('رصيف جديد\nالجمعة ١١ أغسطس ٢٠٢٣', null, TODAY)?.day).toBe('2023-08-11')
    expect(guessPublished('Quai rouvert\nmars 2024', null, TODAY)).toBeNull()
  })

  it('takes today itself, not tomorrow', () => {
    expect(guessPublished('Quay reopens\nPublished 30 November 2026', 'en', TODAY)?.day).toBe('2026-11-30')
    expect(guessPublished('Quay reopens\nPublished 1 December 2026', 'en', TODAY)).toBeNull()
  })
})

describe('dayPartOrder', () => {
  it.each([
    ['en-US', ['month', 'day', 'year']],
    ['en-GB', ['day', 'month', 'year']],
    ['fr-FR', ['day', 'month', 'year']],
    ['ja-JP', ['year', 'month', 'day']],
  ])('%s writes %j', (locale, order) => {
    expect(dayPartOrder(locale)).toEqual(order)
  })

  it('falls back to day, month, year for a locale Intl refuses', () => {
    expect(dayPartOrder('not a locale!')).toEqual(['day', 'month', 'year'])
  })
})
