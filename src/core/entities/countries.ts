import { foldKey } from '../text/normalize'

// Countries and their peoples in Arabic, English and French. Their names do not fold to one
// skeleton across scripts (مصر / Egypt / Égypte), so a topic named by one gets the others as
// aliases: "Egyptian survivors" finds "ناجين مصريين" and "rescapés égyptiens".

const COUNTRIES: string[][] = [
  ['Egypt', 'Egyptian', 'Egyptians', 'مصر', 'مصري', 'مصريين', 'مصريون', 'مصريان', 'Égypte', 'égyptien', 'égyptiens'],
  ['Libya', 'Libyan', 'Libyans', 'ليبيا', 'ليبي', 'ليبيين', 'Libye', 'libyen', 'libyens'],
  ['Morocco', 'Moroccan', 'Moroccans', 'المغرب', 'مغربي', 'مغاربة', 'Maroc', 'marocain', 'marocains'],
  ['Sudan', 'Sudanese', 'السودان', 'سوداني', 'سودانيين', 'Soudan', 'soudanais'],
  ['Niger', 'Nigerien', 'Nigeriens', 'النيجر', 'نيجري', 'nigérien', 'nigériens'],
  ['Lebanon', 'Lebanese', 'لبنان', 'لبناني', 'لبنانيين', 'Liban', 'libanais'],
  ['Greece', 'Greek', 'Greeks', 'اليونان', 'يوناني', 'يونانيين', 'Grèce', 'grec', 'grecs'],
  ['Pakistan', 'Pakistani', 'Pakistanis', 'باكستان', 'باكستاني', 'باكستانيين', 'pakistanais'],
  ['Syria', 'Syrian', 'Syrians', 'سوريا', 'سورية', 'سوري', 'سوريين', 'Syrie', 'syrien', 'syriens'],
  ['Palestine', 'Palestinian', 'Palestinians', 'فلسطين', 'فلسطيني', 'فلسطينيين', 'palestinien', 'palestiniens'],
  ['Afghanistan', 'Afghan', 'Afghans', 'أفغانستان', 'أفغاني', 'أفغان', 'afghan', 'afghans'],
  ['Tunisia', 'Tunisian', 'Tunisians', 'تونس', 'تونسي', 'تونسيين', 'Tunisie', 'tunisien', 'tunisiens'],
  ['Algeria', 'Algerian', 'Algerians', 'الجزائر', 'جزائري', 'جزائريين', 'Algérie', 'algérien'],
  ['France', 'French', 'فرنسا', 'فرنسي', 'فرنسية', 'فرنسيين', 'français', 'française'],
  ['United States', 'American', 'Americans', 'US', 'الولايات المتحدة', 'أمريكي', 'أميركي', 'أمريكيين', 'États-Unis', 'américain', 'américains'],
  ['Chad', 'Chadian', 'تشاد', 'تشادي', 'Tchad', 'tchadien'],
  ['Mali', 'Malian', 'مالي', 'malien'],
  ['Burkina Faso', 'Burkinabe', 'بوركينا فاسو', 'burkinabè'],
  ['Turkey', 'Turkish', 'تركيا', 'تركي', 'Türkiye', 'Turquie', 'turc'],
  ['United Arab Emirates', 'UAE', 'Emirati', 'الإمارات', 'إماراتي', 'Émirats arabes unis', 'émirien'],
  ['Saudi Arabia', 'Saudi', 'السعودية', 'سعودي', 'Arabie saoudite', 'saoudien'],
  ['Cyprus', 'Cypriot', 'قبرص', 'قبرصي', 'Chypre', 'chypriote'],
  ['Bangladesh', 'Bangladeshi', 'بنغلاديش', 'بنغالي', 'bangladais'],
  ['Italy', 'Italian', 'إيطاليا', 'إيطالي', 'Italie', 'italien'],
  ['Spain', 'Spanish', 'إسبانيا', 'إسباني', 'إسبان', 'Espagne', 'espagnol', 'espagnols'],
  ['Guinea', 'Guinean', 'Guineans', 'غينيا', 'غيني', 'غينيين', 'Guinée', 'guinéen', 'guinéens'],
  ['Senegal', 'Senegalese', 'السنغال', 'سنغالي', 'Sénégal', 'sénégalais'],
  ['Nigeria', 'Nigerian', 'Nigerians', 'نيجيريا', 'نيجيري', 'Nigéria', 'nigérian', 'nigérians'],
  ['Cameroon', 'Cameroonian', 'الكاميرون', 'كاميروني', 'Cameroun', 'camerounais'],
  ['Comoros', 'Comorian', 'جزر القمر', 'قمري', 'Comores', 'comorien', 'comoriens'],
  ['Iran', 'Iranian', 'Iranians', 'إيران', 'إيراني', 'iranien', 'iraniens'],
  ['Iraq', 'Iraqi', 'Iraqis', 'العراق', 'عراقي', 'Irak', 'irakien', 'irakiens'],
  ['Jordan', 'Jordanian', 'الأردن', 'أردني', 'Jordanie', 'jordanien'],
  ['Yemen', 'Yemeni', 'اليمن', 'يمني', 'Yémen', 'yéménite'],
  ['Germany', 'German', 'Germans', 'ألمانيا', 'ألماني', 'Allemagne', 'allemand', 'allemands'],
  ['United Kingdom', 'British', 'Britain', 'Briton', 'Britons', 'UK', 'بريطانيا', 'بريطاني', 'Royaume-Uni', 'britannique', 'britanniques'],
  ['Qatar', 'Qatari', 'قطر', 'قطري', 'qatari'],
  ['Eritrea', 'Eritrean', 'Eritreans', 'إريتريا', 'إريتري', 'Érythrée', 'érythréen', 'érythréens'],
  ['Somalia', 'Somali', 'Somalis', 'الصومال', 'صومالي', 'Somalie', 'somalien', 'somaliens'],
  // Countries world news names beyond the region's: a story from Nairobi or Moscow reads the same way.
  ['Kenya', 'Kenyan', 'Kenyans', 'كينيا', 'كيني', 'كينيين', 'kényan', 'kényans', 'kenyan'],
  ['Russia', 'Russian', 'Russians', 'روسيا', 'روسي', 'روس', 'Russie', 'russe', 'russes'],
  ['Ukraine', 'Ukrainian', 'Ukrainians', 'أوكرانيا', 'أوكراني', 'أوكرانيين', 'ukrainien', 'ukrainiens'],
  ['Israel', 'Israeli', 'Israelis', 'إسرائيل', 'إسرائيلي', 'إسرائيليين', 'Israël', 'israélien', 'israéliens'],
  ['Tajikistan', 'Tajik', 'Tajiks', 'طاجيكستان', 'طاجيكي', 'طاجيك', 'Tadjikistan', 'tadjik', 'tadjiks'],
  ['Mexico', 'Mexican', 'Mexicans', 'المكسيك', 'مكسيكي', 'Mexique', 'mexicain', 'mexicains'],
  ['China', 'Chinese', 'الصين', 'صيني', 'صينيين', 'Chine', 'chinois'],
  ['India', 'Indian', 'Indians', 'الهند', 'هندي', 'هنود', 'Inde', 'indien', 'indiens'],
  ['Ethiopia', 'Ethiopian', 'Ethiopians', 'إثيوبيا', 'إثيوبي', 'Éthiopie', 'éthiopien', 'éthiopiens'],
  ['Mauritania', 'Mauritanian', 'موريتانيا', 'موريتاني', 'Mauritanie', 'mauritanien', 'mauritaniens'],
  ['Kuwait', 'Kuwaiti', 'الكويت', 'كويتي', 'Koweït', 'koweïtien'],
  ['Bahrain', 'Bahraini', 'البحرين', 'بحريني', 'Bahreïn', 'bahreïni'],
  ['Indonesia', 'Indonesian', 'Indonesians', 'إندونيسيا', 'إندونيسي', 'Indonésie', 'indonésien', 'indonésiens'],
  ['Japan', 'Japanese', 'اليابان', 'ياباني', 'Japon', 'japonais'],
  ['Belgium', 'Belgian', 'Belgians', 'بلجيكا', 'بلجيكي', 'Belgique', 'belge', 'belges'],
  ['Brazil', 'Brazilian', 'Brazilians', 'البرازيل', 'برازيلي', 'Brésil', 'brésilien', 'brésiliens'],
  ['Uganda', 'Ugandan', 'Ugandans', 'أوغندا', 'أوغندي', 'Ouganda', 'ougandais'],
  ['Tanzania', 'Tanzanian', 'Tanzanians', 'تنزانيا', 'تنزاني', 'Tanzanie', 'tanzanien', 'tanzaniens'],
  ['Poland', 'Polish', 'بولندا', 'بولندي', 'Pologne', 'polonais'],
  // Asia and the Pacific, where a quake, a crush or a storm counts foreigners among its dead.
  ['Thailand', 'Thai', 'تايلاند', 'تايلندا', 'تايلندي', 'تايلاندي', 'Thaïlande', 'thaïlandais'],
  ['Myanmar', 'Burma', 'Burmese', 'ميانمار', 'بورما', 'بورمي', 'Birmanie', 'birman', 'birmans'],
  // (Not "Korea", "كوريا", "Corée" or their peoples alone: North Korea is named the same way.)
  ['South Korea', 'كوريا الجنوبية', 'Corée du Sud', 'sud-coréen', 'sud-coréens', 'South Korean', 'South Koreans'],
  ['Vietnam', 'Vietnamese', 'فيتنام', 'فيتنامي', 'Viêt Nam', 'vietnamien', 'vietnamiens'],
  ['Philippines', 'Filipino', 'Filipinos', 'الفلبين', 'فلبيني', 'philippin', 'philippins'],
  ['Nepal', 'Nepali', 'Nepalese', 'نيبال', 'نيبالي', 'Népal', 'népalais'],
  ['Sri Lanka', 'Sri Lankan', 'سريلانكا', 'سريلانكي', 'sri-lankais'],
  ['Australia', 'Australian', 'Australians', 'أستراليا', 'أسترالي', 'Australie', 'australien', 'australiens'],
  ['Norway', 'Norwegian', 'Norwegians', 'النرويج', 'نرويجي', 'Norvège', 'norvégien', 'norvégiens'],
  ['Canada', 'Canadian', 'Canadians', 'كندا', 'كندي', 'canadien', 'canadiens'],
  ['Netherlands', 'Dutch', 'هولندا', 'هولندي', 'Pays-Bas', 'néerlandais'],
  ['Switzerland', 'Swiss', 'سويسرا', 'سويسري', 'Suisse'],
  ['Sweden', 'Swedish', 'Swedes', 'السويد', 'سويدي', 'Suède', 'suédois'],
  ['Austria', 'Austrian', 'Austrians', 'النمسا', 'نمساوي', 'Autriche', 'autrichien', 'autrichiens'],
  ['Kazakhstan', 'Kazakh', 'Kazakhs', 'كازاخستان', 'كازاخي', 'kazakh', 'kazakhs'],
  ['Uzbekistan', 'Uzbek', 'Uzbeks', 'أوزبكستان', 'أوزبكي', 'Ouzbékistan', 'ouzbek', 'ouzbeks'],
  ['South Sudan', 'South Sudanese', 'جنوب السودان', 'Soudan du Sud', 'sud-soudanais'],
  ['Haiti', 'Haitian', 'Haitians', 'هايتي', 'Haïti', 'haïtien', 'haïtiens'],
  // Europe, the Americas and Africa beyond the region: the passengers of a crash, the victims of a
  // crush abroad or the nationals an embassy counts. (Not Georgia: as often the American state; not
  // عمان for Oman nor بنين for Benin: Amman is written عمّان, and بنين is "sons"; nor the Arabic
  // names a longer word starts with, which Arabic's endings would let in: بيرو in بيروت, كوبا in
  // كوباني, المجر in المجرم.)
  ['Portugal', 'Portuguese', 'البرتغال', 'برتغالي', 'برتغاليين', 'portugais', 'portugaise'],
  ['Ireland', 'Irish', 'أيرلندا', 'إيرلندا', 'أيرلندي', 'إيرلندي', 'Irlande', 'irlandais'],
  ['Denmark', 'Danish', 'Danes', 'الدنمارك', 'دنماركي', 'Danemark', 'danois'],
  ['Finland', 'Finnish', 'Finns', 'فنلندا', 'فنلندي', 'Finlande', 'finlandais'],
  ['Czech Republic', 'Czechia', 'Czech', 'Czechs', 'التشيك', 'تشيكي', 'Tchéquie', 'tchèque', 'tchèques'],
  ['Romania', 'Romanian', 'Romanians', 'رومانيا', 'روماني', 'Roumanie', 'roumain', 'roumains'],
  ['Hungary', 'Hungarian', 'Hungarians', 'Hongrie', 'hongrois'],
  ['Serbia', 'Serbian', 'Serbs', 'صربيا', 'صربي', 'Serbie', 'serbe', 'serbes'],
  ['North Macedonia', 'Macedonia', 'Macedonian', 'Macedonians', 'مقدونيا الشمالية', 'مقدونيا', 'مقدوني', 'Macédoine du Nord', 'Macédoine', 'macédonien', 'macédoniens'],
  ['Bulgaria', 'Bulgarian', 'Bulgarians', 'بلغاريا', 'بلغاري', 'Bulgarie', 'bulgare', 'bulgares'],
  ['Croatia', 'Croatian', 'Croats', 'كرواتيا', 'كرواتي', 'Croatie', 'croate', 'croates'],
  ['Lithuania', 'Lithuanian', 'Lithuanians', 'ليتوانيا', 'ليتواني', 'Lituanie', 'lituanien', 'lituaniens'],
  ['Armenia', 'Armenian', 'Armenians', 'أرمينيا', 'أرميني', 'Arménie', 'arménien', 'arméniens'],
  ['Azerbaijan', 'Azerbaijani', 'Azerbaijanis', 'أذربيجان', 'أذربيجاني', 'Azerbaïdjan', 'azerbaïdjanais'],
  ['Argentina', 'Argentine', 'Argentinian', 'Argentinians', 'الأرجنتين', 'أرجنتيني', 'Argentine', 'argentin', 'argentins'],
  ['Colombia', 'Colombian', 'Colombians', 'كولومبيا', 'كولومبي', 'كولومبيين', 'Colombie', 'colombien', 'colombiens'],
  ['Venezuela', 'Venezuelan', 'Venezuelans', 'فنزويلا', 'فنزويلي', 'vénézuélien', 'vénézuéliens'],
  ['Peru', 'Peruvian', 'Peruvians', 'بيروفي', 'Pérou', 'péruvien', 'péruviens'],
  ['Cuba', 'Cuban', 'Cubans', 'كوبي', 'cubain', 'cubains'],
  ['New Zealand', 'New Zealander', 'New Zealanders', 'نيوزيلندا', 'نيوزيلندي', 'Nouvelle-Zélande', 'néo-zélandais'],
  ['Malaysia', 'Malaysian', 'Malaysians', 'ماليزيا', 'ماليزي', 'Malaisie', 'malaisien', 'malaisiens'],
  ['Singapore', 'Singaporean', 'Singaporeans', 'سنغافورة', 'سنغافوري', 'Singapour', 'singapourien', 'singapouriens'],
  ['Cambodia', 'Cambodian', 'Cambodians', 'كمبوديا', 'كمبودي', 'Cambodge', 'cambodgien', 'cambodgiens'],
  ['Ghana', 'Ghanaian', 'Ghanaians', 'غانا', 'غاني', 'ghanéen', 'ghanéens'],
  ["Côte d'Ivoire", 'Ivory Coast', 'Ivorian', 'Ivorians', 'ساحل العاج', 'إيفواري', 'ivoirien', 'ivoiriens'],
  ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congolese', 'الكونغو الديمقراطية', 'كونغولي', 'RDC', 'congolais'],
  ['Rwanda', 'Rwandan', 'Rwandans', 'رواندا', 'رواندي', 'rwandais'],
  ['South Africa', 'South African', 'South Africans', 'جنوب أفريقيا', 'جنوب إفريقيا', 'Afrique du Sud', 'sud-africain', 'sud-africains'],
  ['Mozambique', 'Mozambican', 'Mozambicans', 'موزمبيق', 'موزمبيقي', 'mozambicain', 'mozambicains'],
  ['Togo', 'Togolese', 'توغو', 'توغولي', 'togolais'],
  ['Liberia', 'Liberian', 'Liberians', 'ليبيريا', 'ليبيري', 'Libéria', 'libérien', 'libériens'],
  ['Sierra Leone', 'Sierra Leonean', 'سيراليون', 'sierra-léonais'],
  ['Gambia', 'Gambian', 'Gambians', 'غامبيا', 'غامبي', 'Gambie', 'gambien', 'gambiens'],
]

// The seat of a government stands for it, and so does a capital for its country ("Moscow raised
// its toll", "Kyiv: 10 dead", "كييف", "à Bangkok, la capitale"): each city by its country's English
// name, in the three languages. (One word each: a name of two, "Tel Aviv", no word can match; none
// that another place shares: Tripoli is Libya's and Lebanon's, عمّان Jordan's and Oman's عُمان.)
const SEATS: [string, string[]][] = [
  ['Russia', ['Moscow', 'Moscou', 'Kremlin', 'موسكو', 'الكرملين']],
  ['Ukraine', ['Kyiv', 'Kiev', 'Kiyv', 'كييف', 'كييف']],
  ['Syria', ['Damascus', 'Damas', 'دمشق']],
  ['Turkey', ['Ankara', 'أنقرة']],
  ['Sudan', ['Khartoum', 'الخرطوم']],
  ['Iran', ['Tehran', 'Téhéran', 'طهران']],
  ['Thailand', ['Bangkok', 'بانكوك']],
  ['Myanmar', ['Naypyidaw', 'Naypyitaw', 'نايبيداو']],
  ['Lebanon', ['Beirut', 'Beyrouth', 'بيروت']],
  ['Egypt', ['Cairo', 'Caire', 'القاهرة']],
  // (Not سيول: it is also the word for floods and torrents, in every Arabic flood report.)
  ['South Korea', ['Seoul', 'Séoul']],
  ['Pakistan', ['Islamabad']],
  ['Kenya', ['Nairobi', 'نيروبي']],
  ['Niger', ['Niamey', 'نيامي']],
  ['Chad', ["N'Djamena", 'N’Djamena', 'Ndjamena', 'نجامينا', 'انجامينا']],
  ['Morocco', ['Rabat', 'الرباط']],
  ['Iraq', ['Baghdad', 'Bagdad', 'بغداد']],
]


// Folded and in lower case, accented capitals included ("Égyptiens" as "égyptiens").
const key = (name: string) => foldKey(name).toLowerCase()
const INDEX = new Map<string, string[]>()
for (const names of COUNTRIES) for (const n of names) INDEX.set(key(n), names)

// A people's plural and feminine in Latin letters ("Jordanians", "jordaniens", "jordanienne",
// "Turcs") are its listed singular's: tried only when the word itself is not listed, and only a
// people word found so (a country's name takes no ending).
const ENDINGS: [string, string][] = [['s', ''], ['es', ''], ['nnes', 'n'], ['nne', 'n'], ['e', '']]
function lookup(name: string): string[] | undefined {
  const k = key(name)
  const found = INDEX.get(k)
  if (found || !/^\p{Script=Latin}+$/u.test(k)) return found
  for (const [end, by] of ENDINGS) {
    const stem = k.endsWith(end) ? k.slice(0, -end.length) + by : ''
    if (stem && PEOPLE.has(stem)) return INDEX.get(stem)
  }
  return undefined
}

/** Every name of the country or people a name stands for, or just the name. */
export function countryAliases(name: string): string[] {
  return lookup(name) ?? [name]
}

/** Whether a word names a country or a people (any form, any of the three languages). */
export const isCountryWord = (word: string): boolean => lookup(word) !== undefined

// In each row the country's name comes first, its Arabic name first among the Arabic words, and
// French names of countries take a capital where French names of peoples do not ("Égypte",
// "égyptiens"); every other word names the people ("Egyptians", "مصريين").
const PEOPLE = new Set<string>()
for (const names of COUNTRIES) {
  const arabic = names.findIndex((n) => /\p{Script=Arabic}/u.test(n))
  names.forEach((n, i) => {
    const isArabic = /\p{Script=Arabic}/u.test(n)
    if (i > 0 && i !== arabic && (isArabic || i < arabic || /^\p{Ll}/u.test(n))) PEOPLE.add(key(n))
  })
}

/** Whether a word names a people rather than its country ("Pakistani", "مصريون", "syriens"; not "Pakistan", "مصر", "Syrie"). */
export const isPeopleWord = (word: string): boolean => PEOPLE.has(key(word)) || (!INDEX.has(key(word)) && lookup(word) !== undefined)

const SEAT_INDEX = new Map<string, string>()
for (const [country, names] of SEATS) for (const n of names) SEAT_INDEX.set(key(n), country)

/** Every spelling of the capital a name stands for ("Cairo": "Caire", "القاهرة"), or just the name. */
export function seatNames(name: string): string[] {
  const row = SEATS.find(([, names]) => names.some((n) => key(n) === key(name)))
  return row ? row[1] : [name]
}

/**
 * The country a seat of government or a capital stands for, by its English name ("Moscow",
 * "موسكو", "بموسكو", "Téhéran": Iran), or null. Arabic attached prefixes and the article are read.
 */
export function seatOf(word: string): string | null {
  const k = key(word)
  if (SEAT_INDEX.has(k) || !/\p{Script=Arabic}/u.test(k)) return SEAT_INDEX.get(k) ?? null
  return SEAT_INDEX.get(k.replace(/^(?:[وفبل]|ال)(?=\p{L}{3})/u, '')) ?? null
}
