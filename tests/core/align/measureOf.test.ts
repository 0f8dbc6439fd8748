import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { conceptsIn, measureOf } from '../../../src/core/align/measureOf'
import { clauses } from '../../../src/core/text/segment'
import type { Lang } from '../../../src/core/model'

// What a figure measures, read from its own words, its clause or its sentence: [lang, sentence,
// the figure as written, the measure expected (null when the text names none)].
const CASES: [Lang, string, string, string | null][] = [
  ['ar', 'قُتل 120 شخصاً في القصف.', '120', 'killed'],
  ['ar', 'غادر نحو 82 ألف شخص المدينة خلال أسبوع.', 'نحو 82 ألف', 'displaced'],
  ['en', 'By Monday at least 26,000 residents had escaped the town.', 'at least 26,000', 'displaced'],
  ['fr', 'Les combats ont chassé près de 90 000 personnes de la ville.', 'près de 90 000', 'displaced'],
  // A unit only one measure takes names it.
  ['ar', 'تقع البلدة على بعد نحو 70 كيلومتراً من العاصمة.', 'نحو 70 كيلومتراً', 'distance'],
  ['en', 'The camp lies roughly 70 km further west.', 'roughly 70 km', 'distance'],
  // Arabic verbs carry their subject: "أطاحوا" is the coup's verb.
  ['ar', 'طالب العسكريون الذين أطاحوا في 26 يوليو بالرئيس برحيل السفير.', '26 يوليو', 'coup'],
  ['en', 'The officers who removed the president on July 26 want the envoy gone.', 'July 26', 'coup'],
  // A time allowed before something must happen.
  ['en', 'They ordered the envoy to leave within 48 hours.', '48 hours', 'deadline'],
  ['ar', 'أمهلوه 48 ساعة لمغادرة البلاد.', '48 ساعة', 'deadline'],
  // When a war began.
  ['en', 'Fighting has raged since the war erupted in April 2023.', 'April 2023', 'war'],
  ['ar', 'يشهد البلد نزاعاً منذ اندلاع الحرب في أبريل 2023.', 'أبريل 2023', 'war'],
  ['fr', 'La guerre a éclaté en avril 2023.', 'avril 2023', 'war'],
  ['en', 'The report runs to 40 pages.', '40', null],
  // People in custody, charged or prosecuted are some of those arrested ("in custody" is no date's event here).
  ['en', 'Twelve people remain in custody after the collapse.', 'Twelve', 'arrested'],
  ['en', 'Nine people face manslaughter charges over the collapse.', 'Nine', 'arrested'],
  ['fr', 'Neuf personnes sont poursuivies pour homicide involontaire.', 'Neuf', 'arrested'],
  ['ar', 'وجهت النيابة تهمة الإهمال إلى تسعة أشخاص.', 'تسعة', 'arrested'],
  // Families are counted by a figure's own noun or a count head; elsewhere they grieve or wait.
  ['en', 'Families of at least 40 fishermen say their relatives drowned off the cape.', 'at least 40', 'killed'],
  ['fr', 'Le ministre a reçu les familles de 40 personnes.', '40', null],
  ['ar', 'التقى الوزير عائلات 40 شخصاً.', '40', null],
  ['en', 'The fire left 300 families homeless.', '300', 'households'],
  ['ar', 'بلغ عدد الأسر المتضررة 1450.', '1450', 'households'],
  // Towns and cities a protest or a strike reached; people moved out; who carried out an attack.
  ['fr', 'La grève a touché 40 villes du pays.', '40', 'localities'],
  ['en', 'Marches were held in 40 cities on Saturday.', '40', 'localities'],
  ['ar', 'خرجت مظاهرات في 7 مدن يوم الجمعة.', '7', 'localities'],
  // An Arabic number made an adjective follows the noun it counts; English and French put it before.
  ['ar', 'سيطر المتمردون على ولايات الإقليم الخمس خلال عام.', 'الخمس', 'provinces'],
  ['ar', 'يسيطر الجيش على أغلب المحافظات الـ13 المتبقية.', 'الـ13', 'provinces'],
  ['en', 'The rebels now control the five states of the region.', 'five', 'provinces'],
  ['fr', 'Les rebelles contrôlent désormais les cinq wilayas de la région.', 'cinq', 'provinces'],
  // A state's capital stands for its state.
  ['fr', 'Les rebelles tiennent quatre des six capitales régionales du pays.', 'six', 'provinces'],
  ['en', 'About 900 residents of the hillside were relocated after the landslide.', 'About 900', 'displaced'],
  ['en', 'Police say three gunmen carried out the raid on the bank.', 'three', 'attackers'],
  // "remain" is no body's remains.
  ['en', 'Up to 40 climbers remain missing on the glacier.', 'Up to 40', 'missing'],
  // In a list of figures a word names the figure it stands by.
  ['ar', 'أسفر الانفجار عن سقوط أكثر من 73 شهيداً وما يزيد على 3000 جريح.', 'أكثر من 73', 'killed'],
  ['ar', 'أسفر الانفجار عن مقتل أكثر من 170 شخصاً وإصابة ما يزيد على 6 آلاف بجروح.', 'ما يزيد على 6 آلاف', 'injured'],
  ['fr', "Les explosions ont tué plus d'une centaine de personnes et en ont blessé environ 4 000.", "plus d'une centaine", 'killed'],
  ['en', 'The blast killed 190 people and injured more than 6,000.', 'more than 6,000', 'injured'],
  ['ar', 'قُتل 50 شخصاً وأصيب 100 آخرون.', '100', 'injured'],
  // A figure that opens a conjunct takes its measure there, not from the words before "and".
  ['ar', 'لقي سائق حتفه بينما 12 عاملاً ما زالوا في عداد المفقودين.', '12', 'missing'],
  ['ar', 'لقي سائق حتفه بينما ١٢ عاملاً ما زالوا في عداد المفقودين.', '١٢', 'missing'],
  ['en', 'One guard died in the raid and four colleagues are still missing.', 'four', 'missing'],
  ['en', 'Two miners were killed and dozens more were hurt when the shaft gave way.', 'dozens', 'injured'],
  ['fr', "Un pompier est mort et 12 autres ont été blessés lors de l'incendie.", '12', 'injured'],
  ['en', 'Two miners were killed when the shaft gave way.', 'Two', 'killed'],
  // … also when the preposition of a verb of reporting is repeated before it.
  ['fr', 'Le ministère a fait état, de son côté, de six gendarmes tués et de quinze autres blessés près du barrage.', 'quinze', 'injured'],
  ['en', 'The army spoke of six soldiers killed and of fifteen others wounded near the dam.', 'fifteen', 'injured'],
  ['ar', 'تحدث الجيش عن ستة جنود قتلى وعن خمسة عشر آخرين جرحى قرب السد.', 'خمسة عشر', 'injured'],
  // Measures beyond tolls: people affected, households, firms, municipalities, claims, protesters.
  ['ar', 'تضررت 1450 أسرة من الحريق.', '1450', 'households'],
  ['ar', 'تضررت ١٤٥٠ أسرة من الحريق.', '١٤٥٠', 'households'],
  ['ar', 'بلغ عدد المتضررين من الانفجار ١٠٣٣٧ شخصاً.', '١٠٣٣٧', 'affected'],
  ['en', 'Direct aid will go to 30,000 firms and 65,000 self-employed workers.', '30,000', 'businesses'],
  ['fr', 'Quelque 10 337 personnes ont été touchées par le sinistre.', 'Quelque 10 337', 'affected'],
  ['fr', 'Près de 140 000 demandes d’indemnisation ont été déposées.', 'Près de 140 000', 'claims'],
  ['en', 'Floods hit 75 municipalities in the province.', '75', 'localities'],
  ['ar', 'خرج نحو 130 ألف متظاهر إلى شوارع المدينة.', 'نحو 130 ألف', 'protesters'],
  // A date right after a verb of saying or publishing dates the words, not the event they tell.
  ['ar', 'نشرت الوزارة حصيلة جديدة لضحايا الزلزال، أكدت يوم الأحد 12 مارس أنها غير نهائية.', 'يوم الأحد 12 مارس', 'announced'],
  ['ar', 'نشرت الوزارة حصيلة جديدة لضحايا الزلزال، أكدت يوم الأحد ١٢ مارس أنها غير نهائية.', 'يوم الأحد ١٢ مارس', 'announced'],
  ['en', 'The ministry published a new count of the earthquake victims, updated on Wednesday evening.', 'Wednesday evening', 'announced'],
  ['fr', 'Le bilan du séisme, a indiqué mercredi le ministère, reste provisoire.', 'mercredi', 'announced'],
  // A weight names its one measure (a cargo) unless the figure names another substance.
  ['ar', 'كانت الصوامع تتسع لنحو 120 ألف طن من الحبوب.', 'نحو 120 ألف طن', null],
  ['ar', 'كانت الصوامع تتسع لنحو ١٢٠ ألف طن من الحبوب.', 'نحو ١٢٠ ألف طن', null],
  ['en', 'The silos held about 120,000 tonnes of grain.', 'about 120,000 tonnes', null],
  ['fr', 'Paris a envoyé plusieurs tonnes de matériel médical.', 'plusieurs tonnes', null],
  ['en', 'The warehouse held 2,750 tonnes of ammonium nitrate.', '2,750 tonnes', 'cargo'],
  // An amount per unit: the words after "per" say the unit, not the measure (a destroyed home is
  // no damage bill); an amount right after a verb of receiving is a payment, whoever receives it.
  ['ar', 'ستصرف الحكومة 90 ألف درهم لكل منزل دمره الفيضان.', '90 ألف درهم', 'aid'],
  ['ar', 'ستصرف الحكومة ٩٠ ألف درهم لكل منزل دمره الفيضان.', '٩٠ ألف درهم', 'aid'],
  ['en', 'Province to pay up to 90,000 dirhams per destroyed home after floods', 'up to 90,000 dirhams', 'aid'],
  ['fr', 'L’État versera 9 000 euros par maison détruite après les inondations.', '9 000 euros', 'aid'],
  ['ar', 'وسيحصل أصحاب المنازل المدمرة كلياً على 90 ألف درهم لإعادة البناء.', '90 ألف درهم', 'aid'],
  ['ar', 'وسيحصل أصحاب المنازل المدمرة كلياً على ٩٠ ألف درهم لإعادة البناء.', '٩٠ ألف درهم', 'aid'],
  ['en', 'Families whose houses were destroyed will receive 90,000 dirhams for rebuilding.', '90,000 dirhams', 'aid'],
  ['fr', 'Les familles dont la maison a été détruite percevront 9 000 euros pour reconstruire.', '9 000 euros', 'aid'],
  // (Without "per" or a verb of receiving, a destroyed home's bill is damage.)
  ['en', 'The destroyed homes will cost 90 million dirhams to replace.', '90 million dirhams', 'damage'],
  ['en', 'The port warehouse held some 2,750 tonnes.', 'some 2,750 tonnes', 'cargo'],
  // A comma ends a figure: the word after it is the next figure's (a headline's list).
  ['ar', 'الزلزال: الحصيلة ترتفع إلى 2946، المصابون 5674', '2946', 'killed'],
  ['ar', 'الزلزال: الحصيلة ترتفع إلى ٢٩٤٦، المصابون ٥٦٧٤', '٢٩٤٦', 'killed'],
  ['en', 'Quake: death toll climbs to 2,946, injured reach 5,674', '2,946', 'killed'],
  ['fr', 'Séisme : le bilan passe à 2 946, blessés 5 674', '2 946', 'killed'],
  // An aftershock is an event of its own.
  ['ar', 'ضربت هزة ارتدادية المنطقة الجبلية يوم الأربعاء ١٣ مارس.', 'يوم الأربعاء ١٣ مارس', 'aftershock'],
  ['en', 'A strong aftershock rattled the valley on Wednesday.', 'Wednesday', 'aftershock'],
  ['fr', 'Une forte réplique a secoué la vallée mercredi 13 mars.', 'mercredi 13 mars', 'aftershock'],
  // A date takes no event named as a point of reference for it ("the day after", "since")…
  ['ar', 'وصل الوزير إلى الميناء يوم الخميس ١٤ مارس، غداة انفجار المستودع.', 'يوم الخميس ١٤ مارس', null],
  ['ar', 'وصل الوزير إلى الميناء يوم الخميس 14 مارس، غداة انفجار المستودع.', 'يوم الخميس 14 مارس', null],
  ['fr', "Les secours fouillaient encore les décombres jeudi 14 mars, au lendemain de l'explosion.", 'jeudi 14 mars', null],
  // … nor one another date of its sentence stands right by.
  ['ar', 'وصل الوزير إلى الميناء يوم الخميس، وهو أول مسؤول يزوره منذ انفجار المستودع يوم الثلاثاء.', 'يوم الخميس', null],
  ['ar', 'وصل الوزير إلى الميناء يوم الخميس، وهو أول مسؤول يزوره منذ انفجار المستودع يوم الثلاثاء.', 'يوم الثلاثاء', 'explosion'],
  ['en', 'The minister reached the port on Thursday, the first official to come since the depot blew up on Tuesday.', 'Thursday', null],
  ['en', 'The minister reached the port on Thursday, the first official to come since the depot blew up on Tuesday.', 'Tuesday', 'explosion'],
  // A date inside the phrase of reference, or right after its event, is the event's own.
  ['en', 'Relief flights resumed after Tuesday’s explosion at the depot.', 'Tuesday', 'explosion'],
  ['ar', 'يشهد البلد قتالاً منذ اندلاع الحرب في أبريل 2023.', 'أبريل 2023', 'war'],
  ['en', 'The earthquake struck on Friday, 8 March, at 23:11.', 'Friday, 8 March', 'struck'],
]

describe('measureOf: what a figure measures', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, figure, measure) => {
    const c = extractClaims({ id: 't', text, lang, published: '2025-11-10', window: null }).find((x) => x.text === figure)
    expect(c, `"${figure}" must be read`).toBeDefined()
    const clause = clauses(text, c!.sentence).find((k) => k.start <= c!.span.start && c!.span.end <= k.end) ?? c!.sentence
    expect(measureOf(c!, text, clause, lang).concept?.id ?? null).toBe(measure)
  })
})

describe('conceptsIn: where a word stands', () => {
  it('points into the original text past marks that folding drops (a shadda, harakat)', () => {
    const text = 'قدّم الوزير حصيلة: أودت السيول بحياة 40 شخصاً وشرّدت 900 أسرة.'
    const found = conceptsIn(text, { start: 0, end: text.length }, 'ar').map((m) => text.slice(m.start, m.end))
    expect(found).toContain('وشرّدت')
  })
})
