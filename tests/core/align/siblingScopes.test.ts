import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { qualifiersIn } from '../../../src/core/align/facets'
import { marksIn, tellsIn } from '../../../src/core/align/marks'
import { mostlyIn, outletOrigin } from '../../../src/core/align/places'

// Sibling topics that count the same thing under another scope: a stage of the count (bodies
// identified beside the dead), a group among the counted (those without a permit). Reports
// written for these tests, about places that do not exist.

describe('stages and groups a figure’s words say', () => {
  it.each([
    ['en', '41 of the bodies have been identified', ['identified']],
    ['fr', 'les corps de 41 victimes ont été formellement identifiés', ['identified']],
    ['ar', 'تم التعرف على هويات 41 جثة', ['identified']],
    ['en', '12 bodies are not yet identified', ['unidentified']],
    ['fr', '12 corps restent à identifier', ['unidentified']],
    ['ar', '12 جثة لم يتم التعرف على هويات أصحابها', ['unidentified']],
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

describe('what a figure’s words add goes on past an aside', () => {
  const topics = () => [topic('injured', 'People injured in the attack', 'count'), topic('serious', 'Injured in serious condition', 'count')]
  it.each([
    ['en', 'The minister said 140 people were injured. He added that 45 of the injured, including a child, were in serious condition.'],
    ['fr', 'Le ministre a fait état de 140 blessés. Selon lui, 45 blessés, dont deux enfants, sont dans un état grave.'],
    ['ar', 'وأعلن الوزير إصابة 140 شخصاً، موضحاً أن 45 جريحاً، بينهم طفل، في حالة خطيرة.'],
  ] as const)('%s: the injured said to be in serious condition after "including…" go to that topic', (lang, text) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.serious).toEqual(['45'])
    expect(got.injured ?? []).toContain('140')
  })
  it('a part that is itself the qualified one keeps the whole out ("2,100 injured, 640 of them seriously")', () => {
    const got = placed(source('a', 'en', 'The ministry counted 2,100 people injured, 640 of them seriously.'), topics())
    expect(got.serious).toEqual(['640'])
  })
})

describe('a place said of most of the counted is not the figure’s scope', () => {
  it.each([
    ['en', '120 dead, almost all of them in the province of Korvik', 'Korvik', true],
    ['fr', '120 morts, recensés pour la plupart dans la région de Korvik', 'Korvik', true],
    ['ar', 'لقي 120 شخصاً حتفهم، معظمهم في ولاية كورفيك', 'كورفيك', true],
    ['en', '120 dead in the province of Korvik', 'Korvik', false],
  ] as const)('%s: %s', (_lang, text, name, want) => {
    expect(mostlyIn(text, text.indexOf(name))).toBe(want)
  })
  const topics = () => [topic('all', 'Death toll of the floods', 'count'), topic('korvik', 'Deaths in the Korvik region', 'count')]
  it.each([
    ['en', 'The floods in Ardenia have killed at least 120 people, almost all of them in the Korvik region.', 'at least 120'],
    ['fr', "Les crues en Ardenia ont fait au moins 120 morts, recensés pour la quasi-totalité dans la région de Korvik.", 'au moins 120'],
    ['ar', 'أودت الفيضانات في أردينيا بحياة 120 شخصاً على الأقل، معظمهم في منطقة كورفيك.', '120'],
  ] as const)('%s: the whole toll goes to the whole, not to the region where most died', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.korvik ?? []).not.toContain(figure)
    expect(got.all).toEqual([figure])
  })
  it('the east where most died is no region of the figure', () => {
    expect(tellsIn('120 dead, mostly in the east of the country').has('east')).toBe(false)
  })
})

describe('more stages and causes of the dead', () => {
  it.each([
    ['en', 'the morgue holds 30 unidentified bodies', ['unidentified']],
    ['fr', '30 corps ne sont pas encore identifiés', ['unidentified']],
    ['ar', '30 جثة لم يتم التعرف على هويات أصحابها', ['unidentified']],
    ['en', '57 bodies were handed over to relatives', ['handed-over']],
    ['fr', '57 corps ont été remis aux familles', ['handed-over']],
    ['ar', 'تم تسليم 57 جثة إلى ذويهم', ['handed-over']],
  ] as const)('%s: %s', (_lang, text, ids) => {
    expect([...qualifiersIn(text)]).toEqual(ids)
  })
  const topics = () => [topic('dead', 'Death toll of the Korvik train crash', 'count'), topic('shock', 'Victims believed electrocuted', 'count'), topic('unnamed', 'Bodies not yet identified', 'count')]
  it.each([
    ['en', 'The Korvik train crash killed 190 people. Some 25 of the victims showed no wound and are believed to have died of electrocution. Around 60 bodies are still unidentified.', '190', 'Some 25', 'Around 60'],
    ['fr', "L'accident de train de Korvik a fait 190 morts. Quelque 25 victimes ne portaient aucune blessure et seraient mortes par électrocution. Environ 60 corps ne sont pas encore identifiés.", '190', 'Quelque 25', 'Environ 60'],
    ['ar', 'أودى حادث قطار كورفيك بحياة 190 شخصاً. ويُعتقد أن نحو 25 من الضحايا لقوا حتفهم بسبب الصعق الكهربائي. ولم يتم التعرف على هويات نحو 60 جثة حتى الآن.', '190', 'نحو 25', 'نحو 60'],
  ] as const)('%s: the electrocuted and the unidentified go to their topics, the toll to the toll', (lang, text, dead, shock, unnamed) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.dead).toEqual([dead])
    expect(got.shock).toEqual([shock])
    expect(got.unnamed).toEqual([unnamed])
  })
})
