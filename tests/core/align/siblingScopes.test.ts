import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { qualifiersIn } from '../../../src/core/align/facets'
import { marksIn, tellsIn } from '../../../src/core/align/marks'
import { outletOrigin } from '../../../src/core/align/places'

// Sibling topics that count the same thing under another scope: a stage of the count (bodies
// identified beside the dead), a group among the counted (those without a permit). Reports
// written for these tests, about places that do not exist.

describe('stages and groups a figure’s words say', () => {
  it.each([
    ['en', '41 of the bodies have been identified', ['identified']],
    ['fr', 'les corps de 41 victimes ont été formellement identifiés', ['identified']],
    ['ar', 'تم التعرف على هويات 41 جثة', ['identified']],
    ['en', '12 bodies are not yet identified', []],
    ['fr', '12 corps restent à identifier', []],
    ['ar', '12 جثة لم يتم التعرف على هويات أصحابها', []],
    ['en', '300 of them had no permit', ['unpermitted']],
    ['fr', 'dont 300 pèlerins clandestins', ['unpermitted']],
    ['ar', 'بينهم 300 حاج غير نظاميين', ['unpermitted']],
  ] as const)('%s: %s', (_lang, text, ids) => {
    expect([...qualifiersIn(text)]).toEqual(ids)
  })
})

describe('a stage of the count of the dead goes to its own topic', () => {
  const topics = () => [topic('dead', 'Death toll of the Velmora theatre fire', 'count'), topic('named', 'Victims identified', 'count')]
  it.each([
    ['en', 'The Velmora theatre fire killed 58 people. Investigators said on Monday that 41 of the victims had been identified.', '58', '41'],
    ['fr', "L'incendie du théâtre de Velmora a fait 58 morts. Les corps de 41 victimes ont été identifiés lundi, selon les enquêteurs.", '58', '41'],
    ['ar', 'أودى حريق مسرح فيلمورا بحياة 58 شخصاً. وقال المحققون إنه جرى التعرف على هويات 41 جثة حتى مساء الاثنين.', '58', '41'],
  ] as const)('%s: the identified go to "identified", the dead to the toll', (lang, text, dead, named) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.dead).toEqual([dead])
    expect(got.named).toEqual([named])
  })
  it('bodies not yet identified are not the identified ones', () => {
    const got = placed(source('a', 'en', 'The Velmora theatre fire killed 58 people. Investigators said 17 bodies were not yet identified.'), topics())
    expect(got.named).toBeUndefined()
  })
})

describe('a group among the counted goes to its own topic', () => {
  const topics = () => [topic('all', 'Pilgrims who died', 'count'), topic('ardenians', 'Ardenian pilgrims who died', 'count'), topic('noPermit', 'Ardenian dead without a permit', 'count')]
  it.each([
    ['en', 'The number of Ardenian pilgrims who died has risen to 412, of whom 380 had no permit.', '412', '380'],
    ['fr', 'Le nombre de pèlerins ardéniens décédés atteint 412, dont 380 sans permis.', '412', '380'],
    ['ar', 'ارتفع عدد الحجاج الأردينيين المتوفين إلى 412، بينهم 380 بلا تصاريح.', '412', '380'],
  ] as const)('%s: those without a permit go to their topic, not to the whole', (lang, text, whole, part) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.noPermit).toEqual([part])
    expect(got.all ?? []).not.toContain(part)
    expect(got.ardenians ?? []).not.toContain(part)
    expect([...(got.ardenians ?? []), ...(got.all ?? [])]).toContain(whole)
  })
})

describe('a region that opens its sentence before a body is the body’s seat', () => {
  it.each([
    ['en', 'In the east, the rival executive says 4,100 people died.'],
    ['fr', "Dans l'Est, l'exécutif rival affirme que 4 100 personnes ont péri."],
    ['ar', 'وفي الشرق، أعلنت الحكومة الموازية أن 4100 شخص لقوا حتفهم.'],
  ] as const)('%s: no region in "%s"', (_lang, text) => {
    expect(tellsIn(text).has('east')).toBe(false)
  })
  it.each([
    ['en', '900 people died in the east, the government said.'],
    ['fr', "900 personnes sont mortes dans l'est, selon le gouvernement."],
    ['ar', 'لقي 900 شخص حتفهم في شرق البلاد، بحسب الحكومة.'],
  ] as const)('%s: a region that ends the figure’s clause is its region: "%s"', (_lang, text) => {
    expect(tellsIn(text).has('east')).toBe(true)
  })
  it('a clause read alone still sees the body of the next one', () => {
    const t = "Dans l'Est, l'exécutif rival affirme que 4 100 personnes ont péri."
    expect(tellsIn(t, 0, t.indexOf(',')).has('east')).toBe(false)
  })
  const topics = () => [topic('town', 'Death toll in Korvik', 'count'), topic('east', 'Flood death toll across eastern Ardenia', 'count')]
  it.each([
    ['en', 'Floods swept through Ardenia on Sunday. Korvik was the worst hit. In the east, the rival executive says more than 4,100 people died.', 'more than 4,100'],
    ['fr', "Des crues ont balayé l'Ardenia dimanche. Korvik a été la plus touchée. Dans l'Est, l'exécutif rival affirme que plus de 4 100 personnes ont péri.", 'plus de 4 100'],
  ] as const)('%s: the seat’s toll is the town’s, not the region’s', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.east ?? []).not.toContain(figure)
    expect(got.town).toEqual([figure])
  })
})

describe('the country in a dateline’s parentheses is the outlet’s', () => {
  it.each([
    ['Le Courrier (Ardenia) – Plus de mille personnes sont mortes.', 'Ardenia', true],
    ['KORVIK (La Voz de Ardenia) — Officials said 12 people died.', 'Ardenia', true],
    ['صحيفة الغد (أردينيا) - توفي أكثر من ألف شخص.', 'أردينيا', true],
    ['Officials in Korvik (Ardenia) said 12 people died.', 'Ardenia', false],
  ] as const)('%s', (text, name, want) => {
    const at = text.indexOf(name)
    expect(outletOrigin(text, at, at + name.length)).toBe(want)
  })
  it('a people’s topic does not take the whole toll from its outlet’s dateline', () => {
    const topics = [topic('all', 'Pilgrims who died', 'count'), topic('moroccans', 'Moroccan pilgrims who died', 'count')]
    const got = placed(source('a', 'fr', 'Le Matin (Maroc) – Plus de mille pèlerins sont morts pendant le pèlerinage, selon un décompte de l’AFP.'), topics)
    expect(got.moroccans).toBeUndefined()
    expect(got.all).toEqual(['Plus de mille'])
  })
})

describe('a count over a period is the whole of its days', () => {
  it.each([
    ['en', '61 people have been killed since the protests against the fuel tax began', ['whole']],
    ['en', 'Total protest deaths since 28 April', ['whole']],
    ['fr', 'depuis le début de la contestation, 61 personnes ont été tuées', ['whole']],
    ['fr', 'le bilan depuis le 28 avril', ['whole']],
    ['ar', 'قُتل 61 شخصاً منذ اندلاع الاحتجاجات', ['whole']],
    ['ar', 'تخص هذه الأرقام الفترة الممتدة من 28 أبريل', ['whole']],
    ['en', 'the strongest storm since 1934', []],
    ['fr', 'le cyclone le plus violent depuis 1934', []],
  ] as const)('%s: %s', (_lang, text, ids) => {
    expect([...marksIn(text)]).toEqual(ids)
  })
  const topics = () => [topic('day', 'Deaths on Friday 3 May', 'count'), topic('all', 'Total protest deaths since 28 April', 'count')]
  it.each([
    ['en', 'Police killed 20 protesters on Friday. Rights groups say 61 people have been killed since the protests against the fuel tax began three weeks ago.', '20', '61'],
    ['fr', 'La police a tué 20 manifestants vendredi. Selon les ONG, 61 personnes ont été tuées depuis le début de la contestation contre la taxe sur le carburant.', '20', '61'],
    ['ar', 'لقي 20 شخصاً حتفهم يوم الجمعة برصاص الشرطة. وقالت منظمات حقوقية إن 61 شخصاً قُتلوا منذ اندلاع الاحتجاجات على ضريبة الوقود.', '20', '61'],
  ] as const)('%s: the toll since the start goes to the whole, the day’s to the day', (lang, text, day, all) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.all).toEqual([all])
    expect(got.day).toEqual([day])
  })
})
