import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { distinctTells, TELL_KIND, tellsIn } from '../../../src/core/align/marks'
import { locatesPlace, speakerSeat } from '../../../src/core/align/places'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'

// Topics of one measure told apart by what one of them names and the others do not: a part of
// the country, a kind of people, the body that counts, the period. Reports written for these tests.

describe('what a text tells, in three languages', () => {
  it.each([
    ['en', 'Some 30,000 people fled their homes in the north-east', ['north-east']],
    ['fr', "Quelque 30 000 personnes ont fui dans le nord-est du pays", ['north-east']],
    ['ar', 'نزح نحو 30 ألف شخص في شمال شرقي البلاد', ['north-east']],
    ['en', 'The blaze killed 4 firefighters and 2 soldiers', ['firefighters', 'soldiers']],
    ['fr', 'Le feu a tué quatre sapeurs-pompiers et deux militaires', ['firefighters', 'soldiers']],
    ['ar', 'لقي أربعة من رجال الإطفاء وجنديان حتفهم', ['firefighters', 'soldiers']],
    ['en', 'Two rescue workers died in a crash, the health ministry said', ['rescuers', 'health-ministry']],
    ['fr', 'Deux secouristes sont morts, selon le ministère de la Santé', ['rescuers', 'health-ministry']],
    ['ar', 'توفي اثنان من فرق الإنقاذ بحسب وزارة الصحة', ['rescuers', 'health-ministry']],
    ['en', 'No one knows how many have died since the war began', ['war']],
    ['fr', 'Le nombre de morts depuis le début de la guerre reste inconnu', ['war']],
    ['ar', 'لا أحد يعرف عدد القتلى منذ اندلاع الحرب', ['war']],
  ] as const)('%s: %s', (_lang, text, ids) => {
    expect([...tellsIn(text)].sort()).toEqual([...ids].sort())
  })
  it.each([
    ['en', 'The toll in the Middle East is unknown'],
    // ("The state" is as often a federated state as the government: its assembly, its police.)
    ['en', 'The chief minister told the state assembly that 800 had died at earlier festivals'],
    ['fr', 'Le bilan est de 12 morts'],
    ['ar', 'ارتفعت الحصيلة في الشرق الأوسط'],
  ] as const)('%s: no region in "%s"', (_lang, text) => {
    expect(tellsIn(text).size).toBe(0)
  })
  it.each([
    ['en', 'the authorities in the east of the country announced 900 deaths'],
    ['en', "the country's eastern government put the toll at 900"],
    ['fr', "les autorités de l'est du pays ont annoncé 900 morts"],
    ['ar', 'أعلنت السلطات في شرق البلاد تسجيل 900 وفاة'],
  ] as const)('%s: a region that seats a body says who counts, not where: "%s"', (_lang, text) => {
    expect([...tellsIn(text)].filter((id) => TELL_KIND.get(id) === 'region')).toEqual([])
  })
  it('the eastern health minister is a body, not a region', () => {
    expect([...tellsIn('the eastern health minister expects 900 deaths')]).toEqual(['health-ministry'])
  })
  it.each([
    ['en', '900 died in Korvik, a port city in the east of the country'],
    ['fr', "900 morts à Korvik, seule ville de l'est touchée"],
    ['ar', 'توفي 900 شخص في مدينة كورفيك في شرق البلاد'],
    ['en', '900 died in the eastern city of Korvik'],
  ] as const)('%s: a region that locates a town says where the town is: "%s"', (_lang, text) => {
    expect(tellsIn(text).size).toBe(0)
  })
  it('finds the seat and the locator where they stand', () => {
    const t = 'the authorities in eastern Ardenia said 900 died in the coastal town of Korvik'
    expect(speakerSeat(t, t.indexOf('Ardenia'), t.indexOf('Ardenia') + 7)).toBe(true)
    expect(speakerSeat(t, t.indexOf('Korvik'), t.indexOf('Korvik') + 6)).toBe(false)
    const u = 'a town in the east of the country'
    expect(locatesPlace(u, u.indexOf('east'), u.indexOf('east') + 4)).toBe(true)
    // (Towns are many: "towns of the east" are the east's.)
    const v = 'the towns of the east'
    expect(locatesPlace(v, v.indexOf('east'), v.indexOf('east') + 4)).toBe(false)
  })
  it('what every topic of a measure says tells nothing', () => {
    const [a, b] = distinctTells([new Set(['soldiers', 'east']), new Set(['soldiers'])])
    expect([...a]).toEqual(['east'])
    expect(b.size).toBe(0)
    expect(distinctTells([new Set(['east'])])[0].size).toBe(0)
  })
})

describe('placement among topics of one measure told apart by what their labels name', () => {
  const displaced = () => [topic('town-displaced', 'People displaced from Korvik', 'count'), topic('ne-displaced', 'People displaced in north-eastern Ardenia', 'count')]
  // (The town first, as the story's own place.)
  it.each([
    ['en', 'The floods swept across Ardenia and Korvik. Korvik lost its bridges. Officials said 12,000 people were displaced in the north-east of the country.', '12,000'],
    ['fr', "Les crues ont frappé l'Ardenia et Korvik. Korvik a perdu ses ponts. Selon les autorités, 12 000 personnes ont été déplacées dans le nord-est du pays.", '12 000'],
    ['ar', 'اجتاحت الفيضانات أردينيا وكورفيك. فقدت كورفيك جسورها. وقدّر المسؤولون عدد النازحين في شمال شرق البلاد بنحو 12 ألفاً.', 'نحو 12 ألفاً'],
  ] as const)('%s: a count said of the north-east goes to the north-east, not to the town', (lang, text, figure) => {
    const topics = displaced()
    if (lang === 'ar') { topics[0].entity.aliases.push('كورفيك'); topics[1].entity.aliases.push('أردينيا') }
    const got = placed(source('a', lang, text), topics)
    expect(got['ne-displaced']).toEqual([figure])
    expect(got['town-displaced']).toBeUndefined()
  })
  // (As a reader would give them, with what each counts.)
  // (The soldiers first: on a tie the first topic would take the figure.)
  const crews = () => [
    topicFromText({ id: 'soldiers-dead', label: 'Soldiers killed', measure: 'soldiers who died in the fires', kind: 'count' })!,
    topicFromText({ id: 'fire-crews', label: 'Firefighters deployed', measure: 'personnel sent to put out the fires', kind: 'count' })!,
  ]
  it.each([
    ['en', 'Some 6,000 civil protection personnel were deployed against the blazes.', 'Some 6,000'],
    ['fr', 'Quelque 6 000 hommes de la protection civile ont été mobilisés contre les flammes.', 'Quelque 6 000'],
    ['ar', 'جنّدت الوزارة نحو 6000 عنصر من الحماية المدنية لمواجهة النيران.', 'نحو 6000'],
  ] as const)('%s: firefighters go to the firefighters, not to the soldiers killed', (lang, text, figure) => {
    const got = placed(source('a', lang, text), crews())
    expect(got['fire-crews']).toEqual([figure])
    expect(got['soldiers-dead']).toBeUndefined()
  })
  const tolls = () => [topic('city-dead', 'People killed in Korvik since its fall', 'count'), topic('war-dead', 'Death toll of the war in Ardenia', 'count')]
  it.each([
    ['en', 'The war in Ardenia is in its third year. Korvik fell to the rebels in May. No reliable toll exists for the conflict. Tens of thousands of people have been killed.', 'Tens of thousands'],
    ['fr', "La guerre en Ardenia entre dans sa troisième année. Korvik est tombée aux mains des rebelles en mai. Aucun bilan fiable de la guerre n'existe. Des dizaines de milliers de personnes ont été tuées.", 'Des dizaines de milliers'],
    ['ar', 'تدخل الحرب في أردينيا عامها الثالث. سقطت كورفيك في أيدي المتمردين في مايو. ولا توجد حصيلة موثوقة لضحايا الحرب. وقد قُتل عشرات الآلاف من الأشخاص.', 'عشرات الآلاف'],
  ] as const)('%s: the period said in the sentence before tells the war from the fall of the city', (lang, text, figure) => {
    const topics = tolls()
    if (lang === 'ar') { topics[0].entity.aliases.push('كورفيك'); topics[1].entity.aliases.push('أردينيا') }
    const got = placed(source('a', lang, text), topics)
    expect(got['war-dead']).toEqual([figure])
    expect(got['city-dead']).toBeUndefined()
  })
})

describe('what is being done in the places counted', () => {
  // (The provinces where fires broke out first: on a tie it would take both counts.)
  const provinces = () => [
    topicFromText({ id: 'burning', label: 'Provinces with fires', measure: 'provinces where fires broke out', kind: 'count' })!,
    topicFromText({ id: 'fought', label: 'Provinces where fires were being fought', measure: 'provinces where firefighting was still going on', kind: 'count' })!,
  ]
  it.each([
    ['en', 'Fires broke out in 14 provinces on Sunday. On Monday crews were still fighting the flames in 5 provinces.', '14', '5'],
    ['fr', "Des incendies se sont déclarés dans 14 wilayas dimanche. Lundi, les opérations d'extinction se poursuivaient dans 5 wilayas.", '14', '5'],
    ['ar', 'اندلعت الحرائق في 14 ولاية يوم الأحد. وتتواصل عمليات الإطفاء في 5 ولايات يوم الاثنين.', '14', '5'],
  ] as const)('%s: provinces where fires are fought are told from provinces where fires broke out', (lang, text, broke, fought) => {
    const got = placed(source('a', lang, text), provinces())
    expect(got.burning).toEqual([broke])
    expect(got.fought).toEqual([fought])
  })
})

describe('who gives and how a sum is shared', () => {
  // (The sum per household first: on a tie it would take the plan's total too.)
  const aid = () => [
    topicFromText({ id: 'per-home', label: 'Aid per household', measure: 'aid money each household receives', kind: 'money' })!,
    topicFromText({ id: 'plan', label: 'Government aid plan', measure: 'aid money of the whole government plan', kind: 'money' })!,
  ]
  it.each([
    ['en', 'The government unveiled an aid plan worth 2 billion dollars. Each household will receive aid of 5,000 dollars.', '2 billion dollars', '5,000 dollars'],
    ['fr', "Le gouvernement a présenté un plan d'aide de 2 milliards de dollars. Chaque foyer recevra une aide de 5 000 dollars.", '2 milliards de dollars', '5 000 dollars'],
    ['ar', 'أعلنت الحكومة خطة مساعدات بقيمة 2 مليار دولار. وستحصل كل أسرة على مساعدة قدرها 5000 دولار.', '2 مليار دولار', '5000 دولار'],
  ] as const)('%s: the plan takes its total and each household its share', (lang, text, total, share) => {
    const got = placed(source('a', lang, text), aid())
    expect(got.plan).toEqual([total])
    expect(got['per-home']).toEqual([share])
  })
  const pledges = () => [
    topicFromText({ id: 'state-fund', label: 'State emergency fund', measure: 'emergency aid money the government released', kind: 'money' })!,
    topicFromText({ id: 'donors', label: 'Aid pledged by donors', measure: 'emergency aid money pledged at the donor conference', kind: 'money' })!,
  ]
  it.each([
    ['en', 'At a conference on Sunday, donors pledged 300 million dollars in emergency aid.', '300 million dollars'],
    ['fr', "Dimanche, les donateurs ont promis 300 millions de dollars d'aide d'urgence.", '300 millions de dollars'],
    ['ar', 'وتعهد المانحون يوم الأحد بتقديم مساعدات طارئة بقيمة 300 مليون دولار.', '300 مليون دولار'],
  ] as const)('%s: what donors pledge is no fund of the state, though both are emergency aid', (lang, text, pledged) => {
    const got = placed(source('a', lang, text), pledges())
    expect(got.donors).toEqual([pledged])
    expect(got['state-fund']).toBeUndefined()
  })
})

describe('topics named by words alone', () => {
  // (Arabic cue words are found inside words, with their articles and endings, as before.)
  it.each([
    // (Bridges: no measure of the lexicon counts them; fires now have one, measures.ts.)
    ['en', 'Number of bridges closed', 'Bridges still closed', 'Crews closed 60 bridges on Monday, and more than 3,000 firefighters were sent in. By the next day 9 bridges were still closed.', '60', '9'],
    ['fr', 'Ponts fermés', 'Ponts encore fermés', 'Les équipes ont fermé 60 ponts lundi, avec plus de 3 000 sapeurs-pompiers. Le lendemain, 9 ponts restaient encore fermés.', '60', '9'],
  ] as const)('%s: a word of a cue is a word of the text, and more of a topic\'s words tell the narrower topic', (lang, wide, narrow, text, all, still) => {
    const got = placed(source('a', lang, text), [topic('fires', wide, 'count'), topic('still', narrow, 'count')])
    expect(got.fires).toEqual([all])
    expect(got.still).toEqual([still])
  })
})

describe('projections spread wide', () => {
  it('an early projection far below later ones is no stray', () => {
    const reports = [
      source('en', 'en', 'The head of the relief agency put the death toll in Korvik at 120 and said he expected it to climb to around 300.'),
      source('fr', 'fr', 'À Korvik, le bilan des morts pourrait dépasser 15 000, selon les autorités.'),
      source('ar', 'ar', 'توقع مسؤول في كورفيك أن ترتفع حصيلة القتلى إلى 12 ألفا.'),
    ]
    const expected = topic('expected-dead', 'Expected death toll in Korvik', 'count')
    expected.entity.aliases.push('كورفيك')
    const claims = reports.flatMap((s) => extractClaims(s))
    const got = assignClaims(claims, [expected], reports).map((a) => claims.find((c) => c.id === a.claimId)!.text)
    expect(got.sort()).toEqual(['around 300', 'dépasser 15 000', '12 ألفا'].sort())
  })
})

describe('a group among the counted, whatever place the whole toll names', () => {
  it.each([
    ['en', 'The death toll of the attack on the Varden arena rose to 90, including 4 children.', '90', '4'],
    ['fr', "Le bilan de l'attaque contre l'arène Varden s'élève à 90 morts, dont 4 enfants.", '90', '4'],
    ['ar', 'ارتفعت حصيلة قتلى الهجوم على قاعة فاردن إلى 90 قتيلا بينهم 4 أطفال.', '90', '4'],
  ] as const)('%s: the children go to the children killed, and the toll stays the whole', (lang, text, all, children) => {
    const topics = [topic('arena-dead', 'Varden arena death toll', 'count'), topic('children-dead', 'Children killed', 'count')]
    if (lang === 'ar') topics[0].entity.aliases.push('فاردن')
    const got = placed(source('a', lang, text), topics)
    expect(got['arena-dead']).toEqual([all])
    expect(got['children-dead']).toEqual([children])
  })
})

describe('a place another topic names keeps a figure out only when said of it', () => {
  it.each([
    ['en', 'Korvik officials said 12 bodies had been taken to the city morgue, and 5 more were brought to a hospital.', '12'],
    ['fr', "Selon les autorités de Korvik, 12 corps ont été transportés à la morgue de la ville, et 5 autres vers un hôpital.", '12'],
    ['ar', 'قالت سلطات كورفيك إن 12 جثة نُقلت إلى مشرحة المدينة، فيما نُقلت 5 جثث أخرى إلى مستشفى.', '12'],
  ] as const)('%s: bodies taken to the morgue stay the morgue\'s when the hospital is another figure\'s', (lang, text, morgue) => {
    const topics = [topic('hospital-bodies', 'Bodies at the Varden hospital', 'count'), topic('city-bodies', 'Bodies in Korvik morgues', 'count')]
    if (lang === 'ar') topics[1].entity.aliases.push('كورفيك')
    const got = placed(source('a', lang, text), topics)
    expect(got['city-bodies']).toContain(morgue)
    expect(got['hospital-bodies'] ?? []).not.toContain(morgue)
  })
})

describe('what is still so', () => {
  it.each([
    ['en', 'The blast injured 200 people; 40 of them are still in hospital.', '200', '40'],
    ['fr', "L'explosion a fait 200 blessés ; 40 d'entre eux sont toujours à l'hôpital.", '200', '40'],
    ['ar', 'أسفر الانفجار عن إصابة 200 شخص، ولا يزال 40 منهم في المستشفى.', '200', '40'],
  ] as const)('%s: those still in hospital are told from all the injured', (lang, text, all, still) => {
    const topics = [topic('injured', 'People injured in the blast', 'count'), topic('still', 'Injured still in hospital', 'count')]
    const got = placed(source('a', lang, text), topics)
    expect(got.injured).toEqual([all])
    expect(got.still).toEqual([still])
  })
  it.each([
    ['en', 'On Monday 120 people were reported missing. By Friday 90 people were still missing.', '120', '90'],
    ['fr', 'Lundi, 120 personnes étaient portées disparues. Vendredi, 90 personnes restent toujours disparues.', '120', '90'],
    ['ar', 'أُعلن يوم الاثنين عن فقدان 120 شخصا. ويوم الجمعة، لا يزال 90 شخصا في عداد المفقودين.', '120', '90'],
  ] as const)('%s: those still missing are told from all who went missing', (lang, text, all, still) => {
    const got = placed(source('a', lang, text), [topic('missing', 'People missing', 'count'), topic('still-missing', 'People still missing', 'count')])
    expect(got.missing).toEqual([all])
    expect(got['still-missing']).toEqual([still])
  })
})

describe('a kind of people who counts is not the kind counted', () => {
  // (The toll first, as a reader lists them: a tie keeps the figure there.)
  const tolls = () => [
    topicFromText({ id: 'toll', label: 'Death toll of the crush', measure: 'people killed in the crush at the Varden stadium', kind: 'count' })!,
    topicFromText({ id: 'police-dead', label: 'Police officers among the dead', measure: 'police officers killed in the crush', kind: 'count' })!,
  ]
  it.each([
    ['en', 'The crush at the Varden stadium killed 131 people, the police said on Sunday, and two officers were among the dead.', '131'],
    ['en', 'An inquiry counted 140 dead at the Varden stadium; the police have kept to 131 since Sunday.', 'An inquiry counted 140'],
    ['fr', 'La bousculade au stade Varden a fait 131 morts, a indiqué la police dimanche.', '131'],
    ['ar', 'رفعت الشرطة عدد قتلى التدافع في ملعب فاردن إلى 131 قتيلا.', '131'],
  ] as const)('%s: a toll the police give goes to the toll, not to the police killed', (lang, text, figure) => {
    const topics = tolls()
    if (lang === 'ar') topics[0].entity.aliases.push('فاردن')
    const got = placed(source('a', lang, text), topics)
    expect(got.toll ?? []).toContain(figure.replace('An inquiry counted ', ''))
    expect(got['police-dead'] ?? []).not.toContain(figure.replace('An inquiry counted ', ''))
  })
  it('the officers counted by their own words still go to the police killed', () => {
    const got = placed(source('a', 'en', 'The crush at the Varden stadium killed 131 people, among them 2 police officers.'), tolls())
    expect(got['police-dead']).toEqual(['2'])
  })
})

describe('an aside in brackets in a measure adds nothing to it', () => {
  const tolls = () => [
    topicFromText({ id: 'toll', label: 'Death toll of the crush', measure: 'people killed in the crush', kind: 'count' })!,
    topicFromText({ id: 'inside', label: 'Deaths inside the stadium', measure: 'people who died inside the stadium (the others died in hospital)', kind: 'count' })!,
  ]
  it.each([
    ['en', 'The crush killed 131 people, and dozens of injured fans were still in a hospital in the city.', '131'],
    ['fr', "La bousculade a fait 131 morts, et des dizaines de blessés restaient à l'hôpital de la ville.", '131'],
    ['ar', 'أودى التدافع بحياة 131 شخصا، فيما لا يزال العشرات من الجرحى في مستشفى المدينة.', '131'],
  ] as const)('%s: a toll said beside a hospital is no count of those who died outside it', (lang, text, figure) => {
    const got = placed(source('a', lang, text), tolls())
    expect(got.toll ?? []).toContain(figure)
    expect(got.inside ?? []).not.toContain(figure)
  })
})
