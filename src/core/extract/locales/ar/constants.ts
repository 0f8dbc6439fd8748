// Arabic word lists, written as a reader spells them; lexicon.ts folds them once at load.

/** Cardinals that stand alone (units and teens' first parts); masculine and feminine forms. */
export const UNITS: Record<string, number> = {
  'صفر': 0,
  'واحد': 1, 'واحدة': 1, 'واحدا': 1,
  'اثنان': 2, 'اثنين': 2, 'اثنتان': 2, 'اثنتين': 2, 'اثنا': 2, 'اثنتا': 2, 'اثني': 2, 'اثنى': 2, 'اثنتي': 2, 'اثنتى': 2, 'إثنان': 2, 'إثنين': 2,
  'ثلاث': 3, 'ثلاثة': 3,
  'أربع': 4, 'أربعة': 4,
  'خمس': 5, 'خمسة': 5,
  'ست': 6, 'ستة': 6,
  'سبع': 7, 'سبعة': 7,
  'ثمان': 8, 'ثماني': 8, 'ثمانية': 8, 'ثمانى': 8,
  'تسع': 9, 'تسعة': 9,
  'عشر': 10, 'عشرة': 10,
}

/** First words of 11 and 12, used only before عشر/عشرة. */
export const TEEN_HEADS: Record<string, number> = { 'أحد': 1, 'إحدى': 1, 'حادي': 1, 'اثنا': 2, 'اثني': 2, 'اثنتا': 2, 'اثنتي': 2 }

export const TENS: Record<string, number> = {
  'عشرون': 20, 'عشرين': 20, 'ثلاثون': 30, 'ثلاثين': 30, 'أربعون': 40, 'أربعين': 40, 'خمسون': 50, 'خمسين': 50,
  'ستون': 60, 'ستين': 60, 'سبعون': 70, 'سبعين': 70, 'ثمانون': 80, 'ثمانين': 80, 'تسعون': 90, 'تسعين': 90,
}

export const HUNDREDS: Record<string, number> = {
  'مائة': 100, 'مئة': 100, 'مائتان': 200, 'مئتان': 200, 'مائتين': 200, 'مئتين': 200, 'مائتا': 200, 'مئتا': 200, 'مائتي': 200, 'مئتي': 200,
  'ثلاثمائة': 300, 'ثلاثمئة': 300, 'أربعمائة': 400, 'أربعمئة': 400, 'خمسمائة': 500, 'خمسمئة': 500, 'ستمائة': 600, 'ستمئة': 600,
  'سبعمائة': 700, 'سبعمئة': 700, 'ثمانمائة': 800, 'ثمانمئة': 800, 'ثمانيمائة': 800, 'تسعمائة': 900, 'تسعمئة': 900,
}

/** Scales: the word, its multiplier, and whether the form is a dual (itself two of the scale). */
export const SCALES: Record<string, { value: number; dual?: boolean; plural?: boolean; afterCount?: boolean }> = {
  // "ألفا" alone is a construct dual ("ألفا جندي", two thousand soldiers); after a count it is the
  // accusative singular ("30 ألفاً", "أحد عشر ألفا").
  'ألف': { value: 1e3 }, 'آلاف': { value: 1e3, plural: true }, 'الاف': { value: 1e3, plural: true }, 'ألفان': { value: 1e3, dual: true }, 'ألفين': { value: 1e3, dual: true }, 'ألفا': { value: 1e3, dual: true, afterCount: true }, 'ألفي': { value: 1e3, dual: true },
  'مليون': { value: 1e6 }, 'ملايين': { value: 1e6, plural: true }, 'مليونان': { value: 1e6, dual: true }, 'مليونين': { value: 1e6, dual: true }, 'مليونا': { value: 1e6, dual: true, afterCount: true }, 'مليوني': { value: 1e6, dual: true },
  'مليار': { value: 1e9 }, 'مليارات': { value: 1e9, plural: true }, 'ملياران': { value: 1e9, dual: true }, 'مليارين': { value: 1e9, dual: true }, 'ملياري': { value: 1e9, dual: true }, 'مليارا': { value: 1e9, dual: true, afterCount: true }, 'بليون': { value: 1e9 },
  'تريليون': { value: 1e12 }, 'ترليون': { value: 1e12 }, 'تريليونات': { value: 1e12, plural: true },
}

/** "من كل": between the part and the whole of a share ("واحد من كل 7"). */
export const OF_EVERY = ['من كل']

export const FRACTIONS: Record<string, number> = { 'نصف': 0.5, 'ربع': 0.25, 'ثلث': 1 / 3, 'ثلثي': 2 / 3, 'ثلثا': 2 / 3, 'ثلاثة أرباع': 0.75 }

/** Words after a number that make it a multiplier, not a count ("ثلاث مرات", "ثلاثة أضعاف"), as "times" and "fois" do. */
export const TIMES = ['مرة', 'مرات', 'أضعاف', 'ضعف', 'مرّات']

/** Vague amounts, as intervals (the conventions). */
export const VAGUE: Record<string, [number, number]> = {
  'عشرات': [20, 99], 'مئات': [200, 999], 'مئآت': [200, 999], 'آلاف': [2000, 9999], 'عشرات الآلاف': [20000, 99999], 'مئات الآلاف': [200000, 999999],
  'ملايين': [2e6, 9.99e6], 'عشرات الملايين': [2e7, 9.99e7], 'مئات الملايين': [2e8, 9.99e8], 'مليارات': [2e9, 9.99e9],
  'بضع': [3, 9], 'بضعة': [3, 9], 'عدة': [3, 10],
  // A dozen is about twelve: a round count, not a vague one (ARVagueParser reads lo = hi as "about").
  'دزينة': [12, 12], 'دستة': [12, 12],
  // "عدة عشرات", "بضع عشرات": one figure, a vague number of tens as "عدة مئات" is of hundreds.
  'عدة عشرات': [30, 99], 'بضع عشرات': [30, 99], 'بضعة عشرات': [30, 99],
  'بضع مئات': [300, 999], 'بضعة آلاف': [3000, 9999], 'بضع آلاف': [3000, 9999], 'بضعة ملايين': [3e6, 9.99e6], 'عدة مئات': [300, 999], 'عدة آلاف': [3000, 9999], 'عدة ملايين': [3e6, 9.99e6],
  'المئات': [200, 999], 'الآلاف': [2000, 9999], 'الملايين': [2e6, 9.99e6],
  // Without the article before a noun: "عشرات آلاف الجرحى", "مئات آلاف النازحين".
  'عشرات آلاف': [20000, 99999], 'مئات آلاف': [200000, 999999], 'عشرات ملايين': [2e7, 9.99e7], 'مئات ملايين': [2e8, 9.99e8],
  // "بضعة عشر" (thirteen to nineteen), "بضع وعشرون" (some twenty-odd: 23 to 29), "نيف وثلاثون"
  // (one to nine over thirty): a few, or one to nine, over the ten or the tens after them.
  'بضعة عشر': [13, 19], 'بضع عشرة': [13, 19], 'بضعة عشرة': [13, 19], 'بضع عشر': [13, 19],
  ...Object.fromEntries(Object.entries(TENS).flatMap(([w, value]) => [
    [`بضع و${w}`, [value + 3, value + 9]], [`بضعة و${w}`, [value + 3, value + 9]], [`نيف و${w}`, [value + 1, value + 9]],
  ])),
}

/** Qualifiers before a figure: the phrase and what it does to the interval. */
export const QUALIFIERS_BEFORE: Record<string, 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most'> = {
  'نحو': 'about', 'حوالي': 'about', 'حوالى': 'about', 'قرابة': 'about', 'زهاء': 'about', 'ما يقارب': 'about', 'ما يقرب من': 'about', 'يقارب': 'about', 'تقارب': 'about', 'ما تقارب': 'about', 'يقرب من': 'about', 'ما يناهز': 'about', 'يناهز': 'about', 'تقريبا': 'about', 'بحدود': 'about', 'في حدود': 'about', 'نحو من': 'about',
  'تخطى': 'more-than', 'تخطت': 'more-than', 'تخطوا': 'more-than', 'يتخطى': 'more-than', 'تتخطى': 'more-than', 'متخطيا': 'more-than', 'متخطية': 'more-than', 'تجاوزوا': 'more-than', 'تعدى': 'more-than', 'تعدت': 'more-than', 'يتعدى': 'more-than', 'يتعدى عددهم': 'more-than',
  'قد تبلغ': 'at-most', 'قد يبلغ': 'at-most', 'قد تصل إلى': 'at-most', 'قد يصل إلى': 'at-most', 'قد يرتفع إلى': 'at-most', 'قد ترتفع إلى': 'at-most',
  'تقترب من': 'about', 'يقترب من': 'about', 'اقتربت من': 'about', 'اقترب من': 'about', 'يدور حول': 'about', 'تدور حول': 'about',
  // "تقدر بنحو 6 مليارات": "نحو" says "about" itself and the span starts there; "تقدر ب6 مليارات" keeps its verb.
  'ما يقدر ب': 'about', 'يقدر ب': 'about', 'تقدر ب': 'about', 'بما يقدر ب': 'about', 'المقدر ب': 'about', 'المقدرة ب': 'about', 'ما يقدر بنحو': 'about', 'ما يقدر بحوالي': 'about', 'ما يناهز ال': 'about',
  'أكثر من': 'more-than', 'ما يزيد على': 'more-than', 'ما يزيد عن': 'more-than', 'يزيد على': 'more-than', 'يزيد عن': 'more-than', 'أزيد من': 'more-than', 'ما يربو على': 'more-than', 'يربو على': 'more-than', 'متجاوزة': 'more-than', 'متجاوزا': 'more-than', 'تتجاوز': 'more-than', 'يتجاوز': 'more-than', 'تجاوز': 'more-than', 'تجاوزت': 'more-than', 'يفوق': 'more-than', 'تفوق': 'more-than', 'فاق': 'more-than', 'فاقت': 'more-than', 'ما يفوق': 'more-than', 'فوق': 'more-than', 'ما يتجاوز': 'more-than', 'ما يربو عن': 'more-than', 'يربو عن': 'more-than',
  'أقل من': 'less-than', 'ما يقل عن': 'less-than', 'دون': 'less-than', 'تحت': 'less-than',
  'ما لا يقل عن': 'at-least', 'لا يقل عن': 'at-least', 'لا تقل عن': 'at-least', 'على الأقل': 'at-least', 'ما لا يقل على': 'at-least', 'لا يقل على': 'at-least', 'ما لا يقل عدده عن': 'at-least', 'ما لا يقل عددهم عن': 'at-least',
  'لا يتجاوز': 'at-most', 'لا تتجاوز': 'at-most', 'ما لا يتجاوز': 'at-most', 'لم يتجاوز': 'at-most', 'لم تتجاوز': 'at-most', 'لم يتعد': 'at-most', 'لم تتعد': 'at-most', 'لم يزد على': 'at-most', 'لم يزد عن': 'at-most', 'لم تزد على': 'at-most', 'لم تزد عن': 'at-most', 'لا يزيد على': 'at-most', 'لا يزيد عن': 'at-most', 'لا تزيد على': 'at-most', 'لا تزيد عن': 'at-most', 'يصل إلى': 'at-most', 'ما يصل إلى': 'at-most', 'تصل إلى': 'at-most', 'حتى': 'at-most', 'على الأكثر': 'at-most', 'بحد أقصى': 'at-most', 'كحد أقصى': 'at-most',
}

/** Verbs that bound a figure even with its subject between them ("تجاوزت قيمتها 80 مليون يورو"). */
export const QUALIFIER_VERBS: Record<string, 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most'> = {
  'تجاوز': 'more-than', 'تجاوزت': 'more-than', 'يتجاوز': 'more-than', 'تتجاوز': 'more-than', 'فاق': 'more-than', 'فاقت': 'more-than', 'يفوق': 'more-than', 'تفوق': 'more-than',
  'ناهز': 'about', 'ناهزت': 'about', 'يناهز': 'about', 'تناهز': 'about', 'قارب': 'about', 'قاربت': 'about', 'يقارب': 'about', 'تقارب': 'about',
  'لا يتجاوز': 'at-most', 'لا تتجاوز': 'at-most', 'لم يتجاوز': 'at-most', 'لم تتجاوز': 'at-most',
  'تخطى': 'more-than', 'تخطت': 'more-than', 'تخطوا': 'more-than', 'يتخطى': 'more-than', 'تتخطى': 'more-than', 'تجاوزوا': 'more-than',
}

/**
 * Verbs that bound the figure after them, by their stems (verbs.ts gives every person): "تجاوز"
 * is also "يتجاوزون", "تجاوزتا"; "تزيد على" is also "يزيدون على". Each also bounds across its
 * subject when QUALIFIER_VERBS names it.
 */
export const BOUNDING_VERBS: { stems: { past: string; present: string }; after?: string; value: 'about' | 'more-than' }[] = [
  { stems: { past: 'تجاوز', present: 'تجاوز' }, value: 'more-than' },
  { stems: { past: 'تخطى', present: 'تخطى' }, value: 'more-than' },
  { stems: { past: 'تعدى', present: 'تعدى' }, value: 'more-than' },
  { stems: { past: 'فاق', present: 'فوق' }, value: 'more-than' },
  { stems: { past: 'زاد', present: 'زيد' }, after: 'على', value: 'more-than' },
  { stems: { past: 'زاد', present: 'زيد' }, after: 'عن', value: 'more-than' },
  { stems: { past: 'ربا', present: 'ربو' }, after: 'على', value: 'more-than' },
  { stems: { past: 'ناهز', present: 'ناهز' }, value: 'about' },
]

/** Words opening a verb's subject that names what is measured: "يتجاوز عدد ضحايا الموجتين ثلاثين". */
export const SUBJECT_HEADS = ['عدد', 'أعداد', 'حصيلة', 'إجمالي', 'مجموع', 'قيمة', 'نسبة', 'حجم', 'تكلفة', 'كلفة', 'خسائر', 'درجة', 'درجات', 'ضحايا']

/**
 * Verbs that bound a figure through a preposition or a threshold right before it, across their
 * subject: "يزيد عدد المفقودين على 10 آلاف", "لا يقل عددهم عن 40", "تخطى عدد القتلى عتبة الألف".
 */
export const LINKED_VERBS: Record<string, 'more-than' | 'less-than' | 'at-least' | 'at-most'> = {
  'يزيد': 'more-than', 'تزيد': 'more-than', 'زاد': 'more-than', 'زادت': 'more-than', 'يربو': 'more-than', 'تربو': 'more-than', 'ربا': 'more-than',
  'يقل': 'less-than', 'تقل': 'less-than', 'قل': 'less-than', 'قلت': 'less-than',
  'لا يقل': 'at-least', 'لا تقل': 'at-least', 'لم يقل': 'at-least', 'لم تقل': 'at-least',
  'لا يزيد': 'at-most', 'لا تزيد': 'at-most', 'لم يزد': 'at-most', 'لم تزد': 'at-most',
  'تجاوز': 'more-than', 'تجاوزت': 'more-than', 'يتجاوز': 'more-than', 'تتجاوز': 'more-than', 'تخطى': 'more-than', 'تخطت': 'more-than', 'يتخطى': 'more-than', 'تتخطى': 'more-than', 'تعدى': 'more-than', 'تعدت': 'more-than', 'فاق': 'more-than', 'فاقت': 'more-than', 'اجتاز': 'more-than', 'اجتازت': 'more-than', 'عبر': 'more-than', 'عبرت': 'more-than',
}
/** What links those verbs to the figure: a preposition, or a threshold ("عتبة", "حاجز", "سقف"). */
export const BOUND_LINKS = ['على', 'عن', 'عتبة', 'حاجز', 'سقف', 'عتبة ال', 'حاجز ال']

/** Verbs of change: "ارتفع من 2000 إلى 3000" gives an old and a new figure, not a range. */
export const CHANGE_VERBS = ['تدرجت', 'تدرج', 'قفزت', 'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'انخفض', 'انخفضت', 'ينخفض', 'تنخفض', 'تراجع', 'تراجعت', 'يتراجع', 'زاد', 'زادت', 'قفز', 'قفزت', 'صعد', 'صعدت', 'هبط', 'هبطت', 'تضاعف', 'تضاعفت', 'رفع', 'رفعت', 'خفض', 'خفضت', 'عدل', 'عدلت']

/** Range words: what opens a range and what joins its ends. */
export const RANGE_OPENERS: Record<string, 'between' | 'from'> = { 'بين': 'between', 'ما بين': 'between', 'من': 'from' }
// "ما بين 20 إلى 30": reports also close a range opened by "بين" with "إلى".
export const RANGE_JOINS = { between: ['و', 'إلى', 'الى', 'حتى'], from: ['إلى', 'الى', 'حتى', 'لغاية', 'ل'], bare: ['-', 'إلى', 'الى', 'أو'] }

/** Qualifiers after a figure. */
export const QUALIFIERS_AFTER: Record<string, 'about' | 'at-least' | 'at-most'> = {
  'تقريبا': 'about', 'على الأقل': 'at-least', 'على الأكثر': 'at-most', 'كحد أقصى': 'at-most', 'كحد أدنى': 'at-least', 'أو أكثر': 'at-least', 'وأكثر': 'at-least', 'فأكثر': 'at-least', 'على أقل تقدير': 'at-least',
}

/** Currencies: the word(s) and the ISO code. Longer phrases win (regional variants of a name). */
export const CURRENCIES: Record<string, string> = {
  'دولار': 'USD', 'دولارا': 'USD', 'دولارات': 'USD', 'دولار أمريكي': 'USD', 'دولار أميركي': 'USD', 'دولارات أمريكية': 'USD', 'دولار كندي': 'CAD', 'دولار أسترالي': 'AUD',
  'يورو': 'EUR', 'أورو': 'EUR',
  // Names several countries share: the country the text is about decides (ResolveCurrencies).
  'فرنك': '~franc', 'فرنكات': '~franc', 'فرنك أفريقي': 'XOF', 'فرنك إفريقي': 'XOF', 'فرنك سيفا': 'XOF', 'فرنكات أفريقية': 'XOF', 'فرنك سويسري': 'CHF', 'فرنك فرنسي': 'FRF',
  'ريال': '~riyal', 'ريالا': '~riyal', 'ريالات': '~riyal', 'ريال سعودي': 'SAR', 'ريالات سعودية': 'SAR', 'ريال قطري': 'QAR', 'ريالات قطرية': 'QAR', 'ريال عماني': 'OMR', 'ريال يمني': 'YER', 'ريال إيراني': 'IRR',
  'درهم': '~dirham', 'دراهم': '~dirham', 'درهما': '~dirham', 'درهم إماراتي': 'AED', 'درهم مغربي': 'MAD', 'دراهم مغربية': 'MAD',
  'جنيه': '~pound', 'جنيها': '~pound', 'جنيهات': '~pound', 'جنيه مصري': 'EGP', 'جنيهات مصرية': 'EGP', 'ج.م': 'EGP', 'جنيه إسترليني': 'GBP', 'جنيه استرليني': 'GBP', 'جنيهات إسترلينية': 'GBP', 'جنيهات استرلينية': 'GBP', 'جنيه سوداني': 'SDG', 'جنيهات سودانية': 'SDG',
  'دينار': '~dinar', 'دينارا': '~dinar', 'دنانير': '~dinar', 'دينار كويتي': 'KWD', 'دينار أردني': 'JOD', 'دنانير أردنية': 'JOD', 'دينار جزائري': 'DZD', 'دينار عراقي': 'IQD', 'دينار ليبي': 'LYD', 'دنانير ليبية': 'LYD', 'دينار تونسي': 'TND', 'دينار بحريني': 'BHD',
  'روبل': 'RUB', 'روبلات': 'RUB',
  'ليرة': '~lira', 'ليرات': '~lira', 'ليرة تركية': 'TRY', 'ليرة لبنانية': 'LBP', 'ليرات لبنانية': 'LBP', 'ليرة سورية': 'SYP',
  'شيقل': 'ILS', 'شيكل': 'ILS', 'شواقل': 'ILS', 'يوان': 'CNY', 'ين': 'JPY', 'روبية': 'INR',
  'سنت': 'USD-cent', 'سنتات': 'USD-cent', 'سينت': 'USD-cent', 'سينتات': 'USD-cent',
  'usd': 'USD', 'eur': 'EUR', 'kwd': 'KWD', 'lbp': 'LBP', 'egp': 'EGP', 'qar': 'QAR', 'sar': 'SAR', 'aed': 'AED', 'xof': 'XOF', 'gbp': 'GBP', 'lyd': 'LYD', 'mad': 'MAD', 'sdg': 'SDG',
}

/** Places and the currency used there, to settle a bare "دينار" or "ليرة". */
export const PLACE_CURRENCIES: Record<string, string> = {
  'ليبيا': 'LYD', 'ليبي': 'LYD', 'ليبية': 'LYD', 'الليبي': 'LYD', 'الليبية': 'LYD', 'طرابلس': 'LYD', 'بنغازي': 'LYD', 'درنة': 'LYD',
  'لبنان': 'LBP', 'اللبناني': 'LBP', 'اللبنانية': 'LBP', 'بيروت': 'LBP',
  'سوريا': 'SYP', 'سورية': 'SYP', 'دمشق': 'SYP', 'تركيا': 'TRY', 'أنقرة': 'TRY', 'إسطنبول': 'TRY',
  'السودان': 'SDG', 'السوداني': 'SDG', 'السودانية': 'SDG', 'الخرطوم': 'SDG', 'دارفور': 'SDG', 'الفاشر': 'SDG', 'مصر': 'EGP', 'المصري': 'EGP', 'المصرية': 'EGP', 'القاهرة': 'EGP',
  'المغرب': 'MAD', 'المغربي': 'MAD', 'المغربية': 'MAD', 'الرباط': 'MAD', 'مراكش': 'MAD', 'الحوز': 'MAD', 'الإمارات': 'AED', 'الإماراتي': 'AED', 'الإماراتية': 'AED', 'دبي': 'AED', 'أبوظبي': 'AED',
  'الجزائر': 'DZD', 'الجزائري': 'DZD', 'الجزائرية': 'DZD', 'تونس': 'TND', 'التونسي': 'TND', 'التونسية': 'TND', 'الأردن': 'JOD', 'الأردني': 'JOD', 'الأردنية': 'JOD', 'عمّان': 'JOD',
  'الكويت': 'KWD', 'الكويتي': 'KWD', 'العراق': 'IQD', 'العراقي': 'IQD', 'بغداد': 'IQD', 'البحرين': 'BHD',
  'السعودية': 'SAR', 'السعودي': 'SAR', 'الرياض': 'SAR', 'قطر': 'QAR', 'القطري': 'QAR', 'الدوحة': 'QAR', 'سلطنة عمان': 'OMR', 'اليمن': 'YER', 'إيران': 'IRR',
  'النيجر': 'XOF', 'نيامي': 'XOF', 'مالي': 'XOF', 'باماكو': 'XOF', 'بوركينا فاسو': 'XOF', 'السنغال': 'XOF', 'ساحل العاج': 'XOF', 'تشاد': 'XAF', 'الكاميرون': 'XAF', 'سويسرا': 'CHF',
  'بريطانيا': 'GBP', 'لندن': 'GBP', 'البريطاني': 'GBP', 'البريطانية': 'GBP',
}

export const CURRENCY_SYMBOLS: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP', '¢': 'USD-cent', 'c': 'USD-cent' }

export const PERCENT_WORDS = ['%', 'بالمائة', 'بالمئة', 'بالمية', 'في المائة', 'في المئة', 'بالماية', 'نقطة مئوية', 'نقاط مئوية', 'نقطة مئوية واحدة']

/** Measures: kind count, with this unit. */
export const MEASURES: Record<string, string> = {
  'كيلومتر': 'km', 'كيلومترا': 'km', 'كيلومترات': 'km', 'كلم': 'km', 'كم': 'km', 'km': 'km',
  'متر': 'm', 'مترا': 'm', 'أمتار': 'm', 'متر مكعب': 'm3', 'مترا مكعبا': 'm3', 'أمتار مكعبة': 'm3', 'متر مربع': 'm2', 'كيلومتر مربع': 'km2', 'كيلومترا مربعا': 'km2', 'كيلومترات مربعة': 'km2', 'كلم مربع': 'km2', 'كلم2': 'km2',
  'ميل': 'mi', 'ميلا': 'mi', 'أميال': 'mi', 'ميل بحري': 'nmi', 'ميلا بحريا': 'nmi', 'أميال بحرية': 'nmi', 'عقدة بحرية': 'knot', 'قدم': 'ft', 'أقدام': 'ft',
  // An earthquake's magnitude ("6.8 درجات على مقياس ريختر"); "درجة مئوية" is a temperature.
  'درجة': 'magnitude', 'درجات': 'magnitude', 'درجة مئوية': '°C', 'درجات مئوية': '°C',
  'طن': 'tonne', 'طنا': 'tonne', 'أطنان': 'tonne', 'كيلوغرام': 'kg', 'كيلوغراما': 'kg', 'كيلوجرام': 'kg', 'كغ': 'kg', 'كلغ': 'kg', 'kg': 'kg',
  'غرام': 'g', 'جرام': 'g', 'غراما': 'g', 'أونصة': 'ounce', 'أوقية': 'ounce', 'برميل': 'barrel', 'براميل': 'barrel', 'هكتار': 'ha', 'هكتارا': 'ha',
  'مليمتر': 'mm', 'مليمترا': 'mm', 'مليمترات': 'mm', 'ملليمتر': 'mm', 'ملم': 'mm', 'مم': 'mm', 'سنتيمتر': 'cm', 'سنتيمترا': 'cm', 'سنتيمترات': 'cm', 'سم': 'cm', 'بوصة': 'in', 'بوصات': 'in', 'بوصتين': 'in', 'بوصتان': 'in', 'إنش': 'in', 'إنشات': 'in',
  'ميغاواط': 'MW', 'ميجاوات': 'MW', 'ميغاوات': 'MW', 'غيغاواط': 'GW', 'جيجاوات': 'GW', 'غيغاوات': 'GW', 'جيغاواط': 'GW', 'كيلوواط': 'kW',
  // The Egyptian and Sudanese measure of land (4,200 m²), which Arabic outlets also give for acres.
  'فدان': 'feddan', 'فدانا': 'feddan', 'أفدنة': 'feddan', 'فدادين': 'feddan', 'لتر': 'L', 'لترا': 'L', 'لترات': 'L', 'ليتر': 'L', 'ليترا': 'L', 'ليترات': 'L',
}

/** Time units for durations (singular, dual, plural) and their canonical unit. */
export const TIME_UNITS: Record<string, { unit: string; dual?: boolean; plural?: boolean; factor?: number }> = {
  'ثانية': { unit: 'second' }, 'ثوان': { unit: 'second', plural: true }, 'ثواني': { unit: 'second', plural: true }, 'ثانيتين': { unit: 'second', dual: true }, 'ثانيتان': { unit: 'second', dual: true },
  'دقيقة': { unit: 'minute' }, 'دقائق': { unit: 'minute', plural: true }, 'دقيقتين': { unit: 'minute', dual: true }, 'دقيقتان': { unit: 'minute', dual: true },
  'ساعة': { unit: 'hour' }, 'ساعات': { unit: 'hour', plural: true }, 'ساعتين': { unit: 'hour', dual: true }, 'ساعتان': { unit: 'hour', dual: true },
  'يوم': { unit: 'day' }, 'يوما': { unit: 'day' }, 'أيام': { unit: 'day', plural: true }, 'أياما': { unit: 'day', plural: true }, 'يومين': { unit: 'day', dual: true }, 'يومان': { unit: 'day', dual: true },
  'أسبوع': { unit: 'week' }, 'أسبوعا': { unit: 'week' }, 'أسابيع': { unit: 'week', plural: true }, 'أسبوعين': { unit: 'week', dual: true }, 'أسبوعان': { unit: 'week', dual: true },
  'شهر': { unit: 'month' }, 'شهرا': { unit: 'month' }, 'أشهر': { unit: 'month', plural: true }, 'شهور': { unit: 'month', plural: true }, 'شهرين': { unit: 'month', dual: true }, 'شهران': { unit: 'month', dual: true },
  'سنة': { unit: 'year' }, 'سنوات': { unit: 'year', plural: true }, 'سنين': { unit: 'year', plural: true }, 'سنتين': { unit: 'year', dual: true }, 'سنتان': { unit: 'year', dual: true },
  'عام': { unit: 'year' }, 'عاما': { unit: 'year' }, 'أعوام': { unit: 'year', plural: true }, 'عامين': { unit: 'year', dual: true }, 'عامان': { unit: 'year', dual: true },
  // Long units count years: a decade is 10, a century 100 ("عقدين" 20 years, "نصف قرن" 50).
  'عقد': { unit: 'year', factor: 10 }, 'عقدا': { unit: 'year', factor: 10 }, 'قرنا': { unit: 'year', factor: 100 }, 'عقود': { unit: 'year', factor: 10, plural: true }, 'عقدين': { unit: 'year', factor: 10, dual: true }, 'عقدان': { unit: 'year', factor: 10, dual: true },
  'قرن': { unit: 'year', factor: 100 }, 'قرون': { unit: 'year', factor: 100, plural: true }, 'قرنين': { unit: 'year', factor: 100, dual: true }, 'قرنان': { unit: 'year', factor: 100, dual: true },
}

/** Rates: words after an amount that make it per time or per unit. */
export const PER: Record<string, string> = {
  'شهريا': 'month', 'سنويا': 'year', 'يوميا': 'day', 'أسبوعيا': 'week', 'في الشهر': 'month', 'في السنة': 'year', 'في العام': 'year', 'في اليوم': 'day', 'في الساعة': 'hour', 'بالساعة': 'hour', '/ساعة': 'hour', 'كل شهر': 'month', 'كل عام': 'year', 'كل سنة': 'year', 'كل يوم': 'day', 'عن كل يوم': 'day', 'لكل يوم': 'day',
  'للأونصة': 'ounce', 'للأوقية': 'ounce', 'للبرميل': 'barrel', 'للطن': 'tonne', 'للغرام': 'g', 'للجرام': 'g', 'للكيلوغرام': 'kg', 'للسهم': 'share', 'للفرد': 'person', 'للشخص': 'person',
}

/** Month names of every regional series, to month numbers. */
export const MONTHS: Record<string, number> = {
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'أبريل': 4, 'إبريل': 4, 'ابريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6, 'يوليو': 7, 'يوليه': 7, 'يوليوز': 7, 'أغسطس': 8, 'اغسطس': 8, 'أغشت': 8, 'غشت': 8, 'سبتمبر': 9, 'شتنبر': 9, 'أكتوبر': 10, 'نوفمبر': 11, 'نونبر': 11, 'ديسمبر': 12, 'دجنبر': 12,
  'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'نيسان': 4, 'أيار': 5, 'حزيران': 6, 'تموز': 7, 'آب': 8, 'أيلول': 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
  'جانفي': 1, 'فيفري': 2, 'أفريل': 4, 'ماي': 5, 'جوان': 6, 'جويلية': 7, 'أوت': 8,
}
/** Month names that are also everyday words: taken as months only next to a day, a year or a paired name. */
export const WEAK_MONTHS = ['آب', 'ماي', 'تموز']

export const WEEKDAYS: Record<string, number> = { 'الأحد': 0, 'الاثنين': 1, 'الإثنين': 1, 'الثلاثاء': 2, 'الأربعاء': 3, 'الخميس': 4, 'الجمعة': 5, 'السبت': 6 }

/** Ordinal day words ("الأول من يوليو"), masculine, with ال. */
export const ORDINAL_DAYS: Record<string, number> = {
  'الأول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6, 'السابع': 7, 'الثامن': 8, 'التاسع': 9, 'العاشر': 10,
  'الحادي عشر': 11, 'الثاني عشر': 12, 'الثالث عشر': 13, 'الرابع عشر': 14, 'الخامس عشر': 15, 'السادس عشر': 16, 'السابع عشر': 17, 'الثامن عشر': 18, 'التاسع عشر': 19,
  'العشرين': 20, 'الحادي والعشرين': 21, 'الثاني والعشرين': 22, 'الثالث والعشرين': 23, 'الرابع والعشرين': 24, 'الخامس والعشرين': 25, 'السادس والعشرين': 26, 'السابع والعشرين': 27, 'الثامن والعشرين': 28, 'التاسع والعشرين': 29,
  'الثلاثين': 30, 'الحادي والثلاثين': 31,
}

/** Decades as words ("الستينيات" → the 1960s). */
export const DECADES: Record<string, number> = { 'العشرينيات': 1920, 'الثلاثينيات': 1930, 'الأربعينيات': 1940, 'الخمسينيات': 1950, 'الستينيات': 1960, 'السبعينيات': 1970, 'الثمانينيات': 1980, 'التسعينيات': 1990,
  // The shorter spelling many outlets print: "الثلاثينات".
  'العشرينات': 1920, 'الثلاثينات': 1930, 'الأربعينات': 1940, 'الخمسينات': 1950, 'الستينات': 1960, 'السبعينات': 1970, 'الثمانينات': 1980, 'التسعينات': 1990 }
/** Words after a decade ("من العمر", "من أعمارهم") that make it someone's age: "في العشرينيات من أعمارهم" is 20–29 years. */
export const AGE_OF = ['العمر', 'عمره', 'عمرها', 'عمرهم', 'عمرهن', 'أعمارهم', 'أعمارهن', 'اعمارهم']

/** Parts of a month or a year. */
export const PERIOD_PARTS: Record<string, 'early' | 'mid' | 'late'> = {
  'بداية': 'early', 'بدايات': 'early', 'مطلع': 'early', 'أوائل': 'early', 'مستهل': 'early', 'أول': 'early',
  'منتصف': 'mid', 'أواسط': 'mid', 'وسط': 'mid',
  'أواخر': 'late', 'نهاية': 'late', 'نهايات': 'late', 'آخر': 'late', 'خواتيم': 'late',
}

/** Seasons ("ربيع عام 2024", "الصيف الماضي"). */
export const SEASONS: Record<string, 'spring' | 'summer' | 'autumn' | 'winter'> = { 'ربيع': 'spring', 'صيف': 'summer', 'خريف': 'autumn', 'شتاء': 'winter' }

/** Words that introduce a year ("عام 2022"). */
export const YEAR_WORDS = ['عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي']
/** Prepositions kept in a date's span: they change what the date claims. */
export const DATE_PREPOSITIONS = ['منذ', 'بحلول', 'حتى', 'قبل', 'بعد', 'اعتبارا من', 'ابتداء من', 'بدءا من', 'قبل حلول', 'مع حلول', 'حتى حلول']

/** Relative date phrases, resolved against the publication day. */
/** A day counted from the last day the text gave ("اليوم التالي"), not from publication. */
export const ANAPHORIC_DAYS: Record<string, number> = {
  'اليوم السابق': -1, 'اليوم الذي سبقه': -1, 'اليوم الذي قبله': -1, 'عشية ذلك اليوم': -1,
  'اليوم التالي': 1, 'اليوم الموالي': 1, 'اليوم اللاحق': 1, 'اليوم الذي تلاه': 1, 'صباح اليوم التالي': 1, 'مساء اليوم التالي': 1,
}
/** Words after "اليوم التالي" that open the event it is counted from ("على الكارثة"; "للانفجار" is read by its prefix). */
export const ANAPHORIC_EVENT_OPENERS = ['على', 'من']
export const RELATIVE: Record<string, { unit: 'day' | 'week' | 'month' | 'year'; offset: number }> = {
  'الأسبوع الماضي': { unit: 'week', offset: -1 }, 'الأسبوع المقبل': { unit: 'week', offset: 1 }, 'الأسبوع الجاري': { unit: 'week', offset: 0 }, 'هذا الأسبوع': { unit: 'week', offset: 0 },
  'الشهر الماضي': { unit: 'month', offset: -1 }, 'الشهر المقبل': { unit: 'month', offset: 1 }, 'الشهر الجاري': { unit: 'month', offset: 0 }, 'هذا الشهر': { unit: 'month', offset: 0 },
  'العام الماضي': { unit: 'year', offset: -1 }, 'السنة الماضية': { unit: 'year', offset: -1 }, 'العام المقبل': { unit: 'year', offset: 1 }, 'العام القادم': { unit: 'year', offset: 1 }, 'السنة المقبلة': { unit: 'year', offset: 1 },
  'العام الجاري': { unit: 'year', offset: 0 }, 'هذا العام': { unit: 'year', offset: 0 }, 'العام الحالي': { unit: 'year', offset: 0 },
  'السنة الحالية': { unit: 'year', offset: 0 }, 'السنة الجارية': { unit: 'year', offset: 0 }, 'هذه السنة': { unit: 'year', offset: 0 }, 'الشهر الحالي': { unit: 'month', offset: 0 },
  'الأسبوع الفائت': { unit: 'week', offset: -1 }, 'الشهر الفائت': { unit: 'month', offset: -1 }, 'العام الفائت': { unit: 'year', offset: -1 }, 'العام المنصرم': { unit: 'year', offset: -1 }, 'الشهر المنصرم': { unit: 'month', offset: -1 },
}

/** Days named from the publication day; "اليوم" is today when it is not "nowadays" (see ARDayParser). */
export const DAY_WORDS: Record<string, number> = { 'اليوم': 0, 'أمس': -1, 'الأمس': -1, 'البارحة': -1, 'أول أمس': -2, 'أول من أمس': -2, 'غدا': 1, 'غد': 1, 'بعد غد': 2 }

/** Times of day before a day: part of the date's span ("مساء الثلاثاء", "فجر اليوم"). */
export const TIMES_OF_DAY = ['مساء', 'صباح', 'فجر', 'ظهر', 'بعد ظهر', 'عصر', 'ليل', 'ليلة', 'ضحى', 'ظهيرة', 'منتصف ليل', 'منتصف ليلة', 'صبيحة', 'مطلع فجر', 'قبيل فجر']

/**
 * Nouns whose dual form means "two of them". Feminine stems take تان/تين (their plural is ات, so the
 * dual is unambiguous); masculine ones are listed only where the plural is broken, so ين is a dual too.
 */
export const DUAL_NOUNS_F = ['طائرة', 'مروحية', 'منظمة', 'جماعة', 'مجموعة', 'دولة', 'مدينة', 'شاحنة', 'سفينة', 'دبابة', 'مركبة', 'قاعدة', 'شركة', 'عملية', 'هجمة', 'رهينة', 'قرية', 'مسيرة', 'قذيفة', 'كتيبة', 'فرقة', 'بعثة', 'حالة', 'جولة', 'صفقة', 'سيارة', 'مواطنة', 'رحلة',
  'غارة', 'ضربة', 'منطقة', 'محافظة', 'ولاية', 'بلدة', 'جثة', 'فتاة', 'طفلة', 'عائلة', 'أسرة', 'بناية', 'عمارة', 'باخرة', 'وزارة', 'وكالة', 'جهة', 'قنبلة', 'رصاصة', 'دورية', 'مبادرة', 'حكومة', 'لجنة', 'جامعة', 'مدرسة', 'كنيسة', 'مقبرة', 'ضحية',
  'موجة', 'مرحلة', 'دفعة', 'شحنة', 'حادثة', 'مجزرة', 'سلسلة',
  // Weapons, vehicles and sites a report counts, and women a report counts among the victims.
  'بندقية', 'عبوة', 'حافلة', 'مقاتلة', 'غواصة', 'فرقاطة', 'ناقلة', 'سفارة', 'منشأة', 'محطة', 'قافلة', 'شقة', 'سيدة', 'امرأة', 'صحفية', 'طبيبة', 'ممرضة', 'مسعفة', 'قتيلة', 'جريحة',
  // Deaths and injuries a toll counts one by one ("سُجّلت وفاتان", "إصابتين جديدتين"), and carriages.
  'وفاة', 'إصابة', 'عربة']
export const DUAL_NOUNS_M = ['مصدر', 'جندي', 'ضابط', 'شخص', 'رجل', 'طفل', 'صاروخ', 'هجوم', 'انفجار', 'رهين', 'خبير', 'قتيل', 'جريح', 'حزب', 'فصيل', 'اتفاق', 'مركز', 'معسكر', 'مطار', 'ميناء', 'مشروع', 'سجين', 'زعيم', 'قائد', 'بلد',
  'سد', 'مدخل', 'مخرج', 'انقلاب', 'منزل', 'بيت', 'جسر', 'طريق', 'شاب', 'ابن', 'شقيق', 'زلزال', 'إعصار', 'قارب', 'زورق', 'مركب', 'سجن', 'موقع', 'حي', 'اجتماع', 'تقرير', 'قرار', 'بيان', 'وزير', 'نائب', 'سفير', 'مستشفى', 'مخيم', 'معبر', 'مبنى', 'شهيد', 'ناجي', 'بحار',
  'طبيب', 'حاج', 'مسدس', 'مدفع', 'لغم', 'مسجد', 'فندق', 'مصنع', 'حريق',
  // People and things with a broken plural, so their "ين" form is only a dual ("راكبين", "قطارين").
  'راكب', 'سائح', 'أجنبي', 'قطار', 'مطار', 'برج']
/** Masculine nouns with a sound plural in ين: only their nominative dual in ان is unambiguous. */
export const DUAL_NOUNS_M_SOUND = ['مواطن', 'مقاتل', 'عسكري', 'مدني', 'موظف', 'صحفي', 'مسؤول', 'مستشار', 'مراقب', 'مهاجر', 'لاجئ', 'ناشط', 'مسعف', 'عامل', 'مزارع', 'مدرس', 'معلم', 'ممرض', 'مفقود', 'متهم', 'مشتبه',
  'دبلوماسي', 'إعلامي', 'مصور', 'مسلح', 'مهندس', 'رياضي', 'مهاجم', 'انتحاري', 'شرطي', 'مصاب',
  // Trades of the form فعّال: written without the shadda they look like فِعال nouns ("حزام", "سلاح"),
  // whose plural is broken, but their plural is sound ("طيّارين": pilots).
  'طيار', 'صياد', 'نجار', 'رسام', 'خباز', 'طباخ', 'فلاح', 'جزار', 'قناص', 'جراح', 'فنان', 'حلاق', 'سباح', 'صراف', 'حمال', 'دهان',
  // Nationalities: "مصريان" (two Egyptians); their "ين" form is also the plural.
  'مصري', 'سوري', 'لبناني', 'ليبي', 'سوداني', 'مغربي', 'تونسي', 'جزائري', 'أردني', 'عراقي', 'فلسطيني', 'يمني', 'سعودي', 'قطري', 'إماراتي', 'كويتي', 'بحريني', 'عماني', 'تركي', 'إيراني',
  'باكستاني', 'أفغاني', 'هندي', 'بنغالي', 'فرنسي', 'أمريكي', 'أميركي', 'بريطاني', 'ألماني', 'إيطالي', 'إسباني', 'روسي', 'صيني', 'ياباني', 'يوناني', 'نيجري', 'مالي', 'تشادي', 'إريتري', 'إثيوبي', 'صومالي', 'سنغالي', 'موريتاني', 'إسرائيلي', 'أوكراني']
/** Nouns whose "ان" form is also a broken plural ("بلدان": two countries, or countries): a dual only with a dual adjective or "اثنان" after it. */
export const DUAL_AMBIGUOUS = ['بلد']

/** Nouns whose number reports dispute: their definite dual is a count where it first tells it ("انهار السدّان"). */
export const DUAL_COUNTED = ['طائرة', 'مروحية', 'مسيرة', 'رهينة', 'رهين', 'سد', 'جندي', 'ضابط', 'شخص', 'رجل', 'طفل', 'طفلة', 'فتاة', 'صاروخ', 'قذيفة',
  'قنبلة', 'دبابة', 'مركبة', 'شاحنة', 'سفينة', 'باخرة', 'قارب', 'زورق', 'مركب', 'جثة', 'قتيل', 'جريح', 'سجين', 'شهيد', 'ضحية', 'ناجي', 'بحار', 'صياد']

/** Construct-state duals ("طائرتي هليكوبتر"): only for equipment nouns, never before names. */
export const DUAL_CONSTRUCT_OK = ['طائرة', 'مروحية', 'سفينة', 'دبابة', 'مركبة', 'شاحنة', 'عربة', 'حافلة', 'محطة']
/**
 * Masculine construct duals ("قطاري ركاب", "سدّي المدينة", nominative "سدّا وادي درنة"): only nouns
 * whose plural is broken, so that their "ي" form is no plural in construct, and whose "ي" form is
 * no common adjective (not "صاروخي", "مركزي", "شخصي").
 */
export const DUAL_CONSTRUCT_M = ['قطار', 'سد', 'جسر', 'مطار', 'معبر', 'مخيم', 'برج']

/** Heads of names that end in a number ("القاعدة الجوية 101", "قرار رقم 2719"). */
export const NAME_HEADS = ['القاعدة', 'الجوية', 'رقم', 'صفحة', 'الصفحة', 'العدد', 'اللواء', 'الفرقة', 'الكتيبة', 'المادة', 'القرار', 'الطريق', 'الفصل', 'البند', 'الرحلة', 'الطراز', 'طراز', 'موديل', 'إصدار', 'نسخة', 'الحافلة', 'القطاع',
  // Aircraft makers before a model's number: "بوينغ 787", "إيرباص 320".
  'بوينغ', 'بوينج', 'إيرباص', 'إيرباس', 'أنتونوف', 'إليوشن', 'سوخوي', 'توبوليف', 'إمبراير',
  // Page furniture: "رمز الخبر: 1619", "المشاهدات: 245".
  'رمز', 'كود', 'المشاهدات', 'مشاهدات', 'القراءات', 'قراءات', 'التعليقات']

/** Latin letters spelt out in Arabic: a number after them is a model name ("تي بي 2"). */
export const LETTER_NAMES = ['تي', 'بي', 'سي', 'دي', 'إف', 'جي', 'كي', 'إم', 'آر', 'إس', 'يو', 'إكس', 'زد', 'إتش']

/** Words that end a counted noun phrase. */
export const STOPWORDS = ['في', 'على', 'إلى', 'الى', 'عن', 'مع', 'من', 'منذ', 'خلال', 'التي', 'الذي', 'الذين', 'اللتين', 'و', 'أو', 'ثم', 'بعد', 'قبل', 'حتى', 'إذ', 'حيث', 'كما', 'لكن', 'إن', 'أن', 'قد', 'لا', 'لم', 'لن', 'ما', 'هذه', 'هذا', 'تلك', 'ذلك', 'بين', 'عند', 'عبر', 'نحو', 'ضد', 'دون', 'تحت', 'فوق', 'لدى', 'أي', 'كل', 'بعض', 'غير', 'أيضا', 'فقط', 'تقريبا', 'حاليا', 'الآن', 'اليوم', 'سابقا', 'لاحقا']

/** Words between the two parts of a duration in two units ("ثلاث ساعات و20 دقيقة"), and the range openers that rule one out. */
export const DURATION_JOINS = { joins: ['و', '،', ','], notAfter: ['بين', 'وبين'] }
/** Words that tie a bare scaled amount to the money figure before it in its sentence, whose currency it takes ("800 مليون يورو، منها 200 مليون"). */
export const CURRENCY_LINKS = ['منها', 'بينها', 'من بينها', 'ثم', 'أي']

/** End-bound prepositions among the kept ones: a yearless day a few days after the publication day is the coming one ("until"). */
export const UNTIL_PREPOSITIONS = ['حتى', 'لغاية', 'حتى حلول']

/** Ages as ordinals, feminine as "سنة" makes them ("في الخامسة عشرة من عمره", "لم يتجاوز السابعة"). */
const AGE_UNITS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة']
const AGE_TENS = ['العشرين', 'الثلاثين', 'الأربعين', 'الخمسين', 'الستين', 'السبعين', 'الثمانين', 'التسعين']
export const AGE_ORDINALS: Record<string, number> = Object.fromEntries([
  ...AGE_UNITS.map((w, k) => [w, k + 1]), ['العاشرة', 10], ['الحادية عشرة', 11],
  ...AGE_UNITS.slice(1).map((w, k) => [`${w} عشرة`, k + 12]),
  ...AGE_TENS.map((w, k) => [w, 10 * (k + 2)]),
  ...AGE_TENS.flatMap((t, k) => [['الحادية', 1], ...AGE_UNITS.slice(1).map((w, u) => [w, u + 2])].map(([w, u]) => [`${w} و${t}`, 10 * (k + 2) + (u as number)])),
])
/** Words after an ordinal that make it an age ("من عمره", "من العمر"), and words before it ("في سن", "يبلغ"). */
export const AGE_AFTER = ['من عمره', 'من عمرها', 'من عمرهم', 'من عمرهما', 'من العمر']
export const AGE_BEFORE = ['سن', 'عمره', 'عمرها', 'يبلغ', 'تبلغ', 'بلغ', 'بلغت', 'يتجاوز', 'تتجاوز', 'تجاوز', 'تجاوزت', 'يناهز', 'تناهز', 'ناهز', 'ناهزت']

/** "يوماً ما" is someday, not a day's length. */
export const SOMEDAY = ['يوما', 'يوم']
export const SOMEDAY_MARKERS = ['ما']
/** A vague distance that places the narrative ("على بعد بضعة أمتار"). */
export const NARRATIVE_DISTANCE_UNITS = ['m', 'km', 'ft', 'mi', 'nmi']
export const NARRATIVE_DISTANCE_BEFORE = ['على بعد', 'بعد', 'مسافة']
export const NARRATIVE_DISTANCE_AFTER = ['من هناك', 'من المكان', 'فقط']
/** Pieces of text the article is cut into ("الفيضانات في خمسة أرقام", "خمسة أشياء يجب معرفتها"). */
export const TEXT_UNIT_NOUNS = ['أرقام', 'صور', 'نقاط', 'أسئلة', 'محطات', 'مشاهد', 'حقائق', 'كلمات', 'خرائط', 'رسوم', 'أشياء', 'تواريخ', 'معلومات']
export const TEXT_UNIT_BEFORE = ['في']
export const TEXT_UNIT_AFTER = ['يجب', 'ينبغي', 'عليك', 'تلخص', 'تختصر', 'عن']
/** A figure the text denies ("عشرات الضحايا وليس آلاف", "300 لا 3000"). */
// Not "بدلا من": the figure a correction replaces is still one a source gave.
export const DENIALS = ['ليس', 'ليست', 'لا', 'وليس']
export const DENIAL_BETWEEN = ['من']
/** After a denied figure, words that say someone stated it ("وليس 200 كما أعلن سابقاً"): it stays. */
export const DENIAL_CLAIMED = ['كما أعلن', 'كما أعلنت', 'كما ذكر', 'كما ذكرت', 'كما أفاد', 'كما أفادت', 'كما قيل', 'كما أشيع', 'كما تردد']
/** Ordinal adjectives after a fraction of a year: "الربع الأول", "النصف الثاني", "الثلث الأخير" name a period, not a share. */
export const PERIOD_ORDINALS: Record<string, number> = {
  'الأول': 1, 'الاول': 1, 'الأولى': 1, 'الثاني': 2, 'الثانية': 2, 'الثالث': 3, 'الثالثة': 3, 'الرابع': 4, 'الرابعة': 4, 'الأخير': -1, 'الأخيرة': -1,
}
/** A verb of reaching written as the result of a change: "ارتفع عدد الضحايا ليصل إلى 6 آلاف" states the level reached, not a ceiling ("قد يصل إلى" stays one). */
export const RESULT_VERBS = ['ليصل إلى', 'لتصل إلى', 'ليبلغ', 'لتبلغ', 'ليصل الى', 'لتصل الى']
