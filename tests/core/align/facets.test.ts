import { describe, expect, it } from 'vitest'
import { partOf, pastAside, projectedIn, recallsThePast } from '../../../src/core/align/facets'

// A figure said as a projection rather than a count, in sentences written for these tests: the
// words before it (its clause) or the few words right after it.
function projected(text: string, figure: string): boolean {
  const start = text.indexOf(figure)
  return projectedIn(text, 0, { span: { start, end: start + figure.length } }, text.length)
}

describe('projectedIn', () => {
  it.each([
    ['The governor fears 5,000 may be buried under the mud.', '5,000'],
    ['Officials said as many as 12,000 may have died in the valley.', 'as many as 12,000'],
    ['The agency expected the toll to climb to around 400.', 'around 400'],
    ['The number of dead could reach 9,000, the minister warned.', '9,000'],
    ['Le bilan pourrait atteindre 2 000 morts.', '2 000'],
    ['Les secours craignent 700 victimes de plus.', '700'],
    ['Quelque 3 000 morts pourraient encore être découverts.', 'Quelque 3 000'],
    // Arabic words as written, with their final ى and ة, and with a glued و.
    ['والمحافظ يخشى 4 آلاف ضحية', '4 آلاف'],
    ['وقد يصل عدد القتلى إلى ١٢ ألفاً', '١٢ ألفاً'],
    ['رجّح المسؤول أن يتراوح عدد الوفيات بين 5 و6 آلاف', 'بين 5 و6 آلاف'],
    ['وسط تقديرات بأن يبلغ عدد الضحايا عشرين ألف شخص', 'عشرين ألف'],
    // Hedges and rumours: a guess, not a count.
    ['قال المحافظ إن القتلى ربما بلغوا 600 شخص', '600'],
    ['قال المحافظ إن القتلى ربما بلغوا ٦٠٠ شخص', '٦٠٠'],
    ['The mayor said there were perhaps 600 dead.', '600'],
    ['Le préfet parlait de plusieurs centaines de morts, voire quelques milliers.', 'quelques milliers'],
    ['Il y a sans doute plusieurs centaines de victimes.', 'plusieurs centaines'],
  ])('%s → a projection', (text, figure) => expect(projected(text, figure)).toBe(true))

  it.each([
    ['The storm killed 3,900 people on Monday.', '3,900'],
    ['At least 140 bodies were recovered, and more may be found later.', 'At least 140'],
    ['La tempête a fait 4 000 morts, selon le ministère.', '4 000'],
    ['أعلنت الوزارة تسجيل 3252 وفاة حتى مساء السبت', '3252'],
  ])('%s → a count', (text, figure) => expect(projected(text, figure)).toBe(false))
})

describe('recallsThePast: a sentence that recalls an older event', () => {
  it.each([
    ['كان زلزال أكادير عام 1960 قد أودى بحياة أكثر من 12 ألف شخص.', true],
    ['كان زلزال أكادير عام ١٩٦٠ قد أودى بحياة أكثر من ١٢ ألف شخص.', true],
    ['وكانت عاصفة مماثلة قد خلفت في ذلك العام 40 قتيلاً.', true],
    ['وكان الوزير قد أعلن آنذاك 40 قتيلاً.', false],
    ['The 1999 quake in the same valley had killed 900 people.', true],
    ['Cette année-là, une crue soudaine avait emporté 60 personnes.', true],
    ["La tempête de 2011 avait fait 17 morts dans la région.", true],
    // The story's own figures: told in the present or the perfect, or counted from a year.
    ['أودى الزلزال بحياة 2000 شخص على الأقل.', false],
    ['كانت السلطات قد خزنت المواد في المرفأ منذ 2014.', false],
    ['Officials said the flood had killed 140 people by Tuesday.', false],
    ["Le nitrate avait été stocké au port depuis 2014.", false],
    ['The war, which began in 2023, has killed thousands.', false],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(recallsThePast(sentence, '2024-03-12')).toBe(expected)
  })
})

describe('partOf: a figure said as a part of the one before it', () => {
  it.each([
    ['en before', ' dead, among them ', ' children', true],
    ['en after', ' people died, ', ' of them children', true],
    ['fr', ' morts, dont ', ' enfants', true],
    ['fr after', ' blessés, ', " d'entre eux grièvement", true],
    ['ar', ' شخصا بينهم ', ' أطفال', true],
    ['ar after', ' جريحا، ', ' منهم في حالة حرجة', true],
    ['a second figure of a list', ' dead and ', ' injured', false],
    ['fr list', ' morts et ', ' blessés', false],
    ['ar list', ' قتيلا و', ' جريحا', false],
  ])('%s', (_name, between, after, expected) => {
    expect(partOf(between, after)).toBe(expected)
  })
})

describe('a figure\'s stretch goes on past an aside, however its words are voweled', () => {
  // (Vowel marks and tatweel are dropped when the words are folded: the stretch is still measured on the text as written.)
  it.each([
    ['ar', '38 مصاباً، بينهم طفلٌ صغيرٌ جداً، في حالةٍ حرجة، وفق المستشفى.', '38 مصاباً', 'في حالةٍ حرجة'],
    ['ar', '38 مصـــاباً، مِنْ بَيْنِهِمْ ثَلَاثُ نِسَاءٍ، في حالة حرجة.', '38 مصـــاباً', 'في حالة حرجة'],
    ['en', '38 of the wounded, including a small child, were in critical condition, the hospital said.', '38 of the wounded', 'were in critical condition'],
    ['fr', '38 blessés, dont un très jeune enfant, sont dans un état critique, selon l’hôpital.', '38 blessés', 'sont dans un état critique'],
  ])('%s: %s', (_lang, text, figure, after) => {
    const end = pastAside(text, text.indexOf(figure) + figure.length, text.length)
    expect(text.slice(0, end).trimEnd().endsWith(after)).toBe(true)
  })
})
