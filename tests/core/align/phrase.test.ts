import { describe, expect, it } from 'vitest'
import { ownPhrase } from '../../../src/core/align/phrase'
import type { Span } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// Each figure of a sentence that gives several of one kind reads its own phrase first: the words
// between the bounds around it (the figures beside it, "and", a word that introduces a part, a
// semicolon). Sentences written for these tests in the style of wire reports.

// The phrase of the figure `figure` among `all` (the sentence's figures of its kind, as written).
function phraseOf(text: string, figure: string, all: string[]): { text: string; joined: string } {
  const spans: Span[] = []
  let from = 0
  for (const f of all) { const at = text.indexOf(f, from); spans.push({ start: at, end: at + f.length }); from = at + f.length }
  const own = spans[all.indexOf(figure)]
  const p = ownPhrase(text, own, { start: 0, end: text.length }, spans.filter((s) => s !== own))
  return { text: text.slice(p.start, p.end).trim(), joined: p.joined }
}

describe('a figure\'s own phrase', () => {
  it.each([
    // A list that splits a whole: each sum takes the words of its own segment.
    ['Donors pledged $650 million in food aid and $150 million for the coastguard.', '$150 million', ['$650 million', '$150 million'], '$150 million for the coastguard.', 'and'],
    ['Donors pledged $650 million in food aid and $150 million for the coastguard.', '$650 million', ['$650 million', '$150 million'], 'Donors pledged $650 million in food aid', 'start'],
    ['Sur l\'enveloppe, 650 millions iront à l\'aide alimentaire et 150 millions aux garde-côtes.', '650 millions', ['650 millions', '150 millions'], 'Sur l\'enveloppe, 650 millions iront à l\'aide alimentaire', 'start'],
    ['بلغت المساعدات الغذائية 650 مليون دولار و150 مليوناً لخفر السواحل.', '150 مليوناً', ['650 مليون دولار', '150 مليوناً'], '150 مليوناً لخفر السواحل.', 'and'],
    // Inclusion: the whole stops at the word that introduces the part.
    ['Officers detained 9 people, including 3 suspected gunmen, on Sunday.', '9', ['9', '3'], 'Officers detained 9 people,', 'start'],
    ['Officers detained 9 people, including 3 suspected gunmen, on Sunday.', '3', ['9', '3'], '3 suspected gunmen, on Sunday.', 'part'],
    ['Les gendarmes ont interpellé 9 personnes, dont trois tireurs présumés.', 'trois', ['9', 'trois'], 'trois tireurs présumés.', 'part'],
    ['أعلنت الشرطة توقيف 9 أشخاص، من بينهم 3 مسلحين.', '9', ['9', '3'], 'أعلنت الشرطة توقيف 9 أشخاص،', 'start'],
    // A part said right after its figure is its own noun, not a bound.
    ['Some 120 miners were rescued, 35 of them with burns.', '35', ['120', '35'], '35 of them with burns.', 'part'],
    ['أنقذت الفرق 120 عاملاً، 35 منهم مصابون بحروق.', '35', ['120', '35'], '35 منهم مصابون بحروق.', 'part'],
    // A semicolon or a contrast bounds as well.
    ['The ministry counted 41 dead; the army spoke of 38.', '38', ['41', '38'], 'the army spoke of 38.', 'other'],
    ['Le ministère compte 41 morts, tandis que l\'armée en recense 38.', '41', ['41', '38'], 'Le ministère compte 41 morts,', 'start'],
    // ("و" bounds only as a word or before a figure: "وزارة" is no bound.)
    ['قالت وزارة الداخلية إن 41 شخصاً لقوا حتفهم، في حين أحصى الجيش 38.', '41', ['41', '38'], 'قالت وزارة الداخلية إن 41 شخصاً لقوا حتفهم،', 'start'],
  ])('%s — %s', (text, figure, all, want, joined) => {
    expect(phraseOf(text, figure, all)).toEqual({ text: want, joined })
  })
})

describe('the words of a figure\'s phrase tell topics of one measure apart', () => {
  it.each([
    ['en', 'Police said on Sunday they had arrested 9 people, including 3 gunmen who took part in the bombing.', '9', '3'],
    ['fr', 'La police a interpellé neuf personnes, dont trois assaillants présumés.', 'neuf', 'trois'],
    ['ar', 'أعلنت الشرطة اعتقال 9 أشخاص، بينهم 3 مسلحين شاركوا في الهجوم.', '9', '3'],
  ] as const)('inclusion (%s): the whole and the part each go to their own topic', (lang, text, whole, part) => {
    const topics = [topic('held', 'People arrested over the bombing', 'count'), topic('gunmen', 'Suspected gunmen among the arrested', 'count')]
    expect(placed(source('s', lang, text), topics)).toEqual({ held: [whole], gunmen: [part] })
  })
  it.each([
    ['en', 'The governor counted 57 victims, including 32 dead and 25 missing.'],
    ['en', 'The governor counted 57 victims, 32 of them dead and 25 missing.'],
    ['fr', 'Le maire fait état de 57 victimes, dont 32 morts et 25 disparus.'],
    ['ar', 'أحصى المحافظ 57 ضحية، بينهم 32 قتيلاً و25 مفقوداً.'],
  ] as const)('a whole broken down into parts (%s): the whole is dead and missing, each part its own', (lang, text) => {
    const topics = [topic('dead', 'Official death toll of the storm', 'count'), topic('total', 'Total victims (dead plus missing)', 'count'), topic('missing', 'People missing after the storm', 'count')]
    expect(placed(source('s', lang, text), topics)).toEqual({ total: ['57'], dead: ['32'], missing: ['25'] })
  })
  it.each([
    ['fr', 'Trente-deux morts confirmés, vingt-cinq disparus : tel est le bilan provisoire de la mairie.', 'Trente-deux', 'vingt-cinq'],
    ['en', 'Thirty-two confirmed dead and twenty-five still missing, the town hall said in its provisional count.', 'Thirty-two', 'twenty-five'],
    ['ar', 'أعلنت البلدية في حصيلة مؤقتة 32 قتيلاً مؤكداً و25 مفقوداً.', '32', '25'],
  ] as const)('a list of counts (%s): another figure\'s noun says nothing of this one', (lang, text, dead, missing) => {
    const topics = [topic('dead', 'Official death toll of the storm', 'count'), topic('total', 'Total victims (dead plus missing)', 'count'), topic('missing', 'People missing after the storm', 'count')]
    expect(placed(source('s', lang, text), topics)).toEqual({ dead: [dead], missing: [missing] })
  })
  it.each([
    ['en', 'The prime minister announced compensation of $2,000 for the family of each person killed and $500 in compensation for each of the injured.', '$2,000', '$500'],
    ['fr', 'Le Premier ministre a annoncé une indemnisation de 2 000 dollars pour la famille de chaque personne tuée et de 500 dollars d’indemnisation pour chaque blessé.', '2 000 dollars', '500 dollars'],
    ['ar', 'أعلن رئيس الوزراء صرف تعويض قدره 2000 دولار لأسرة كل قتيل و500 دولار لكل مصاب.', '2000 دولار', '500 دولار'],
  ] as const)('a list of sums, each with its own complement (%s): each sum goes where its own words say', (lang, text, dead, hurt) => {
    const topics = [topic('hurt', 'Ex gratia for each injured person', 'money'), topic('dead', 'Ex gratia for each person killed', 'money')]
    expect(placed(source('s', lang, text), topics)).toEqual({ dead: [dead], hurt: [hurt] })
  })
})
