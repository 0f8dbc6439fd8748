// The counted nouns of the product, in Arabic and English, for countNoun(). Units of time and
// measure, currencies, the scale words of large amounts, and the things the screens count.
import { arNoun, enNoun, type ArabicNoun, type Noun } from './plural'

const n = (ar: ArabicNoun, one: string, other?: string): Noun => ({ ar, en: enNoun(one, other) })
/** A feminine noun ending in ة: its accusative is the singular ("11 سنة"). */
const fem = (singular: string, dual: string, plural: string): ArabicNoun => arNoun(singular, dual, plural, singular, `${singular} واحدة`)
/** A noun that does not change after a number ("يورو", "ميغاواط"). */
const same = (word: string, one = `${word} واحد`): ArabicNoun => ({ one, two: `2 ${word}`, few: word, many: word, other: word })

const TIME = {
  second: n(fem('ثانية', 'ثانيتان', 'ثوان'), 'second'),
  minute: n(fem('دقيقة', 'دقيقتان', 'دقائق'), 'minute'),
  hour: n(fem('ساعة', 'ساعتان', 'ساعات'), 'hour'),
  day: n(arNoun('يوم', 'يومان', 'أيام'), 'day'),
  week: n(arNoun('أسبوع', 'أسبوعان', 'أسابيع'), 'week'),
  month: n(arNoun('شهر', 'شهران', 'أشهر'), 'month'),
  year: n(fem('سنة', 'سنتان', 'سنوات'), 'year'),
  decade: n(arNoun('عقد', 'عقدان', 'عقود'), 'decade'),
} satisfies Record<string, Noun>

/** Units of time (durations, ages, periods). */
export const TIME_NOUNS: Record<string, Noun> = TIME

/** Units of measure: the prose noun, and the short sign a table shows. */
export const MEASURE_NOUNS: Record<string, Noun & { short: { ar: string; en: string } }> = {
  km: { ...n(arNoun('كيلومتر', 'كيلومتران', 'كيلومترات'), 'kilometre'), short: { ar: 'كم', en: 'km' } },
  m: { ...n(arNoun('متر', 'متران', 'أمتار'), 'metre'), short: { ar: 'م', en: 'm' } },
  cm: { ...n(arNoun('سنتيمتر', 'سنتيمتران', 'سنتيمترات'), 'centimetre'), short: { ar: 'سم', en: 'cm' } },
  mm: { ...n(arNoun('مليمتر', 'مليمتران', 'مليمترات'), 'millimetre'), short: { ar: 'مم', en: 'mm' } },
  in: { ...n(fem('بوصة', 'بوصتان', 'بوصات'), 'inch', 'inches'), short: { ar: 'بوصة', en: 'in' } },
  mile: { ...n(arNoun('ميل', 'ميلان', 'أميال'), 'mile'), short: { ar: 'ميل', en: 'mi' } },
  mi: { ...n(arNoun('ميل', 'ميلان', 'أميال'), 'mile'), short: { ar: 'ميل', en: 'mi' } },
  nmi: { ...n(arNoun('ميل بحري', 'ميلان بحريان', 'أميال بحرية', 'ميلاً بحرياً'), 'nautical mile'), short: { ar: 'ميل بحري', en: 'nmi' } },
  m3: { ...n(arNoun('متر مكعب', 'متران مكعبان', 'أمتار مكعبة', 'متراً مكعباً'), 'cubic metre'), short: { ar: 'م³', en: 'm³' } },
  km2: { ...n(arNoun('كيلومتر مربع', 'كيلومتران مربعان', 'كيلومترات مربعة', 'كيلومتراً مربعاً'), 'square kilometre'), short: { ar: 'كم²', en: 'km²' } },
  // An earthquake's magnitude: "magnitude 6.8" in English, "6.8 درجة" in Arabic (see sayAmount).
  m2: { ...n(arNoun('متر مربع', 'متران مربعان', 'أمتار مربعة', 'متراً مربعاً'), 'square metre'), short: { ar: 'م²', en: 'm²' } },
  knot: { ...n(fem('عقدة', 'عقدتان', 'عقد'), 'knot'), short: { ar: 'عقدة', en: 'kn' } },
  '°C': { ...n(fem('درجة مئوية', 'درجتان مئويتان', 'درجات مئوية'), 'degree Celsius', 'degrees Celsius'), short: { ar: '°م', en: '°C' } },
  '°F': { ...n(fem('درجة فهرنهايت', 'درجتا فهرنهايت', 'درجات فهرنهايت'), 'degree Fahrenheit', 'degrees Fahrenheit'), short: { ar: '°ف', en: '°F' } },
  magnitude: { ...n(fem('درجة', 'درجتان', 'درجات'), 'magnitude', 'magnitude'), short: { ar: 'درجة', en: 'M' } },
  ft: { ...n(arNoun('قدم', 'قدمان', 'أقدام', 'قدماً', 'قدم واحدة'), 'foot', 'feet'), short: { ar: 'قدم', en: 'ft' } },
  tonne: { ...n(arNoun('طن', 'طنان', 'أطنان'), 'tonne'), short: { ar: 'طن', en: 't' } },
  kg: { ...n(arNoun('كيلوغرام', 'كيلوغرامان', 'كيلوغرامات'), 'kilogram'), short: { ar: 'كغ', en: 'kg' } },
  g: { ...n(arNoun('غرام', 'غرامان', 'غرامات'), 'gram'), short: { ar: 'غ', en: 'g' } },
  ounce: { ...n(fem('أونصة', 'أونصتان', 'أونصات'), 'ounce'), short: { ar: 'أونصة', en: 'oz' } },
  barrel: { ...n(arNoun('برميل', 'برميلان', 'براميل'), 'barrel'), short: { ar: 'برميل', en: 'bbl' } },
  ha: { ...n(arNoun('هكتار', 'هكتاران', 'هكتارات'), 'hectare'), short: { ar: 'هكتار', en: 'ha' } },
  acre: { ...n(arNoun('أكر', 'أكران', 'أكرات'), 'acre'), short: { ar: 'أكر', en: 'acre' } },
  L: { ...n(arNoun('لتر', 'لتران', 'لترات'), 'litre'), short: { ar: 'ل', en: 'L' } },
  MW: { ...n(same('ميغاواط'), 'megawatt'), short: { ar: 'ميغاواط', en: 'MW' } },
  GW: { ...n(same('غيغاواط'), 'gigawatt'), short: { ar: 'غيغاواط', en: 'GW' } },
  feddan: { ...n(arNoun('فدان', 'فدانان', 'أفدنة', 'فداناً'), 'feddan'), short: { ar: 'فدان', en: 'feddan' } },
  kW: { ...n(same('كيلوواط'), 'kilowatt'), short: { ar: 'كيلوواط', en: 'kW' } },
}

/** Currencies by ISO code (and "USD-cent"), as a reader names them. */
export const CURRENCY_NOUNS: Record<string, Noun> = {
  USD: n(arNoun('دولار', 'دولاران', 'دولارات'), 'US dollar'),
  'USD-cent': n(arNoun('سنت', 'سنتان', 'سنتات'), 'US cent'),
  CAD: n(arNoun('دولار كندي', 'دولاران كنديان', 'دولارات كندية', 'دولاراً كندياً'), 'Canadian dollar'),
  AUD: n(arNoun('دولار أسترالي', 'دولاران أستراليان', 'دولارات أسترالية', 'دولاراً أسترالياً'), 'Australian dollar'),
  EUR: n(same('يورو'), 'euro'),
  GBP: n(arNoun('جنيه إسترليني', 'جنيهان إسترلينيان', 'جنيهات إسترلينية', 'جنيهاً إسترلينياً'), 'pound sterling', 'pounds sterling'),
  EGP: n(arNoun('جنيه مصري', 'جنيهان مصريان', 'جنيهات مصرية', 'جنيهاً مصرياً'), 'Egyptian pound'),
  SDG: n(arNoun('جنيه سوداني', 'جنيهان سودانيان', 'جنيهات سودانية', 'جنيهاً سودانياً'), 'Sudanese pound'),
  XOF: n(arNoun('فرنك أفريقي', 'فرنكان أفريقيان', 'فرنكات أفريقية', 'فرنكاً أفريقياً'), 'CFA franc'),
  XAF: n({ one: 'فرنك واحد لوسط أفريقيا', two: 'فرنكان لوسط أفريقيا', few: 'فرنكات لوسط أفريقيا', many: 'فرنكاً لوسط أفريقيا', other: 'فرنك لوسط أفريقيا' }, 'Central African CFA franc'),
  NGN: n(fem('نيرة نيجيرية', 'نيرتان نيجيريتان', 'نيرات نيجيرية'), 'naira', 'naira'),
  ZAR: n(arNoun('راند', 'راندان', 'راندات'), 'rand', 'rand'),
  SSP: n(arNoun('جنيه جنوب سوداني', 'جنيهان جنوب سودانيان', 'جنيهات جنوب سودانية', 'جنيهاً جنوب سودانياً'), 'South Sudanese pound'),
  GNF: n(arNoun('فرنك غيني', 'فرنكان غينيان', 'فرنكات غينية', 'فرنكاً غينياً'), 'Guinean franc'),
  CHF: n(arNoun('فرنك سويسري', 'فرنكان سويسريان', 'فرنكات سويسرية', 'فرنكاً سويسرياً'), 'Swiss franc'),
  FRF: n(arNoun('فرنك فرنسي', 'فرنكان فرنسيان', 'فرنكات فرنسية', 'فرنكاً فرنسياً'), 'French franc'),
  SAR: n(arNoun('ريال سعودي', 'ريالان سعوديان', 'ريالات سعودية', 'ريالاً سعودياً'), 'Saudi riyal'),
  QAR: n(arNoun('ريال قطري', 'ريالان قطريان', 'ريالات قطرية', 'ريالاً قطرياً'), 'Qatari riyal'),
  OMR: n(arNoun('ريال عماني', 'ريالان عمانيان', 'ريالات عمانية', 'ريالاً عمانياً'), 'Omani rial'),
  YER: n(arNoun('ريال يمني', 'ريالان يمنيان', 'ريالات يمنية', 'ريالاً يمنياً'), 'Yemeni rial'),
  IRR: n(arNoun('ريال إيراني', 'ريالان إيرانيان', 'ريالات إيرانية', 'ريالاً إيرانياً'), 'Iranian rial'),
  BRL: n(arNoun('ريال برازيلي', 'ريالان برازيليان', 'ريالات برازيلية', 'ريالاً برازيلياً'), 'Brazilian real'),
  AED: n(arNoun('درهم إماراتي', 'درهمان إماراتيان', 'دراهم إماراتية', 'درهماً إماراتياً'), 'UAE dirham'),
  MAD: n(arNoun('درهم مغربي', 'درهمان مغربيان', 'دراهم مغربية', 'درهماً مغربياً'), 'Moroccan dirham'),
  DZD: n(arNoun('دينار جزائري', 'ديناران جزائريان', 'دنانير جزائرية', 'ديناراً جزائرياً'), 'Algerian dinar'),
  KWD: n(arNoun('دينار كويتي', 'ديناران كويتيان', 'دنانير كويتية', 'ديناراً كويتياً'), 'Kuwaiti dinar'),
  JOD: n(arNoun('دينار أردني', 'ديناران أردنيان', 'دنانير أردنية', 'ديناراً أردنياً'), 'Jordanian dinar'),
  IQD: n(arNoun('دينار عراقي', 'ديناران عراقيان', 'دنانير عراقية', 'ديناراً عراقياً'), 'Iraqi dinar'),
  LYD: n(arNoun('دينار ليبي', 'ديناران ليبيان', 'دنانير ليبية', 'ديناراً ليبياً'), 'Libyan dinar'),
  TND: n(arNoun('دينار تونسي', 'ديناران تونسيان', 'دنانير تونسية', 'ديناراً تونسياً'), 'Tunisian dinar'),
  BHD: n(arNoun('دينار بحريني', 'ديناران بحرينيان', 'دنانير بحرينية', 'ديناراً بحرينياً'), 'Bahraini dinar'),
  RUB: n(arNoun('روبل', 'روبلان', 'روبلات'), 'rouble'),
  TRY: n(fem('ليرة تركية', 'ليرتان تركيتان', 'ليرات تركية'), 'Turkish lira', 'Turkish lira'),
  LBP: n(fem('ليرة لبنانية', 'ليرتان لبنانيتان', 'ليرات لبنانية'), 'Lebanese pound'),
  SYP: n(fem('ليرة سورية', 'ليرتان سوريتان', 'ليرات سورية'), 'Syrian pound'),
  ILS: n(arNoun('شيكل', 'شيكلان', 'شواكل'), 'shekel'),
  CNY: n(same('يوان'), 'yuan', 'yuan'),
  JPY: n(same('ين'), 'yen', 'yen'),
  INR: n(fem('روبية', 'روبيتان', 'روبيات'), 'Indian rupee'),
}

/**
 * The scale words of large numbers. Standalone ("50 مليوناً" of people) and in construct, when a
 * noun follows ("50 مليون دولار", "مليونا دولار"): the accusative and the dual lose their ending.
 */
export const SCALE_NOUNS: Record<'million' | 'billion', { value: number; alone: Noun; before: Noun }> = {
  million: {
    value: 1e6,
    alone: n(arNoun('مليون', 'مليونان', 'ملايين', 'مليوناً', 'مليون'), 'million', 'million'),
    before: n(arNoun('مليون', 'مليونا', 'ملايين', 'مليون', 'مليون'), 'million', 'million'),
  },
  billion: {
    value: 1e9,
    alone: n(arNoun('مليار', 'ملياران', 'مليارات', 'ملياراً', 'مليار'), 'billion', 'billion'),
    before: n(arNoun('مليار', 'مليارا', 'مليارات', 'مليار', 'مليار'), 'billion', 'billion'),
  },
}

/** What a rate is per: "a month" / "شهرياً", "an ounce" / "للأونصة". */
export const PER_PHRASES: Record<string, { ar: string; en: string }> = {
  second: { ar: 'في الثانية', en: 'a second' }, minute: { ar: 'في الدقيقة', en: 'a minute' }, hour: { ar: 'في الساعة', en: 'an hour' },
  day: { ar: 'يومياً', en: 'a day' }, week: { ar: 'أسبوعياً', en: 'a week' }, month: { ar: 'شهرياً', en: 'a month' }, year: { ar: 'سنوياً', en: 'a year' },
  ounce: { ar: 'للأونصة', en: 'an ounce' }, barrel: { ar: 'للبرميل', en: 'a barrel' }, tonne: { ar: 'للطن', en: 'a tonne' },
  g: { ar: 'للغرام', en: 'a gram' }, kg: { ar: 'للكيلوغرام', en: 'a kilogram' }, share: { ar: 'للسهم', en: 'a share' }, person: { ar: 'للفرد', en: 'per person' },
}

/** The things the screens and reports count. */
export const NOUNS = {
  source: n(arNoun('مصدر', 'مصدران', 'مصادر'), 'source'),
  independentSource: n(arNoun('مصدر مستقل', 'مصدران مستقلان', 'مصادر مستقلة', 'مصدراً مستقلاً', 'مصدر مستقل واحد'), 'independent source'),
  agreeingSource: n(arNoun('مصدر مستقل متفق', 'مصدران مستقلان متفقان', 'مصادر مستقلة متفقة', 'مصدراً مستقلاً متفقاً', 'مصدر مستقل واحد'), 'independent source'),
  outlet: n(fem('وسيلة إعلامية', 'وسيلتان إعلاميتان', 'وسائل إعلامية'), 'outlet'),
  origin: n(arNoun('مصدر أصلي', 'مصدران أصليان', 'مصادر أصلية', 'مصدراً أصلياً', 'مصدر أصلي واحد'), 'origin'),
  agreeingOrigin: n(arNoun('مصدر أصلي متفق', 'مصدران أصليان متفقان', 'مصادر أصلية متفقة', 'مصدراً أصلياً متفقاً', 'مصدر أصلي واحد'), 'origin'),
  figure: n(arNoun('رقم', 'رقمان', 'أرقام'), 'figure'),
  topic: n(arNoun('موضوع', 'موضوعان', 'مواضيع'), 'topic'),
  article: n(arNoun('مقال', 'مقالان', 'مقالات'), 'article'),
  word: n(fem('كلمة', 'كلمتان', 'كلمات'), 'word'),
  character: n(arNoun('حرف', 'حرفان', 'أحرف'), 'character'),
  correction: n(arNoun('تصحيح', 'تصحيحان', 'تصحيحات'), 'correction'),
  decision: n(arNoun('قرار', 'قراران', 'قرارات'), 'decision'),
  field: n(arNoun('حقل', 'حقلان', 'حقول'), 'field'),
  millisecond: n(fem('ميلي ثانية', 'ميلي ثانيتان', 'ميلي ثوان'), 'millisecond'),
  ...TIME,
} satisfies Record<string, Noun>

export type NounKey = keyof typeof NOUNS
