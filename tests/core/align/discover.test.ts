import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates, topicFromCandidate } from '../../../src/core/align/discover'
import type { Lang, Source } from '../../../src/core/model'

// Candidate topics from reports written for these tests: figures of one measure that some sources
// give as a projection, or about one country's people, are proposed as topics of their own.

const source = (id: string, lang: Lang, text: string, outlet: string): Source => ({ id, lang, text, outlet, title: id, published: '2024-03-12', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function candidates(sources: Source[]) {
  const claims = sources.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  return discoverCandidates(claims, sources).map((c) => ({ label: c.label?.en, ar: c.label?.ar, figures: c.claims.map(text).sort(), c }))
}

describe('discoverCandidates: facets of one measure', () => {
  it('a qualifier said past an aside ("60 injured, among them a child, in serious condition") sets the figure apart as placement reads it', () => {
    const found = candidates([
      source('a', 'ar', 'أصيب 230 شخصا في الانفجار، وقال الوزير إن 40 جريحا، بينهم طفل، في حالة خطيرة.', 'Site A'),
      source('b', 'fr', "Plus de 210 personnes ont été blessées, dont 44 dans un état grave.", 'Journal B'),
      source('c', 'en', 'The blast injured 230 people, officials said.', 'Wire C'),
      source('d', 'en', 'At least 240 people were wounded in the explosion.', 'Paper D'),
    ])
    expect(found.find((f) => f.label === 'people injured (serious cases)')?.figures).toEqual(['40', '44'])
  })

  it('the injured "in a state judged critical" and "whose condition is critical" are the serious cases, whatever number each report gives', () => {
    const found = candidates([
      source('a', 'fr', "L'explosion a fait 35 morts et plus de 210 autres ont été blessés, parmi lesquels 17 sont dans un état jugé critique.", 'Journal A'),
      source('b', 'ar', 'أسفر الانفجار عن 35 قتيلا و210 جرحى، بينهم 19 إصابة حالتها حرجة.', 'Site B'),
      source('c', 'en', 'The blast killed 35 people and injured 230, officials said.', 'Wire C'),
      source('d', 'en', 'At least 240 people were wounded in the explosion.', 'Paper D'),
    ])
    expect(found.find((f) => f.label === 'people injured (serious cases)')?.figures).toEqual(['17', '19'])
    expect(found.find((f) => f.label === 'people injured')?.figures).toEqual(['210', '230', 'At least 240', 'plus de 210'])
  })
  it('a projected toll stated by two sources is its own candidate beside the counted toll', () => {
    const found = candidates([
      source('a', 'en', 'The storm killed 3,900 people, officials said. The death toll could reach 10,000, the mayor warned.', 'Wire A'),
      source('b', 'fr', 'La tempête a fait 4 000 morts. Le bilan pourrait atteindre 10 000 morts selon une ONG.', 'Journal B'),
      source('c', 'ar', 'أودت العاصفة بحياة 3900 شخص، وقد يصل عدد القتلى إلى 12 ألفاً بحسب رئيس البلدية.', 'Site C'),
    ])
    const killed = found.filter((f) => f.c.concept === 'killed' && f.c.kind === 'count')
    const projected = killed.find((f) => f.label?.endsWith('(projected)'))
    expect(projected?.figures.length).toBe(3)
    expect(projected?.ar).toMatch(/\(توقعات\)$/)
    const counted = killed.find((f) => f !== projected)!
    expect(counted.figures).toHaveLength(3)
    expect(counted.figures.some((t) => /10|12/.test(t))).toBe(false)
    expect(topicFromCandidate(projected!.c, 'x').projection).toBe(true)
    expect(topicFromCandidate(counted.c, 'y').projection).toBeUndefined()
  })

  it("survivors of one people, named by two sources, are a candidate named for that people in each language", () => {
    const found = candidates([
      source('a', 'en', 'There were 104 survivors, among them 47 Syrians and 43 Egyptians.', 'Wire A'),
      source('b', 'ar', 'بلغ عدد الناجين 104 أشخاص، من بينهم 43 مصريا.', 'Site B'),
      source('c', 'fr', "Les 104 rescapés, dont 12 Pakistanais, ont été conduits à Kalamata.", 'Journal C'),
    ])
    const egypt = found.find((f) => f.c.entity === 'Egypt')
    expect(egypt?.figures).toHaveLength(2)
    expect(egypt?.ar).toMatch(/\(مصر\)$/)
    expect(topicFromCandidate(egypt!.c, 'eg').entity.aliases).toContain('مصريين')
    // A people named by one source only stays with the others.
    expect(found.some((f) => f.c.entity === 'Pakistan' || f.c.entity === 'Syria')).toBe(false)
  })

  it('a facet every source gives is no split: the candidate stays whole', () => {
    const found = candidates([
      source('a', 'en', 'France has 1,500 French soldiers in Niger.', 'Wire A'),
      source('b', 'en', 'About 1,500 French troops are based in Niger.', 'Wire B'),
    ])
    expect(found.filter((f) => f.c.concept === 'troops')).toHaveLength(1)
  })
})

describe('discoverCandidates: places, values and rank', () => {
  it('a toll broken down by province gives a candidate per province stated by two sources, beside the national toll', () => {
    const found = candidates([
      source('a', 'en', 'The quake killed 1,210 people across the country, the ministry said. Karvan province counted 640 of the dead, followed by Tamsar province with 305.', 'Wire A'),
      source('b', 'ar', 'أودى الزلزال بحياة 1250 شخصا في البلاد. وسجل إقليم كارفان 655 وفاة، يليه إقليم تامسار بـ310 وفيات.', 'Site B'),
      source('c', 'fr', 'Le séisme a fait 1 260 morts dans le pays. La province de Karvan compte 660 morts et celle de Tamsar 312 morts.', 'Journal C'),
    ])
    const karvan = found.find((f) => f.c.entity === 'Karvan')
    expect(karvan?.label).toBe('death toll in Karvan')
    expect(karvan?.ar).toBe('حصيلة القتلى في كارفان')
    expect(karvan?.figures).toEqual(['640', '655', '660'])
    const tamsar = found.find((f) => f.c.entity === 'Tamsar')
    expect(tamsar?.figures.length).toBeGreaterThanOrEqual(2)
    const national = found.find((f) => f.c.concept === 'killed' && f.c.entity === '')
    expect(national?.figures).toEqual(['1 260', '1,210', '1250'])
  })

  it('figures said of the rest of a place are their own candidate, named for the place the others name', () => {
    const found = candidates([
      source('a', 'en', 'The flood killed 4,100 people in Ostra. Another 150 died in other parts of the region.', 'Wire A'),
      source('b', 'fr', 'La crue a fait 4 000 morts à Ostra et 160 morts dans d\'autres localités de la région.', 'Journal B'),
      source('c', 'ar', 'أسفرت السيول عن مقتل 4200 شخص في مدينة أوسترا، فيما لقي 155 شخصا حتفهم في مناطق أخرى.', 'Site C'),
    ])
    const rest = found.find((f) => f.label?.startsWith('death toll outside'))
    expect(rest?.figures).toEqual(['150', '155', '160'])
    const main = found.find((f) => f.c.concept === 'killed' && f !== rest)
    expect(main?.figures).toEqual(['4 000', '4,100', '4200'])
  })

  it('an Arabic adjective after a defined place noun, or a common word sharing a place skeleton, is no place', () => {
    const found = candidates([
      source('a', 'ar', 'قتل 80 شخصا على الأقل في المدينة المنكوبة. وقالت السلطات في بلدة نيلا إن 12 شخصا قتلوا.', 'Site A'),
      source('b', 'ar', 'لقي 85 شخصا على الأقل حتفهم في المدينة المنكوبة، بينهم 12 في بلدة نيلا.', 'Site B'),
    ])
    expect(found.every((f) => !/منكوب|الأقل/.test(f.ar ?? ''))).toBe(true)
  })

  it('a deadline a body sets, reported as two values by two sources each, is two candidates named by their value', () => {
    const found = candidates([
      source('a', 'en', 'The bloc gave the junta a seven-day ultimatum. The junta gave the envoy 48 hours to leave the country.', 'Wire A'),
      source('b', 'ar', 'أمهلت المجموعة المجلس العسكري سبعة أيام. ومنح المجلس السفير مهلة 48 ساعة لمغادرة البلاد.', 'Site B'),
      source('c', 'fr', "La junte a donné 48 heures à l'ambassadeur pour quitter le pays.", 'Journal C'),
    ])
    const deadlines = found.filter((f) => f.c.concept === 'deadline' && f.c.kind === 'duration')
    expect(deadlines.map((f) => f.figures.length).sort()).toEqual([2, 3])
    const hours = deadlines.find((f) => f.figures.length === 3)!
    expect(hours.label).toMatch(/^length of the deadline: 48 hours$/)
    expect(hours.ar).toMatch(/^مدة المهلة: /)
  })

  it('a length of time beside an event is named for what lasts, not as the date of the event', () => {
    const found = candidates([
      source('a', 'en', 'The siege of the town lasted 18 months.', 'Wire A'),
      source('b', 'fr', 'Le siège de la ville a duré 18 mois.', 'Journal B'),
    ])
    const siege = found.find((f) => f.c.concept === 'siege' && f.c.kind === 'duration')
    expect(siege?.label).toBe('length of the siege')
    expect(siege?.ar).toBe('مدة الحصار')
  })

  it('of two candidates with as many origins, the one whose figures agree across origins ranks first', () => {
    const found = candidates([
      source('a', 'en', 'The country observed three days of national mourning. The quake injured 300 people.', 'Wire A'),
      source('b', 'fr', 'Le pays a observé trois jours de deuil national. Le séisme a fait 900 blessés.', 'Journal B'),
    ])
    expect(found.map((f) => f.c.concept)).toEqual(['mourning', 'injured'])
  })

  it('a count said of another event than the one most of its group name is a candidate of that event', () => {
    const found = candidates([
      source('a', 'en', 'Fighters killed 1,800 civilians after they took the town. The war has killed 60,000 people since it broke out.', 'Wire A'),
      source('b', 'fr', "Les combattants ont tué 2 000 civils après la prise de la ville. La guerre a tué 61 000 personnes depuis qu'elle a éclaté.", 'Journal B'),
      source('c', 'ar', 'قتل المسلحون 1900 مدني بعد سقوط المدينة.', 'Site C'),
    ])
    const war = found.find((f) => f.label === 'death toll (the war)')
    expect(war?.ar).toBe('حصيلة القتلى (الحرب)')
    expect(war?.figures).toEqual(['60,000', '61 000'])
    expect(found.find((f) => f.c.concept === 'killed' && f !== war)?.figures).toEqual(['1,800', '1900', '2 000'])
  })

  it('one value two origins give, with no measure the lexicon names, is a candidate named by that value and its noun', () => {
    const found = candidates([
      source('a', 'ar', 'أحصت البلدية 14 عمود إنارة مكسورا.', 'Site A'),
      source('b', 'en', 'The council counted 14 broken streetlights.', 'Wire B'),
      source('c', 'fr', 'La mairie a compté 9 bancs cassés.', 'Journal C'),
    ])
    expect(found).toHaveLength(1)
    expect(found[0].c.key).toBe('~count||14')
    expect(found[0].figures).toEqual(['14', '14'])
    expect(found[0].label).toBe('14 broken streetlights')
    expect(found[0].ar).toMatch(/عمود إنارة/)
    expect(topicFromCandidate(found[0].c, 'lights').cues).toEqual(expect.arrayContaining(['broken streetlights']))
  })

  it('a value only one language names is named in the other with the words the reports use, never as a bare number', () => {
    const found = candidates([
      source('a', 'en', 'Volunteers counted 23 burnt beehives on the hill.', 'Wire A'),
      source('b', 'fr', 'Les bénévoles ont recensé 23 ruches brûlées sur la colline.', 'Journal B'),
    ])
    const hives = found.find((f) => f.c.key === '~count||23')
    expect(hives?.label).toMatch(/^23 \S/)
    expect(hives?.ar).toMatch(/^23 \(«(?:burnt beehives|ruches brûlées)/)
  })

  it('a toll most of whose figures name no place is not named for the town a few of them name, whose own figures are a candidate of their own', () => {
    const found = candidates([
      source('a', 'en', 'The wildfires have killed 31 people. Seventeen people died in the town of Tarvos, where the fire began.', 'Wire A'),
      source('b', 'fr', 'Les incendies ont fait 31 morts, selon le gouvernement. La ville de Tarvos compte à elle seule 17 morts.', 'Journal B'),
      source('c', 'ar', 'أودت الحرائق بحياة 31 شخصا، وسجلت مدينة تارفوس وحدها 18 وفاة.', 'Site C'),
      source('d', 'en', 'At least 31 people were killed by the fires, officials said.', 'Wire D'),
    ])
    const toll = found.find((f) => f.c.concept === 'killed' && f.figures.includes('31'))
    expect(toll?.label).toBe('death toll')
    expect(toll?.figures).toEqual(['31', '31', '31', 'At least 31'])
    const town = found.find((f) => f.c.concept === 'killed' && f !== toll)
    expect(town?.figures).toEqual(['17', '18', 'Seventeen'])
    expect(town?.ar).toBe('حصيلة القتلى في تارفوس')
  })

  it('an order of magnitude one report gives, whose range holds none of the counts beside it, leaves the candidate', () => {
    const found = candidates([
      source('a', 'en', 'The earthquake killed 212 people, the civil protection agency said.', 'Wire A'),
      source('b', 'fr', 'Le séisme a fait 215 morts, selon la protection civile.', 'Journal B'),
      source('c', 'ar', 'أودى الزلزال بحياة 212 شخصا بحسب الدفاع المدني.', 'Site C'),
      source('d', 'fr', 'Le séisme a fait des dizaines de morts dans la vallée.', 'Journal D'),
    ])
    expect(found.find((f) => f.c.concept === 'killed')?.figures).toEqual(['212', '212', '215'])
  })

  it("the report's own year said in words ('this year', 'cette année', 'هذا العام') dates no event", () => {
    const found = candidates([
      source('a', 'en', 'The flood this year destroyed 230 homes in the valley.', 'Wire A'),
      source('b', 'fr', 'La crue a détruit cette année 230 maisons dans la vallée.', 'Journal B'),
      source('c', 'ar', 'دمر الفيضان هذا العام 230 منزلا في الوادي.', 'Site C'),
    ])
    expect(found.filter((f) => f.c.kind === 'date')).toEqual([])
    expect(found.some((f) => f.figures.join() === '230,230,230')).toBe(true)
  })

  it("'one' that opens a phrase is no figure of a group; a count of one that two reports give is", () => {
    const missing = candidates([
      source('a', 'en', 'Fourteen hikers are still missing. One neighbour said her son has been unaccounted for since Friday.', 'Wire A'),
      source('b', 'fr', 'Quatorze randonneurs sont toujours portés disparus dans les gorges.', 'Journal B'),
      source('c', 'ar', 'لا يزال 14 متنزها في عداد المفقودين في الوادي.', 'Site C'),
    ]).find((f) => f.c.concept === 'missing')
    expect(missing?.figures).toEqual(['14', 'Fourteen', 'Quatorze'])
    const killed = candidates([
      source('a', 'en', 'The gas blast killed one person and injured 12 people.', 'Wire A'),
      source('c', 'ar', 'أسفر انفجار الغاز عن مقتل شخص واحد وإصابة 12 آخرين.', 'Site C'),
    ]).find((f) => f.c.concept === 'killed')
    expect(killed?.figures).toEqual(['one', 'واحد'])
  })

  it('a candidate spans two reports or more: one report that gives a day through two speakers is no agreement', () => {
    const found = candidates([
      source('a', 'fr', "La digue a cédé le 3 mai, a déclaré la préfecture. Les pompiers ont affirmé que la digue a cédé le 3 mai.", 'Journal A'),
      source('b', 'ar', 'قال المحافظ إن السد انهار يوم 9 مايو.', 'Site B'),
      source('c', 'en', 'The dam burst on May 15, the mayor said.', 'Wire C'),
    ])
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) expect(f.c.sources.length).toBeGreaterThanOrEqual(2)
    expect(found.find((f) => f.c.kind === 'date')?.c.sources.sort()).toEqual(['a', 'b', 'c'])
  })

  it('the same count of one people in two reports joins the measure the surer reading names, whatever the other report says', () => {
    const found = candidates([
      source('a', 'en', 'The coast guard rescued 104 survivors, among them 47 Syrians.', 'Wire A'),
      source('b', 'fr', 'Parmi les 104 rescapés figurent 47 Syriens.', 'Journal B'),
      source('c', 'fr', 'Les 47 Syriens ont été transférés à Kalamata mardi.', 'Journal C'),
    ])
    const syria = found.find((f) => f.c.entity === 'Syria')
    expect(syria?.c.concept).toBe('survivors')
    expect(syria?.c.sources.sort()).toEqual(['a', 'b', 'c'])
  })

  it('killings a sentence places at a hospital, stated by two sources, are a candidate of their own beside the toll', () => {
    const found = candidates([
      source('a', 'ar', 'قتل المسلحون 1400 مدني في المدينة. وقالت المنظمة إن 310 أشخاص قتلوا داخل مستشفى الولادة.', 'Site A'),
      source('b', 'en', 'Gunmen killed 1,450 civilians in the town. The agency said 310 patients were killed inside the maternity hospital.', 'Wire B'),
      source('c', 'fr', "Les hommes armés ont tué 1 420 civils dans la ville. Puis 300 patients ont été tués à l'hôpital.", 'Journal C'),
    ])
    const hospital = found.find((f) => f.c.key.endsWith('|+hospital'))
    expect(hospital?.label).toBe('death toll (at the hospital)')
    expect(hospital?.ar).toBe('حصيلة القتلى (في المستشفى)')
    expect(hospital?.figures).toEqual(['300', '310', '310'])
    expect(found.find((f) => f.c.concept === 'killed' && f !== hospital)?.figures).toEqual(['1 420', '1,450', '1400'])
  })

  it('serious cases stated by two sources beside the injured are a candidate of their own', () => {
    const found = candidates([
      source('a', 'ar', 'أصيب 2100 شخص، 140 منهم بجروح خطيرة.', 'Site A'),
      source('b', 'en', 'The quake injured 2,150 people, 150 of them seriously.', 'Wire B'),
      source('c', 'fr', 'Le séisme a fait 2 120 blessés.', 'Journal C'),
    ])
    const serious = found.find((f) => f.c.key.endsWith('|+serious'))
    expect(serious?.ar).toBe('الجرحى (الحالات الخطيرة)')
    expect(serious?.figures).toEqual(['140', '150'])
  })

  it('a qualifier beside figures that agree with the rest sets nothing apart: the injured taken to hospitals stay with the injured', () => {
    const found = candidates([
      source('a', 'ar', 'أصيب نحو 4000 شخص نقلوا إلى مستشفيات العاصمة.', 'Site A'),
      source('b', 'en', 'Some 4,000 injured people were taken to hospitals.', 'Wire B'),
      source('c', 'fr', 'Le bilan fait état de 4 000 blessés.', 'Journal C'),
      source('d', 'en', 'Nearly 4,100 people were injured.', 'Wire D'),
    ])
    const injured = found.filter((f) => f.c.concept === 'injured')
    expect(injured).toHaveLength(1)
    expect(injured[0].figures).toHaveLength(4)
  })

  it("a count whose own words name no event takes the event its sentence names nearest to it", () => {
    const found = candidates([
      source('a', 'ar', 'دخلت القوات المدينة فنزح منها 45 ألف شخص. وتسببت الحرب في مقتل عشرات الآلاف ونزوح 11 مليون شخص.', 'Site A'),
      source('b', 'fr', "Après la prise de la ville, 46 000 personnes ont fui. La guerre a fait des dizaines de milliers de morts et déraciné 11 millions de personnes.", 'Journal B'),
      source('c', 'en', 'Some 44,000 people fled after the town fell.', 'Wire C'),
    ])
    const war = found.find((f) => f.c.concept === 'displaced' && f.c.key.endsWith('|!war'))
    expect(war?.ar).toBe('النازحون (الحرب)')
    expect(war?.figures).toEqual(['11 millions', '11 مليون'])
  })

  it("a count takes the story's own event over the war its sentence names after it, and the war's counts are a candidate of their own", () => {
    const found = candidates([
      source('a', 'en', 'The town fell on 26 October 2025. By Friday 52,000 residents had left, the agency said in a statement on the camps, where families uprooted by the war wait for food. The war has uprooted 12 million people since it erupted.', 'Wire A'),
      source('b', 'fr', "La ville est tombée le 26 octobre 2025. Quelque 50 000 habitants ont fui la ville depuis sa chute. La guerre a déraciné près de 12 millions de personnes.", 'Journal B'),
      source('c', 'ar', 'سقطت المدينة في 26 أكتوبر 2025. ونزح منها 51 ألف شخص، بحسب الوكالة التي قالت إن المخيمات تؤوي منذ شهور من شردتهم الحرب. وشردت الحرب 13 مليون شخص.', 'Site C'),
    ])
    const displaced = found.filter((f) => f.c.concept === 'displaced')
    expect(displaced.find((f) => f.c.key.endsWith('|!war'))?.figures).toEqual(['12 million', '13 مليون', 'près de 12 millions'])
    expect(displaced.find((f) => !f.c.key.includes('|!'))?.figures).toEqual(['51 ألف', '52,000', 'Quelque 50 000'])
  })

  it('people counted by who they are, and what befell them in two reports or more, are a candidate of their own', () => {
    const found = candidates([
      source('a', 'en', 'The army deployed 6,000 soldiers against the fires. Twelve soldiers were injured when a truck overturned.', 'Wire A'),
      source('b', 'fr', "L'armée a mobilisé 6 000 soldats contre les incendies. Douze militaires ont été blessés dans un accident.", 'Journal B'),
      source('c', 'ar', 'نشر الجيش 6000 جندي لمكافحة الحرائق، وأصيب 12 جنديا بجروح.', 'Site C'),
    ])
    const injured = found.find((f) => f.c.key.endsWith('|~injured'))
    expect(injured?.ar).toBe('عدد الجنود (الجرحى)')
    expect(injured?.figures).toEqual(['12', 'Douze', 'Twelve'])
    expect(found.find((f) => f.c.concept === 'troops' && f !== injured)?.figures).toEqual(['6 000', '6,000', '6000'])
  })

  it('people counted by who they are as a part of a toll share its fate: soldiers killed never join soldiers deployed', () => {
    const found = candidates([
      source('a', 'en', 'The army sent some 5,000 troops to fight the blazes. The fires have killed 27 people, eight of them soldiers.', 'Wire A'),
      source('b', 'fr', "Quelque 5 000 militaires ont été mobilisés contre les flammes. Les feux ont fait 27 morts, dont huit soldats.", 'Journal B'),
      source('c', 'ar', 'دفع الجيش بنحو 5000 عسكري لإخماد النيران. وخلفت الحرائق 27 قتيلا بينهم ثمانية جنود.', 'Site C'),
    ])
    const killed = found.find((f) => f.c.key.endsWith('|~killed'))
    expect(killed?.figures).toEqual(['eight', 'huit', 'ثمانية'])
    const deployed = found.find((f) => f.c.concept === 'troops' && f !== killed)
    expect(deployed?.figures.every((t) => /5[ ,]?000/.test(t))).toBe(true)
  })

  it("a dateline's day (the outlet or city, a dash, the day, alone on its line) dates the page, not the story", () => {
    const found = candidates([
      source('a', 'ar', 'موقع ألف – الثلاثاء 12 مارس 2024\nقالت البلدية إن المياه غمرت منازل الحي.', 'Site A'),
      source('b', 'fr', 'PARIS — mardi 12 mars 2024\nLa mairie a indiqué que les maisons du quartier ont été inondées.', 'Journal B'),
      source('c', 'en', 'LONDON — Tuesday, March 12, 2024\nThe council said homes in the district were flooded.', 'Wire C'),
    ])
    expect(found.filter((f) => f.c.kind === 'date')).toEqual([])
  })

  it("a part of a figure of the same measure ('among them', 'dont', 'بينهم', 'of them') is not the measure's total", () => {
    const found = candidates([
      source('a', 'en', 'The landslide killed 41 people, among them nine children.', 'Wire A'),
      source('b', 'fr', 'Le glissement de terrain a fait 40 morts, dont sept enfants.', 'Journal B'),
      source('c', 'ar', 'أودى الانهيار الأرضي بحياة 41 شخصا بينهم ثمانية أطفال.', 'Site C'),
      source('d', 'en', 'Rescuers said 42 people died, eight of them children.', 'Wire D'),
    ])
    expect(found.find((f) => f.c.concept === 'killed')?.figures).toEqual(['40', '41', '41', '42'])
  })

  it('a part two reports give with one value is a candidate of its own, named by its noun', () => {
    const found = candidates([
      source('a', 'en', 'The landslide killed 41 people, among them nine teachers.', 'Wire A'),
      source('b', 'fr', 'Le glissement de terrain a fait 40 morts, dont neuf enseignants.', 'Journal B'),
      source('c', 'ar', 'أودى الانهيار الأرضي بحياة 41 شخصا بينهم تسعة معلمين.', 'Site C'),
    ])
    const part = found.find((f) => f.c.key.includes('|part|'))
    expect(part?.figures).toEqual(['neuf', 'nine', 'تسعة'])
    expect(part?.label).toBe('death toll: among them 9 teachers')
    expect(part?.ar).toBe('حصيلة القتلى: منهم 9 (معلمين)')
    expect(found.find((f) => f.c.concept === 'killed' && f !== part)?.figures).toEqual(['40', '41', '41'])
  })

  it('a part that names its people (children, women) is one candidate whatever number each report gives', () => {
    const found = candidates([
      source('a', 'en', 'The landslide killed 41 people, at least nine of them children.', 'Wire A'),
      source('b', 'fr', 'Le glissement de terrain a fait 40 morts, dont sept enfants.', 'Journal B'),
      source('c', 'ar', 'أودى الانهيار الأرضي بحياة 41 شخصا بينهم طفلان.', 'Site C'),
    ])
    const part = found.find((f) => f.c.key.includes('|part|'))
    expect(part?.figures).toEqual(['at least nine', 'sept', 'طفلان'])
    expect(part?.label).toBe('death toll: among them children')
    expect(part?.ar).toBe('حصيلة القتلى: منهم أطفال')
    expect(found.filter((f) => f.c.key.includes('|part|'))).toHaveLength(1)
  })

  it('two days of one kind of event, each dated by two reports, are two candidates (two waves of explosions)', () => {
    const found = candidates([
      source('a', 'en', 'The first explosions hit the city on 3 May 2025. A second wave of explosions struck on 4 May 2025.', 'Wire A'),
      source('b', 'fr', "Les premières explosions ont frappé la ville le 3 mai 2025. Une seconde vague d'explosions a eu lieu le 4 mai 2025.", 'Journal B'),
      source('c', 'ar', 'وقعت الانفجارات الأولى في المدينة يوم 3 مايو 2025، ثم وقعت موجة ثانية من الانفجارات يوم 4 مايو 2025.', 'Site C'),
    ])
    const dates = found.filter((f) => f.c.concept === 'explosion' && f.c.kind === 'date')
    expect(dates.map((f) => f.figures)).toEqual([['3 May 2025', '3 mai 2025', 'يوم 3 مايو 2025'], ['4 May 2025', '4 mai 2025', 'يوم 4 مايو 2025']])
    expect(dates.map((f) => f.ar)).toEqual(['تاريخ الانفجار: 3 مايو 2025', 'تاريخ الانفجار: 4 مايو 2025'])
  })

  it('a length of time since an event joins the candidate that dates that event', () => {
    const found = candidates([
      source('a', 'ar', 'ضرب الزلزال المنطقة يوم الجمعة 8 سبتمبر. وبعد 48 ساعة من الزلزال ما زالت فرق الإنقاذ تبحث.', 'Site A'),
      source('b', 'en', 'The earthquake struck on Friday, September 8. Two days after the quake, rescuers were still searching.', 'Wire B'),
      source('c', 'fr', 'Le séisme a frappé vendredi 8 septembre. Deux jours après le séisme, les secours cherchent encore.', 'Journal C'),
    ])
    const struck = found.filter((f) => f.c.concept === 'struck')
    expect(struck.map((f) => f.c.kind)).toEqual(['date'])
    expect(struck[0].figures).toEqual(expect.arrayContaining(['48 ساعة', 'Two days', 'Deux jours']))
  })

  it('a length of time since an event no report dates stays a candidate of its own', () => {
    const found = candidates([
      source('a', 'ar', 'بعد 48 ساعة من الزلزال ما زالت فرق الإنقاذ تبحث تحت الأنقاض.', 'Site A'),
      source('b', 'en', 'Two days after the quake, rescuers were still searching the rubble.', 'Wire B'),
      source('c', 'fr', 'Deux jours après le séisme, les secours fouillent encore les décombres.', 'Journal C'),
    ])
    const struck = found.filter((f) => f.c.concept === 'struck')
    expect(struck.map((f) => f.c.kind)).toEqual(['duration'])
    expect(struck[0].figures).toHaveLength(3)
  })

  it('a place no report spells in Arabic is named in Arabic letters on the Arabic label', () => {
    const found = candidates([
      source('a', 'en', 'The floods killed 120 people in the town of Korvasse.', 'Wire A'),
      source('b', 'fr', 'Les inondations ont fait 118 morts dans la ville de Korvasse.', 'Journal B'),
    ])
    const toll = found.find((f) => f.c.concept === 'killed')
    expect(toll?.label).toBe('death toll in Korvasse')
    expect(toll?.ar).toBe('حصيلة القتلى في كورفاس')
  })

  it('orders of magnitude beside counts that lie outside their ranges are rough estimates of their own', () => {
    const found = candidates([
      source('a', 'ar', 'أعلنت الوزارة مقتل 34 شخصا. وكان المحافظ قد تحدث عن مئات القتلى.', 'Site A'),
      source('b', 'en', 'The ministry put the death toll at 36. Rumours of thousands of dead were unfounded, the minister said.', 'Wire B'),
      source('c', 'fr', 'Le bilan officiel est de 35 morts, loin des centaines de morts évoquées au début.', 'Journal C'),
    ])
    const rough = found.find((f) => f.c.key.endsWith('|vague'))
    expect(rough?.label).toBe('death toll (rough estimates)')
    expect(rough?.ar).toBe('حصيلة القتلى (تقديرات تقريبية)')
    expect(rough?.figures).toHaveLength(3)
    expect(found.find((f) => f.c.concept === 'killed' && f !== rough)?.figures).toEqual(['34', '35', '36'])
  })

  it('orders of magnitude several reports give, beside counts no two reports share, are the estimate of their own even when their ranges hold them', () => {
    const found = candidates([
      source('a', 'en', 'Hundreds of people are still missing after the ferry sank. Relatives say 31 villagers are missing.', 'Wire A'),
      source('b', 'fr', 'Des centaines de personnes sont toujours portées disparues. La préfecture compte 120 disparus.', 'Journal B'),
      source('c', 'ar', 'ما زال المئات في عداد المفقودين بعد غرق العبارة.', 'Site C'),
      source('d', 'en', 'A union said 450 crew members were missing.', 'Wire D'),
      source('e', 'ar', 'قالت نقابة البحارة إن 45 بحارا مفقودون.', 'Site E'),
    ])
    const rough = found.find((f) => f.c.concept === 'missing' && f.c.key.endsWith('|vague'))
    expect(rough?.figures).toEqual(['Des centaines', 'Hundreds', 'المئات'])
    // The counts, more than ten times apart and shared by no two reports, rank at half, after the estimate.
    const counts = found.find((f) => f.c.concept === 'missing' && f !== rough)
    expect(counts?.figures).toEqual(['120', '31', '45', '450'])
    expect(found.indexOf(counts!)).toBeGreaterThan(found.indexOf(rough!))
  })

  it('orders of magnitude whose ranges hold the counts stay with them', () => {
    const found = candidates([
      source('a', 'ar', 'ما زال الآلاف في عداد المفقودين، بينهم 4100 مفقود سجلتهم الوزارة.', 'Site A'),
      source('b', 'en', 'Thousands are still missing; the ministry lists 4,200 people as missing.', 'Wire B'),
      source('c', 'fr', 'Le ministère compte 4 150 disparus.', 'Journal C'),
    ])
    expect(found.filter((f) => f.c.concept === 'missing')).toHaveLength(1)
  })

  it('one day two origins date, with no event the lexicon names, is a candidate named by that day; the page\'s own dates are not', () => {
    const found = candidates([
      source('a', 'ar', 'تاريخ النشر : 2024/03/14 - 09:12\nغمرت المياه البلدة يوم الثلاثاء 12 مارس 2024.', 'Site A'),
      source('b', 'en', 'Updated: March 14, 2024 10:05 AM\nWater swept through the town on Tuesday, March 12.', 'Wire B'),
      source('c', 'fr', "Publié le 14 mars 2024 à 08h30\nLe mardi 12 mars, l'eau a envahi la ville.", 'Journal C'),
    ])
    const days = found.filter((f) => f.c.kind === 'date')
    expect(days.map((f) => f.c.key)).toEqual(['~date||2024-03-12'])
    expect(days[0].figures).toHaveLength(3)
    expect(days[0].ar).not.toMatch(/[A-Za-z]/)
  })

  it('a day no event names joins the candidate of an event dated that day', () => {
    const found = candidates([
      source('a', 'ar', 'وقع الانفجار يوم الاثنين 5 فبراير 2024.', 'Site A'),
      source('b', 'en', 'The blast ripped through the port on Monday, February 5, 2024.', 'Wire B'),
      source('c', 'fr', 'Lundi 5 février, les secours ont afflué au port.', 'Journal C'),
      source('d', 'fr', 'Le lundi 5 février, la ville a découvert les dégâts.', 'Journal D'),
    ])
    const blast = found.filter((f) => f.c.kind === 'date')
    expect(blast).toHaveLength(1)
    expect(blast[0].c.concept).toBe('explosion')
    expect(blast[0].figures.some((t) => /Lundi/.test(t))).toBe(true)
  })

  it('a length of time since an event no report dates ranks below a measure as widely stated', () => {
    const found = candidates([
      source('a', 'ar', 'بعد ثلاثة أيام من الانفجار، ارتفع عدد الجرحى إلى 210 جرحى.', 'Site A'),
      source('b', 'en', 'Three days after the explosion, 205 people were being treated for injuries.', 'Wire B'),
      source('c', 'fr', "Trois jours après l'explosion, on comptait 208 blessés.", 'Journal C'),
    ])
    const at = (concept: string) => found.findIndex((f) => f.c.concept === concept)
    expect(at('explosion')).toBeGreaterThan(at('injured'))
    expect(found.find((f) => f.c.concept === 'explosion')?.c.kind).toBe('duration')
  })

  it('the same length of a month or more in three reports is one figure, however each report reads it', () => {
    const found = candidates([
      source('a', 'ar', 'صودرت الشحنة قبل سبع سنوات ونُقلت إلى المستودع.', 'Site A'),
      source('b', 'en', 'Officials warned about the cargo several times in seven years.', 'Wire B'),
      source('c', 'fr', 'La cargaison était entreposée depuis sept ans dans un hangar du port.', 'Journal C'),
    ])
    const years = found.filter((f) => f.c.kind === 'duration')
    expect(years).toHaveLength(1)
    expect(years[0].c.concept).toBe('storage')
    expect(years[0].figures).toHaveLength(3)
  })
})
