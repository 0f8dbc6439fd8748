import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'
import { qualifiersIn } from '../../../src/core/align/facets'
import { topicFromText } from '../../../src/core/align/topicFromText'

// What a topic's label adds to its measure ("Seriously injured" beside "People injured") splits
// that measure between the two topics, on short reports written for these tests.


describe('qualifiersIn', () => {
  it.each([
    ['Seriously injured', ['serious']],
    ['Aid per partly collapsed home', ['partial']],
    ['Emergency payment per household', ['emergency']],
    ['Killings at the maternity hospital', ['hospital']],
    ['مساعدة استعجالية للأسر', ['emergency']],
    ['إصابات بليغة', ['serious']],
    ['les blessés graves', ['serious']],
    ['Death toll of the flood', []],
  ])('%s', (text, ids) => expect([...qualifiersIn(text)]).toEqual(ids))
})

describe('a qualifier splits a measure when topics split it', () => {
  const injured = [topic('injured', 'People injured in the quake', 'count'), topic('serious', 'Seriously injured', 'count')]
  it.each([
    ['en', 'The ministry counted 2,100 people injured, 640 of them seriously.', '2,100', '640'],
    ['ar', 'وأحصت الوزارة 2100 إصابة، 640 منها وُصفت بالخطيرة.', '2100', '640'],
    ['fr', 'Le ministère recense 2 100 blessés, dont 640 grièvement.', '2 100', '640'],
  ] as const)('%s: the serious part goes to its own topic', (lang, text, all, serious) => {
    const got = placed(source('a', lang, text), injured)
    expect(got.injured).toEqual([all])
    expect(got.serious).toEqual([serious])
  })
  const aid = [topic('whole', 'Aid per destroyed home', 'money'), topic('part', 'Aid per partly collapsed home', 'money'), topic('now', 'Emergency payment per household', 'money')]
  it('amounts said of partly collapsed homes and of an immediate payment go to their topics', () => {
    const got = placed(source('a', 'en', 'Owners of ruined houses will receive 90,000 dirhams in aid, and those whose houses partly collapsed will receive 45,000 dirhams. Every family will also get an immediate payment of 20,000 dirhams.'), aid)
    expect(got).toEqual({ whole: ['90,000 dirhams'], part: ['45,000 dirhams'], now: ['20,000 dirhams'] })
  })
  it('the same in Arabic', () => {
    const got = placed(source('a', 'ar', 'ستمنح الحكومة مساعدة قدرها 90 ألف درهم عن كل منزل انهار بالكامل، و45 ألف درهم لترميم المنازل التي انهارت جزئياً. كما تقرر صرف مساعدة استعجالية بقيمة 20 ألف درهم لكل أسرة.'), aid)
    expect(got).toEqual({ whole: ['90 ألف درهم'], part: ['45 ألف درهم'], now: ['20 ألف درهم'] })
  })
  it('alone, a topic’s qualifier keeps figures that do not say it', () => {
    const got = placed(source('a', 'fr', "L'ONU a débloqué 5 millions de dollars pour les sinistrés."), [topic('un', 'UN emergency aid', 'money')])
    expect(got.un).toEqual(['5 millions de dollars'])
  })
  it('a place the label names by a common noun stands for its name', () => {
    const topics = [topic('city', 'People killed in Kadugli', 'count'), topic('hospital', 'People killed at the Saudi maternity hospital', 'count')]
    const got = placed(source('a', 'ar', 'قُتل أكثر من 300 شخص في مستشفى الولادة بكادوقلي، بحسب المنظمة. وقُتل 1500 شخص في كادوقلي منذ سقوطها.'), topics)
    expect(got.hospital).toEqual(['أكثر من 300'])
    expect(got.city).toEqual(['1500'])
  })
})

describe('amounts and their words', () => {
  it('an amount restated in another currency goes where the amount goes', () => {
    const topics = [topic('fund', 'Reconstruction fund', 'money'), topic('aid', 'UN aid to Libya', 'money')]
    const got = placed(source('a', 'en', 'The government allocated 3 billion dinars (about $620 million) to the reconstruction fund.'), topics)
    expect(got.fund).toEqual(['3 billion dinars', 'about $620 million'])
    expect(got.aid).toBeUndefined()
  })
  it('a currency’s nationality names no place', () => {
    const topics = [topic('fund', 'Reconstruction fund', 'money'), topic('aid', 'UN aid to Libya', 'money')]
    const got = placed(source('a', 'ar', 'قررت الحكومة رصد 3 مليارات دينار ليبي لفائدة صندوق إعادة الإعمار.'), topics)
    expect(got.fund).toEqual(['3 مليارات دينار ليبي'])
  })
})

describe('counts and their words', () => {
  it('countries counted are no people of the victims', () => {
    const got = placed(source('a', 'ar', 'المغرب يقبل عروض مساعدة من 3 دول بينها الإمارات وإسبانيا'), [topic('countries', 'Countries whose rescue teams were accepted', 'count')])
    expect(got.countries).toEqual(['3'])
  })
  it('a word joined by و begins the next clause and counts the next figure', () => {
    const topics = [topic('dead', 'Death toll of the war', 'count'), topic('displaced', 'People displaced by the war', 'count')]
    const got = placed(source('a', 'ar', 'اندلعت الحرب قبل عامين وأودت بحياة عشرات الآلاف وشرّدت نحو 9 ملايين شخص.'), topics)
    expect(got.dead).toEqual(['عشرات الآلاف'])
    expect(got.displaced).toEqual(['نحو 9 ملايين'])
  })
  it('a unit only one measure takes beats a measure word elsewhere in the sentence', () => {
    const got = placed(source('a', 'fr', "La profondeur du foyer a été corrigée, à 12,5 km au lieu de 9 km."), [topic('depth', 'Depth of the earthquake', 'count')])
    expect(got.depth).toEqual(['12,5 km', '9 km'])
  })
  it('a topic scoped to a place inside the story needs the place by the figure, however many articles name it', () => {
    const a = source('a', 'en', 'The quake was felt in Tiznit. It killed 800 people across the region.')
    const b = source('b', 'en', 'Tiznit residents slept outside. In Tiznit province, 75 people died.')
    const topics = [topic('tiznit', 'Deaths in Tiznit province', 'count')]
    const claims = [a, b].flatMap((s) => extractClaims(s))
    const got = assignClaims(claims, topics, [a, b]).map((x) => claims.find((k) => k.id === x.claimId)!.text)
    expect(got).toEqual(['75'])
  })
})

describe('dates by their form and their statement', () => {
  const topics = [topic('deadline', 'Deadline for the withdrawal of the troops', 'date'), topic('start', 'Start of the withdrawal', 'date')]
  it.each([
    ['en', 'The president says the troops will be out by the end of the year.', 'by the end of the year'],
    ['ar', 'الرئيس يعلن انسحاب القوات من البلاد قبل نهاية العام', 'قبل نهاية العام'],
    ['fr', "L'état-major confirme un retrait complet au 31 décembre.", 'au 31 décembre'],
  ] as const)('%s: a date said as a latest day is a deadline, not the start of the event its sentence names', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics)
    expect(got.deadline).toEqual([figure])
    expect(got.start).toBeUndefined()
  })
  const announced = [topic('said', 'Date the president announced the withdrawal', 'date')]
  it('the day of a statement dates the announcement of what its sentence names', () => {
    const got = placed(source('a', 'ar', 'قال الرئيس، مساء اليوم الأحد، إن القوات ستغادر البلاد خلال أسابيع.'), [topicFromText({ id: 'said', label: 'Date Tebboune announced the withdrawal', kind: 'date' })!])
    expect(got.said).toBeUndefined()
    const named = placed(source('b', 'ar', 'قال الرئيس تبون، مساء اليوم الأحد، إن القوات ستغادر البلاد خلال أسابيع.'), [topicFromText({ id: 'said', label: 'Date Tebboune announced the withdrawal', kind: 'date' })!])
    expect(named.said).toEqual(['مساء اليوم الأحد'])
  })
  it('a statement about something else dates no announcement of the topic', () => {
    expect(placed(source('a', 'en', 'The president said on Monday that the economy was growing.'), announced).said).toBeUndefined()
  })
  it('a summit is an event of its own', () => {
    const got = placed(source('a', 'fr', 'Les chefs d’État se réuniront lors d’un sommet extraordinaire le jeudi 10 août 2023 à Abuja.'), [topic('summit', 'Date of the emergency summit', 'date')])
    expect(got.summit).toEqual(['jeudi 10 août 2023'])
  })
})

describe('figures of a list by place', () => {
  const topics = [topic('whole', 'Death toll of the earthquake', 'count'), topic('azrou', 'Deaths in Azrou province', 'count'), topic('ifrane', 'Deaths in Ifrane province', 'count'), topic('midelt', 'Deaths in Midelt province', 'count')]
  it('a name belongs to the figure it introduces, not to the figure before it', () => {
    const got = placed(source('a', 'en', 'The province of Azrou accounted for 412 of the dead, followed by Ifrane with 207 and the Midelt province with 31.'), topics)
    expect(got.ifrane).toEqual(['207'])
    expect(got.midelt).toEqual(['31'])
  })
  it('a name in another clause with a figure of its own is that figure’s, and the ranking goes on past "while"', () => {
    const got = placed(source('a', 'en', 'Azrou province remains the worst hit, with 412 deaths recorded there, while Ifrane province has counted 207.'), topics)
    expect(got.azrou).toEqual(['412'])
    expect(got.ifrane).toEqual(['207'])
  })
  it('the same in Arabic', () => {
    const got = placed(source('a', 'ar', 'سجّل إقليم أزرو العدد الأكبر بـ412 وفاة، فيما أحصى إقليم إفران 207.'), [topic('azrou', 'Deaths in Azrou province', 'count'), topic('ifrane', 'Deaths in Ifrane province', 'count')])
    expect(got.azrou).toEqual(['412'])
    expect(got.ifrane).toEqual(['207'])
  })
})

describe('more measures read right', () => {
  it('a length of time declared is no announcement', () => {
    const got = placed(source('a', 'en', 'The king declared five days of national mourning.'), [topic('mourning', 'National mourning', 'duration')])
    expect(got.mourning).toEqual(['five days'])
  })
  it('a day whose event it names is no deadline ("killed by Tuesday’s explosion")', () => {
    const got = placed(source('a', 'en', 'The number of people killed by Tuesday’s explosion has reached 90.'), [topic('blast', 'Date of the explosion', 'date'), topic('deadline', 'Deadline for the evacuation', 'date')])
    expect(got.blast).toEqual(['Tuesday'])
    expect(got.deadline).toBeUndefined()
  })
  it('a share said in words is a share of what follows it', () => {
    const topics = [topic('share', 'Share of Homs damaged', 'percent')]
    expect(placed(source('a', 'fr', 'Selon le gouverneur, près de la moitié de Homs est détruite.'), topics).share).toEqual(['près de la moitié'])
    expect(placed(source('b', 'ar', 'قال محافظ حمص إن نصف المدينة دُمّر.'), topics).share).toEqual(['نصف'])
  })
  it('a name after ل and its dropped article is still found ("لليبيا")', () => {
    const got = placed(source('a', 'ar', 'الأمم المتحدة تفرج عن 7 ملايين دولار لليبيا'), [topic('aid', 'UN aid to Libya', 'money')])
    expect(got.aid).toEqual(['7 ملايين دولار'])
  })
  it('a pair of names in a label is about either', () => {
    const t = topicFromText({ id: 'standoff', label: 'Length of the Rome-Tunis standoff', kind: 'duration' })!
    expect(t.entity.aliases).toEqual(expect.arrayContaining(['Rome', 'Tunis']))
    expect(placed(source('a', 'fr', 'Après trois mois de bras de fer avec Tunis, Rome a cédé.'), [t]).standoff).toEqual(['trois mois'])
  })
})

describe('places counted', () => {
  const topics = [topic('dead', 'Death toll of the earthquake', 'count'), topic('countries', 'Countries that sent rescue teams', 'count')]
  it.each([
    ['ar', 'ارتفع عدد ضحايا الزلزال الذي هزّ 12 منطقة من البلاد إلى 900 قتيل.', '12'],
    ['en', 'The quake that shook 12 provinces has killed 900 people.', '12'],
    ['fr', 'Le séisme qui a frappé 12 régions a fait 900 morts.', '12'],
  ] as const)('%s: a count of places is neither a toll nor a count of countries', (lang, text, places) => {
    const got = placed(source('a', lang, text), topics)
    expect(got.dead ?? []).not.toContain(places)
    expect(got.countries).toBeUndefined()
  })
})

describe('a count said so far', () => {
  const topics = [topic('troops', 'Egyptian troops in Sudan', 'count'), topic('gone', 'Egyptian troops already withdrawn', 'count')]
  it.each([
    ['fr', 'Selon l’état-major, 300 soldats égyptiens ont déjà quitté le Soudan, sur les 1 200 militaires égyptiens déployés.', '300', '1 200'],
    ['ar', 'وأعلن الجيش أن 300 جندي مصري غادروا حتى الآن، من أصل 1200 عسكري مصري منتشرين في السودان.', '300', '1200'],
  ] as const)('%s: the part already gone goes to its own topic', (lang, text, gone, all) => {
    const got = placed(source('a', lang, text), topics)
    expect(got.gone).toEqual([gone])
    expect(got.troops).toEqual([all])
  })
})

describe('more words of the common measures', () => {
  const topics = [topic('dead', 'Death toll', 'count'), topic('displaced', 'People displaced', 'count'), topic('date', 'Date the disaster struck', 'date')]
  it.each([
    ['ar', 'وقالت السلطات إن 40 شخصاً ماتوا تحت الأنقاض.', '40', 'dead'],
    ['en', 'The landslide is now known to have killed 40 people, the deceased including 12 children.', '40', 'dead'],
    ['fr', 'Une femme de 70 ans est décédée, portant le bilan à 40 personnes décédées.', '40', 'dead'],
    ['ar', 'وتمكنت فرق الدفاع المدني من إجلاء 3000 شخص من القرى المهددة.', '3000', 'displaced'],
    ['fr', "Les autorités ont procédé à l'évacuation de 3 000 habitants.", '3 000', 'displaced'],
    ['en', 'The hurricane made its way ashore on 25 October 2023 near the port.', '25 October 2023', 'date'],
    ['fr', 'Le glissement de terrain s’est produit le 24 mai 2024 dans la province.', '24 mai 2024', 'date'],
  ] as const)('%s: %s', (lang, text, figure, id) => {
    expect(placed(source('a', lang, text), topics)[id]).toContain(figure)
  })
})

describe('a clause that takes its noun from the clause before', () => {
  const topics = [topic('survivors', 'Survivors of the shipwreck', 'count'), topic('dead', 'Death toll of the shipwreck', 'count')]
  it.each([
    ['fr', "Reste le décompte des rescapés : 96, dont aucune femme.", '96', 'survivors'],
    ['en', 'Then came the count of the survivors: 96, all of them men.', '96', 'survivors'],
    ['ar', 'لم تكد المدينة تحصي قتلاها، الذين تجاوز عددهم 300، حتى بدأت عمليات البحث.', '300', 'dead'],
  ] as const)('%s: %s', (lang, text, figure, id) => {
    expect(placed(source('a', lang, text), topics)[id]).toEqual([figure])
  })
})

describe('peoples and countries in a topic’s name', () => {
  it('a measure one body decides, named for a country, is that country’s decision, not a part', () => {
    const a = source('a', 'fr', 'Un chalutier a sombré au large de la Grèce. Le gouvernement a décrété quatre jours de deuil national.')
    const b = source('b', 'en', 'Greece mourns the victims of the shipwreck.')
    const claims = [a, b].flatMap((s) => extractClaims(s))
    const got = assignClaims(claims, [topic('mourning', 'Greek national mourning', 'duration')], [a, b]).map((x) => claims.find((k) => k.id === x.claimId)!.text)
    expect(got).toEqual(['quatre jours'])
  })
  it('a people further on in the counted words is no people of the figure', () => {
    const topics = [topic('pakistanis', 'Pakistani survivors', 'count'), topic('dead', 'Dead in the shipwreck', 'count')]
    expect(placed(source('a', 'en', 'Pakistan confirms 14 citizens survived Greek shipwreck'), topics).pakistanis).toEqual(['14'])
    expect(placed(source('b', 'ar', 'مأساة قبالة كريت: 65 غريقاً بينهم مصريان'), topics).dead).toEqual(['65'])
  })
})

describe('depths and lengths among distances', () => {
  const topics = [topic('depth', 'Depth of the earthquake', 'count'), topic('length', 'Length of the boat', 'count'), topic('offshore', 'Distance of the wreck offshore', 'count')]
  it.each([
    ['en', 'It struck 60 kilometres south of the city, at a depth of 12 kilometres.', { depth: ['12 kilometres'] }],
    ['fr', 'La profondeur du foyer a été corrigée, à 14 km.', { depth: ['14 km'] }],
    ['ar', 'وأوضح المتحدث أن طوله يقارب 25 متراً، وأنه غرق على بعد 40 ميلاً بحرياً.', { length: ['يقارب 25 متراً'], offshore: ['40 ميلاً بحرياً'] }],
  ] as const)('%s: %s', (lang, text, want) => {
    const got = placed(source('a', lang, text), topics)
    for (const [id, figures] of Object.entries(want)) expect(got[id], id).toEqual(figures)
    expect(got.depth ?? []).not.toContain('60 kilometres')
  })
})
