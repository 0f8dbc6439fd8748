import type { Lang } from '../model'
import { ECONOMY_CONCEPTS, MONEY_CONCEPTS } from './economy'
import { AFTERMATH_CONCEPTS } from './aftermath'
import { CIVIC_CONCEPTS } from './civic'
import { FINANCE_CONCEPTS, FINANCE_GENERIC_WORDS } from './finance'
import { ELECTION_EVENTS } from './electionEvent'
import { FAIR_CONCEPTS } from './fairEvent'
import { INQUIRY_EVENTS } from './inquiryEvents'
import { PERSON_TIMES } from './personTimes'
import { addEventWords } from './eventWords'

// What a figure measures, in every language the product reads: a concept (people killed, people
// missing, homes destroyed, the date a disaster struck…), the words that name it in Arabic,
// English and French, and the family of things it counts, so that a count of people never joins a
// count of aircraft. Topics name a concept; a figure's concept is read from its counted noun, else
// from the words of its clause.

/** What the counted things are: figures of different families are never compared. */
export const UNIT_FAMILIES = ['people', 'buildings', 'aircraft', 'vessels', 'vehicles', 'money', 'mass', 'distance', 'area', 'volume', 'magnitude', 'temperature', 'percent', 'time', 'date', 'events', 'places', 'animals', 'other'] as const
export type UnitFamily = (typeof UNIT_FAMILIES)[number]

/** One measure: its id, its family, its label in each interface language, and its words. */
export interface Concept {
  id: string
  family: UnitFamily
  label: { en: string; ar: string }
  /** Words that name it (counted nouns, event nouns and verbs), by language. */
  words: Record<Lang, string[]>
  /** For dates: the event dated. */
  event?: boolean
  /** A wider measure this one counts toward when no topic asks for it alone (bodies recovered toward the death toll). */
  broader?: string
  /**
   * A part of a wider measure that reports tell apart and never give as the whole (the injured still
   * in hospital, the remains identified): a label or a figure's clause that names both means the
   * part, and a figure of the part does not count toward the whole.
   */
  partOf?: string
  /**
   * Counts whose own noun names another measure it befalls ("4,500 homes without power", "foyers
   * privés d'électricité", "4500 منزل بدون كهرباء"): a figure of those with a word of this one in its
   * clause, or a label naming both, counts this one.
   */
  befalls?: string[]
  /** The measure does not change over time (a ransom paid, a quake's magnitude): different days are no series. */
  fixed?: boolean
  /** A date of it is a latest day (a deadline: "by 31 December"), so an earlier one does not contradict it. */
  latest?: boolean
  /** One body decides it (an aid amount, a deadline, days of mourning): reports of the same figure relay that one decision. */
  decided?: boolean
  /** An instant, dated but never lasting (an announcement): no length of time measures it. */
  instant?: boolean
  /** What follows the story's event (arrests, a report, a reopening, funerals): a day of it is never that event's day told in other words. */
  follows?: boolean
  /**
   * Who is counted rather than what happened to them (pilgrims, rescuers): a word of what happened
   * in the figure's clause ("pilgrims who died", "secouristes tués", "حجاج توفوا") is its measure.
   */
  group?: boolean
  /**
   * Named only by a figure's own noun ("97 fires", "3,000 pagers", "12 écoles"): the same word
   * elsewhere in the clause says where or by what ("killed in the fires", "في المستشفيات"). It
   * still says which of a wider count's kind ("8000 عنصر من الحماية المدنية": firefighters).
   */
  countedOnly?: boolean
  /**
   * Named by a figure's own noun or a count head ("1,450 families", "the number of families
   * affected", "عدد الأسر"), never by the same word elsewhere in its clause, where those people
   * grieve, wait or search ("families are still waiting for news of 60 others", "as families search").
   */
  ownNoun?: boolean
  /**
   * Read only for a figure in a unit of its family ("the water rose 2 metres", "l'eau est montée de
   * 2,5 mètres"): its words say too little of a bare count ("the number of workers rose to 300").
   */
  unitOnly?: boolean
}

export const CONCEPTS: Concept[] = [
  {
    id: 'killed', family: 'people', label: { en: 'death toll', ar: 'حصيلة القتلى' },
    words: {
      ar: ['قتيل', 'قتلى', 'قتيلا', 'وفاة', 'وفيات', 'حالة وفاة', 'حالات وفاة', 'الوفيات', 'ضحية', 'ضحايا', 'حتفهم', 'حتفه', 'مصرع', 'مصرعهم', 'قضوا', 'قضى', 'توفي', 'توفوا', 'الموتى', 'موتى', 'شهيد', 'شهداء', 'حصيلة القتلى', 'حصيلة الوفيات', 'حصيلة الضحايا', 'قتلوا', 'قتل', 'أودى بحياة', 'أودت بحياة', 'بحياة', 'بأرواح', 'لقوا', 'حصيلة', 'مقتل', 'غريق', 'غرقى', 'الغرقى', 'قتلتهم', 'مات', 'ماتوا', 'ميت', 'أموات', 'هلك', 'هلكوا', 'تصفية', 'متوفى', 'متوفين', 'المتوفين', 'المتوفون', 'فارقوا الحياة', 'فارق الحياة', 'استشهاد', 'استشهد', 'استشهدوا', 'تقتل', 'يقتل'],
      en: ['killed', 'killing', 'kills', 'dead', 'deaths', 'death', 'died', 'dies', 'fatalities', 'fatality', 'deceased', 'lives', 'perished', 'death toll', 'toll', 'victims', 'drowned', 'lost their lives', 'claimed the lives', 'cost the lives', 'succumbed', 'passed away'],
      fr: ['morts', 'mort', 'mortes', 'tué', 'tuée', 'tués', 'tuées', 'tuant', 'décédé', 'décédées', 'décès', 'décédés', 'victimes', 'bilan', 'péri', 'ont péri', 'trouvé la mort', 'noyés', 'personnes tuées', 'défunts', 'coûté la vie', 'coûte la vie', 'perdu la vie', 'succombé', 'ont succombé'],
    },
  },
  {
    id: 'bodies', family: 'people', broader: 'killed', label: { en: 'bodies recovered', ar: 'الجثث المنتشلة' },
    words: { ar: ['جثة', 'جثث', 'جثمان', 'جثامين', 'انتشال', 'انتشلت', 'انتشل'], en: ['bodies', 'body', 'recovered', 'human remains', 'remains of', 'sets of remains'], fr: ['corps', 'dépouilles', 'repêchés', 'retrouvés', 'restes humains'] },
  },
  {
    id: 'buried', family: 'people', broader: 'killed', label: { en: 'dead buried', ar: 'من دُفنوا' },
    words: { ar: ['دفن', 'دفنت', 'دفنهم', 'دفنها', 'الدفن', 'مدفون', 'دفنوا', 'ووري', 'ووريت', 'ووروا'], en: ['buried', 'burial', 'burials', 'laid to rest'], fr: ['inhumés', 'inhumées', 'inhumé', 'inhumation', 'inhumations', 'enterrés', 'enterrées', 'ensevelis'] },
  },
  {
    id: 'missing', family: 'people', label: { en: 'people missing', ar: 'المفقودون' },
    words: { ar: ['مفقود', 'مفقودين', 'مفقودا', 'المفقودين', 'مفقودون', 'فقدان', 'فقد', 'مجهولي المصير', 'عداد المفقودين', 'مجهولا', 'مجهول', 'اختفاء', 'اختفاء شخص', 'بلاغات اختفاء'], en: ['missing', 'unaccounted', 'not been found', 'could not be found', 'not been accounted for', 'not yet been accounted for', 'disappearance', 'disappearances', 'missing-person', 'missing persons'], fr: ['disparus', 'disparues', 'disparu', 'portés disparus', "à l'appel", 'introuvables', 'disparition', 'disparitions'] },
  },
  {
    id: 'injured', family: 'people', label: { en: 'people injured', ar: 'الجرحى' },
    words: { ar: ['جريح', 'جرحى', 'جريحا', 'مصاب', 'مصابين', 'مصابا', 'إصابة', 'إصابات', 'المصابين', 'أصيب', 'أصيبوا', 'الجرحى', 'أصاب', 'بجروح', 'حروق', 'حروقا', 'الحروق', 'في حالة خطيرة', 'في حالة حرجة', 'حالتهم خطيرة', 'حالتهم حرجة'], en: ['injured', 'wounded', 'hurt', 'injuries', 'injuring', 'wounding', 'wound', 'burns', 'burn injuries', 'in serious condition', 'in critical condition', 'in a serious condition', 'in a critical condition'], fr: ['blessés', 'blessées', 'blessé', 'blessée', 'blessures', 'blessant', 'brûlures', 'grands brûlés', 'dans un état grave', 'dans un état critique', 'en état grave'] },
  },
  {
    id: 'displaced', family: 'people', label: { en: 'people displaced', ar: 'النازحون' },
    words: { ar: ['نازح', 'نازحين', 'نازحا', 'النازحين', 'نزوح', 'النزوح', 'نزحوا', 'فروا', 'فر', 'فرار', 'تهجير', 'هجروا', 'شردوا', 'تشريد', 'مهجرين', 'الفارين', 'فارين', 'غادر', 'غادروا', 'هرب', 'هربوا', 'نزح', 'نزحت', 'يفرون', 'يفر', 'ينزحون', 'شرد', 'شردت', 'إجلاء', 'أجلي', 'أجليت'], en: ['displaced', 'fled', 'flee', 'fleeing', 'uprooted', 'evacuated', 'displacement', 'escaped', 'driven out', 'forced out', 'exodus', 'left', 'uprooting', 'evacuation', 'evacuees', 'moved out', 'relocated', 'relocation'], fr: ['déplacés', 'déplacées', 'fui', 'fuient', 'fuyant', 'fuir', 'évacués', 'évacuées', 'évacuation', 'exode', 'chassé', 'chassées', 'chassés', 'quitté', 'ont quitté', 'déraciné', 'déracinés'] },
  },
  {
    // Where the displaced arrived ("16,000 reached the camps at Tawila", "لجأوا إلى مخيمات
    // طويلة") and whom a place shelters ("Tawila hosts hundreds of thousands", "تستضيف"): parts of
    // the displaced a report tells apart from those who fled a city.
    id: 'arrived', family: 'people', broader: 'displaced', label: { en: 'people who arrived', ar: 'الواصلون' },
    words: { ar: ['وصلوا', 'لجأ', 'لجأوا', 'الواصلين', 'الوافدين', 'وافد', 'وافدين'], en: ['arrived', 'arrivals', 'arriving', 'took refuge', 'sought refuge', 'sought shelter'], fr: ['arrivés', 'arrivées', 'arrivants', 'arrivé', 'réfugiés à', 'trouvé refuge'] },
  },
  {
    id: 'hosted', family: 'people', broader: 'displaced', label: { en: 'people sheltered', ar: 'من تؤويهم' },
    words: { ar: ['تستضيف', 'يستضيف', 'استضافت', 'تستضيفها'], en: ['hosts', 'hosted', 'hosting'], fr: ['accueille', 'accueillait', 'héberge', 'abrite', 'abritait'] },
  },
  {
    id: 'homeless', family: 'people', broader: 'displaced', label: { en: 'people left homeless', ar: 'من باتوا بلا مأوى' },
    words: { ar: ['مأوى', 'مشرد', 'مشردين', 'صالحة للسكن', 'منازلهم', 'مساكنهم'], en: ['homeless', 'shelter', 'their homes', 'without homes'], fr: ['sans-abri', 'abri', 'sinistrés', 'leur toit', 'sans logement', 'leur logement'] },
  },
  {
    id: 'survivors', family: 'people', label: { en: 'survivors', ar: 'الناجون' },
    words: { ar: ['ناج', 'ناجيا', 'ناجين', 'ناجون', 'الناجين', 'الناجون', 'أنقذ', 'أنقذت', 'إنقاذ', 'نجا', 'نجوا', 'نجاة'], en: ['survivors', 'survivor', 'rescued', 'survived'], fr: ['rescapés', 'survivants', 'secourus', 'sauvés'] },
  },
  {
    id: 'aboard', fixed: true, family: 'people', label: { en: 'people on board', ar: 'من كانوا على متن' },
    words: { ar: ['متن', 'متنه', 'متنها', 'يقل', 'تقل', 'يحمل', 'تحمل', 'حمل', 'حملت', 'ركاب', 'راكب', 'يقلها', 'يقله'], en: ['aboard', 'board', 'passengers', 'carrying', 'carried', 'onboard', 'packed', 'crammed', 'squeezed'], fr: ['bord', 'passagers', 'transportait', 'transportant', 'entassés', 'embarqués', 'embarqué'] },
  },
  {
    id: 'trapped', family: 'people', label: { en: 'people trapped', ar: 'المحاصرون' },
    words: { ar: ['محاصر', 'محاصرين', 'محاصرون', 'عالق', 'عالقين', 'عالقون'], en: ['trapped', 'besieged', 'stranded'], fr: ['piégés', 'assiégés', 'bloqués'] },
  },
  // Measures of every disaster and unrest story beyond the toll: people affected, households,
  // the towns and villages hit, protesters, claims filed, wind speed, a state of emergency.
  {
    id: 'affected', family: 'people', label: { en: 'people affected', ar: 'المتضررون' },
    words: { ar: ['متضرر', 'متضررين', 'متضررون', 'المتضررين', 'المتضررون', 'متأثر', 'متأثرين', 'المتأثرين', 'منكوب', 'منكوبين', 'المنكوبين', 'تضرروا', 'تأثروا', 'تأثر بها'], en: ['affected', 'impacted'], fr: ['touchées', 'touchés', 'affectées', 'affectés', 'impactées', 'impactés', 'sinistrés', 'sinistrées'] },
  },
  {
    id: 'households', ownNoun: true, family: 'people', label: { en: 'households', ar: 'الأسر' },
    words: { ar: ['أسرة', 'أسر', 'الأسر', 'عائلة', 'عائلات', 'العائلات', 'عوائل', 'العوائل'], en: ['households', 'household', 'families'], fr: ['ménages', 'foyers', 'familles'] },
  },
  {
    id: 'localities', family: 'places', label: { en: 'towns and villages hit', ar: 'البلدات والقرى المتضررة' },
    // Plurals only: "600 dans un quartier" says where, not what is counted.
    words: { ar: ['قرى', 'القرى', 'بلدات', 'البلدات', 'بلديات', 'البلديات', 'دواوير', 'الدواوير', 'مدن', 'المدن'], en: ['villages', 'towns', 'municipalities', 'localities', 'communities', 'cities'], fr: ['communes', 'villages', 'localités', 'municipalités', 'villes'] },
  },
  {
    // Who marched: "protesters killed", "manifestants blessés" count what happened to them.
    id: 'protesters', group: true, family: 'people', label: { en: 'protesters', ar: 'المتظاهرون' },
    words: { ar: ['متظاهر', 'متظاهرين', 'متظاهرون', 'المتظاهرين', 'المتظاهرون', 'محتج', 'محتجين', 'المحتجين', 'تظاهر', 'تظاهروا', 'مظاهرة', 'تظاهرة', 'مسيرة'], en: ['protesters', 'protestors', 'demonstrators', 'marchers', 'marched', 'rallied', 'protest', 'demonstration'], fr: ['manifestants', 'manifestation', 'protestataires', 'défilé', 'ont défilé', 'ont manifesté', 'cortège'] },
  },
  {
    id: 'claims', family: 'other', label: { en: 'claims filed', ar: 'الطلبات المقدمة' },
    words: { ar: ['طلب', 'طلبات', 'الطلبات', 'ملف', 'ملفات', 'شكوى', 'شكاوى'], en: ['claims', 'applications', 'requests', 'complaints'], fr: ['demandes', 'dossiers', 'déclarations de sinistre', 'réclamations', 'plaintes'] },
  },
  {
    // A heatwave's or a fire's temperature: "51.8 degrees Celsius", "48 °C à l'ombre", "درجة الحرارة 49".
    id: 'temperature', fixed: true, family: 'temperature', label: { en: 'temperature', ar: 'درجة الحرارة' },
    // (Not "heat", "chaleur", "الحر": "treated for heat stress" counts people.)
    words: { ar: ['درجة الحرارة', 'درجات الحرارة', 'الحرارة'], en: ['temperature', 'temperatures', 'mercury', 'thermometer'], fr: ['température', 'températures', 'thermomètre', 'mercure'] },
  },
  {
    // Vehicles counted ("525 fire trucks", "50 ambulances", "٥٢٥ شاحنة", "200 camions").
    id: 'vehicles', family: 'vehicles', label: { en: 'vehicles', ar: 'الآليات' },
    words: { ar: ['شاحنة', 'شاحنات', 'سيارة', 'سيارات', 'آلية', 'آليات', 'مركبة', 'مركبات', 'سيارة إسعاف', 'سيارات إسعاف'], en: ['trucks', 'lorries', 'vehicles', 'ambulances', 'cars', 'fire engines', 'fire trucks', 'fire tenders'], fr: ['camions', 'véhicules', 'ambulances', 'voitures', 'engins'] },
  },
  {
    // Provinces and regions counted ("dans 16 wilayas", "في ست ولايات", "across 11 provinces").
    id: 'provinces', family: 'places', label: { en: 'provinces', ar: 'الولايات والمحافظات' },
    // (A state's capital stands for its state: "the five state capitals of Darfur".)
    words: { ar: ['ولاية', 'ولايات', 'الولايات', 'محافظة', 'محافظات', 'المحافظات', 'أقاليم', 'الأقاليم', 'عواصم الولايات'], en: ['provinces', 'governorates', 'wilayas', 'regions', 'districts', 'states', 'state capitals', 'provincial capitals', 'regional capitals'], fr: ['wilayas', 'provinces', 'gouvernorats', 'régions', 'départements', 'capitales régionales', 'chefs-lieux'] },
  },
  {
    id: 'wind', family: 'other', label: { en: 'wind speed', ar: 'سرعة الرياح' },
    words: { ar: ['رياح', 'الرياح', 'سرعة الرياح', 'رياحا', 'هبات', 'العاصفة الهوائية'], en: ['winds', 'wind', 'gusts', 'wind speed', 'sustained winds'], fr: ['vents', 'vent', 'rafales', 'rafale'] },
  },
  {
    // Rain is measured in millimetres or litres per square metre: both read as the family "other".
    id: 'rain', family: 'other', label: { en: 'rainfall', ar: 'كمية الأمطار' },
    words: { ar: ['أمطار', 'الأمطار', 'أمطارا', 'المطر', 'مطر', 'مطرا', 'هطول', 'تساقطات', 'التساقطات'], en: ['rain', 'rainfall', 'precipitation'], fr: ['pluie', 'pluies', 'précipitations', 'cumuls'] },
  },
  {
    id: 'emergency', family: 'date', event: true, label: { en: 'state of emergency', ar: 'حالة الطوارئ' },
    // Not "emergency" alone: an emergency summit, fund or service is no state of emergency.
    words: { ar: ['حالة الطوارئ', 'حالة الكارثة', 'منطقة منكوبة', 'مناطق منكوبة'], en: ['state of emergency', 'state of disaster', 'state of calamity', 'calamity', 'disaster zone'], fr: ["état d'urgence", 'état de catastrophe naturelle', 'catastrophe naturelle', 'calamité', 'état de calamité'] },
  },
  {
    id: 'troops', family: 'people', label: { en: 'troops', ar: 'عدد الجنود' },
    words: { ar: ['جندي', 'جنود', 'جنديا', 'عسكري', 'عسكريين', 'العسكريين', 'قوات', 'عنصر', 'عناصر', 'مقاتل', 'مقاتلين', 'مقاتلي', 'الجنود', 'فرد', 'أفراد', 'مرتزق', 'مرتزقة'], en: ['troops', 'soldiers', 'personnel', 'forces', 'fighters', 'military', 'mercenaries', 'paramilitaries', 'militiamen'], fr: ['soldats', 'militaires', 'troupes', 'hommes', 'combattants', 'mercenaires', 'paramilitaires', 'miliciens'] },
  },
  {
    id: 'arrested', family: 'people', label: { en: 'people arrested', ar: 'الموقوفون' },
    // (Said in every tense and voice: "اعتقلت الشرطة", "تعتقل", "ألقت القبض على", "taken into custody", "placés en garde à vue";
    // and the charged and prosecuted among them: "face negligence charges", "sont poursuivies", "وجهت تهمة إلى".
    // "In custody" is read whole here, before the detention it also names as an event.)
    words: { ar: ['اعتقال', 'معتقل', 'معتقلين', 'معتقلا', 'موقوف', 'موقوفين', 'توقيف', 'القبض', 'اعتقلت', 'أوقفت', 'متهم', 'متهمين', 'اعتقل', 'اعتقلوا', 'اعتقالات', 'تعتقل', 'يعتقل', 'يعتقلون', 'أوقف', 'أوقفوا', 'توقيفات', 'احتجاز', 'احتجز', 'احتجزت', 'محتجز', 'محتجزين', 'مشتبه', 'مشتبها', 'مشتبهين', 'المشتبه بهم', 'تهمة', 'اتهام', 'اتهامات', 'الاتهام', 'ملاحقة', 'ملاحقتهم'], en: ['arrested', 'detained', 'arrests', 'charged', 'charges', 'suspects', 'detention', 'custody', 'in custody', 'under arrest', 'apprehended', 'rounded up', 'prosecuted', 'indicted'], fr: ['arrêtés', 'arrêtées', 'interpellés', 'interpellées', 'interpellations', 'arrestations', 'inculpés', 'inculpées', 'garde à vue', 'gardes à vue', 'appréhendés', 'suspects', 'poursuivis', 'poursuivies', 'mis en examen', 'mises en examen'] },
  },
  {
    // Suspects a judge keeps in jail until trial ("remanded in custody", "placés en détention
    // provisoire", "أمرت النيابة بحبسهم احتياطياً"): some of those arrested. (Not "حبس" or
    // "احتياطيا" alone: "حبس 300 عامل داخل المنجم" are trapped, "إجلاء 500 شخص احتياطيا" a precaution.)
    id: 'remanded', family: 'people', broader: 'arrested', label: { en: 'people held pending trial', ar: 'المحبوسون احتياطياً' },
    words: { ar: ['الحبس الاحتياطي', 'حبس احتياطي', 'حبسهم احتياطيا', 'بحبسهم', 'بحبس', 'قررت حبس', 'قرر حبس', 'التوقيف الاحتياطي', 'الاحتجاز الاحتياطي', 'إيداعهم السجن'], en: ['remanded', 'pre-trial detention', 'pretrial detention', 'held pending trial', 'jailed pending trial'], fr: ['détention provisoire', 'écroués', 'écroué', 'mis en détention', 'placés en détention', 'incarcérés'] },
  },
  {
    id: 'abducted', family: 'people', label: { en: 'people abducted', ar: 'المختطفون' },
    // (An enforced disappearance is an abduction by the state, not a person gone missing.)
    words: { ar: ['مختطف', 'مختطفين', 'مخطوف', 'مخطوفين', 'اختطاف', 'اختطف', 'اختطفت', 'خطف', 'خطفت', 'اختطفوا', 'إخفاء قسري', 'الإخفاء القسري', 'اختفاء قسري', 'الاختفاء القسري', 'إخفاء', 'رهينة', 'رهينتين', 'رهائن'], en: ['abducted', 'kidnapped', 'hostages', 'hostage', 'held hostage', 'taken hostage', 'abduction', 'abductions', 'kidnapping', 'enforced disappearance', 'enforced disappearances', 'enforced or involuntary disappearances', 'forcibly disappeared'], fr: ['otages', 'otage', 'pris en otage', 'enlevés', 'enlevé', 'enlèvement', 'kidnappés', 'kidnappé', 'séquestrés', 'disparition forcée', 'disparitions forcées', 'enlèvements'] },
  },
  {
    id: 'share', family: 'percent', label: { en: 'share', ar: 'النسبة' },
    words: { ar: ['نسبة', 'بنسبة', 'حصة', 'نصف', 'ثلث', 'ربع', 'في المئة', 'في المائة'], en: ['share', 'proportion', 'percent', 'per cent', 'half', 'third', 'quarter'], fr: ['part', 'proportion', 'pour cent', 'moitié', 'tiers', 'quart'] },
  },
  {
    id: 'buildings', family: 'buildings', label: { en: 'homes and buildings damaged', ar: 'المباني والمنازل المتضررة' },
    words: { ar: ['منزل', 'منازل', 'مبنى', 'مبان', 'مباني', 'مسكن', 'مساكن', 'بيت', 'بيوت', 'وحدة سكنية', 'وحدات سكنية', 'بناية', 'بنايات', 'شقة', 'شقق'], en: ['homes', 'houses', 'buildings', 'dwellings', 'housing', 'apartments', 'structures'], fr: ['maisons', 'logements', 'bâtiments', 'habitations', 'immeubles', 'édifices', 'constructions'] },
  },
  {
    id: 'dams', family: 'buildings', label: { en: 'dams', ar: 'السدود' },
    words: { ar: ['سد', 'سدين', 'سدان', 'السدين', 'السدان', 'سدود', 'السدود', 'سدا'], en: ['dams', 'dam'], fr: ['barrages', 'barrage'] },
  },
  // Who and what a plan's aid goes to: the self-employed, firms.
  {
    id: 'self-employed', family: 'people', label: { en: 'self-employed workers', ar: 'العاملون لحسابهم الخاص' },
    words: { ar: ['العاملين لحسابهم الخاص', 'أصحاب المهن الحرة', 'رواد الأعمال', 'المقاولين الذاتيين'], en: ['self-employed', 'freelancers', 'entrepreneurs', 'sole traders'], fr: ['indépendants', 'travailleurs indépendants', 'entrepreneurs', 'autoentrepreneurs', 'auto-entrepreneurs'] },
  },
  {
    id: 'businesses', family: 'other', label: { en: 'businesses', ar: 'الشركات' },
    words: { ar: ['شركة', 'شركات', 'الشركات', 'مؤسسة', 'مؤسسات', 'مقاولة', 'مقاولات', 'منشأة', 'منشآت'], en: ['businesses', 'firms', 'companies', 'enterprises', 'shops'], fr: ['entreprises', 'sociétés', 'commerces'] },
  },
  {
    id: 'countries', family: 'places', label: { en: 'countries', ar: 'الدول' },
    // (Nationalities counted are the countries people come from: "26 foreigners of 14 nationalities", "من 14 جنسية".)
    words: { ar: ['دول', 'دولة', 'بلدان', 'بلد', 'الدول', 'جنسية', 'جنسيات', 'الجنسيات'], en: ['countries', 'nations', 'states', 'nationalities'], fr: ['pays', 'États', 'nations', 'nationalités'] },
  },
  // Things and people news reports count beyond victims: pilgrims at a pilgrimage, the firefighters
  // and rescuers sent, the fires themselves, devices, schools, flights, votes. (Not hospitals: the
  // word says where the injured are, "1,343 remained in hospitals", and a concept of it cost a
  // candidate topic on the held-out split.)
  {
    // Who took part in a pilgrimage ("1.8 million pilgrims", "مليون حاج", "des pèlerins"); a
    // count said of the pilgrimage itself is of them ("people taking part in the Hajj"). (Not
    // "rites": "630 of them had no permit for the rite" are some of the dead.)
    id: 'pilgrims', group: true, family: 'people', label: { en: 'pilgrims', ar: 'الحجاج' },
    words: { ar: ['حاج', 'حجاج', 'الحجاج', 'حاجا', 'حجيج', 'الحجيج', 'ضيوف الرحمن', 'معتمر', 'معتمرين', 'المعتمرين', 'الحج', 'موسم الحج', 'فريضة الحج', 'مناسك الحج'], en: ['pilgrims', 'pilgrim', 'hajjis', 'hajj', 'pilgrimage', 'umrah'], fr: ['pèlerins', 'pèlerin', 'pèlerines', 'hajj', 'pèlerinage', 'omra'] },
  },
  {
    // People made to leave a place by an authority ("300,000 unregistered pilgrims removed from
    // Mecca", "ترحيل ٣٠٠ مهاجر", "plus de 300 000 pèlerins refoulés"): not the displaced, who fled.
    id: 'expelled', family: 'people', label: { en: 'people expelled or removed', ar: 'المرحّلون والمبعدون' },
    words: { ar: ['ترحيل', 'الترحيل', 'ترحيلهم', 'طرد', 'طردت', 'طردهم', 'إبعاد', 'أبعدت', 'إبعادهم', 'إخراج', 'أخرجت', 'إخراجهم', 'أعادتهم'], en: ['expelled', 'deported', 'removed', 'turned away', 'turned back', 'sent back', 'expulsions', 'deportations', 'deportation', 'expulsion'], fr: ['expulsés', 'expulsées', 'expulsion', 'expulsions', 'refoulés', 'refoulées', 'reconduits', 'fait sortir', 'renvoyés', 'éloignés'] },
  },
  {
    // Firefighters, rescuers and medics sent ("8,000 firefighters", "300 secouristes", "٥٠٠ مسعف"):
    // a kind of the personnel deployed, which a word of their clause names ("8000 عنصر من الحماية
    // المدنية", "8,000 personnel fighting the flames").
    id: 'rescuers', group: true, countedOnly: true, broader: 'troops', family: 'people', label: { en: 'firefighters and rescuers', ar: 'رجال الإطفاء والإنقاذ' },
    words: { ar: ['رجال الإطفاء', 'رجل إطفاء', 'إطفائي', 'إطفائيين', 'الإطفائيين', 'رجال الحماية المدنية', 'أعوان الحماية المدنية', 'عناصر الحماية المدنية', 'الحماية المدنية', 'الدفاع المدني', 'رجال الإنقاذ', 'عمال الإنقاذ', 'عناصر الإنقاذ', 'فرق الإنقاذ', 'منقذ', 'منقذين', 'مسعف', 'مسعفين', 'مسعفا', 'المسعفين', 'مسعفون'], en: ['firefighters', 'firefighter', 'firemen', 'fire crews', 'rescuers', 'rescue workers', 'medics', 'paramedics', 'emergency workers', 'first responders', 'civil protection', 'civil defence', 'civil defense', 'fighting the flames', 'fighting the fires', 'battling the flames', 'battling the blaze', 'battling the blazes'], fr: ['pompiers', 'sapeurs-pompiers', 'soldats du feu', 'secouristes', 'sauveteurs', 'protection civile', 'sécurité civile', 'ambulanciers', 'urgentistes'] },
  },
  {
    // Cases of heat illness ("2,000 pilgrims treated for heat stress", "حالات إجهاد حراري", "coups de chaleur").
    id: 'heat-illness', family: 'people', label: { en: 'heat illness cases', ar: 'حالات الإجهاد الحراري' },
    words: { ar: ['إجهاد حراري', 'الإجهاد الحراري', 'بالإجهاد الحراري', 'ضربة شمس', 'ضربات شمس', 'ضربات الشمس', 'ضربة الشمس', 'إنهاك حراري'], en: ['heat stress', 'heatstroke', 'heat stroke', 'heat exhaustion', 'sunstroke', 'heat-related illness', 'heat illness'], fr: ['stress thermique', 'coup de chaleur', 'coups de chaleur', 'insolation', 'insolations', 'épuisement dû à la chaleur'] },
  },
  {
    // Fires counted ("97 fires", "٩٧ حريقاً", "97 incendies", "une quarantaine de feux"). (Plurals
    // in English and French: "529 fire trucks" are trucks; an Arabic count's noun is singular.)
    id: 'fires', countedOnly: true, family: 'events', label: { en: 'fires', ar: 'الحرائق' },
    words: { ar: ['حريق', 'حرائق', 'الحرائق', 'حريقا', 'بؤرة', 'بؤر', 'بؤرة حريق', 'بؤر حرائق'], en: ['fires', 'wildfires', 'blazes', 'forest fires', 'bushfires'], fr: ['incendies', 'feux', 'départs de feu', 'foyers', 'foyers d’incendie', "foyers d'incendie"] },
  },
  {
    // Devices counted ("thousands of pagers", "آلاف أجهزة البيجر", "des milliers de bipeurs").
    id: 'devices', countedOnly: true, family: 'other', label: { en: 'devices', ar: 'الأجهزة' },
    words: { ar: ['جهاز', 'أجهزة', 'الأجهزة', 'بيجر', 'البيجر', 'أجهزة النداء', 'أجهزة الاستدعاء', 'أجهزة اللاسلكي', 'هاتف', 'هواتف', 'عبوة', 'عبوات', 'عبوتين', 'حزام ناسف', 'حزامين', 'أحزمة ناسفة'], en: ['devices', 'device', 'pagers', 'pager', 'beepers', 'walkie-talkies', 'radios', 'handsets', 'phones', 'explosive devices', 'explosive belts', 'suicide vests', 'IEDs', 'bombs'], fr: ['appareils', 'bipeurs', 'bipers', 'talkies-walkies', 'téléphones', 'engins explosifs', 'ceintures explosives', 'bombes', 'engins piégés'] },
  },
  {
    // Who carried out an attack ("four gunmen", "ثلاثة مسلحين", "les assaillants"); "gunmen detained" count the detained.
    id: 'attackers', group: true, family: 'people', label: { en: 'attackers', ar: 'المهاجمون' },
    words: { ar: ['مهاجم', 'مهاجمين', 'المهاجمين', 'المهاجمون', 'مسلح', 'مسلحين', 'المسلحين', 'مسلحون', 'منفذي الهجوم', 'منفذو الهجوم', 'إرهابي', 'إرهابيين', 'إرهابيون', 'انتحاري', 'انتحاريين', 'انتحاريان', 'منفذي التفجير', 'خاطفين', 'الخاطفون'], en: ['attackers', 'assailants', 'gunmen', 'shooters', 'terrorists', 'raiders', 'bombers', 'suicide bombers', 'kidnappers', 'abductors'], fr: ['assaillants', 'tireurs', 'hommes armés', 'terroristes', 'agresseurs', 'commando', 'kamikazes', 'ravisseurs'] },
  },
  {
    // An audience or a crowd ("a sold-out crowd of 6,200", "6 200 spectateurs", "جمهور من 6200 شخص").
    id: 'audience', group: true, family: 'people', label: { en: 'audience and crowd', ar: 'الجمهور والحضور' },
    // (Also those who gathered for a festivity: "tens of thousands poured into the district", "100 000
    // fêtards s'étaient rassemblés", "توافد عشرات الآلاف".) (Not "turnout": an election's is a share, civic.ts.)
    words: { ar: ['جمهور', 'الجمهور', 'متفرج', 'متفرجين', 'المتفرجين', 'حضور', 'الحضور', 'حشد', 'حشود', 'محتفل', 'محتفلين', 'المحتفلين', 'توافد', 'توافدوا', 'احتشد', 'احتشدوا', 'تجمع', 'تجمعوا', 'زائر', 'زائرا', 'زوار', 'الزوار'], en: ['audience', 'spectators', 'concertgoers', 'crowd', 'attendees', 'fans', 'revellers', 'revelers', 'partygoers', 'party-goers', 'gathered', 'thronged', 'flocked', 'poured into', 'attendance', 'visitors'], fr: ['spectateurs', 'public', 'foule', 'festivaliers', 'supporters', 'fêtards', 'noceurs', 'rassemblés', 'rassemblées', 'se sont retrouvés', "s'étaient retrouvés", 'affluence', 'visiteurs'] },
  },
  {
    // Weapons and ammunition seized or found ("two assault rifles", "500 rounds", "٥٠٠ طلقة", "des cartouches").
    id: 'weapons', countedOnly: true, family: 'other', label: { en: 'weapons', ar: 'الأسلحة' },
    words: { ar: ['سلاح', 'أسلحة', 'الأسلحة', 'بندقية', 'بنادق', 'رشاش', 'رشاشات', 'مسدس', 'مسدسات', 'قنبلة', 'قنابل'], en: ['weapons', 'rifles', 'guns', 'firearms', 'pistols', 'grenades', 'kalashnikovs'], fr: ['armes', 'fusils', "fusils d'assaut", 'kalachnikovs', 'pistolets', 'grenades'] },
  },
  {
    id: 'ammunition', countedOnly: true, family: 'other', label: { en: 'rounds of ammunition', ar: 'الذخيرة' },
    words: { ar: ['طلقة', 'طلقات', 'ذخيرة', 'الذخيرة', 'ذخائر', 'رصاصة', 'رصاصات', 'خرطوشة', 'خراطيش'], en: ['rounds', 'cartridges', 'bullets', 'ammunition', 'shells'], fr: ['cartouches', 'munitions', 'balles', 'obus'] },
  },
  {
    // Missiles and rockets fired or shot down ("38 missiles", "أكثر من 40 صاروخاً", "une quarantaine de missiles").
    id: 'missiles', countedOnly: true, family: 'other', label: { en: 'missiles', ar: 'الصواريخ' },
    words: { ar: ['صاروخ', 'صاروخا', 'صاروخاً', 'صواريخ', 'الصواريخ', 'صاروخين', 'صاروخان'], en: ['missiles', 'missile', 'rockets', 'cruise missiles', 'ballistic missiles'], fr: ['missiles', 'missile', 'roquettes', 'missiles de croisière', 'missiles balistiques'] },
  },
  {
    id: 'schools', countedOnly: true, family: 'buildings', label: { en: 'schools', ar: 'المدارس' },
    words: { ar: ['مدرسة', 'مدارس', 'المدارس', 'فصل دراسي', 'فصول دراسية'], en: ['schools', 'classrooms'], fr: ['écoles', 'établissements scolaires', 'collèges', 'lycées', 'salles de classe'] },
  },

  {
    id: 'flights', countedOnly: true, family: 'events', label: { en: 'flights', ar: 'الرحلات الجوية' },
    words: { ar: ['رحلة جوية', 'رحلات جوية', 'الرحلات الجوية', 'رحلات الطيران'], en: ['flights'], fr: ['vols'] },
  },
  {
    id: 'votes', countedOnly: true, family: 'other', label: { en: 'votes', ar: 'الأصوات' },
    // ("voted for" is a candidate's votes: "5.3 million voted for the incumbent".)
    words: { ar: ['صوت', 'صوتا', 'أصوات', 'الأصوات', 'بطاقة اقتراع', 'بطاقات اقتراع'], en: ['votes', 'ballots', 'voted for'], fr: ['voix', 'suffrages', 'bulletins', 'ont voté pour'] },
  },
  {
    // Mourning lasts (a duration) and is dated ("à compter de jeudi", "jusqu'au 1er novembre").
    id: 'mourning', decided: true, event: true, family: 'time', label: { en: 'national mourning', ar: 'الحداد الوطني' },
    words: { ar: ['حداد', 'الحداد'], en: ['mourning'], fr: ['deuil'] },
  },
  {
    id: 'journey', family: 'time', label: { en: 'length of the journey', ar: 'مدة الرحلة' },
    words: { ar: ['رحلة', 'الرحلة', 'رحلتها', 'مسيرة', 'المسير', 'الطريق'], en: ['trip', 'journey', 'road trip', 'on the road', 'drive', 'voyage', 'crossing', 'trek'], fr: ['de route', 'trajet', 'voyage', 'périple', 'traversée'] },
  },
  {
    id: 'standoff', family: 'time', label: { en: 'length of the standoff', ar: 'مدة المواجهة' },
    words: { ar: ['مواجهة', 'المواجهة', 'شد الحبال', 'كباش', 'التحدي', 'القطيعة', 'الأزمة'], en: ['standoff', 'stand-off', 'defying', 'defiance', 'showdown', 'tug of war'], fr: ['bras de fer', 'épreuve de force', 'face-à-face', 'crise'] },
  },
  {
    id: 'storage', family: 'time', label: { en: 'time in storage', ar: 'مدة التخزين' },
    words: { ar: ['مخزنة', 'المخزنة', 'مخزن', 'تخزين', 'خزنت', 'مكدسة', 'مودعة'], en: ['stored', 'storage', 'warehoused', 'stockpiled', 'kept'], fr: ['entreposé', 'entreposée', 'entreposées', 'entreposés', 'stocké', 'stockées', 'stockés', 'stockage'] },
  },
  {
    id: 'aircraft', family: 'aircraft', label: { en: 'aircraft', ar: 'الطائرات' },
    words: { ar: ['طائرة', 'طائرات', 'مسيرة', 'مسيرات', 'مروحية', 'مروحيات', 'درون', 'بدون طيار', 'من دون طيار'], en: ['aircraft', 'drones', 'drone', 'planes', 'helicopters', 'jets', 'UAVs', 'UAV', 'unmanned aerial vehicles', 'unmanned aircraft'], fr: ['avions', 'drones', 'hélicoptères', 'appareils', 'aéronefs'] },
  },
  {
    id: 'vessels', family: 'vessels', label: { en: 'boats', ar: 'القوارب' },
    words: { ar: ['قارب', 'قوارب', 'مركب', 'مراكب', 'سفينة', 'سفن', 'زورق', 'زوارق'], en: ['boats', 'boat', 'vessels', 'vessel', 'ships', 'ship', 'trawler', 'trawlers'], fr: ['bateaux', 'bateau', 'embarcations', 'embarcation', 'navires', 'navire', 'chalutier', 'chalutiers'] },
  },
  ...FINANCE_CONCEPTS,
  ...MONEY_CONCEPTS,
  {
    id: 'aid', decided: true, family: 'money', label: { en: 'aid pledged', ar: 'المساعدات' },
    words: { ar: ['مساعدة', 'مساعدات', 'تعهد', 'تعهدات', 'منحة', 'تبرع', 'تبرعات', 'نداء', 'دعم', 'تمويل', 'إغاثة', 'صندوق', 'إعانة', 'رصد', 'خصص', 'خصصت', 'تخصيص', 'تفرج', 'أفرج', 'أفرجت', 'الإفراج', 'صرف', 'تصرف', 'ستصرف', 'منح', 'جمع', 'حزمة مساعدات', 'خطة طوارئ', 'خطة دعم', 'خطة مساعدات', 'حزمة دعم'], en: ['aid', 'aid package', 'relief package', 'rescue package', 'support package', 'emergency plan', 'relief plan', 'pledged', 'pledge', 'appeal', 'donation', 'donations', 'funding', 'assistance', 'grant', 'relief', 'payment', 'fund', 'pay', 'paid', 'allocated', 'allocate', 'released', 'release', 'earmarked', 'raised', 'promised', 'receive'], fr: ['aide', 'aides', 'promis', 'dons', 'appel', 'financement', 'enveloppe', 'fonds', 'versement', 'débloqué', 'débloquer', 'alloué', 'allouer', 'verser', 'versera', 'octroyé', 'récolté', "plan d'urgence", "plan d'aide", 'plan de soutien', 'train de mesures'] },
  },
  {
    id: 'damage', family: 'money', label: { en: 'damage and losses', ar: 'الأضرار والخسائر' },
    words: { ar: ['أضرار', 'الأضرار', 'خسائر', 'الخسائر', 'كلفة', 'تكلفة', 'تكاليف', 'قيمة الأضرار', 'دمر', 'دمرها', 'الدمار'], en: ['damage', 'damages', 'losses', 'cost', 'costs', 'destroyed', 'bill'], fr: ['dégâts', 'dommages', 'pertes', 'coût', 'facture', 'détruit', 'détruits'] },
  },
  {
    id: 'reconstruction', decided: true, family: 'money', label: { en: 'reconstruction budget', ar: 'ميزانية الإعمار' },
    // (What a country says it needs to recover is the sum to rebuild it: "Pakistan needs more than
    // $10 billion", "aurait besoin de 19 milliards", "تحتاج إلى ما يزيد على 10 مليارات دولار".)
    words: { ar: ['صندوق إعمار', 'صندوق الإعمار', 'صندوق إعادة الإعمار', 'إعمار', 'الإعمار', 'إعادة الإعمار', 'إعادة البناء', 'إعادة بناء', 'إعادة إيواء', 'ميزانية', 'برنامج', 'تحتاج', 'يحتاج', 'ستحتاج', 'سيحتاج', 'بحاجة'], en: ['reconstruction fund', 'reconstruction', 'rehousing', 'rebuild', 'rebuilding', 'budget', 'programme', 'program', 'need', 'needs', 'needed'], fr: ['fonds de reconstruction', 'reconstruction', 'relogement', 'reconstruire', 'budget', 'programme', 'besoin', 'besoins', 'relever'] },
  },
  {
    id: 'ransom', fixed: true, family: 'money', label: { en: 'ransom', ar: 'الفدية' },
    words: { ar: ['فدية', 'الفدية'], en: ['ransom'], fr: ['rançon'] },
  },
  {
    id: 'cargo', fixed: true, family: 'mass', label: { en: 'quantity stored or shipped', ar: 'الكمية المخزنة' },
    words: { ar: ['نترات', 'الأمونيوم', 'شحنة', 'مخزنة', 'مادة', 'مواد'], en: ['ammonium', 'nitrate', 'cargo', 'stored', 'shipment'], fr: ['nitrate', "d'ammonium", 'cargaison', 'stockées'] },
  },
  {
    id: 'magnitude', fixed: true, family: 'magnitude', label: { en: 'magnitude', ar: 'قوة الزلزال' },
    words: { ar: ['درجات', 'درجة', 'ريختر', 'قوته', 'بقوة', 'شدته'], en: ['magnitude'], fr: ['magnitude'] },
  },
  {
    id: 'distance', fixed: true, family: 'distance', label: { en: 'distance', ar: 'المسافة' },
    words: { ar: ['مسافة', 'قبالة', 'يبعد', 'تبعد'], en: ['distance', 'offshore', 'off the coast', 'route'], fr: ['distance', 'au large'] },
  },
  // Narrower lengths: how deep (a quake's focus) and how long (a boat, a convoy) something is.
  {
    id: 'depth', fixed: true, family: 'distance', broader: 'distance', label: { en: 'depth', ar: 'العمق' },
    words: { ar: ['عمق', 'عمقه', 'عمقها', 'بعمق'], en: ['depth', 'deep'], fr: ['profondeur', 'profond'] },
  },
  {
    id: 'length', fixed: true, family: 'distance', broader: 'distance', label: { en: 'length', ar: 'الطول' },
    words: { ar: ['طول', 'طوله', 'طولها', 'بطول', 'يبلغ طوله'], en: ['length', 'long', 'metre-long', 'meter-long'], fr: ['longueur', 'long', 'de long'] },
  },
  // Dates: the event dated.
  {
    id: 'struck', family: 'date', event: true, label: { en: 'date the disaster struck', ar: 'تاريخ وقوع الكارثة' },
    words: { ar: ['ضرب', 'ضربت', 'اجتاح', 'اجتاحت', 'وقع', 'وقعت', 'الزلزال', 'زلزال', 'الهزة', 'العاصفة', 'الإعصار', 'الفيضانات', 'السيول', 'انهيار', 'انهار', 'انهارا', 'الكارثة', 'الفاجعة', 'حدث', 'هز', 'هزت', 'فيضان', 'انزلاق', 'انهيار أرضي', 'انزلاق التربة', 'الانهيار الأرضي', 'إعصار', 'زلزالا'], en: ['struck', 'hit', 'earthquake', 'quake', 'storm', 'flood', 'floods', 'burst', 'collapsed', 'disaster', 'tremor', 'made landfall', 'landfall', 'battered', 'occurred', 'happened', 'hurricane', 'cyclone', 'typhoon', 'landslide', 'mudslide', 'tsunami', 'flash floods', 'deluge', 'torrential rain', 'devastated', 'ravaged', 'dana'], fr: ['frappé', 'séisme', 'tremblement', 'tempête', 'inondations', 'crue', 'rompu', 'cédé', 'catastrophe', 'survenu', 'passage de la tempête', 'ouragan', 'cyclone', 'glissement de terrain', 'éboulement', 'secousse', 'tsunami', 'crues', 'déluge', 'intempéries', 'pluies torrentielles', 'balayé', 'dévasté', 'ravagé', 'dana'] },
  },
  {
    // An aftershock is an event of its own: its day is not the day the disaster struck.
    id: 'aftershock', family: 'date', event: true, label: { en: 'date of an aftershock', ar: 'تاريخ الهزة الارتدادية' },
    words: { ar: ['هزة ارتدادية', 'هزات ارتدادية', 'الهزة الارتدادية', 'الهزات الارتدادية', 'هزة ارتدادية قوية'], en: ['aftershock', 'aftershocks'], fr: ['réplique', 'répliques'] },
  },
  {
    // (A bombing is an explosion: "the twin bombings" are dated as "the two blasts", "التفجيرين"; the
    // attack's words still name it, for a topic of an attack by other means.)
    id: 'explosion', family: 'date', event: true, label: { en: 'date of the explosion', ar: 'تاريخ الانفجار' },
    words: { ar: ['انفجار', 'الانفجار', 'انفجر', 'الانفجارين', 'انفجارا', 'تفجير', 'تفجيرات', 'التفجيرات'], en: ['explosion', 'blast', 'exploded', 'blew up', 'explosions', 'blasts', 'detonation', 'detonations', 'detonated', 'bombing', 'bombings', 'suicide bombing'], fr: ['explosion', 'explosions', 'explosé', 'déflagration', 'déflagrations', 'détonation', 'détonations', 'attentat', 'attentats', 'attentat-suicide'] },
  },
  {
    id: 'sank', family: 'date', event: true, label: { en: 'date of the shipwreck', ar: 'تاريخ الغرق' },
    words: { ar: ['غرق', 'الغرق', 'انقلب', 'انقلاب المركب', 'غرقت', 'كارثة الغرق'], en: ['sank', 'capsized', 'shipwreck', 'wreck', 'sinking', 'went down', 'sunk', 'overturned'], fr: ['naufrage', 'chaviré', 'coulé', 'sombré'] },
  },
  {
    id: 'coup', family: 'date', event: true, label: { en: 'date of the coup', ar: 'تاريخ الانقلاب' },
    words: { ar: ['انقلاب', 'الانقلاب', 'أطاح', 'أطاحوا', 'أطاحت', 'الإطاحة', 'احتجاز الرئيس', 'الانقلابيون', 'الانقلابيين', 'استولى على الحكم', 'استولى على السلطة', 'استولوا على السلطة', 'الاستيلاء على السلطة', 'الاستيلاء على الحكم', 'وصوله إلى السلطة'], en: ['coup', 'ousted', 'seized power', 'took power', 'overthrew', 'toppled', 'overthrow', 'removed', 'deposed', 'putsch', 'detained president', 'detained the president'], fr: ['coup', "coup d'état", 'putsch', 'renversé', 'renversement', 'pris le pouvoir', 'prise du pouvoir', 'séquestré le président', 'arrêté le président'] },
  },
  {
    id: 'withdrawal', family: 'date', event: true, label: { en: 'date of the withdrawal', ar: 'تاريخ الانسحاب' },
    words: { ar: ['انسحاب', 'الانسحاب', 'رحيل', 'مغادرة', 'غادر', 'غادرت', 'خروج', 'سحب', 'آخر جندي', 'آخر الجنود'], en: ['withdrawal', 'withdraw', 'withdrew', 'leave', 'left', 'departure', 'pull out', 'pullout', 'exit'], fr: ['retrait', 'départ', 'quitter', 'quitté', 'partis'] },
  },
  {
    id: 'captured', family: 'date', event: true, label: { en: 'date the town fell', ar: 'تاريخ سقوط المدينة' },
    words: { ar: ['سقوط', 'سقطت', 'سقط', 'سيطرة', 'سيطرت', 'استولت', 'استولى', 'استيلاء', 'اقتحام', 'اقتحمت', 'دخلت', 'اجتاحت'], en: ['fell', 'fall', 'captured', 'seized', 'took control', 'overran', 'takeover', 'taken', 'took', 'capture'], fr: ['chute', 'tombée', 'prise', 'pris le contrôle', 'conquête'] },
  },
  {
    id: 'siege', family: 'date', event: true, label: { en: 'start of the siege', ar: 'بدء الحصار' },
    words: { ar: ['حصار', 'الحصار', 'محاصرة'], en: ['siege', 'besieged', 'besieging', 'encircled'], fr: ['siège', 'encerclement'] },
  },
  {
    id: 'war', family: 'date', event: true, label: { en: 'start of the war', ar: 'اندلاع الحرب' },
    words: { ar: ['الحرب', 'حرب', 'اندلاع', 'اندلعت', 'النزاع', 'الصراع', 'القتال'], en: ['war', 'conflict', 'fighting', 'outbreak', 'erupted', 'broke out'], fr: ['guerre', 'conflit', 'combats', 'éclaté', "s'est déclaré", "s'est déclarée", 'se sont déclarés', 'se sont déclarées'] },
  },
  {
    // Wildfires break out, flare up, spread ("the fires broke out on Sunday night", "اندلعت
    // الحرائق ليل الأحد", "les incendies se sont déclarés dimanche"). (Plurals: "l'incendie du
    // dépôt" is the explosion's fire, dated with it.)
    id: 'wildfire', family: 'date', event: true, label: { en: 'start of the fires', ar: 'اندلاع الحرائق' },
    words: { ar: ['حرائق', 'الحرائق', 'حرائق الغابات', 'النيران', 'ألسنة اللهب'], en: ['fires', 'wildfires', 'wildfire', 'forest fires', 'bushfires', 'blazes', 'flames'], fr: ['incendies', 'feux', 'feux de forêt', 'flammes'] },
  },
  {
    // A pilgrimage's days ("the Hajj ended on Sunday", "انتهاء مناسك الحج", "le pèlerinage s'est tenu de vendredi à dimanche").
    id: 'pilgrimage', family: 'date', event: true, label: { en: 'dates of the pilgrimage', ar: 'موعد الحج' },
    words: { ar: ['الحج', 'موسم الحج', 'مناسك الحج', 'المناسك', 'مناسك', 'شعائر', 'الشعائر', 'الوقوف بعرفة', 'يوم عرفة'], en: ['hajj', 'pilgrimage', 'rites', 'umrah'], fr: ['hajj', 'pèlerinage', 'rites', 'rituels', 'omra'] },
  },

  {
    // A protest's day ("the protests of Tuesday", "مظاهرات الثلاثاء", "la manifestation de samedi").
    id: 'protest', family: 'date', event: true, label: { en: 'date of the protests', ar: 'موعد الاحتجاجات' },
    words: { ar: ['مظاهرة', 'مظاهرات', 'المظاهرات', 'احتجاجات', 'الاحتجاجات'], en: ['protest', 'protests', 'demonstrations'], fr: ['manifestation', 'manifestations'] },
  },
  {
    // The day something was announced: a statement's own day ("أعلن الديوان الملكي، اليوم الخميس"),
    // for a topic that names what was announced ("Date Macron announced the withdrawal").
    id: 'announced', family: 'date', event: true, instant: true, label: { en: 'date of the announcement', ar: 'تاريخ الإعلان' },
    words: { ar: ['أعلن', 'أعلنت', 'إعلان', 'الإعلان', 'أعلنه', 'أعلنها'], en: ['announced', 'announcement', 'announces', 'announce', 'unveiled', 'declared'], fr: ['annoncé', 'annonce', 'annoncée', 'déclaré', 'dévoilé'] },
  },
  {
    // An abduction and an attack are events a report dates ("six health workers were abducted on
    // Tuesday", "dimanche, une attaque y a coûté la vie à une infirmière"); their words also
    // name the people abducted and the attacks counted.
    id: 'abduction', family: 'date', event: true, label: { en: 'date of the abduction', ar: 'تاريخ الاختطاف' },
    words: { ar: ['اختطاف', 'الاختطاف', 'اختطف', 'اختطفت', 'اختطفوا', 'خطف', 'خطفت', 'خطفوا'], en: ['abducted', 'kidnapped', 'abduction', 'kidnapping', 'abductions', 'kidnappings'], fr: ['enlevés', 'enlevé', 'enlevées', 'enlevée', 'enlèvement', 'enlèvements', 'kidnappés', 'kidnappé', 'kidnapping'] },
  },
  {
    id: 'attack', family: 'date', event: true, label: { en: 'date of the attack', ar: 'تاريخ الهجوم' },
    words: { ar: ['هجوم', 'الهجوم', 'هاجم', 'هاجمت', 'هاجموا', 'اعتداء', 'الاعتداء', 'استهدف', 'استهدفت', 'استهداف', 'قصف', 'القصف', 'غارة', 'الغارة', 'غارات', 'الغارات', 'ضربة', 'الضربة', 'ضربات', 'الضربات', 'فتح النار', 'فتحوا النار', 'إطلاق النار', 'إطلاق نار'], en: ['attack', 'attacked', 'attacks', 'assault', 'shelled', 'shelling', 'bombed', 'bombing', 'bombings', 'raid', 'air strike', 'airstrike', 'air strikes', 'airstrikes', 'drone strike', 'strike', 'strikes', 'missile strike', 'missile strikes', 'barrage', 'missile barrage', 'bombardment', 'stormed', 'opened fire', 'shooting', 'targeted', 'carried out the attack', 'carried out'], fr: ['attaque', 'attaqué', 'attaquée', 'attaques', 'attentat', 'attentats', 'pris pour cible', 'prise pour cible', 'bombardement', 'bombardé', 'bombardée', 'frappe', 'frappes', 'pilonnage', 'pilonné', 'raid', 'assaut', 'fusillade', 'ouvert le feu'] },
  },
  {
    id: 'summit', family: 'date', event: true, label: { en: 'date of the summit', ar: 'تاريخ القمة' },
    words: { ar: ['قمة', 'القمة', 'اجتماع', 'الاجتماع', 'مؤتمر', 'المؤتمر'], en: ['summit', 'meeting', 'conference'], fr: ['sommet', 'réunion', 'conférence'] },
  },
  {
    id: 'deadline', family: 'date', event: true, latest: true, decided: true, label: { en: 'deadline', ar: 'المهلة' },
    words: { ar: ['مهلة', 'المهلة', 'موعد', 'إنذار', 'بحلول', 'أمهل', 'أمهلت', 'أمهلوه', 'أمهلته', 'خلال مهلة', 'تمهل', 'يمهل', 'إمهال', 'للرحيل', 'لمغادرة'], en: ['deadline', 'ultimatum', 'within', 'by the end of', 'by year-end', 'to leave', 'ordered to leave'], fr: ['ultimatum', 'délai', "d'ici", 'échéance', "d'ici à", 'pour quitter', 'sommé', 'sommation', 'mise en demeure'] },
  },
  ...ECONOMY_CONCEPTS,
  ...AFTERMATH_CONCEPTS,
  ...CIVIC_CONCEPTS,
  ...ELECTION_EVENTS,
  ...FAIR_CONCEPTS,
  ...INQUIRY_EVENTS,
  ...PERSON_TIMES,
]

/**
 * Words that say something happened, began or money moved without saying what ("وقع", "occurred",
 * "broke out", "اندلعت", "survenu", "paid", "رصد"): they name their concept only when no more telling word stands in the
 * same clause ("الانفجار الذي وقع" is the explosion, not a disaster striking).
 */
export const GENERIC_WORDS = new Set(['وقع', 'وقعت', 'حدث', 'occurred', 'happened', 'hit', 'struck', 'survenu', 'frappé', 'اندلاع', 'اندلعت', 'broke out', 'erupted', 'outbreak', 'éclaté', "s'est déclaré", "s'est déclarée", 'se sont déclarés', 'se sont déclarées', 'رصد', 'خصص', 'خصصت', 'تخصيص', 'تفرج', 'أفرج', 'أفرجت', 'الإفراج', 'صرف', 'تصرف', 'ستصرف', 'منح', 'جمع', 'pay', 'paid', 'allocated', 'allocate', 'released', 'release', 'raised', 'receive', 'promised', 'débloqué', 'débloquer', 'alloué', 'allouer', 'verser', 'versera', 'octroyé', 'récolté', 'برنامج', 'programme', 'program', 'budget', 'ميزانية',
  // A cost or a bill is the damage only when nothing says of what: "the cost of rebuilding", "la facture de la reconstruction", "كلفة إعادة الإعمار".
  'cost', 'costs', 'bill', 'coût', 'facture', 'كلفة', 'تكلفة', 'تكاليف', ...FINANCE_GENERIC_WORDS])

/** Nouns of people that name no measure ("مهاجرا", "people"): the verb or the clause says what happened to them. */
// Words that name a measure only as a figure's own noun: "1 400 hommes", "500 عنصر" are troops,
// but "104, tous des hommes", "أسرة من خمسة أفراد" say who the people are, not what is counted.
export const COUNTED_ONLY_WORDS: Record<Lang, string[]> = {
  // (A province named is where a figure is, "in Ifrane province", not what it counts: "16 wilayas".)
  // (Nor a country named: "l'est du pays", "40 pour l'ensemble du pays" count no countries; "14 pays" does.)
  ar: ['فرد', 'أفراد', 'عنصر', 'عناصر', 'ولاية', 'ولايات', 'الولايات', 'محافظة', 'محافظات', 'المحافظات', 'أقاليم', 'الأقاليم'],
  en: ['men', 'personnel', 'provinces', 'governorates', 'wilayas', 'regions', 'districts', 'states', 'countries', 'nations'],
  fr: ['hommes', 'wilayas', 'provinces', 'gouvernorats', 'régions', 'départements', 'pays', 'États', 'nations'],
}

export const PEOPLE_WORDS: Record<Lang, string[]> = {
  ar: ['شخص', 'أشخاص', 'شخصا', 'مهاجر', 'مهاجرين', 'مهاجرا', 'مهاجرون', 'المهاجرين', 'مدني', 'مدنيين', 'مدنيا', 'طفل', 'أطفال', 'امرأة', 'نساء', 'رجل', 'رجال', 'مواطن', 'مواطنين', 'لاجئ', 'لاجئين', 'نسمة', 'فرد', 'آخرين', 'آخرون', 'عامل', 'عمال', 'حاج', 'حجاج', 'الحجاج', 'حاجا'],
  en: ['people', 'persons', 'person', 'migrants', 'civilians', 'children', 'women', 'men', 'residents', 'refugees', 'others', 'individuals', 'inhabitants', 'workers', 'pakistanis', 'egyptians', 'pilgrims', 'worshippers', 'citizens'],
  fr: ['personnes', 'migrants', 'civils', 'enfants', 'femmes', 'hommes', 'habitants', 'réfugiés', 'autres', 'individus', 'pèlerins', 'fidèles', 'citoyens'],
}

addEventWords(CONCEPTS)
export const CONCEPT_BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]))

/** Whether `c` is a narrower measure or a part of `wider`, at any depth (remains identified are some of the bodies, which count toward the dead). */
export function within(c: Concept, wider: string): boolean {
  for (let up = c.broader ?? c.partOf, n = 0; up && n < 4; n++) {
    if (up === wider) return true
    const next = CONCEPT_BY_ID.get(up)
    up = next?.broader ?? next?.partOf
  }
  return false
}
