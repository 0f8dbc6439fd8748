// English word lists, written as a reader spells them; lexicon.ts folds them once at load.
import type { NumberWord, TimeUnit, VagueAmount } from '../../common/latin/lexicon'

const unit = (value: number): NumberWord => ({ value, kind: 'unit' })
const ten = (value: number): NumberWord => ({ value, kind: 'ten' })

export const NUMBER_WORDS: Record<string, NumberWord> = {
  one: unit(1), two: unit(2), three: unit(3), four: unit(4), five: unit(5), six: unit(6), seven: unit(7), eight: unit(8), nine: unit(9),
  ten: unit(10), eleven: unit(11), twelve: unit(12), thirteen: unit(13), fourteen: unit(14), fifteen: unit(15), sixteen: unit(16),
  seventeen: unit(17), eighteen: unit(18), nineteen: unit(19),
  twenty: ten(20), thirty: ten(30), forty: ten(40), fifty: ten(50), sixty: ten(60), seventy: ten(70), eighty: ten(80), ninety: ten(90),
  hundred: { value: 100, kind: 'hundred' }, dozen: { value: 12, kind: 'hundred' },
  thousand: { value: 1e3, kind: 'scale' }, million: { value: 1e6, kind: 'scale' }, billion: { value: 1e9, kind: 'scale' }, trillion: { value: 1e12, kind: 'scale' },
  a: { value: 1, kind: 'article' }, an: { value: 1, kind: 'article' },
}
export const NUMBER_JOIN = ['and']
export const HALF: Record<string, number> = { 'and a half': 0.5, 'and one half': 0.5, 'and a quarter': 0.25, 'and three quarters': 0.75 }
export const SCALE_FRACTIONS: Record<string, number> = { 'a quarter of an': 0.25, 'three quarters of an': 0.75, 'quarter of a': 0.25, 'half a': 0.5, 'half an': 0.5, 'a quarter of a': 0.25, 'three quarters of a': 0.75, 'a third of a': 1 / 3 }

/** Scale words after digits; "m" and "k" only with a currency ("$10m"), where they cannot be metres. */
export const DIGIT_SCALES: Record<string, { value: number; moneyOnly?: boolean }> = {
  thousand: { value: 1e3 }, million: { value: 1e6 }, billion: { value: 1e9 }, trillion: { value: 1e12 },
  mn: { value: 1e6 }, bn: { value: 1e9 }, b: { value: 1e9, moneyOnly: true }, tn: { value: 1e12, moneyOnly: true },
  m: { value: 1e6, moneyOnly: true }, k: { value: 1e3, moneyOnly: true },
  // The Indian press counts in lakhs (100,000) and crores (10 million): "Rs 15.6 crore", "5 lakh people".
  lakh: { value: 1e5 }, lakhs: { value: 1e5 }, crore: { value: 1e7 }, crores: { value: 1e7 },
}

export const CURRENCY_BEFORE: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', 'us $': 'USD', 'usd': 'USD', '€': 'EUR', 'eur': 'EUR', '£': 'GBP', 'gbp': 'GBP', 'dh': 'AED', 'dhs': 'AED', 'e£': 'EGP', 'sr': 'SAR', 'qr': 'QAR', 'cfa': 'XOF',
  rs: 'INR', 'rs.': 'INR', '₹': 'INR', inr: 'INR',
}
/** Abbreviations that are a scale and a currency at once (Moroccan "MDH", "MMDH"). */
export const SCALED_CURRENCIES: Record<string, { scale: number; code: string }> = {}
export const CURRENCY_AFTER: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', usd: 'USD',
  euro: 'EUR', euros: 'EUR', eur: 'EUR',
  'pounds sterling': 'GBP', 'british pounds': 'GBP', sterling: 'GBP', gbp: 'GBP',
  'lebanese pounds': 'LBP', 'lebanese pound': 'LBP', 'egyptian pounds': 'EGP', 'sudanese pounds': 'SDG', 'syrian pounds': 'SYP',
  'cfa francs': 'XOF', 'cfa franc': 'XOF', 'francs cfa': 'XOF', 'swiss francs': 'CHF', 'guinean francs': 'GNF', 'guinean franc': 'GNF', gnf: 'GNF', chf: 'CHF', nairas: 'NGN',
  'libyan dinars': 'LYD', 'libyan dinar': 'LYD', 'algerian dinars': 'DZD', 'tunisian dinars': 'TND', 'iraqi dinars': 'IQD', 'jordanian dinars': 'JOD', 'kuwaiti dinars': 'KWD',
  'moroccan dirhams': 'MAD', 'moroccan dirham': 'MAD', 'uae dirhams': 'AED', 'emirati dirhams': 'AED',
  'saudi riyals': 'SAR', 'qatari riyals': 'QAR', rubles: 'RUB', roubles: 'RUB', yuan: 'CNY', yen: 'JPY', 'turkish lira': 'TRY', 'lebanese lira': 'LBP', 'syrian lira': 'SYP',
  // Names several countries share: the country the text is about decides (common/currencies.ts).
  dinar: '~dinar', dinars: '~dinar', dirham: '~dirham', dirhams: '~dirham', riyal: '~riyal', riyals: '~riyal', lira: '~lira', francs: '~franc', franc: '~franc',
  pound: '~livre', pounds: '~livre',
  // Brazil's real in its Portuguese plural, as reports write it (the platform gives only "reals").
  reais: '~real', reals: '~real',
  'naira': 'NGN', 'rand': 'ZAR', 'shekels': 'ILS', rupees: 'INR', rupee: 'INR', 'indian rupees': 'INR', inr: 'INR',
}
/** Places and the currency used there, to settle a bare "dinars" or "dirhams". */
export const PLACE_CURRENCIES: Record<string, string> = {
  guinea: 'GNF', guinean: 'GNF', conakry: 'GNF',
  libya: 'LYD', libyan: 'LYD', tripoli: 'LYD', benghazi: 'LYD', derna: 'LYD', lebanon: 'LBP', lebanese: 'LBP', beirut: 'LBP', syria: 'SYP', syrian: 'SYP', damascus: 'SYP', turkey: 'TRY', turkish: 'TRY', ankara: 'TRY', istanbul: 'TRY',
  sudan: 'SDG', sudanese: 'SDG', khartoum: 'SDG', darfur: 'SDG', egypt: 'EGP', egyptian: 'EGP', cairo: 'EGP',
  morocco: 'MAD', moroccan: 'MAD', rabat: 'MAD', marrakesh: 'MAD', marrakech: 'MAD', casablanca: 'MAD', 'united arab emirates': 'AED', uae: 'AED', emirati: 'AED', dubai: 'AED', 'abu dhabi': 'AED',
  algeria: 'DZD', algerian: 'DZD', algiers: 'DZD', tunisia: 'TND', tunisian: 'TND', tunis: 'TND', jordan: 'JOD', jordanian: 'JOD', amman: 'JOD', kuwait: 'KWD', kuwaiti: 'KWD', iraq: 'IQD', iraqi: 'IQD', baghdad: 'IQD', bahrain: 'BHD',
  'saudi arabia': 'SAR', saudi: 'SAR', riyadh: 'SAR', qatar: 'QAR', qatari: 'QAR', doha: 'QAR', oman: 'OMR', yemen: 'YER', iran: 'IRR',
  niger: 'XOF', niamey: 'XOF', mali: 'XOF', bamako: 'XOF', 'burkina faso': 'XOF', senegal: 'XOF', 'ivory coast': 'XOF', chad: 'XAF', cameroon: 'XAF', switzerland: 'CHF', swiss: 'CHF',
}

export const OF = ['of']
/** After "2m", "1.5m" glued: the "m" is millions ("2m people"), not metres ("2m high"). */
export const MILLIONS_OF = ['people', 'persons', 'children', 'residents', 'refugees', 'migrants', 'voters', 'households', 'families', 'homes', 'displaced', 'inhabitants', 'pilgrims', 'workers', 'students', 'patients']
export const PERCENT = ['percent', 'per cent', 'pc', 'percentage points', 'percentage point']

export const MEASURES: Record<string, string> = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2', km2: 'km2',
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', m: 'm', 'cubic metres': 'm3', 'cubic meters': 'm3',
  mile: 'mi', miles: 'mi', 'nautical mile': 'nmi', 'nautical miles': 'nmi',
  foot: 'ft', feet: 'ft', ft: 'ft',
  tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', 'metric tons': 'tonne', 'metric tonnes': 'tonne',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilos: 'kg',
  hectare: 'ha', hectares: 'ha', ha: 'ha', acre: 'acre', acres: 'acre', megawatt: 'MW', megawatts: 'MW', mw: 'MW', gigawatt: 'GW', gigawatts: 'GW', gw: 'GW', feddan: 'feddan', feddans: 'feddan',
  centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm', cm: 'cm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm', mm: 'mm', inch: 'in', inches: 'in',
  litre: 'L', litres: 'L', liter: 'L', liters: 'L',
  magnitude: 'magnitude', magnitudes: 'magnitude',
  // A temperature, named with its scale: a bare "degrees" may be an angle or a degree of burns.
  'degrees celsius': '°C', 'degree celsius': '°C', 'degrees centigrade': '°C', celsius: '°C', '°c': '°C', 'ºc': '°C', '° c': '°C',
  'degrees fahrenheit': '°F', 'degree fahrenheit': '°F', fahrenheit: '°F', '°f': '°F', 'ºf': '°F', '° f': '°F',
}

export const TIME_UNITS: Record<string, TimeUnit> = {
  second: { unit: 'second', factor: 1 }, seconds: { unit: 'second', factor: 1 },
  minute: { unit: 'minute', factor: 1 }, minutes: { unit: 'minute', factor: 1 },
  hour: { unit: 'hour', factor: 1 }, hours: { unit: 'hour', factor: 1 }, hrs: { unit: 'hour', factor: 1 }, hr: { unit: 'hour', factor: 1 }, mins: { unit: 'minute', factor: 1 }, min: { unit: 'minute', factor: 1 },
  secs: { unit: 'second', factor: 1 }, sec: { unit: 'second', factor: 1 }, 'half-hour': { unit: 'hour', factor: 0.5 }, 'quarter-hour': { unit: 'hour', factor: 0.25 }, 'half-day': { unit: 'day', factor: 0.5 },
  day: { unit: 'day', factor: 1 }, days: { unit: 'day', factor: 1 },
  week: { unit: 'week', factor: 1 }, weeks: { unit: 'week', factor: 1 }, fortnight: { unit: 'week', factor: 2 },
  month: { unit: 'month', factor: 1 }, months: { unit: 'month', factor: 1 },
  year: { unit: 'year', factor: 1 }, years: { unit: 'year', factor: 1 }, yrs: { unit: 'year', factor: 1 },
  decade: { unit: 'year', factor: 10 }, decades: { unit: 'year', factor: 10 }, century: { unit: 'year', factor: 100 }, centuries: { unit: 'year', factor: 100 },
  'half-century': { unit: 'year', factor: 50 },
}
/** Adjectives between a number and its time unit, kept in the span ("a whole year", "an entire week", "the past three days" is read without them; a pilot's "8,200 flying hours", an airframe's "41,000 flight hours"). */
export const UNIT_ADJECTIVES = ['whole', 'entire', 'full', 'flying', 'flight']
/** Adjectives after a time unit, kept in the span. */
export const UNIT_AFTER: string[] = []

export const PER: Record<string, string> = { '/h': 'hour', '/hr': 'hour',
  'a day': 'day', 'per day': 'day', 'each day': 'day', 'every day': 'day', 'for each day': 'day', 'for every day': 'day', 'a week': 'week', 'per week': 'week', 'a month': 'month', 'per month': 'month', 'each month': 'month',
  'a year': 'year', 'per year': 'year', 'each year': 'year', 'per annum': 'year', 'an hour': 'hour', 'per hour': 'hour',
}

/** Vague amounts, as intervals (ANNOTATION.md's conventions). */
export const VAGUE: Record<string, VagueAmount> = {
  dozens: { lo: 20, hi: 99, qualifier: 'vague' }, hundreds: { lo: 200, hi: 999, qualifier: 'vague' }, thousands: { lo: 2000, hi: 9999, qualifier: 'vague' },
  'tens of thousands': { lo: 20000, hi: 99999, qualifier: 'vague' }, 'hundreds of thousands': { lo: 200000, hi: 999999, qualifier: 'vague' },
  millions: { lo: 2e6, hi: 9.99e6, qualifier: 'vague' }, 'tens of millions': { lo: 2e7, hi: 9.99e7, qualifier: 'vague' }, 'hundreds of millions': { lo: 2e8, hi: 9.99e8, qualifier: 'vague' },
  billions: { lo: 2e9, hi: 9.99e9, qualifier: 'vague' },
  'a few': { lo: 3, hi: 9, qualifier: 'vague', scales: true }, several: { lo: 3, hi: 10, qualifier: 'vague', scales: true },
  'a dozen': { lo: 12, hi: 12, qualifier: 'about' }, 'half a dozen': { lo: 6, hi: 6, qualifier: 'about' }, 'a handful': { lo: 3, hi: 9, qualifier: 'vague' },
}

/** Shares of a whole. */
export const FRACTIONS: Record<string, number> = {
  half: 0.5, 'one half': 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3,
  'a quarter': 0.25, 'one quarter': 0.25, 'one-quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75, 'a fifth': 0.2, 'one fifth': 0.2, 'one-fifth': 0.2,
}

/** Words after a fraction that make it a share of a whole; words before it that make it none. */
export const SHARE_FOLLOWERS = ['of', 'the', 'them', 'its', 'their', 'his', 'her', 'our', 'all', 'those', 'these', 'this', 'that']
export const NOT_SHARE_LEADS = ['first', 'second', 'other', 'latter', 'final', 'last']

/** Qualifiers before a figure: the phrase and what it does to the interval. */
export const QUALIFIERS_BEFORE: Record<string, 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most'> = {
  '>': 'more-than', '<': 'less-than', '≥': 'at-least', '≤': 'at-most', '>=': 'at-least', '<=': 'at-most',
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', nearly: 'about', almost: 'about', 'close to': 'about', some: 'about',
  'an estimated': 'about', estimated: 'about', circa: 'about', approx: 'about', 'approx.': 'about', 'just about': 'about', 'in the region of': 'about', 'the best part of': 'about',
  'more than': 'more-than', over: 'more-than', 'well over': 'more-than', 'just over': 'more-than', 'slightly more than': 'more-than', 'a little over': 'more-than', 'a little more than': 'more-than',
  // Comparatives of size: "it is higher than $10 billion", "greater than 5%".
  'higher than': 'more-than', 'greater than': 'more-than', 'larger than': 'more-than', 'lower than': 'less-than', 'smaller than': 'less-than',
  above: 'more-than', 'upward of': 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than', 'north of': 'more-than',
  tops: 'more-than', topped: 'more-than', 'could exceed': 'more-than', 'may exceed': 'more-than', 'might exceed': 'more-than', exceed: 'more-than', topping: 'more-than', exceeded: 'more-than', exceeds: 'more-than', exceeding: 'more-than', surpassed: 'more-than', surpassing: 'more-than',
  // A count passing a threshold: "the toll passed 1,000", "deaths surpass 500", "passed the 100 mark".
  passed: 'more-than', passes: 'more-than', surpasses: 'more-than', crossed: 'more-than', crosses: 'more-than',
  'passed the': 'more-than', 'passes the': 'more-than', 'crossed the': 'more-than', 'crosses the': 'more-than', 'topped the': 'more-than', 'tops the': 'more-than', 'surpassed the': 'more-than', 'surpasses the': 'more-than', 'exceeded the': 'more-than', 'exceeds the': 'more-than',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'not less than': 'at-least', 'a minimum of': 'at-least',
  'less than': 'less-than', 'fewer than': 'less-than', under: 'less-than', 'just under': 'less-than', below: 'less-than', 'short of': 'less-than',
  'up to': 'at-most', 'as long as': 'at-most', 'as many as': 'at-most', 'as much as': 'at-most', 'as high as': 'at-most', 'at most': 'at-most', 'no more than': 'at-most', 'a maximum of': 'at-most', 'not more than': 'at-most',
  'could hit': 'at-most', 'could reach': 'at-most', 'may reach': 'at-most', 'might reach': 'at-most', 'could top': 'at-most', 'could rise to': 'at-most', 'could climb to': 'at-most',
}
/** Qualifiers after a figure. */
export const QUALIFIERS_AFTER: Record<string, 'about' | 'at-least' | 'at-most'> = {
  'or more': 'at-least', 'at least': 'at-least', 'and more': 'at-least', 'or so': 'about', 'at most': 'at-most', 'or fewer': 'at-most', 'or less': 'at-most', 'at the most': 'at-most', 'at the least': 'at-least',
}
/** Qualifiers after the counted noun ("300 people at least"). */
export const QUALIFIERS_AFTER_NOUN: Record<string, 'about' | 'at-least' | 'at-most'> = { 'at least': 'at-least', 'or more': 'at-least', 'at most': 'at-most' }
/** Verbs that bound a figure with a word or two between them. */
export const QUALIFIER_VERBS: Record<string, 'about' | 'more-than' | 'at-most'> = { exceeded: 'more-than', exceed: 'more-than', exceeds: 'more-than', tops: 'more-than', topped: 'more-than', surpassed: 'more-than', approached: 'about', neared: 'about' }

/** Verbs of change: "rose from 2,000 to 3,000" is an old and a new figure, not a range. */
export const CHANGE_VERBS = ['rose', 'risen', 'rising', 'rises', 'increased', 'increasing', 'jumped', 'climbed', 'climbing', 'fell', 'fallen', 'dropped', 'declined', 'grew', 'soared', 'surged', 'up', 'down', 'revised', 'raised', 'lowered', 'cut', 'went', 'doubled', 'tripled', 'swelled', 'shrank', 'increase', 'rise', 'drop', 'fall']

export const RANGE_OPENERS: Record<string, 'between' | 'from'> = { between: 'between', from: 'from' }
// "between 20 to 30": a range opened by "between" is sometimes closed by "to".
export const RANGE_JOINS = { between: ['and', 'to'], from: ['to', 'through', 'until', 'till', 'into', '-'], bare: ['-', 'to'] }

/** "One" as the next count of a list, and the words that place it there ("and one in Andalusia"). */
export const LIST_ONES = ['one']
// None in English: "one in" is also a share ("one in five") and a pronoun ("and one in which"), so "and one in Andalusia" is left unread.
export const LIST_PLACES: string[] = []
/** Determiners after "of" that make a vague amount part of a known group. */
export const PARTITIVES = ['the', 'his', 'her', 'their', 'its', 'our', 'your', 'these', 'those', 'them', 'us']
/** Words that follow a number without being what it counts. */
export const STOPWORDS = [
  'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'nor', 'as', 'than', 'the', 'a', 'an', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'do', 'does',
  'said', 'says', 'say', 'told', 'reported', 'according', 'when', 'where', 'while', 'after', 'before', 'since', 'until', 'into', 'onto', 'over', 'under', 'about', 'around', 'per', 'each',
  'more', 'less', 'fewer', 'other', 'others', 'another', 'also', 'still', 'so', 'far', 'yet', 'already', 'now', 'then', 'there', 'here', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'we', 'our', 'you', 'i',
  'not', 'no', 'only', 'just', 'all', 'both', 'either', 'neither', 'up', 'down', 'out', 'off', 'again', 'times', 'percent', 'if', 'because', 'though', 'although', 'alone', 'apiece', 'each',
]
/** Before a number word with nothing counted after it: it refers back or is an idiom ("the nine.", "in two."). */
export const DETERMINERS = ['the', 'these', 'those', 'in', 'into', 'all', 'its', 'their', 'both']
/** Words after a number that make it a multiplier, not a count. */
export const TIMES = ['times', 'fold', 'twice']
/** Words hyphenated to a number that make an idiom, not a count: "a one-stop centre", "one-time payments", "a two-time champion", "a five-fold rise" (multipliers). */
export const HYPHEN_IDIOMS = ['stop', 'time', 'off', 'way', 'sided', 'liner', 'handed', 'shot', 'size', 'horse', 'upmanship', 'on', 'fold']
/** Words before digits that make them part of a name. */
export const NAME_HEADS = ['ref', 'réf', 'référence', 'reference', 'id', 'resolution', 'article', 'euro', 'chapter', 'section', 'clause', 'paragraph', 'flight', 'route', 'highway', 'channel', 'france', 'cop', 'g', 'page', 'vision', 'agenda', 'expo', 'phase', 'level', 'model', 'version', 'series', 'boeing', 'airbus', 'embraer', 'antonov', 'sukhoi', 'tupolev', 'ilyushin', 'bombardier', 'cessna', 'apollo', 'terminal', 'gate', 'platform', 'room', 'tb', 'type', 'class', 'mk', 'mark', 'no', 'number', 'nos', 'al', 'brigade', 'division', 'battalion', 'regiment', 'unit', 'sura', 'verse', 'psalm', 'window', 'windows']
/** Page furniture after a number. */
export const FURNITURE = ['min read', 'mins read', 'minute read', 'minutes read', 'shares', 'share', 'comments', 'comment', 'views', 'likes', 'retweets', 'reposts', 'photos', 'images']
/** Page furniture before a number ("Temps de lecture : 2 min"). */
export const FURNITURE_LEADS = ['reading time', 'read time', 'views', 'shares', 'comments', 'likes']
/** Words before a number to call: a phone or short number, not a figure. */
export const DIAL_LEADS = ['dial', 'dialling', 'dialing', 'hotline', 'helpline', 'hotline number', 'toll-free number', 'emergency number', 'reachable on']
export const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th']
/** Clock times: words before a number of hours, and words after a small number. */
export const CLOCK_LEADS = ['at', 'shortly after', 'shortly before', 'just after', 'just before']
export const CLOCK_AFTER = ['local time', 'gmt', 'utc']
export const CLOCK_WORDS = ['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', "o'clock", 'hrs', 'gmt', 'utc']
/** Before a date in its clause: it is to come (a weekday or a yearless month is then the next one). */
export const FUTURE_WORDS = ['will', 'll', 'shall', 'due', 'scheduled', 'expected', 'set', 'planned', 'plans', 'going', 'tomorrow']
export const FUTURE_ENDINGS: string[] = []
/** Words that end the clause for that look-back. */
export const CLAUSE_ENDS = ['said', 'says', 'told', 'and', 'but', 'after', 'since', 'when', 'was', 'were', 'had']
export const MAGNITUDE_CUES = ['magnitude', 'magnitudes', 'richter', 'strength', 'aftershock', 'aftershocks', 'tremor', 'tremors']
/** Counted nouns that are a magnitude's unit in a sentence about a quake ("6.4 degrees on the Richter scale"). */
export const MAGNITUDE_NOUNS = ['degrees', 'degree', 'points']

// Dates.
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
}
/** Month names that are also everyday words: months only next to a day or a year, or after a date word. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']
export const WEAK_MONTHS = ['may', 'march', 'mar', 'jan', 'dec', 'sep', 'jun', 'jul', 'oct', 'nov', 'feb', 'apr', 'aug', 'sept']
/** Words before a lone month that make it a date ("in May", "since March"). */
export const MONTH_LEADS = ['in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'last', 'next', 'this', 'early', 'mid', 'late', 'of', 'during', 'before', 'after', 'between', 'and', 'or', 'throughout', 'end', 'beginning', 'start', 'middle', 'as', 'around']
export const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 }
/** Times of day after a weekday; they belong to the date's span ("Friday night"). */
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night', 'overnight', 'midday', 'noon', 'dawn']
/** Parts of a day before a weekday ("early Wednesday", "late last Friday"). */
export const DAY_PARTS = ['early', 'late']
/** A part of a day named before it: "(in the) early hours of Monday", "the small hours of Sunday". */
export const DAY_PARTS_OF = ['early hours of', 'small hours of', 'wee hours of']
export const PAST = ['last', 'past']
export const NEXT = ['next', 'coming']

export const PERIOD_PARTS: Record<string, 'early' | 'mid' | 'late'> = {
  early: 'early', 'the beginning of': 'early', 'beginning of': 'early', 'the start of': 'early', 'start of': 'early', 'the early part of': 'early',
  mid: 'mid', 'the middle of': 'mid', 'middle of': 'mid',
  late: 'late', end: 'late', 'the end of': 'late', 'end of': 'late', 'the latter part of': 'late', 'the close of': 'late',
}

/** A day counted from the last day the text gave ("the next day"), not from publication. */
export const ANAPHORIC_DAYS: Record<string, number> = {
  'the day before': -1, 'the previous day': -1, 'the day prior': -1, 'the previous evening': -1,
  'the day after': 1, 'the next day': 1, 'the following day': 1, 'the next morning': 1, 'the following morning': 1,
}
/** Words after "the day before/after" that open the event it is counted from ("the day after the vote"). */
export const ANAPHORIC_EVENT_OPENERS = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'my', 'your']
export const RELATIVE: Record<string, { unit: 'day' | 'week' | 'month' | 'year'; offset: number }> = {
  // A part of the publication day ("today" alone is left out: it mostly means "nowadays").
  'this morning': { unit: 'day', offset: 0 }, 'this afternoon': { unit: 'day', offset: 0 }, 'this evening': { unit: 'day', offset: 0 }, tonight: { unit: 'day', offset: 0 },
  yesterday: { unit: 'day', offset: -1 }, tomorrow: { unit: 'day', offset: 1 }, 'last night': { unit: 'day', offset: -1 },
  'last week': { unit: 'week', offset: -1 }, 'this week': { unit: 'week', offset: 0 }, 'next week': { unit: 'week', offset: 1 },
  'last month': { unit: 'month', offset: -1 }, 'this month': { unit: 'month', offset: 0 }, 'next month': { unit: 'month', offset: 1 },
  'last year': { unit: 'year', offset: -1 }, 'this year': { unit: 'year', offset: 0 }, 'next year': { unit: 'year', offset: 1 },
}
/** Periods that follow a part word only ("the end of the year", "by year-end"). */
export const PART_RELATIVE: Record<string, { unit: 'week' | 'month' | 'year'; offset: number }> = {
  'the year': { unit: 'year', offset: 0 }, 'the month': { unit: 'month', offset: 0 }, 'the week': { unit: 'week', offset: 0 },
  'this year': { unit: 'year', offset: 0 }, 'last year': { unit: 'year', offset: -1 }, 'next year': { unit: 'year', offset: 1 },
  'this month': { unit: 'month', offset: 0 }, 'last month': { unit: 'month', offset: -1 }, 'next month': { unit: 'month', offset: 1 },
  'the current year': { unit: 'year', offset: 0 }, 'the current month': { unit: 'month', offset: 0 },
}
/** A period's end written as one word: "year-end", "month-end". */
export const PERIOD_ENDS: Record<string, 'year' | 'month'> = { 'year-end': 'year', 'month-end': 'month', 'year end': 'year' }
/** "earlier this month": the relative period up to the day before publication. */
export const CLIPS: Record<string, 'to-ref' | 'from-ref'> = { earlier: 'to-ref', later: 'from-ref' }
// "over the weekend", "at the weekend": the weekend just past (a sentence in the future makes it the coming one).
export const WEEKENDS: Record<string, number> = { 'last weekend': -1, 'this weekend': 0, 'next weekend': 1, 'this past weekend': -1, 'the weekend': -1 }
export const SEASONS: Record<string, 'spring' | 'summer' | 'autumn' | 'winter'> = { spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter' }
export const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 }
/** Words before "her eighties" that make the decade someone's age. */
export const AGE_LEADS = ['his', 'her', 'their', 'in', 'early', 'late', 'mid']

/** Prepositions that change what a date claims, kept in its span. */
export const DATE_PREPOSITIONS = ['since', 'until', 'till', 'by', 'before', 'after', 'no later than', 'as of', 'up to', 'through', 'starting']
/** Prepositions kept before a bare year ("in 2021"). */
export const YEAR_PREPOSITIONS = ['in']
/** Words before a bare year that make it a date ("the 2011 revolt"). */
export const YEAR_LEADS = ['the', 'of', 'in', 'since', 'by', 'until', 'from', 'to', 'between', 'and', 'during', 'before', 'after', 'early', 'mid', 'late', 'year', 'fiscal', 'through', 'or', 'around', 'summer', 'spring', 'autumn', 'fall', 'winter']
/** Words between the two parts of a duration in two units ("three hours and twenty minutes"), and the range opener that rules one out. */
export const DURATION_JOINS = { joins: ['and', ','], notAfter: ['between'] }
/** Prepositions before "the 28th" that make it a day of the month ("on the 28th"). */
export const BARE_DAY_LEADS = ['on', 'since', 'by', 'until', 'till', 'from', 'before', 'after']
/** Words after such a day that leave it to other readers: its month ("the 3rd of April") or a pair's second end. */
export const BARE_DAY_NOT_AFTER = ['of', 'to', 'and', 'or', 'through']

/** Words that join a bare number to a scaled amount after it, which lends it its scale and unit ("to 600 then 550 million dollars"). */
export const SUCCESSIONS = ['then']
/** Words that tie a bare scaled amount to the money figure before it in its sentence, whose currency it takes ("$800 million, including 200 million"). */
export const CURRENCY_LINKS = ['including', 'of which', 'then', 'or']

/** End-bound prepositions among the kept ones: a yearless day a few days after the publication day is the coming one ("until"). */
export const UNTIL_PREPOSITIONS = ['until', 'till', 'through', 'up to']
/** Definite determiners before a small number word that may refer back ("the two sides" after both were named). */
export const ANAPHORIC_DETERMINERS = ['the', 'these', 'those']
/** Words that count two of the noun after them, so that "the two waves" after "both waves" refers back. */
export const PAIR_WORDS = ['both']
/** Between two amounts given as alternatives, which make one range of numbers ("two or three days"). */
export const RANGE_ALTERNATIVES = ['or']

/** "one day" also means "someday": a duration only after a word that governs a length of time or before one that places a time. */
export const SOMEDAY = ['one day']
export const SOMEDAY_GOVERNORS = ['for', 'in', 'within', 'over', 'after', 'before', 'than', 'just', 'only', 'barely', 'another', 'took', 'take', 'takes', 'taking', 'lasted', 'last', 'lasts', 'lasting', 'spent', 'spend', 'waited', 'wait', 'about', 'around', 'nearly', 'almost']
export const SOMEDAY_RELATIONS = ['later', 'earlier', 'after', 'before', 'ago', 'of', 'long', 'in advance', 'beforehand', "'", '\u2019', 'and a half']

/** A vague distance that places the narrative ("a few feet away", "several miles from the coast"). */
export const NARRATIVE_DISTANCE_UNITS = ['m', 'km', 'ft', 'mi', 'nmi', 'yd']
export const NARRATIVE_DISTANCE_BEFORE = ['at', 'within']
export const NARRATIVE_DISTANCE_AFTER = ['away', 'further', 'farther', 'from', 'off', 'down the road', 'up the road', 'beyond', 'ahead', 'behind', 'outside', 'inland', 'offshore', 'north', 'south', 'east', 'west']

/** Pieces of text the article is cut into ("the flood in five charts", "five things to know"). */
export const TEXT_UNIT_NOUNS = ['charts', 'maps', 'graphics', 'graphs', 'numbers', 'words', 'photos', 'pictures', 'images', 'videos', 'things', 'takeaways', 'questions', 'points', 'facts', 'lessons', 'quotes', 'moments', 'steps']
export const TEXT_UNIT_BEFORE = ['in']
export const TEXT_UNIT_AFTER = ['to know', 'you need', 'we know', 'we learned', 'that explain', 'explaining', 'from', 'about', 'on']

/** A figure the text denies ("300, not 3,000", "dozens, and not thousands"). */
// Not "rather than", "instead of": the figure a correction replaces is still one a source gave.
export const DENIALS = ['and not', 'but not', 'not']
export const DENIAL_BETWEEN = ['of']
/** After a denied figure, words that say someone stated it ("not 200 as first reported"): it stays. */
export const DENIAL_CLAIMED = ['as announced', 'as reported', 'as first reported', 'as initially reported', 'as claimed', 'as stated', 'as first announced', 'as initially announced', 'as earlier reported', 'as previously reported']

/** After a definite number's noun, words that say which ones it means ("the two dams above the city"). */
export const IDENTIFIERS = ['who', 'that', 'which', 'whose', 'where', 'of', 'in', 'on', 'at', 'from', 'near', 'above', 'below', 'along', 'across', 'outside', 'inside', 'to', 'with', 'killed', 'injured', 'arrested', 'missing', 'held', 'named', 'accused', 'charged', 'built']
/** Nouns that count the dead or people at large: a large definite number with one of them takes up the same number given with another ("61 people … Of the 61 victims"). */
export const PERSON_NOUNS = ['people', 'persons', 'victims', 'dead', 'bodies', 'deaths', 'fatalities', 'casualties', 'killed', 'lives']
/** Shell nouns: after a definite number they sum up things the text named before ("the two countries", "the two incidents"). */
export const SHELL_NOUNS = ['belligerents', 'rivals', 'adversaries', 'episodes', 'events', 'disasters', 'tragedies', 'incidents', 'cases', 'affairs', 'countries', 'nations', 'sides', 'parties', 'camps', 'capitals', 'cities', 'men', 'women', 'leaders', 'presidents', 'candidates', 'facilities', 'documents', 'texts', 'deals', 'agreements', 'operations', 'attacks', 'floods', 'quakes', 'earthquakes', 'shipwrecks', 'reports', 'tolls', 'figures', 'estimates']
/** Quarters and halves of a year ("the first quarter of 2024", "Q3 2024"). */
export const YEAR_PART_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 }
export const YEAR_PART_PERIODS: Record<string, number> = { quarter: 3, half: 6 }
export const YEAR_PART_LETTERS = ['q']
export const YEAR_PART_OF = ['of', 'in']
/** "The toll went up to 11", "back up to 288": the level a figure reached, not a bound. Only "went", "gone" and "back": after "rose", "climbed" or "could go", "up to" is often still a ceiling ("rose by up to", "could go up to 20,000"). */
export const NOT_BOUND_AFTER = ['went', 'gone', 'back']
/** "climbed past 46 degrees", "rose above 1,000": a preposition that bounds only after a verb of movement ("the past two days" is none). */
export const AFTER_MOTION: Record<string, 'more-than'> = { past: 'more-than' }
export const MOTION_VERBS = [...CHANGE_VERBS, 'pushed', 'crept', 'edged', 'shot', 'moved', 'gone', 'is', 'was', 'now', 'stood', 'stands', 'well', 'just']
