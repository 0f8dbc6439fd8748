import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'
import { measuresOf } from '../../../src/core/align/measureOf'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { Lang } from '../../../src/core/model'

// Figures placed by what they measure, on short reports written for these tests: the time since
// an event dates it, a telling word beats a generic verb, a nationality with Arabic endings names
// its people, and a qualifier's words are no measure.


describe('placement by measure', () => {
  it('a duration counted since the event joins the date of that event', () => {
    const dated = [topic('quake-date', 'Date of the earthquake', 'date')]
    expect(placed(source('a', 'en', 'Rescuers were still digging three days after the earthquake.'), dated)['quake-date']).toEqual(['three days'])
    expect(placed(source('b', 'ar', 'تتواصل عمليات البحث بعد قرابة ثلاثة أيام على الزلزال.'), dated)['quake-date']).toEqual(['قرابة ثلاثة أيام'])
    expect(placed(source('c', 'fr', 'Trois jours après le séisme, les secours cherchent encore.'), dated)['quake-date']).toEqual(['Trois jours'])
  })
  it('a duration that is not counted since the event stays out of a date topic', () => {
    expect(placed(source('a', 'en', 'The earthquake shook the region for 40 seconds.'), [topic('quake-date', 'Date of the earthquake', 'date')])['quake-date']).toBeUndefined()
  })
  it('a nationality with an Arabic ending still names its people', () => {
    const t = topic('egyptian-dead', 'Egyptians killed in the floods', 'count')
    expect(placed(source('a', 'ar', 'قالت المنظمة إن 40 مصريا بين ضحايا الفيضانات.'), [t])['egyptian-dead']).toEqual(['40'])
  })
})

describe('an older event recalled for comparison', () => {
  const toll = () => [topic('toll', 'Death toll of the earthquake', 'count')]
  it.each([
    ['ar', 'أودى الزلزال بحياة 2100 شخص. وكان زلزال مماثل عام 1980 قد أودى بحياة 2500 شخص.', '2100'],
    ['ar', 'أودى الزلزال بحياة ٢١٠٠ شخص. وكان زلزال مماثل عام ١٩٨٠ قد أودى بحياة ٢٥٠٠ شخص.', '٢١٠٠'],
    ['en', 'The earthquake killed 2,100 people. A similar quake in 1980 had killed 2,500.', '2,100'],
    ['fr', 'Le séisme a fait 2 100 morts. Celui de 1980 avait fait 2 500 morts.', '2 100'],
  ] as const)('%s: its figures join no topic of the story', (lang, text, figure) => {
    expect(placed(source('a', lang, text), toll()).toll).toEqual([figure])
  })
})

describe('measure words', () => {
  const measure = (lang: Lang, text: string, figure: string) => {
    const claims = extractClaims(source('t', lang, text))
    const c = claims.find((x) => x.text === figure)!
    expect(c, figure).toBeDefined()
    return measuresOf(claims, text, lang).get(c.id)?.concept?.id ?? null
  }
  it('a telling word beats a generic verb in the same clause', () => {
    expect(measure('ar', 'وقع الانفجار في 3 مارس 2024 في المستودع.', '3 مارس 2024')).toBe('explosion')
    expect(measure('fr', 'Les explosions sont survenues le 3 mars 2024 au port.', '3 mars 2024')).toBe('explosion')
  })
  it('a count’s noun may name the event of a date in its sentence', () => {
    expect(measure('fr', 'Deux explosions ont frappé le dépôt mardi 3 mars 2024 en fin de journée.', 'mardi 3 mars 2024')).toBe('explosion')
    expect(measure('en', 'Two blasts hit the depot on 3 March 2024.', '3 March 2024')).toBe('explosion')
  })
  it('for a date, a telling word of the sentence beats a generic verb of its clause', () => {
    expect(measure('ar', 'وكان الانفجار، الذي وقع في 3 مارس 2024، قد دمر المستودع.', '3 مارس 2024')).toBe('explosion')
  })
  it('a generic verb alone still names its concept', () => {
    expect(measure('en', 'The government released $5 million for the victims.', '$5 million')).toBe('aid')
  })
  it('seizing power is a coup; seizing a town is its fall', () => {
    expect(measure('en', 'The officers seized power on 26 July 2023.', '26 July 2023')).toBe('coup')
    expect(measure('ar', 'أعلن العسكريون الاستيلاء على السلطة في 26 يوليو 2023.', '26 يوليو 2023')).toBe('coup')
    expect(measure('en', 'The militia seized the town on 5 May 2024.', '5 May 2024')).toBe('captured')
  })
  it('a boat that went down or sombré is a shipwreck', () => {
    expect(measure('en', 'The trawler went down on 14 June 2023.', '14 June 2023')).toBe('sank')
    expect(measure('fr', 'Le chalutier a sombré le 14 juin 2023.', '14 juin 2023')).toBe('sank')
  })
  it('the words of a qualifier are no measure ("ما لا يقل عن" is no "يقل")', () => {
    expect(measure('ar', 'نزح ما لا يقل عن 500 شخص من القرية.', 'ما لا يقل عن 500')).toBe('displaced')
  })
})

describe('narrower names', () => {
  it('a name most articles do not share (a province) must stand in the figure’s own sentence', () => {
    const a = source('a', 'en', 'Rescuers reached Tafraout on Monday. The earthquake killed at least 900 people, officials said. In Tafraout province, 120 people were killed.')
    const b = source('b', 'en', 'The earthquake killed 950 people, the ministry said.')
    const c = source('c', 'en', 'The quake has killed 1,000 people so far.')
    const topics = [topic('tafraout', 'Deaths in Tafraout province', 'count')]
    const claims = [a, b, c].flatMap((s) => extractClaims(s))
    const got = assignClaims(claims, topics, [a, b, c]).map((x) => claims.find((k) => k.id === x.claimId)!.text)
    expect(got).toEqual(['120'])
  })
})

describe('the story’s own place', () => {
  const place = (text: string, id: string) => source(id, 'en', text)
  it('a topic named for the place most topics give speaks for an article that calls it otherwise', () => {
    // Most reports call the wreck "off southern Greece"; only some name Kythira.
    const a = place('The boat sank off Kythira. At least 40 people were killed.', 'a')
    const b = place('A boat sank off Kythira on Monday.', 'b')
    const c = place('A trawler capsized off southern Greece and 52 people were killed.', 'c')
    const d = place('Rescuers found 30 survivors off southern Greece.', 'd')
    const e = place('A dinghy sank off Lampedusa; 6 people were killed there.', 'e')
    const topics = [topic('dead', 'Dead in the Kythira shipwreck', 'count'), topic('survivors', 'Survivors of the Kythira shipwreck', 'count'), topic('lampedusa-dead', 'Dead off Lampedusa', 'count')]
    const srcs = [a, b, c, d, e]
    const claims = srcs.flatMap((s) => extractClaims(s))
    const got = assignClaims(claims, topics, srcs).map((x) => `${x.topicId}:${claims.find((k) => k.id === x.claimId)!.text}`)
    expect(got).toContain('dead:52')
    expect(got).toContain('survivors:30')
    // The article that names another place of the story keeps its figures for that place.
    expect(got).toContain('lampedusa-dead:6')
    expect(got).not.toContain('dead:6')
  })
  it('a name only one topic gives, in few articles, still has to stand by the figure', () => {
    const a = place('The blast was felt in Cyprus, 240 km away.', 'a')
    const b = place('Windows shattered 10 km from the port.', 'b')
    const c = place('The port lies 5 km from the centre.', 'c')
    const srcs = [a, b, c]
    const claims = srcs.flatMap((s) => extractClaims(s))
    const got = assignClaims(claims, [topic('cyprus', 'Distance to Cyprus', 'count')], srcs).map((x) => claims.find((k) => k.id === x.claimId)!.text)
    expect(got).toEqual(['240 km'])
  })
})

describe('peoples in a list of figures', () => {
  const t = [topic('survivors', 'Survivors of the shipwreck', 'count'), topic('syrians', 'Syrian survivors', 'count'), topic('egyptians', 'Egyptian survivors', 'count'), topic('pakistanis', 'Pakistani survivors', 'count')]
  it('a people named right after another number is what that number counts', () => {
    const got = placed(source('a', 'fr', 'Au total, 104 personnes ont été sauvées : 47 Syriens, 43 Égyptiens et 12 Pakistanais.'), t)
    expect(got.syrians).toEqual(['47'])
    expect(got.egyptians).toEqual(['43'])
    expect(got.pakistanis).toEqual(['12'])
    expect(got.survivors).toEqual(['104'])
  })
  it('a people named after another number of the sentence is not this figure’s', () => {
    const got = placed(source('b', 'en', 'The coast guard counts 104 survivors, 12 of whom are Pakistani.'), t)
    expect(got.pakistanis).toEqual(['12'])
    expect(got.survivors).toEqual(['104'])
  })
})

describe('what a topic’s label is about besides its measure', () => {
  it('a figure whose sentence names the war a topic is about goes to it, not to a topic of the same measure that names none', () => {
    const text = 'Les combattants ont pris au Soudan la ville de Kadougli dimanche. La guerre qui oppose l’armée aux rebelles depuis 2023 a fait des dizaines de milliers de morts.'
    const topics = [topic('war-deaths', 'Death toll of the war in Sudan', 'count'), topic('city-deaths', 'People killed in Kadugli', 'count')]
    expect(placed(source('a', 'fr', text), topics)['war-deaths']).toEqual(['des dizaines de milliers'])
  })
  it('without the war in its sentence, the nearer name decides', () => {
    const text = 'Les combattants ont pris au Soudan la ville de Kadougli dimanche. Les attaques ont fait des dizaines de milliers de morts.'
    const topics = [topic('war-deaths', 'Death toll of the war in Sudan', 'count'), topic('city-deaths', 'People killed in Kadugli', 'count')]
    expect(placed(source('a', 'fr', text), topics)['city-deaths']).toEqual(['des dizaines de milliers'])
  })
})

describe('the words of a measure, as reports write them', () => {
  const topics = [topic('aboard', 'People on board the boat', 'count'), topic('homeless', 'People left homeless by the blast', 'count'), topic('dead', 'Death toll of the shipwreck', 'count')]
  it.each([
    ['en', 'Between 300 and 500 people were crammed onto the trawler.', 'Between 300 and 500', 'aboard'],
    ['ar', 'وكان المركب قد حمل نحو 600 مهاجر حين انقلب.', 'نحو 600', 'aboard'],
    ['fr', "Quelque 450 migrants étaient entassés sur le pont du chalutier.", 'Quelque 450', 'aboard'],
    ['en', 'The explosion cost some 200,000 people their homes.', 'some 200,000', 'homeless'],
    ['fr', "Près de 250 000 habitants ont perdu leur toit dans l'explosion.", 'Près de 250 000', 'homeless'],
  ] as const)('%s: %s', (lang, text, figure, id) => {
    expect(placed(source('a', lang, text), topics)[id]).toEqual([figure])
  })
})

describe('figures said as projections', () => {
  const text = 'The storm killed 3,900 people, the ministry said. The toll could reach 10,000, the mayor warned.'
  it('go to the topic about projections when there is one, and stay out of the counts', () => {
    const got = placed(source('a', 'en', text), [topic('toll', 'Death toll of the storm', 'count'), topic('expected', 'Expected final death toll', 'count')])
    expect(got.toll).toEqual(['3,900'])
    expect(got.expected).toEqual(['could reach 10,000'])
  })
  it('join the topic of their measure when no topic takes projections', () => {
    const got = placed(source('b', 'ar', 'قدّر المحافظ الأضرار بنحو 3 مليارات دولار، وقال إن الخسائر قد تبلغ 5 مليارات دولار.'), [topic('damage', 'Cost of the damage', 'money')])
    expect(got.damage).toEqual(['نحو 3 مليارات دولار', 'قد تبلغ 5 مليارات دولار'])
  })
})

describe('durations of a journey, a standoff, a storage', () => {
  const topics = [topic('trip', 'Length of the journey', 'duration'), topic('standoff', 'Length of the standoff with the junta', 'duration'), topic('stored', 'How long the fertiliser was stored', 'duration')]
  it.each([
    ['en', 'The trucks reached the capital after an eight-day journey across the desert.', 'eight-day', 'trip'],
    ['fr', 'Le convoi est arrivé à Bamako après douze jours de route.', 'douze jours', 'trip'],
    ['ar', 'استغرقت رحلة القافلة عشرة أيام عبر الصحراء.', 'عشرة أيام', 'trip'],
    ['en', 'After three months of defying the junta, the government gave way.', 'three months', 'standoff'],
    ['fr', 'Après quatre mois de bras de fer, Paris a cédé.', 'quatre mois', 'standoff'],
    ['en', 'The fertiliser had been stored in the hangar for seven years.', 'seven years', 'stored'],
    ['fr', "Les sacs étaient entreposés depuis cinq ans dans l'entrepôt.", 'cinq ans', 'stored'],
  ] as const)('%s: %s', (lang, text, figure, id) => {
    expect(placed(source('a', lang, text), topics)[id]).toEqual([figure])
  })
})

describe('an ultimatum, as reports write it', () => {
  const topics = [topic('ultimatum', 'Ultimatum to the ambassador', 'duration')]
  it.each([
    ['ar', 'الحكومة تمهل السفير 72 ساعة للرحيل', '72 ساعة'],
    ['fr', "Les autorités ont donné 72 heures au diplomate pour quitter le pays.", '72 heures'],
    ['en', 'The envoy was given 72 hours to leave the country.', '72 hours'],
  ] as const)('%s: %s', (lang, text, figure) => {
    expect(placed(source('a', lang, text), topics).ultimatum).toEqual([figure])
  })
})

describe('the rest of a place', () => {
  const topics = [topic('city', 'Death toll in Derna', 'count'), topic('outside', 'Deaths outside Derna', 'count')]
  it.each([
    ['en', 'The flood killed 5,000 people in Derna. The storm killed roughly 170 people in other parts of the country.', 'roughly 170'],
    ['fr', "La crue a fait 5 000 morts à Derna. L'agence recense au moins 170 morts dans d'autres localités de la région.", 'au moins 170'],
    ['ar', 'أودت الفيضانات بحياة 5 آلاف شخص في درنة، فيما لقي 170 شخصاً حتفهم في مناطق أخرى من الشرق.', '170'],
  ] as const)('%s: the figure of other parts goes to the topic about them', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics)
    expect(got.outside).toEqual([figure])
    expect(got.city).toHaveLength(1)
  })
})

// A reader's topic whose measure no concept names still exists: its own words are its cues, and
// with no name in it, it is about the whole story.
describe('a topic from words no concept names', () => {
  const words = (id: string, label: string, measure: string) => topicFromText({ id, label, measure, kind: 'count' })!
  it('is built with its content words as cues', () => {
    const t = words('mosques', 'Mosques closed in Tinville', 'mosques closed by the storm')
    expect(t.concept).toBeUndefined()
    expect(t.entity.name).toBe('Tinville')
    expect(t.cues).toEqual(['mosque', 'closed'])
  })
  it('takes the figures its words count, in the place it names', () => {
    const t = words('mosques', 'Mosques closed in Tinville', 'mosques closed by the storm')
    const src = source('a', 'en', 'In Tinville, 40 mosques were closed and 12 teachers were sent home.')
    expect(placed(src, [t]).mosques).toEqual(['40'])
  })
  it('with no name, is about the whole story', () => {
    const t = words('libraries', 'Libraries reopened', 'libraries reopened after the storm')
    expect(t.concept).toBeUndefined()
    expect(t.entity.aliases).toEqual([])
    expect(placed(source('a', 'en', 'The ministry said 25 libraries reopened on Monday.'), [t]).libraries).toEqual(['25'])
  })
  it('is not made when no word is left to look for', () => {
    expect(topicFromText({ id: 'x', label: 'Number of', kind: 'count' })).toBeNull()
  })
})

describe('people who fled a town and those who arrived in another', () => {
  const topics = () => [topic('fled', 'People who fled Amran', 'count'), topic('arrived', 'Arrivals in Kosti from Amran', 'count'), topic('hosted', 'Displaced people hosted in Kosti', 'count')]
  it.each([
    ['en', 'Some 9,000 people have fled Amran since Monday, and 2,500 of them arrived in Kosti.', { fled: ['Some 9,000'], arrived: ['2,500'] }],
    ['fr', 'Quelque 9 000 personnes ont fui Amran depuis lundi ; 2 500 sont arrivées à Kosti.', { fled: ['Quelque 9 000'], arrived: ['2 500'] }],
    ['ar', 'فرّ نحو 9 آلاف شخص من عمران منذ الاثنين، ولجأ 2500 منهم إلى كوستي.', { fled: ['نحو 9 آلاف'], arrived: ['2500'] }],
    ['ar', 'لجأ ٢٥٠٠ شخص فرّوا من عمران إلى مخيمات كوستي.', { arrived: ['٢٥٠٠'] }],
    ['en', 'Kosti already hosts more than 300,000 people displaced by the war.', { hosted: ['more than 300,000'] }],
    ['ar', 'وتستضيف كوستي أكثر من 300 ألف نازح.', { hosted: ['أكثر من 300 ألف'] }],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(placed(source('a', lang, text), topics())).toEqual(expected)
  })
})
