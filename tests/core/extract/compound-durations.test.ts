import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'
import { inBothScripts } from './ar/both-scripts'

// A duration in two units, the larger first, is one figure counted in the smaller unit
// ("trois heures et vingt minutes" 200 minutes), in every language and both digit scripts.
const en = (c: Case): Case => ({ ...c, lang: 'en' })
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

inBothScripts('Arabic durations in two units', [
  { text: 'استمرت عملية الإنقاذ ثلاث ساعات وعشرين دقيقة', span: 'ثلاث ساعات وعشرين دقيقة', kind: 'duration', lo: 200, unit: 'minute' },
  { text: 'استمرت عملية الإنقاذ 3 ساعات و20 دقيقة', span: '3 ساعات و20 دقيقة', kind: 'duration', lo: 200, unit: 'minute' },
  { text: 'ظل المركب تائها 4 أيام و6 ساعات في البحر', span: '4 أيام و6 ساعات', kind: 'duration', lo: 102, unit: 'hour' },
  { text: 'قضى في السجن 5 سنوات و7 أشهر قبل الإفراج عنه', span: '5 سنوات و7 أشهر', kind: 'duration', lo: 67, unit: 'month' },
  { text: 'تأخر القطار أكثر من ساعتين و15 دقيقة', span: 'أكثر من ساعتين و15 دقيقة', kind: 'duration', lo: 135, hi: null, unit: 'minute', qualifier: 'more-than' },
])

const latin: Case[] = [
  fr({ text: 'Le sauvetage a duré trois heures et vingt minutes.', span: 'trois heures et vingt minutes', kind: 'duration', lo: 200, unit: 'minute' }),
  fr({ text: "Le navire a dérivé 3 jours et 4 heures avant d'être repéré.", span: '3 jours et 4 heures', kind: 'duration', lo: 76, unit: 'hour' }),
  fr({ text: 'Il a passé un an et trois mois en détention.', span: 'un an et trois mois', kind: 'duration', lo: 15, unit: 'month' }),
  fr({ text: 'La coupure a duré plus de deux heures et quinze minutes.', span: 'plus de deux heures et quinze minutes', kind: 'duration', lo: 135, hi: null, unit: 'minute', qualifier: 'more-than' }),
  fr({ text: 'Le record : 1 minute et 30 secondes sous l\'eau.', span: '1 minute et 30 secondes', kind: 'duration', lo: 90, unit: 'second' }),
  en({ text: 'The rescue took three hours and twenty minutes.', span: 'three hours and twenty minutes', kind: 'duration', lo: 200, unit: 'minute' }),
  en({ text: 'The rescue took 2 hours 40 minutes in all.', span: '2 hours 40 minutes', kind: 'duration', lo: 160, unit: 'minute' }),
  en({ text: 'He spent two years and four months in jail.', span: 'two years and four months', kind: 'duration', lo: 28, unit: 'month' }),
  en({ text: 'The ferry drifted for a week and three days.', span: 'a week and three days', kind: 'duration', lo: 10, unit: 'day' }),
  en({ text: 'The outage lasted nearly five hours, 30 minutes.', span: 'nearly five hours, 30 minutes', kind: 'duration', lo: 330, unit: 'minute', qualifier: 'about' }),
]

describe('English and French durations in two units', () => {
  it.each(latin)('$text → $span', (c) => expectCase(c))
})

// Two durations that are not one: a range's ends, a smaller part that is a whole larger unit or
// more, units with no exact step between them, parts on two lines.
const APART: { lang: 'ar' | 'en' | 'fr'; text: string; first: string; second: string }[] = [
  { lang: 'fr', text: 'Le trajet prend entre deux heures et trente minutes selon la météo.', first: 'deux heures', second: 'trente minutes' },
  { lang: 'fr', text: 'Il a fallu deux heures et 90 minutes de plus le lendemain.', first: 'deux heures', second: '90 minutes' },
  { lang: 'fr', text: 'Trois ans et deux jours se sont écoulés.', first: 'Trois ans', second: 'deux jours' },
  { lang: 'en', text: 'It takes between two hours and 45 minutes.', first: 'two hours', second: '45 minutes' },
  { lang: 'en', text: 'Three days and 30 hours of talks were held.', first: 'Three days', second: '30 hours' },
  { lang: 'ar', text: 'تستغرق الرحلة بين ساعتين و45 دقيقة', first: 'ساعتين', second: '45 دقيقة' },
  { lang: 'ar', text: 'تستغرق الرحلة بين ساعتين و٤٥ دقيقة', first: 'ساعتين', second: '٤٥ دقيقة' },
  { lang: 'ar', text: 'دام الحصار عامين و3 أيام', first: 'عامين', second: '3 أيام' },
  { lang: 'en', text: 'The search lasted three hours\n20 minutes later the boat sank.', first: 'three hours', second: '20 minutes' },
]

describe('durations kept apart', () => {
  it.each(APART)('$text', ({ lang, text, first, second }) => {
    const claims = extract(text, '2025-11-28', lang)
    const a = text.indexOf(first)
    const b = text.indexOf(second)
    expect(claims.filter((c) => c.span.start <= a && c.span.end >= b + second.length).map((c) => c.text)).toEqual([])
  })
})
