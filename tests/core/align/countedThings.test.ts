import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { QuantityKind } from '../../../src/core/model'

// Things news reports count and date beyond the victims (pilgrims, firefighters, fires, devices,
// people expelled), on short reports written for these tests in Arabic, English and French: a
// reader's label finds its measure, and each report's figures reach it.

const conceptOf = (label: string, kind: QuantityKind = 'count', measure?: string) => topicFromText({ id: 't', label, kind, measure })?.concept

describe('a label names the thing counted or dated', () => {
  it.each([
    ['Number of pilgrims', 'count', 'pilgrims'],
    ['عدد الحجاج', 'count', 'pilgrims'],
    ['Nombre de pèlerins', 'count', 'pilgrims'],
    ['Fires recorded in the north', 'count', 'fires'],
    ['عدد الحرائق', 'count', 'fires'],
    ["Nombre d'incendies", 'count', 'fires'],
    ['Firefighters deployed', 'count', 'rescuers'],
    ['Pompiers mobilisés', 'count', 'rescuers'],
    ['Pagers that detonated', 'count', 'devices'],
    ['Schools closed by the storm', 'count', 'schools'],
    ['Flights cancelled', 'count', 'flights'],
    ['Pilgrims treated for heatstroke', 'count', 'heat-illness'],
    ['Pilgrims without permits expelled from Medina', 'count', 'expelled'],
    ['Provinces with fires still burning', 'count', 'provinces'],
    ['Date the fires broke out', 'date', 'wildfire'],
    ['تاريخ اندلاع الحرائق', 'date', 'wildfire'],
    ['Dates of the Hajj', 'daterange', 'pilgrimage'],
  ] as const)('%s → %s', (label, kind, concept) => {
    expect(conceptOf(label, kind)).toBe(concept)
  })
  it('a group with what happened to it is about what happened', () => {
    expect(conceptOf('Pilgrims who died in the heat')).toBe('killed')
    expect(conceptOf('Sapeurs-pompiers blessés')).toBe('injured')
    expect(conceptOf('Firefighters killed')).toBe('killed')
    expect(conceptOf('Protest deaths since Monday')).toBe('killed')
    expect(conceptOf('Protesters in the capital')).toBe('protesters')
  })
  it('a thing named before another measure word only says which', () => {
    expect(conceptOf('Pager injured in critical condition')).toBe('injured')
  })
  it('the measure phrase does not outvote the thing the label counts', () => {
    // ("security forces" would name troops.)
    expect(conceptOf('Pilgrims turned away from Mecca', 'count', 'pilgrims without permits that security forces turned away')).toBe('expelled')
    expect(conceptOf('Number of pilgrims', 'count', 'people who performed the hajj, counted by the statistics authority')).toBe('pilgrims')
  })
})

describe('the figures of a group, and of what happened to it', () => {
  const topics = () => [topic('pilgrims', 'Number of pilgrims', 'count'), topic('dead', 'Pilgrims who died', 'count')]
  it.each([
    ['en', 'Some 2.1 million pilgrims performed the hajj this year, and 14 pilgrims died in the heat.', 'Some 2.1 million', '14'],
    ['fr', 'Quelque 2,1 millions de pèlerins ont accompli le hajj cette année, et 14 pèlerins sont morts de la chaleur.', 'Quelque 2,1 millions', '14'],
    ['ar', 'أدى نحو 2.1 مليون حاج فريضة الحج هذا العام، فيما توفي 14 حاجاً بسبب الحر.', 'نحو 2.1 مليون', '14'],
  ] as const)('%s', (lang, text, count, dead) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.pilgrims).toEqual([count])
    expect(got.dead).toEqual([dead])
  })
  it.each([
    ['en', 'The interior ministry said 1,200 people were taking part in the pilgrimage to the shrine.', '1,200'],
    ['fr', 'Selon le ministère, 1 200 personnes participent au pèlerinage vers le sanctuaire.', '1 200'],
  ] as const)('%s: people said to take part in the pilgrimage are pilgrims', (lang, text, figure) => {
    expect(placed(source('a', lang, text), topics()).pilgrims).toEqual([figure])
  })
})

describe('fires, the provinces they burn in, and those sent to fight them', () => {
  const topics = () => [topic('fires', 'Number of fires', 'count'), topic('provinces', 'Provinces with fires', 'count'), topic('crews', 'Firefighters deployed', 'count'), topic('dead', 'Firefighters killed', 'count')]
  it.each([
    ['en', 'Crews fought 63 fires across nine provinces on Sunday.'],
    ['fr', 'Les secours ont combattu 63 incendies dans neuf départements dimanche.'],
    ['ar', 'تعاملت فرق الدفاع المدني يوم الأحد مع 63 حريقاً في تسع محافظات.'],
  ] as const)('%s: the fires counted and where', (lang, text) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.fires).toEqual(['63'])
    expect(got.provinces).toHaveLength(1)
    expect(got.crews).toBeUndefined()
  })
  it.each([
    ['en', 'More than 1,200 firefighters were mobilised on Sunday.', 'More than 1,200'],
    ['fr', 'Plus de 1 200 sapeurs-pompiers ont été mobilisés dimanche.', 'Plus de 1 200'],
    // (The count's noun is "عنصر", members; the words after it say of which force.)
    ['ar', 'جرى حشد أكثر من 1200 عنصر من رجال الإطفاء يوم الأحد.', 'أكثر من 1200'],
  ] as const)('%s: the firefighters sent', (lang, text, figure) => {
    expect(placed(source('a', lang, text), topics()).crews).toEqual([figure])
  })
  it.each([
    ['en', 'Three firefighters were killed when the flames surrounded their truck.', 'Three'],
    ['fr', 'Trois pompiers ont été tués lorsque les flammes ont encerclé leur camion.', 'Trois'],
    ['ar', 'لقي ثلاثة من رجال الإطفاء حتفهم حين حاصرت النيران شاحنتهم.', 'ثلاثة'],
  ] as const)('%s: firefighters killed are no firefighters deployed', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.dead).toEqual([figure])
    expect(got.crews).toBeUndefined()
  })
  it('a fire truck is a truck, not a fire', () => {
    const got = placed(source('a', 'en', 'The ministry sent 140 fire trucks to the coast.'), [topic('fires', 'Number of fires', 'count'), topic('trucks', 'Fire trucks sent', 'count')])
    expect(got.trucks).toEqual(['140'])
    expect(got.fires).toBeUndefined()
  })
})

describe('the day the fires broke out', () => {
  const topics = () => [topic('start', 'Date the fires broke out', 'date'), topic('war', 'Start of the war', 'date')]
  it.each([
    ['en', 'The fires broke out on Saturday night in the hills above the port.', 'Saturday night'],
    ['fr', 'Les incendies se sont déclarés samedi soir sur les collines qui dominent le port.', 'samedi soir'],
    ['ar', 'اندلعت الحرائق ليل السبت في التلال المطلة على الميناء.', 'ليل السبت'],
  ] as const)('%s', (lang, text, day) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.start).toEqual([day])
    expect(got.war).toBeUndefined()
  })
})

describe('devices counted', () => {
  const topics = () => [topic('devices', 'Pagers that detonated', 'count'), topic('aboard', 'People on board', 'count')]
  it.each([
    ['en', 'Around 3,000 pagers exploded across the region within minutes.', 'Around 3,000'],
    ['fr', 'Environ 3 000 bipeurs ont explosé dans la région en quelques minutes.', 'Environ 3 000'],
    ['ar', 'انفجر نحو 3 آلاف جهاز في أنحاء المنطقة خلال دقائق.', 'نحو 3 آلاف'],
  ] as const)('%s', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.devices).toEqual([figure])
    expect(got.aboard).toBeUndefined()
  })
  it('a count of people killed by the devices is no count of devices', () => {
    expect(placed(source('a', 'en', 'The pager blasts killed 9 people.'), topics()).devices).toBeUndefined()
  })
})

describe('protesters, and protesters killed', () => {
  const topics = () => [topic('marchers', 'Protesters in the capital', 'count'), topic('dead', 'Protest deaths', 'count')]
  it.each([
    ['en', 'Some 6,000 protesters marched through the capital on Friday. Nine protesters were killed by police fire.', 'Some 6,000', 'Nine'],
    ['fr', 'Quelque 6 000 manifestants ont défilé vendredi dans la capitale. Neuf manifestants ont été tués par des tirs de la police.', 'Quelque 6 000', 'Neuf'],
    ['ar', 'شارك نحو 6 آلاف متظاهر في مسيرة بالعاصمة يوم الجمعة. وقُتل تسعة متظاهرين برصاص الشرطة.', 'نحو 6 آلاف', 'تسعة'],
  ] as const)('%s', (lang, text, marchers, dead) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.marchers).toEqual([marchers])
    expect(got.dead).toEqual([dead])
  })
})

describe('what police seize, and who attacked', () => {
  const topics = () => [topic('rounds', 'Rounds of ammunition found', 'count'), topic('rifles', 'Rifles seized', 'count'), topic('dead', 'Death toll of the raid', 'count'), topic('attackers', 'Number of attackers', 'count')]
  it.each([
    ['en', 'Police recovered 740 rounds and 3 rifles from the car, and said six attackers took part in the raid.', { rounds: ['740'], rifles: ['3'], attackers: ['six'] }],
    ['fr', 'La police a saisi 740 cartouches et 3 fusils dans la voiture ; six assaillants ont participé au raid.', { rounds: ['740'], rifles: ['3'], attackers: ['six'] }],
    ['ar', 'صادرت الشرطة 740 طلقة و3 بنادق من السيارة، وقالت إن ستة مسلحين شاركوا في الهجوم.', { rounds: ['740'], rifles: ['3'], attackers: ['ستة'] }],
  ] as const)('%s', (lang, text, want) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.rounds).toEqual(want.rounds)
    expect(got.rifles).toEqual(want.rifles)
    expect(got.attackers).toEqual(want.attackers)
    expect(got.dead).toBeUndefined()
  })
  it('rounds recovered are no bodies recovered', () => {
    expect(placed(source('a', 'en', 'More than 740 rounds were recovered near the stage.'), topics()).dead).toBeUndefined()
  })
})

describe('a crowd counted', () => {
  it.each([
    ['en', 'The band played to a crowd of 12,500 on Saturday.', '12,500'],
    ['fr', 'Le groupe a joué samedi devant 12 500 spectateurs.', '12 500'],
    ['ar', 'أحيت الفرقة حفلاً يوم السبت أمام 12500 متفرج.', '12500'],
  ] as const)('%s', (lang, text, figure) => {
    expect(placed(source('a', lang, text), [topic('crowd', 'Concert audience', 'count')]).crowd).toEqual([figure])
  })
})

describe('a word of others after a group counted', () => {
  const topics = () => [topic('medics', 'Medics sent', 'count'), topic('affected', 'People affected', 'count'), topic('injured', 'People injured', 'count')]
  it.each([
    ['en', 'The agency sent 240 paramedics to the affected villages on Monday.', '240'],
    ['fr', 'Quelque 240 secouristes ont soigné des blessés toute la nuit.', 'Quelque 240'],
  ] as const)('%s: the group is what is counted', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.medics).toEqual([figure])
    expect(got.affected).toBeUndefined()
    expect(got.injured).toBeUndefined()
  })
  it('before the figure, it says what is counted of the group', () => {
    const got = placed(source('a', 'fr', 'Les enquêteurs ont vu les corps de 31 manifestants à la morgue.'), [topic('marchers', 'Manifestants dans la capitale', 'count'), topic('bodies', 'Corps à la morgue', 'count')])
    expect(got.bodies).toEqual(['31'])
    expect(got.marchers).toBeUndefined()
  })
})

describe('the day of the protests', () => {
  const topics = () => [topic('day', 'Day of the protests', 'date'), topic('struck', 'Date the storm struck', 'date')]
  it.each([
    ['en', 'Police fired tear gas during Thursday\'s protests in the capital.', 'Thursday'],
    ['fr', 'La police a tiré des gaz lacrymogènes lors des manifestations de jeudi dans la capitale.', 'jeudi'],
    ['ar', 'أطلقت الشرطة الغاز المسيل للدموع خلال مظاهرات الخميس في العاصمة.', 'الخميس'],
  ] as const)('%s', (lang, text, day) => {
    const got = placed(source('a', lang, text), topics())
    expect(got.day).toEqual([day])
    expect(got.struck).toBeUndefined()
  })
})
