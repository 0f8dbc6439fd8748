import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import type { Lang } from '../../../src/core/model'

// Who a figure is attributed to, in each language: [text, the figure as written, the speaker
// expected (a phrase the attribution must contain, or null for the outlet's own statement)].
const claimIn = (text: string, lang: Lang, figure: string) => {
  const c = extractClaims({ id: 't', text, lang, published: '2023-09-14', window: null }).find((x) => x.text === figure)
  expect(c, `"${figure}" must be read in "${text}"`).toBeDefined()
  return c!
}

const AR: [string, string, string | null][] = [
  ['قال اثنان من المسؤولين إن 300 شخص قتلوا في القصف.', '300', 'اثنان من المسؤولين'],
  ['وفقاً لتقديرات الأمم المتحدة، نزح أكثر من 40 ألف شخص.', 'أكثر من 40 ألف', 'الأمم المتحدة'],
  ['بحسب الهلال الأحمر الليبي، بلغ عدد القتلى 11300.', '11300', 'الهلال الأحمر الليبي'],
  ['نقلاً عن مصادر طبية، سقط 25 قتيلاً في الغارة.', '25', 'مصادر طبية'],
  ['أفادت وكالة فرانس برس بأن 12 مهاجراً غرقوا قبالة السواحل.', '12', 'فرانس برس'],
  ['ارتفعت حصيلة القتلى إلى 3252 شخصاً، وفق ما أعلنت وزارة الصحة.', '3252', 'وزارة الصحة'],
  ['وكان محافظ المدينة قد قدّر الخسائر بما بين 10 و15 مليار دولار.', 'ما بين 10 و15 مليار دولار', 'محافظ المدينة'],
  ['وأكد المتحدث باسم المنظمة أن الحصيلة تجاوزت 2000 قتيل. وأضاف أن 500 آخرين ما زالوا مفقودين.', '500', 'المتحدث باسم المنظمة'],
  ['أعلن وزير الصحة، مساء الثلاثاء، سقوط 50 قتيلاً في الانفجار.', 'مساء الثلاثاء', null],
  ['غرق قارب يقل 40 مهاجراً قبالة سواحل تونس.', '40', null],
  ['ذكرت وكالة الأناضول أن 7 جثث انتُشلت من البحر.', '7', 'الأناضول'],
  ['البنك الدولي: أضرار بقيمة 3 مليارات دولار', '3 مليارات دولار', 'البنك الدولي'],
  ['انفجار بيروت: 154 قتيلاً', '154', null],
]

const EN: [string, string, string | null][] = [
  ['According to the International Organization for Migration, 30,000 people were displaced.', '30,000', 'International Organization for Migration'],
  ['The Libyan Red Crescent said 11,300 people had died.', '11,300', 'Libyan Red Crescent'],
  ['At least 2,000 people were killed, officials told Reuters.', 'At least 2,000', 'officials'],
  ['Some 400 migrants were on board, the coast guard said on Thursday.', 'Some 400', 'coast guard'],
  ['The boat sank in 2023 with 80 people aboard.', '80', null],
  ['UN: 11,300 dead in the floods', '11,300', 'UN'],
  ['Inflation hit 12 per cent while 3,000 jobs were lost.', '3,000', null],
  ['Food costs $5 per day for 3,000 families.', '3,000', null],
  ['As per the ministry, 400 homes were destroyed.', '400', 'ministry'],
  ['Beirut blast: 154 confirmed dead', '154', null],
]

const FR: [string, string, string | null][] = [
  ["Selon l'Organisation internationale pour les migrations, 30 000 personnes ont fui.", '30 000', "l'Organisation internationale pour les migrations"],
  ['Le bilan atteint 2 946 morts, a indiqué le ministère de l\'Intérieur.', '2 946', "le ministère de l'Intérieur"],
  ['Séisme au Maroc : 2 946 morts', '2 946', null],
]

describe('attribution: the speaker of each figure', () => {
  it.each(AR)('ar: %s → %s', (text, figure, who) => {
    const c = claimIn(text, 'ar', figure)
    if (who === null) expect(c.attribution).toBeNull()
    else expect(c.attribution?.who).toContain(who)
  })
  it.each(EN)('en: %s → %s', (text, figure, who) => {
    const c = claimIn(text, 'en', figure)
    if (who === null) expect(c.attribution).toBeNull()
    else expect(c.attribution?.who).toContain(who)
  })
  it.each(FR)('fr: %s → %s', (text, figure, who) => {
    const c = claimIn(text, 'fr', figure)
    if (who === null) expect(c.attribution).toBeNull()
    else expect(c.attribution?.who).toContain(who)
  })
})

// Whether a date tells when someone spoke rather than when the event happened: [lang, text, the
// date as written, true when it times the statement].
const STATEMENT_TIME: [Lang, string, string, boolean][] = [
  ['ar', 'أعلن وزير الصحة، مساء الثلاثاء، سقوط 50 قتيلاً في الانفجار.', 'مساء الثلاثاء', true],
  ['ar', 'وقع الانفجار مساء الثلاثاء وأسفر عن 50 قتيلاً.', 'مساء الثلاثاء', false],
  ['en', 'Some 400 migrants were on board, the coast guard said on Thursday.', 'Thursday', true],
  ['en', 'The ministry said on Monday that 300 people had died.', 'Monday', true],
  ['en', 'The dam burst on Sunday night, officials said.', 'Sunday night', false],
  ['en', 'Some 400 migrants were on board, said the coast guard on Thursday.', 'Thursday', true],
  ['en', 'Leader recalls envoy from the capital, says troops out by year-end', 'by year-end', false],
  ['fr', 'Le ministère a annoncé dimanche que 30 personnes avaient péri.', 'dimanche', true],
  ['fr', 'Le barrage a cédé dimanche, a indiqué le maire.', 'dimanche', false],
]

describe('attribution: the date of a statement is not the date of the event', () => {
  it.each(STATEMENT_TIME)('%s: %s → %s', (lang, text, figure, statement) => {
    const c = claimIn(text, lang, figure)
    expect(c.role === 'statement-time').toBe(statement)
  })
})
