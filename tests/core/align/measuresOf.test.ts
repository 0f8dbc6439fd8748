import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { measuresOf } from '../../../src/core/align/measureOf'
import type { Lang } from '../../../src/core/model'

// What each figure of a text measures, read together: lists that name their measure once, counted
// nouns that run on into the next clause, "N of the dead", inflected words. Sentences written for
// these tests: [lang, text, figure as written, measure expected].
const CASES: [Lang, string, string, string | null][] = [
  // A list names its measure once; the figures after it share it.
  ['en', 'The province of Azrou accounted for 412 of the dead, followed by Ifrane with 207, Khenifra with 96 and Midelt with 31.', '207', 'killed'],
  ['en', 'The province of Azrou accounted for 412 of the dead, followed by Ifrane with 207, Khenifra with 96 and Midelt with 31.', '31', 'killed'],
  ['ar', 'سجّل إقليم أزرو العدد الأكبر بـ412 وفاة، يليه إقليم إفران بـ207، ثم خنيفرة بـ96.', '96', 'killed'],
  // A figure restated in other terms between commas does not end the first one's clause; the
  // restatement keeps its own noun.
  ['ar', 'نحو 8120 شخصاً، أي 1630 أسرة، تضرروا من الحريق.', 'نحو 8120', 'affected'],
  ['ar', 'نحو ٨١٢٠ شخصاً، أي ١٦٣٠ أسرة، تضرروا من الحريق.', 'نحو ٨١٢٠', 'affected'],
  ['ar', 'نحو ٨١٢٠ شخصاً، أي ١٦٣٠ أسرة، تضرروا من الحريق.', '١٦٣٠', 'households'],
  ['en', 'Some 8,120 people, that is 1,630 households, were affected by the fire.', 'Some 8,120', 'affected'],
  ['fr', 'Quelque 8 120 personnes, soit 1 630 ménages, ont été affectées par l’incendie.', 'Quelque 8 120', 'affected'],
  ['fr', 'Quelque 8 120 personnes, soit 1 630 ménages, ont été affectées par l’incendie.', '1 630', 'households'],
  // An item said "place with N" goes on however long the place's name ("and the … prefecture with 31").
  ['en', 'The province of Azrou accounted for 412 of the dead, followed by Ifrane with 207, Khenifra with 96 and the prefecture of greater Meknes with 31.', '31', 'killed'],
  ['fr', 'La province d’Azrou compte 412 des morts, suivie d’Ifrane avec 207, de Khénifra avec 96 et de la préfecture du grand Meknès avec 31.', '31', 'killed'],
  ['ar', 'سجّل إقليم أزرو العدد الأكبر بـ412 وفاة، يليه إقليم إفران بـ207، ثم خنيفرة بـ96، وعمالة مكناس الكبرى ونواحيها بـ31.', '31', 'killed'],
  ['ar', 'سجّل إقليم أزرو العدد الأكبر بـ٤١٢ وفاة، يليه إقليم إفران بـ٢٠٧، ثم خنيفرة بـ٩٦، وعمالة مكناس الكبرى ونواحيها بـ٣١.', '٣١', 'killed'],
  ['fr', 'Au total, 88 personnes ont été sauvées : 40 Érythréens, 30 Soudanais et 18 Maliens.', '30', 'survivors'],
  ['fr', 'Au total, 88 personnes ont été sauvées : 40 Érythréens, 30 Soudanais et 18 Maliens.', '88', 'survivors'],
  // A part of the figure before ("of whom", "dont", "بينهم") counts what that figure counts,
  // even after its measure word; a part by place or district stays unread.
  ['en', 'The coast guard counts 88 survivors, 30 of whom are Sudanese.', '30', 'survivors'],
  ['fr', 'Le bilan fait état de 640 blessés, dont 90 grièvement.', '90', 'injured'],
  ['ar', 'أعلنت الوزارة إنقاذ 88 ناجياً بينهم 30 طفلاً.', '30', 'survivors'],
  // A part said right after "among them" belongs to the figure before, past a description of who
  // they are ("all of them men": men, like "hommes" and "أفراد", count troops only as a figure's own noun).
  ['ar', 'أنقذ خفر السواحل 96 ناجياً، جميعهم من الرجال، من بينهم 40 إريترياً و30 سودانياً.', '40', 'survivors'],
  ['ar', 'أنقذ خفر السواحل ٩٦ ناجياً، جميعهم من الرجال، من بينهم ٤٠ إريترياً و٣٠ سودانياً.', '٤٠', 'survivors'],
  ['ar', 'أنقذ خفر السواحل ٩٦ ناجياً، جميعهم من الرجال، من بينهم ٤٠ إريترياً و٣٠ سودانياً.', '٣٠', 'survivors'],
  ['en', 'The coast guard brought back 96 survivors, all of them men, among them 40 Eritreans and 30 Sudanese.', '40', 'survivors'],
  ['fr', 'Les garde-côtes ont ramené 96 rescapés, tous des hommes, parmi lesquels 40 Érythréens et 30 Soudanais.', '40', 'survivors'],
  ['fr', 'Les garde-côtes ont ramené 96 rescapés, tous des hommes, parmi lesquels 40 Érythréens et 30 Soudanais.', '30', 'survivors'],
  ['fr', 'Paris a déployé 1 400 hommes au Niger.', '1 400', 'troops'],
  ['ar', 'نشرت باريس 1500 عنصر في النيجر.', '1500', 'troops'],
  ['fr', 'Le médecin a parlé de 900 morts : 600 dans un quartier, 300 dans l’autre.', '600', null],
  // A narrower word of the clause says which of the counted dead these are.
  ['fr', 'Au total, 1.210 défunts ont été inhumés.', '1.210', 'buried'],
  ['ar', 'وأضافت الوزارة أن 1210 من الضحايا ووروا الثرى.', '1210', 'buried'],
  ['en', 'The ministry said 1,210 of the dead had been buried by Friday.', '1,210', 'buried'],
  ['en', 'The ministry said 1,210 people had died by Friday.', '1,210', 'killed'],
  // A list stops where a new clause begins with a long stretch of its own.
  ['en', 'The toll has reached 96, and relatives of the crew are still waiting for news of more than 40 others.', 'more than 40', null],
  // "N of the dead": the noun after "of" names the figure.
  ['en', 'Officials said 312 of the dead had been identified.', '312', 'killed'],
  // A counted noun stops where the next clause begins.
  ['ar', 'أسفر الحريق عن مقتل أكثر من 40 شخصاً وإصابة ما يزيد على 200 آخرين.', 'أكثر من 40', 'killed'],
  ['ar', 'أسفر الحريق عن مقتل أكثر من 40 شخصاً وإصابة ما يزيد على 200 آخرين.', 'ما يزيد على 200', 'injured'],
  // A comma ends a figure: the word after it begins the next item, not its counted noun.
  ['en', 'Storm toll climbs to 61, injured reach 340', '340', 'injured'],
  // An Arabic clause joined by و is no counted noun of the figure before it.
  ['ar', 'أسفرت المعارك عن مقتل المئات وتشريد الآلاف.', 'الآلاف', 'displaced'],
  // A share between a count and its word does not take the word from it.
  ['en', 'Around 9,000 residents, half of them children, were still trapped in the old town.', 'Around 9,000', 'trapped'],
  // An aside between commas (a source, a hedge, a part, a participle) does not end the clause it
  // interrupts: the figure reads its measure on the far side, never in the aside.
  ['en', 'Seven volunteers, among them two nurses, were kidnapped near the border.', 'Seven', 'abducted'],
  ['fr', 'La Croix-Rouge a indiqué que 35 bénévoles, dont trois médecins, avaient été enlevés près de la frontière.', '35', 'abducted'],
  ['ar', 'وقالت الجمعية إن 35 متطوعاً، من بينهم ثلاثة أطباء، اختُطفوا قرب الحدود.', '35', 'abducted'],
  ['ar', 'وقالت الجمعية إن ٣٥ متطوعاً، من بينهم ثلاثة أطباء، اختُطفوا قرب الحدود.', '٣٥', 'abducted'],
  ['fr', 'Onze passeurs, soupçonnés d’avoir affrété le chalutier, ont été arrêtés à Patras.', 'Onze', 'arrested'],
  ['en', 'The number of people missing stands, according to the Red Cross, at 312.', '312', 'missing'],
  ['fr', 'Le nombre de disparus atteint, selon la préfecture, 57 personnes.', '57', 'missing'],
  ['ar', 'وقال المسؤول إن عدد الأجانب الذين لقوا حتفهم وصل، بحسب إحصاء السفارة، إلى 140 شخصاً.', '140', 'killed'],
  ['ar', 'وقال المسؤول إن عدد الأجانب الذين لقوا حتفهم وصل، بحسب إحصاء السفارة، إلى ١٤٠ شخصاً.', '١٤٠', 'killed'],
  // A count head names what a count of its clause counts, before a nearer word ("the number of
  // civilians killed by soldiers": the killed, not the soldiers).
  ['ar', 'وقال المكتب إن عدد من قتلتهم قوات الأمن في البلدة تجاوز 40 شخصاً.', 'تجاوز 40', 'killed'],
  ['ar', 'وقال المكتب إن عدد من قتلتهم قوات الأمن في البلدة تجاوز ٤٠ شخصاً.', 'تجاوز ٤٠', 'killed'],
  ['en', 'The number of civilians killed by soldiers in the village passed 40.', 'passed 40', 'killed'],
  ['fr', 'Le nombre de civils tués par les soldats dans le village dépasse 40.', 'dépasse 40', 'killed'],
  ['ar', 'وارتفعت حصيلة الجثث التي انتشلها الجنود من النهر إلى 64.', '64', 'bodies'],
  // An abduction, an attack and a mourning are events a date may mark; the people abducted are still counted.
  ['en', 'Four engineers were kidnapped on Thursday near the mine.', 'Thursday', 'abduction'],
  ['en', 'Four engineers were kidnapped on Thursday near the mine.', 'Four', 'abducted'],
  ['ar', 'واختُطف مهندسو الشركة يوم الخميس قرب المنجم.', 'يوم الخميس', 'abduction'],
  ['en', 'The clinic was shelled on Friday, the third attack in a week.', 'Friday', 'attack'],
  ['ar', 'وتعرض المستوصف لهجوم يوم الجمعة.', 'يوم الجمعة', 'attack'],
  ['fr', 'Le dispensaire a été pris pour cible vendredi.', 'vendredi', 'attack'],
  ['fr', 'Le gouvernement a décrété un deuil national à compter de lundi.', 'à compter de lundi', 'mourning'],
  ['en', 'Flags will fly at half-mast during the national mourning, which runs until Sunday.', 'until Sunday', 'mourning'],
  ['ar', 'وتستمر أيام الحداد الوطني حتى يوم الأحد.', 'حتى يوم الأحد', 'mourning'],
  // The day a mourning was decreed is the day of the decree.
  ['fr', 'Le président a décrété mercredi un deuil national de trois jours.', 'mercredi', 'announced'],
  // A distance said of a thing is its length; one said from a place stays a distance.
  ['en', 'Witnesses said up to 600 people were squeezed onto the 25- to 30-metre (80- to 100-foot) trawler before it sank 60 km off the coast.', '25- to 30-metre', 'length'],
  ['en', 'Witnesses said up to 600 people were squeezed onto the 25- to 30-metre (80- to 100-foot) trawler before it sank 60 km off the coast.', '80- to 100-foot', 'length'],
  ['en', 'Witnesses said up to 600 people were squeezed onto the 25- to 30-metre (80- to 100-foot) trawler before it sank 60 km off the coast.', '60 km', 'distance'],
  ['fr', 'Le chalutier de 25 mètres a chaviré à 80 km des côtes.', '25 mètres', 'length'],
  ['fr', 'Le chalutier de 25 mètres a chaviré à 80 km des côtes.', '80 km', 'distance'],
  ['ar', 'وغرق قارب صيد من 25 متراً على بعد 80 كيلومتراً من الساحل.', '25 متراً', 'length'],
  ['ar', 'وغرق قارب صيد من ٢٥ متراً على بعد ٨٠ كيلومتراً من الساحل.', '٢٥ متراً', 'length'],
  ['ar', 'وغرق قارب صيد من 25 متراً على بعد 80 كيلومتراً من الساحل.', '80 كيلومتراً', 'distance'],
  // Lives lost, said as a cost.
  ['fr', 'Les crues qui ont coûté la vie à 219 personnes ont ravagé la région.', '219', 'killed'],
  ['en', 'The floods, which claimed the lives of 219 people, devastated the region.', '219', 'killed'],
  // A heatwave's temperature, provinces and vehicles counted, pilgrims as people.
  ['en', 'The temperature in several cities reached 47 °C (117 °F) on Tuesday.', '117 °F', 'temperature'],
  ['fr', 'Le thermomètre a grimpé jusqu\'à 47 degrés Celsius à Kairouan.', '47 degrés Celsius', 'temperature'],
  ['ar', 'وبلغت درجة الحرارة 47 درجة مئوية في القيروان.', '47 درجة مئوية', 'temperature'],
  ['en', 'Fires were still burning in 9 provinces on Wednesday.', '9', 'provinces'],
  ['ar', 'وتتواصل عمليات الإطفاء في تسع ولايات.', 'تسع', 'provinces'],
  ['fr', 'Les pompiers luttent contre les flammes dans 9 wilayas.', '9', 'provinces'],
  ['en', 'The ministry sent 320 trucks and 40 ambulances.', '40', 'vehicles'],
  ['ar', 'وجنّدت الوزارة 320 شاحنة و40 سيارة إسعاف.', '320', 'vehicles'],
  ['fr', 'Au moins 60 pèlerins sont morts de chaleur.', 'Au moins 60', 'killed'],
  ['ar', 'وتوفي ٦٠ حاجاً بسبب الحر.', '٦٠', 'killed'],
  // A day said of the dead or the injured in a sentence naming no event dates the event named
  // before it; a day said of something else does not.
  ['en', 'The blast tore through the port district. Officials said at least 120 of the 5,000 people injured on Tuesday were in critical condition.', 'Tuesday', 'explosion'],
  ['fr', 'Le séisme a ravagé la vallée. Selon le ministère, 40 personnes ont été tuées dimanche et 200 blessées.', 'dimanche', 'struck'],
  ['ar', 'ضرب الزلزال المنطقة. وقالت الوزارة إن 40 شخصاً قُتلوا يوم الأحد.', 'يوم الأحد', 'struck'],
  ['ar', 'ضرب الزلزال المنطقة. وقالت الوزارة إن ٤٠ شخصاً قُتلوا يوم الأحد.', 'يوم الأحد', 'struck'],
  // (A reopening is dated as what follows the event, not as the event.)
  ['en', 'The blast tore through the port district. Schools will reopen on Tuesday.', 'Tuesday', 'reopened'],
  // An aid plan or package, in each language.
  ['fr', "Le gouvernement dévoile un plan d'urgence de 3 milliards d'euros pour les sinistrés.", "3 milliards d'euros", 'aid'],
  ['en', 'The government unveiled a relief package of $2 billion for the flooded provinces.', '$2 billion', 'aid'],
  ['ar', 'وأعلنت الحكومة حزمة مساعدات بقيمة 2 مليار دولار للمتضررين.', '2 مليار دولار', 'aid'],
  // The dead said as "المتوفين", people not yet accounted for, "wound" as a verb of a headline.
  ['ar', 'وأفاد الموقع بأن عدد المتوفين من الحجاج بلغ 14 شخصاً.', '14', 'killed'],
  ['ar', 'وأفاد الموقع بأن عدد المتوفين من الحجاج بلغ ١٤ شخصاً.', '١٤', 'killed'],
  ['en', 'Another 17 pilgrims had not yet been accounted for.', '17', 'missing'],
  ['en', 'Exploding radios kill at least nine, wound over 300 across the south', 'over 300', 'injured'],
  ['fr', 'Trois pèlerins ont succombé à la chaleur.', 'Trois', 'killed'],
  // Inflected French and English words of a measure.
  ['fr', 'Trois femmes ont été blessées et deux autres sauvées.', 'Trois', 'injured'],
  ['en', 'The ferry was carrying 230 passengers when it sank; 57 were rescued.', '57', 'survivors'],
  // An event word with a date of its own right by it is that date's: another date of the sentence
  // takes no event from it.
  ['ar', 'حطّ وزير الخارجية في المدينة يوم الخميس، حيث انفجر المستودع يوم الثلاثاء ١٢ مارس.', 'يوم الخميس', null],
  ['ar', 'حطّ وزير الخارجية في المدينة يوم الخميس، حيث انفجر المستودع يوم الثلاثاء 12 مارس.', 'يوم الثلاثاء 12 مارس', 'explosion'],
  ['en', 'The foreign minister landed on Thursday in the city, where the depot exploded on Tuesday.', 'Thursday', null],
  ['fr', "Le ministre s'est posé jeudi dans la ville, où le dépôt a explosé mardi 12 mars.", 'jeudi', null],
  ['fr', "Le ministre s'est posé jeudi dans la ville, où le dépôt a explosé mardi 12 mars.", 'mardi 12 mars', 'explosion'],
  // A generic verb of paying defers to what the money is for, in the same sentence.
  ['ar', 'قررت الحكومة رصد 3 مليارات درهم، لفائدة صندوق إعادة الإعمار في المناطق المتضررة.', '3 مليارات درهم', 'reconstruction'],
  ['ar', 'قررت الحكومة رصد ٣ مليارات درهم، لفائدة صندوق إعادة الإعمار في المناطق المتضررة.', '٣ مليارات درهم', 'reconstruction'],
  ['en', 'The government allocated $300 million, most of it for the reconstruction fund.', '$300 million', 'reconstruction'],
  ['fr', "L'État a débloqué 300 millions d'euros, destinés au fonds de reconstruction.", "300 millions d'euros", 'reconstruction'],
  // The first end of a rise "from X to Y noun" counts what the second counts.
  ['ar', 'تدرّجت الأرقام خلال النهار من 14 إلى 37 قتيلاً.', '14', 'killed'],
  ['ar', 'تدرّجت الأرقام خلال النهار من ١٤ إلى ٣٧ قتيلاً.', '١٤', 'killed'],
  ['en', 'Over the day the count went from 14 to 37 dead, civil defence said.', '14', 'killed'],
  ['fr', 'Au fil de la journée, le décompte est passé de 14 à 37 disparus.', '14', 'missing'],
  // A sentence that points back to the one before dates the event that one names.
  ['ar', 'غرق قارب المهاجرين قبالة الساحل. وكان ذلك فجر الأربعاء 14 يونيو.', 'فجر الأربعاء 14 يونيو', 'sank'],
  ['ar', 'غرق قارب المهاجرين قبالة الساحل. وكان ذلك فجر الأربعاء ١٤ يونيو.', 'فجر الأربعاء ١٤ يونيو', 'sank'],
  ['en', 'The trawler capsized off the coast. It happened on Wednesday night, June 14.', 'June 14', 'sank'],
  ['fr', "Le chalutier a chaviré au large. C'était dans la nuit du mardi 13 au mercredi 14 juin.", 'du mardi 13 au mercredi 14 juin', 'sank'],
  // The speaker's words say who speaks, not what is counted.
  ['ar', 'ويقول ناجون إن نحو 300 شخص كانوا على متن القارب.', 'نحو 300', 'aboard'],
  ['ar', 'ويقول ناجون إن نحو ٣٠٠ شخص كانوا على متن القارب.', 'نحو ٣٠٠', 'aboard'],
  ['en', 'Survivors say that about 300 people were on board the trawler.', 'about 300', 'aboard'],
  ['fr', 'Des rescapés affirment que quelque 300 personnes se trouvaient à bord.', 'quelque 300', 'aboard'],
  // Measures of a disaster beyond its toll, in each language.
  ['ar', 'وقدّرت السلطات عدد المتضررين من الفيضانات بنحو 41 ألف شخص.', 'نحو 41 ألف', 'affected'],
  ['en', 'Some 41,000 people were affected by the floods, the authorities estimated.', 'Some 41,000', 'affected'],
  ['fr', 'Quelque 41 000 personnes ont été touchées par les crues, selon les autorités.', 'Quelque 41 000', 'affected'],
  ['ar', 'وتضررت ٢٣٠٠ أسرة من العاصفة.', '٢٣٠٠', 'households'],
  ['fr', 'Au total, 2 300 foyers ont été privés de toit par la tempête.', '2 300', 'households'],
  ['en', 'The quake flattened 14 villages in the valley.', '14', 'localities'],
  ['ar', 'ودمّر الزلزال 14 قرية في الوادي بالكامل، وشمل الدمار 30 من القرى المجاورة.', '30', 'localities'],
  ['fr', 'Près de 20 000 manifestants ont défilé dans le centre-ville samedi.', 'Près de 20 000', 'protesters'],
  ['ar', 'وشارك نحو 20 ألف متظاهر في المسيرة.', 'نحو 20 ألف', 'protesters'],
  ['en', 'Insurers have already received 52,000 claims.', '52,000', 'claims'],
  ['en', 'The cyclone made landfall with winds of 220 km/h.', '220 km/h', 'wind'],
  ['fr', 'Des rafales à 226 km/h ont été enregistrées sur l’île.', '226 km/h', 'wind'],
  ['ar', 'وبلغت كمية الأمطار 300 ملم في يوم واحد.', '300 ملم', 'rain'],
  ['ar', 'وهبّت رياح بلغت سرعتها ٢٢٠ كم/ساعة.', '٢٢٠ كم/ساعة', 'wind'],
  ['fr', 'Il est tombé 491 litres de pluie par mètre carré à Chiva.', '491 litres', 'rain'],
  ['en', 'More than 300 mm of rain fell in a day.', 'More than 300 mm', 'rain'],
  // A flood's day, named by the words French and English reports use for it.
  ['fr', 'Les crues du mardi 29 octobre ont emporté des quartiers entiers.', 'mardi 29 octobre', 'struck'],
  ['fr', 'La dana a ravagé la région le 29 octobre.', '29 octobre', 'struck'],
  ['en', 'Flash floods swept through the valley on 29 October.', '29 October', 'struck'],
]

describe('measuresOf: the measure of each figure, read with its neighbours', () => {
  it.each(CASES)('%s: %s → "%s" %s', (lang, text, figure, measure) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id ?? null).toBe(measure)
  })

  // Past an aside, a clause that begins anew ("and", "et", "لافتاً") or holds a figure of its own
  // is another clause: the figure reads it only as a word of its sentence.
  it.each([
    ['en', 'Twelve volunteers, according to the mayor, and the police kept searching the ruins for survivors.', 'Twelve'],
    ['fr', 'Neuf bénévoles, selon le maire, et des pompiers ont fouillé les décombres à la recherche de rescapés.', 'Neuf'],
    ['ar', 'وأوضح أن عدد العمال الأجانب بلغ، بحسب الشركة، 300 شخص، بينهم مهندسون، لافتاً إلى أن عدد المفقودين وصل إلى 40.', '300'],
  ] as [Lang, string, string][])('%s: %s → "%s" is read from its sentence only', (lang, text, figure) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === figure)!
    expect(measuresOf(claims, text, lang).get(c.id)!.strength).toBeLessThan(2)
  })

  it('a date between a count and its measure word does not take the word from it', () => {
    const text = 'Rescuers pulled 64 on Tuesday bodies from the river.'
    const claims = extractClaims({ id: 't', text, lang: 'en', published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === '64')!
    expect(measuresOf(claims, text, 'en').get(c.id)?.concept?.id).toBe('bodies')
  })
})
