// French word lists, written as a reader spells them; lexicon.ts folds them once at load.
import type { NumberWord, TimeUnit, VagueAmount } from '../../common/latin/lexicon'

const unit = (value: number): NumberWord => ({ value, kind: 'unit' })
const ten = (value: number): NumberWord => ({ value, kind: 'ten' })

export const NUMBER_WORDS: Record<string, NumberWord> = {
  un: { value: 1, kind: 'article' }, une: { value: 1, kind: 'article' },
  deux: unit(2), trois: unit(3), quatre: unit(4), cinq: unit(5), six: unit(6), sept: unit(7), huit: unit(8), neuf: unit(9),
  dix: unit(10), onze: unit(11), douze: unit(12), treize: unit(13), quatorze: unit(14), quinze: unit(15), seize: unit(16),
  vingt: ten(20), vingts: ten(20), trente: ten(30), quarante: ten(40), cinquante: ten(50), soixante: ten(60),
  'quatre-vingt': ten(80), 'quatre-vingts': ten(80), 'quatre vingt': ten(80), 'quatre vingts': ten(80), septante: ten(70), huitante: ten(80), octante: ten(80), nonante: ten(90),
  cent: { value: 100, kind: 'hundred' }, cents: { value: 100, kind: 'hundred' },
  mille: { value: 1e3, kind: 'scale' }, million: { value: 1e6, kind: 'scale' }, millions: { value: 1e6, kind: 'scale' },
  milliard: { value: 1e9, kind: 'scale' }, milliards: { value: 1e9, kind: 'scale' },
}
export const NUMBER_JOIN = ['et']
export const HALF: Record<string, number> = { 'et demi': 0.5, 'et demie': 0.5, 'et quart': 0.25 }
export const SCALE_FRACTIONS: Record<string, number> = { 'un demi': 0.5, 'demi': 0.5 }

/** Scale words after digits ("1,5 million", "3 Mds", "50 M€"). */
export const DIGIT_SCALES: Record<string, { value: number; moneyOnly?: boolean }> = {
  mille: { value: 1e3 }, million: { value: 1e6 }, millions: { value: 1e6 }, milliard: { value: 1e9 }, milliards: { value: 1e9 },
  md: { value: 1e9, moneyOnly: true }, mds: { value: 1e9, moneyOnly: true }, mrd: { value: 1e9, moneyOnly: true }, m: { value: 1e6, moneyOnly: true }, k: { value: 1e3, moneyOnly: true },
  // Written as the Indian press writes them ("Rs 2 lakh", "1,5 crore de roupies"): 100 000 and 10 millions.
  lakh: { value: 1e5 }, lakhs: { value: 1e5 }, crore: { value: 1e7 }, crores: { value: 1e7 },
}

export const CURRENCY_BEFORE: Record<string, string> = { '$': 'USD', 'us$': 'USD', '€': 'EUR', '£': 'GBP', rs: 'INR', 'rs.': 'INR', '₹': 'INR', inr: 'INR' }
/** Abbreviations that are a scale and a currency at once (Moroccan "MDH", "MMDH"). */
export const SCALED_CURRENCIES: Record<string, { scale: number; code: string }> = { mdh: { scale: 1e6, code: 'MAD' }, mmdh: { scale: 1e9, code: 'MAD' }, 'mds dh': { scale: 1e9, code: 'MAD' }, 'md dh': { scale: 1e9, code: 'MAD' }, 'mrd dh': { scale: 1e9, code: 'MAD' }, 'mdhs': { scale: 1e6, code: 'MAD' } }
export const CURRENCY_AFTER: Record<string, string> = {
  '$': 'USD', '€': 'EUR', '£': 'GBP', 'dollar': 'USD', 'dollars': 'USD', 'dollars américains': 'USD', 'dollars us': 'USD', 'usd': 'USD',
  euro: 'EUR', euros: 'EUR', eur: 'EUR',
  'livres sterling': 'GBP', 'livre sterling': 'GBP', 'livres britanniques': 'GBP',
  'livres libanaises': 'LBP', 'livre libanaise': 'LBP', 'livres égyptiennes': 'EGP', 'livres soudanaises': 'SDG', 'livres syriennes': 'SYP',
  'francs cfa': 'XOF', 'franc cfa': 'XOF', 'fcfa': 'XOF', 'f cfa': 'XOF', 'francs suisses': 'CHF', 'francs guinéens': 'GNF', 'franc guinéen': 'GNF', gnf: 'GNF', chf: 'CHF', naira: 'NGN', nairas: 'NGN',
  'dinars libyens': 'LYD', 'dinar libyen': 'LYD', 'dinars algériens': 'DZD', 'dinars tunisiens': 'TND', 'dinars irakiens': 'IQD', 'dinars jordaniens': 'JOD', 'dinars koweïtiens': 'KWD',
  'dirhams marocains': 'MAD', 'dirham marocain': 'MAD', 'dirhams émiratis': 'AED', dh: 'MAD', dhs: 'MAD', mad: 'MAD',
  'riyals saoudiens': 'SAR', roubles: 'RUB', yuans: 'CNY', yens: 'JPY', 'livres turques': 'TRY', roupies: 'INR', roupie: 'INR', 'roupies indiennes': 'INR', inr: 'INR',
  // Names several countries share: the country the text is about decides (common/currencies.ts).
  dinar: '~dinar', dinars: '~dinar', dirham: '~dirham', dirhams: '~dirham', riyal: '~riyal', riyals: '~riyal', livre: '~livre', livres: '~livre', francs: '~franc', franc: '~franc',
  // Le real brésilien, au pluriel portugais comme l'écrit la presse (la plateforme ne donne que « réals »).
  réal: '~real', réals: '~real', reais: '~real', réais: '~real',
}
/** Places and the currency used there, to settle a bare "dinars" or "dirhams". */
export const PLACE_CURRENCIES: Record<string, string> = {
  guinée: 'GNF', guinéen: 'GNF', guinéenne: 'GNF', conakry: 'GNF',
  libye: 'LYD', libyen: 'LYD', libyenne: 'LYD', tripoli: 'LYD', benghazi: 'LYD', derna: 'LYD', liban: 'LBP', libanais: 'LBP', libanaise: 'LBP', beyrouth: 'LBP', syrie: 'SYP', damas: 'SYP', turquie: 'TRY', ankara: 'TRY', istanbul: 'TRY',
  soudan: 'SDG', soudanais: 'SDG', khartoum: 'SDG', darfour: 'SDG', égypte: 'EGP', égyptien: 'EGP', 'le caire': 'EGP',
  maroc: 'MAD', marocain: 'MAD', marocaine: 'MAD', rabat: 'MAD', marrakech: 'MAD', casablanca: 'MAD', 'émirats arabes unis': 'AED', émirats: 'AED', dubaï: 'AED', 'abou dhabi': 'AED',
  algérie: 'DZD', algérien: 'DZD', alger: 'DZD', tunisie: 'TND', tunisien: 'TND', tunis: 'TND', jordanie: 'JOD', amman: 'JOD', koweït: 'KWD', irak: 'IQD', bagdad: 'IQD', bahreïn: 'BHD',
  'arabie saoudite': 'SAR', saoudien: 'SAR', riyad: 'SAR', qatar: 'QAR', doha: 'QAR', oman: 'OMR', yémen: 'YER', iran: 'IRR',
  niger: 'XOF', niamey: 'XOF', mali: 'XOF', bamako: 'XOF', 'burkina faso': 'XOF', sénégal: 'XOF', "côte d'ivoire": 'XOF', tchad: 'XAF', cameroun: 'XAF', suisse: 'CHF',
}

export const OF = ['de', "d'"]
export const PERCENT = ['pour cent', 'pourcent', 'pour-cent', 'points de pourcentage']

export const MEASURES: Record<string, string> = {
  km: 'km', kilomètre: 'km', kilomètres: 'km', kilometre: 'km', kilometres: 'km',
  'kilomètres carrés': 'km2', 'kilomètre carré': 'km2', km2: 'km2',
  mètre: 'm', mètres: 'm', m: 'm', 'mètres cubes': 'm3', 'mètre cube': 'm3', m3: 'm3',
  'milles marins': 'nmi', 'mille marin': 'nmi', 'milles nautiques': 'nmi', 'mille nautique': 'nmi', milles: 'mi',
  pieds: 'ft',
  tonne: 'tonne', tonnes: 'tonne', t: 'tonne', kg: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilos: 'kg', kilo: 'kg',
  hectare: 'ha', hectares: 'ha', ha: 'ha', acre: 'acre', acres: 'acre', mégawatts: 'MW', mégawatt: 'MW', mw: 'MW', gigawatts: 'GW', gigawatt: 'GW', gw: 'GW', feddans: 'feddan', feddan: 'feddan',
  // Une température, avec son échelle (un « degré » seul peut être un angle ou une brûlure).
  'degrés celsius': '°C', 'degré celsius': '°C', 'degrés centigrades': '°C', celsius: '°C', '°c': '°C', 'ºc': '°C', '° c': '°C',
  'degrés fahrenheit': '°F', 'degré fahrenheit': '°F', fahrenheit: '°F', '°f': '°F', 'ºf': '°F',
  litre: 'L', litres: 'L', centimètre: 'cm', centimètres: 'cm', cm: 'cm', millimètre: 'mm', millimètres: 'mm', mm: 'mm',
}

export const TIME_UNITS: Record<string, TimeUnit> = {
  seconde: { unit: 'second', factor: 1 }, secondes: { unit: 'second', factor: 1 },
  minute: { unit: 'minute', factor: 1 }, minutes: { unit: 'minute', factor: 1 }, min: { unit: 'minute', factor: 1 }, mn: { unit: 'minute', factor: 1 },
  heure: { unit: 'hour', factor: 1 }, heures: { unit: 'hour', factor: 1 }, h: { unit: 'hour', factor: 1 }, 'demi-heure': { unit: 'hour', factor: 0.5 }, 'demi-heures': { unit: 'hour', factor: 0.5 },
  jour: { unit: 'day', factor: 1 }, jours: { unit: 'day', factor: 1 }, 'demi-journée': { unit: 'day', factor: 0.5 }, journée: { unit: 'day', factor: 1 }, journées: { unit: 'day', factor: 1 },
  semaine: { unit: 'week', factor: 1 }, semaines: { unit: 'week', factor: 1 },
  mois: { unit: 'month', factor: 1 },
  an: { unit: 'year', factor: 1 }, ans: { unit: 'year', factor: 1 }, année: { unit: 'year', factor: 1 }, années: { unit: 'year', factor: 1 },
  décennie: { unit: 'year', factor: 10 }, décennies: { unit: 'year', factor: 10 }, siècle: { unit: 'year', factor: 100 }, siècles: { unit: 'year', factor: 100 },
  'demi-siècle': { unit: 'year', factor: 50 }, trimestre: { unit: 'month', factor: 3 }, trimestres: { unit: 'month', factor: 3 }, semestre: { unit: 'month', factor: 6 }, semestres: { unit: 'month', factor: 6 },
}
/** "deux dernières semaines": adjectives that stand between a number and its time unit. */
export const UNIT_ADJECTIVES = ['dernières', 'derniers', 'prochaines', 'prochains', 'premières', 'premiers', 'longues', 'longs', 'longue', 'long', 'bonnes', 'bonne', 'bons', 'bon', 'petites', 'petits', 'petite', 'petit']
/** Adjectives after a time unit, kept in the span ("une année entière", "un mois entier"). */
export const UNIT_AFTER = ['entière', 'entier', 'entières', 'entiers', 'complète', 'complet', 'pleine', 'plein']

export const PER: Record<string, string> = { '/h': 'hour', '/hr': 'hour', 'par jour': 'day', 'par semaine': 'week', 'par mois': 'month', 'par an': 'year', 'par année': 'year', 'par heure': 'hour', 'chaque mois': 'month', 'chaque année': 'year', 'chaque jour': 'day', 'pour chaque jour': 'day', 'chaque semaine': 'week', 'chaque heure': 'hour', 'par journée': 'day' }

/** Vague amounts, as intervals (ANNOTATION.md's conventions). */
const about = (v: number): VagueAmount => ({ lo: v, hi: v, qualifier: 'about' })
export const VAGUE: Record<string, VagueAmount> = {
  'des dizaines': { lo: 20, hi: 99, qualifier: 'vague' }, dizaines: { lo: 20, hi: 99, qualifier: 'vague' },
  'des centaines': { lo: 200, hi: 999, qualifier: 'vague' }, centaines: { lo: 200, hi: 999, qualifier: 'vague' },
  'des milliers': { lo: 2000, hi: 9999, qualifier: 'vague' }, milliers: { lo: 2000, hi: 9999, qualifier: 'vague' },
  'des dizaines de milliers': { lo: 20000, hi: 99999, qualifier: 'vague' }, 'dizaines de milliers': { lo: 20000, hi: 99999, qualifier: 'vague' },
  'des centaines de milliers': { lo: 200000, hi: 999999, qualifier: 'vague' }, 'centaines de milliers': { lo: 200000, hi: 999999, qualifier: 'vague' },
  'des millions': { lo: 2e6, hi: 9.99e6, qualifier: 'vague' }, 'des dizaines de millions': { lo: 2e7, hi: 9.99e7, qualifier: 'vague' }, 'des centaines de millions': { lo: 2e8, hi: 9.99e8, qualifier: 'vague' },
  'des milliards': { lo: 2e9, hi: 9.99e9, qualifier: 'vague' },
  quelques: { lo: 3, hi: 9, qualifier: 'vague', scales: true }, plusieurs: { lo: 3, hi: 10, qualifier: 'vague', scales: true },
  // "plusieurs dizaines" reads as "des dizaines" [20, 99] (tests/fixtures/news/ANNOTATION.md): two tens
  // are already several ("plusieurs" is "more than one"), so "plusieurs" adds no lower bound to the plural.
  'quelques dizaines': { lo: 30, hi: 90, qualifier: 'vague' }, 'plusieurs dizaines': { lo: 20, hi: 99, qualifier: 'vague' },
  'quelques centaines': { lo: 300, hi: 900, qualifier: 'vague' }, 'plusieurs centaines': { lo: 300, hi: 999, qualifier: 'vague' },
  'quelques milliers': { lo: 3000, hi: 9000, qualifier: 'vague' }, 'plusieurs milliers': { lo: 3000, hi: 9999, qualifier: 'vague' },
  'plusieurs dizaines de milliers': { lo: 30000, hi: 99999, qualifier: 'vague' }, 'plusieurs centaines de milliers': { lo: 300000, hi: 999999, qualifier: 'vague' },
  'plusieurs millions': { lo: 3e6, hi: 9.99e6, qualifier: 'vague' },
  'une dizaine': about(10), 'une douzaine': about(12), 'une quinzaine': about(15), 'une vingtaine': about(20), 'une trentaine': about(30),
  'une quarantaine': about(40), 'une cinquantaine': about(50), 'une soixantaine': about(60), 'une centaine': about(100), 'un millier': about(1000),
  'deux centaines': about(200), 'deux milliers': about(2000), 'trois centaines': about(300), 'trois milliers': about(3000),
}

/** Shares of a whole. The article belongs to a share without a number ("la moitié", "le tiers"), not to one with its number ("les deux tiers" → "deux tiers"). */
export const FRACTIONS: Record<string, number> = {
  'la moitié': 0.5, 'moitié': 0.5, 'un tiers': 1 / 3, 'le tiers': 1 / 3, 'deux tiers': 2 / 3, 'un quart': 0.25, 'le quart': 0.25, 'trois quarts': 0.75, 'un cinquième': 0.2,
}

/** Words after a fraction that make it a share of a whole; words before it that make it none. */
export const SHARE_FOLLOWERS = ['de', 'd', 'des', 'du']
export const NOT_SHARE_LEADS = ['première', 'seconde', 'deuxième', 'autre', 'dernière']

/** Qualifiers before a figure: the phrase and what it does to the interval. */
export const QUALIFIERS_BEFORE: Record<string, 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most'> = {
  '>': 'more-than', '<': 'less-than', '≥': 'at-least', '≤': 'at-most', '>=': 'at-least', '<=': 'at-most',
  environ: 'about', 'près de': 'about', "près d'": 'about', quelque: 'about', 'à peu près': 'about', approximativement: 'about', presque: 'about', quasiment: 'about',
  'autour de': 'about', "autour d'": 'about', 'aux alentours de': 'about', "de l'ordre de": 'about', 'pas loin de': 'about', 'plus ou moins': 'about', 'avoisinant': 'about', 'avoisine': 'about', 'approchant': 'about',
  // « plus des deux tiers », « moins des trois quarts » : la même borne devant une part définie.
  'plus des': 'more-than', 'moins des': 'less-than',
  'plus de': 'more-than', "plus d'": 'more-than', 'un peu plus de': 'more-than', "un peu plus d'": 'more-than', 'bien plus de': 'more-than', 'au-delà de': 'more-than', 'largement plus de': 'more-than',
  'dépassant': 'more-than', 'dépasse': 'more-than', 'dépassera': 'more-than', 'dépasseront': 'more-than', 'dépassait': 'more-than', 'a dépassé': 'more-than', 'ont dépassé': 'more-than', 'dépassé': 'more-than', 'dépasser': 'more-than',
  'au moins': 'at-least', 'pas moins de': 'at-least', "pas moins d'": 'at-least', 'au minimum': 'at-least', 'un minimum de': 'at-least',
  'moins de': 'less-than', "moins d'": 'less-than', 'un peu moins de': 'less-than', "un peu moins d'": 'less-than', 'en deçà de': 'less-than',
  "jusqu'à": 'at-most', 'au plus': 'at-most', 'au maximum': 'at-most', 'tout au plus': 'at-most', 'pas plus de': 'at-most', "pas plus d'": 'at-most', 'un maximum de': 'at-most', 'dans la limite de': 'at-most', "dans la limite d'": 'at-most', 'plafonné à': 'at-most', 'plafonnée à': 'at-most', 'plafonnés à': 'at-most', 'plafonnées à': 'at-most',
  'pourrait atteindre': 'at-most', 'pourraient atteindre': 'at-most', 'pourrait grimper à': 'at-most', 'pourrait monter à': 'at-most',
}
/** Qualifiers after a figure. */
export const QUALIFIERS_AFTER: Record<string, 'about' | 'at-least' | 'at-most'> = {
  environ: 'about', 'ou presque': 'about', 'au moins': 'at-least', 'au minimum': 'at-least', 'ou plus': 'at-least', 'et plus': 'at-least', 'au maximum': 'at-most', 'au plus': 'at-most', 'tout au plus': 'at-most', 'à peu près': 'about',
}
/** Qualifiers after the counted noun ("un millier de soldats français environ"). */
export const QUALIFIERS_AFTER_NOUN: Record<string, 'about' | 'at-least' | 'at-most'> = { environ: 'about', 'au moins': 'at-least', 'au maximum': 'at-most' }
/** "a grimpé jusqu'à 51,8 degrés": the level a figure reached, not a ceiling ("pourrait grimper jusqu'à" stays one). */
/** « en plus des dix militaires » (outre les dix) : les mots d'une borne dans une locution qui n'en est pas une. */
export const NOT_BOUNDS = ['en plus des', 'en plus de', "en plus d'"]
export const NOT_BOUND_AFTER = ['grimpé', 'grimpée', 'grimpés', 'monté', 'montée', 'montés', 'allé', 'allée']
/** Verbs that cross a threshold named right before the figure: "a franchi la barre des 1 000 morts". */
export const THRESHOLD_VERBS: Record<string, 'more-than' | 'less-than'> = {
  franchi: 'more-than', franchit: 'more-than', franchissent: 'more-than', franchir: 'more-than', franchira: 'more-than', dépassé: 'more-than', dépasse: 'more-than', dépassent: 'more-than', dépasser: 'more-than', passé: 'more-than', passe: 'more-than', passent: 'more-than', passer: 'more-than', crevé: 'more-than', crève: 'more-than',
  'passé sous': 'less-than', 'passe sous': 'less-than', 'tombé sous': 'less-than', 'tombe sous': 'less-than', 'repassé sous': 'less-than',
}
export const THRESHOLDS = ['la barre des', 'la barre de', 'le cap des', 'le cap de', 'le seuil des', 'le seuil de', 'la barre symbolique des', 'le cap symbolique des', 'le seuil symbolique des', 'la barre symbolique de', 'le cap symbolique de']

/** Verbs that bound a figure with a word or two between them ("dépasseraient selon lui trois milliards"). */
export const QUALIFIER_VERBS: Record<string, 'about' | 'more-than' | 'at-most'> = {
  dépasse: 'more-than', dépassent: 'more-than', dépassera: 'more-than', dépasseront: 'more-than', dépassait: 'more-than', dépassaient: 'more-than', dépasserait: 'more-than', dépasseraient: 'more-than', dépassé: 'more-than', excède: 'more-than',
  approche: 'about', approchait: 'about', approchent: 'about', approchaient: 'about', avoisine: 'about', avoisinait: 'about', avoisinent: 'about', frôle: 'about', frôlait: 'about',
  atteindre: 'at-most', dépasser: 'more-than',
}

/** Verbs of change: "passé de 200 000 à 600 000" is an old and a new figure, not a range. */
export const CHANGE_VERBS = ['passant', 'passé', 'passée', 'passés', 'passer', 'passe', 'passait', 'augmenté', 'grimpé', 'baissé', 'chuté', 'diminué', 'évolué', 'relevé', 'revu', 'révisé', 'porté', 'hausse', 'baisse', 'progressé', 'reculé', 'bondi', 'triplé', 'doublé']

export const RANGE_OPENERS: Record<string, 'between' | 'from'> = { entre: 'between', 'entre le': 'between', 'entre les': 'between', de: 'from', du: 'from', "d'": 'from', 'de la': 'from' }
// « entre 20 à 30 » : une fourchette ouverte par « entre » est parfois fermée par « à ».
export const RANGE_JOINS = { between: ['et', 'et le', 'et les', 'à'], from: ['à', 'au', "jusqu'à", "jusqu'au"], bare: ['-', 'à'] }
/** Words after which "de" belongs to them, not to a range ("font état de 400 à 750"). */
export const DE_GOVERNORS = ['état', 'plus', 'moins', 'près', 'auprès', 'hausse', 'baisse', 'total', 'nombre', 'bilan', 'chiffre', 'facture', 'montant', 'somme']

/** "One" as the next count of a list, and the words that place it there ("et une en Andalousie"). */
export const LIST_ONES = ['un', 'une']
export const LIST_PLACES = ['en', 'à', 'au', 'aux', 'dans', 'sur']
/** Determiners after "de" that make a vague amount part of a known group. */
export const PARTITIVES = ['des', 'ses', 'ces', 'les', 'leurs', 'nos', 'vos', 'mes', 'tes', 'entre', 'celles', 'ceux']
/** Words that follow a number without being what it counts. */
export const STOPWORDS = [
  'de', 'd', 'du', 'des', 'le', 'la', 'les', 'l', 'un', 'une', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'chez', 'vers', 'contre', 'entre', 'selon', 'depuis', 'pendant', 'après', 'avant',
  'et', 'ou', 'mais', 'ni', 'car', 'donc', 'que', 'qui', 'quoi', 'dont', 'où', 'si', 'ce', 'cet', 'cette', 'ces', 'se', 's', 'sa', 'son', 'ses', 'leur', 'leurs', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'y',
  'est', 'sont', 'était', 'étaient', 'a', 'ont', 'avait', 'avaient', 'sera', 'seront', 'été', 'être', 'avoir', 'aura', 'auront', 'fut',
  'autres', 'autre', 'de', 'plus', 'moins', 'environ', 'seulement', 'encore', 'déjà', 'aussi', 'tous', 'toutes', 'tout', 'fois', 'pour', 'cent', 'près', 'ne', 'n', 'pas', 'jamais', 'selon', 'soit', 'voire', 'dont',
]
/** Before a number word with nothing counted after it: it refers back or is an idiom ("the nine.", "in two."). */
export const DETERMINERS = ['les', 'ces', 'en', 'des', 'leurs', 'tous', 'toutes']
export const TIMES = ['fois', 'foi']
export const NAME_HEADS = ['ref', 'réf', 'référence', 'reference', 'id', 'résolution', 'article', 'chapitre', 'section', 'alinéa', 'vol', 'route', 'autoroute', 'chaîne', 'france', 'cop', 'g', 'page', 'vision', 'agenda', 'expo', 'phase', 'niveau', 'modèle', 'version', 'série', 'boeing', 'airbus', 'embraer', 'antonov', 'sukhoi', 'tupolev', 'ilyushin', 'bombardier', 'cessna', 'terminal', 'porte', 'salle', 'tb', 'type', 'classe', 'n', 'no', 'numéro', 'brigade', 'division', 'bataillon', 'régiment', 'unité', 'sourate', 'verset', 'rafale', 'mirage', 'ligne', 'euro']
export const FURNITURE = ['min de lecture', 'minutes de lecture', 'mn de lecture', 'partages', 'commentaires', 'commentaire', 'vues', 'photos', 'j\'aime']
/** Page furniture before a number ("Temps de lecture : 2 min"). */
export const FURNITURE_LEADS = ['temps de lecture', 'lecture', 'partages', 'commentaires', 'vues', 'il vous reste', 'vidéo suivante dans']
/** Words before a number to call: a phone or short number, not a figure. */
export const DIAL_LEADS = ['composer le', 'composez le', 'appeler le', 'appelez le', 'appelant le', 'numéro vert', 'numéro gratuit', "numéro d'urgence", 'numéro court', 'au numéro', 'joignable au']
export const ORDINAL_SUFFIXES = ['e', 'er', 're', 'ère', 'ème', 'eme', 'è', 'nd', 'nde', 'd', 'de']
/** Clock times: words before a number of hours, and words after a small number. */
export const CLOCK_LEADS = ['à', 'vers', 'dès', 'aux alentours de', 'autour de', 'peu après', 'peu avant', 'à partir de', 'il était', 'il est', "jusqu'à"]
// (Not "avant", "après" or "passé" alone: "sorti vivant après 20 heures sous les décombres" is a duration.)
export const CLOCK_AFTER = ['du matin', 'du soir', "de l'après-midi", 'heure locale', 'heures locales', 'gmt', 'utc', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'ce matin', 'ce soir']
export const CLOCK_WORDS = ['h gmt', 'heures gmt', 'gmt', 'utc', 'heure locale', 'heures locales', 'h locales']
/** Before a date in its clause: it is to come (a weekday or a yearless month is then the next one). */
export const FUTURE_WORDS = ['attendu', 'attendue', 'attendus', 'attendues', 'sera', 'seront', 'aura', 'auront', 'doit', 'doivent', 'devra', 'devront', 'devrait', 'devraient', 'va', 'vont', 'prévu', 'prévue', 'prévus', 'prévues', 'prochainement']
export const FUTURE_ENDINGS: string[] = ['era', 'ira', 'ura', 'ora', 'rra', 'dra', 'ront']
/** Words that end the clause for that look-back. */
export const CLAUSE_ENDS = ['a', 'ont', 'selon', 'et', 'mais', 'après', 'depuis', 'avait', 'était', 'est']
export const MAGNITUDE_CUES = ['magnitude', 'magnitudes', 'richter', 'réplique', 'répliques']
/** Counted nouns that are a magnitude's unit in a sentence about a quake ("6,4 degrés sur l'échelle de Richter"). */
export const MAGNITUDE_NOUNS = ['degrés', 'degré', 'points']

// Dates.
export const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12, dec: 12,
}
export const MONTH_ABBREVIATIONS = ['janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'dec']
/** Month names that are also everyday words: months only next to a day or a year, or after a date word. */
export const WEAK_MONTHS = ['mars', 'sept', 'oct', 'nov', 'dec']
/** Words before a lone month that make it a date ("en mai", "depuis avril"). */
export const MONTH_LEADS = ['en', 'depuis', 'de', 'd', 'dès', 'jusqu', 'à', 'au', 'fin', 'début', 'mi', 'courant', 'mois', 'entre', 'et', 'avant', 'après', 'pendant', 'vers']
export const WEEKDAYS: Record<string, number> = { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 }
/** Times of day after a weekday; they belong to the date's span ("mardi soir"). */
export const TIMES_OF_DAY = ['matin', 'soir', 'après-midi', 'midi', 'soirée', 'matinée', 'nuit', 'après midi']
/** « tôt demain matin », « tard mardi soir » : un moment du jour avant le jour, dans l'empan. */
export const DAY_EDGES = ['tôt', 'tard']
/** « plus tôt mercredi » (earlier on Wednesday) : le jour seul est la date. */
export const DAY_EDGE_COMPARATIVES = ['plus']
/** « l'après-midi de mercredi », « la nuit de lundi » : un moment du jour, puis son jour. */
export const TIME_OF_DAY_OF = ['de', 'du']
export const PAST = ['dernier', 'dernière', 'passé', 'passée']
export const NEXT = ['prochain', 'prochaine']

export const PERIOD_PARTS: Record<string, 'early' | 'mid' | 'late'> = {
  début: 'early', 'le début': 'early', 'le début de': 'early', 'début de': 'early', 'le début du': 'early', 'début du': 'early', "début d'": 'early', "le début d'": 'early',
  mi: 'mid', 'la mi': 'mid', courant: 'mid',
  fin: 'late', 'la fin': 'late', 'la fin de': 'late', 'la fin du': 'late', 'fin de': 'late', 'fin du': 'late', "la fin d'": 'late', "fin d'": 'late',
}

/** Un jour compté depuis le dernier jour que le texte a donné (« la veille »), non depuis la parution. */
export const ANAPHORIC_DAYS: Record<string, number> = {
  'la veille': -1, 'le jour précédent': -1, 'la journée précédente': -1,
  'le lendemain': 1, 'le jour suivant': 1, 'la journée suivante': 1,
}
/** Mots qui ouvrent l'événement compté après « la veille » (« la veille du scrutin »). */
export const ANAPHORIC_EVENT_OPENERS = ['de', 'du', 'des', 'd']
export const RELATIVE: Record<string, { unit: 'day' | 'week' | 'month' | 'year'; offset: number }> = {
  // Une partie du jour de la publication : « ce soir », « ce matin » (« aujourd'hui » seul veut surtout dire « de nos jours »).
  'ce soir': { unit: 'day', offset: 0 }, 'ce matin': { unit: 'day', offset: 0 }, 'cet après-midi': { unit: 'day', offset: 0 }, 'cet après midi': { unit: 'day', offset: 0 }, 'ce midi': { unit: 'day', offset: 0 },
  hier: { unit: 'day', offset: -1 }, 'avant-hier': { unit: 'day', offset: -2 }, demain: { unit: 'day', offset: 1 }, 'après-demain': { unit: 'day', offset: 2 },
  'la semaine dernière': { unit: 'week', offset: -1 }, 'la semaine passée': { unit: 'week', offset: -1 }, 'la semaine prochaine': { unit: 'week', offset: 1 }, 'cette semaine': { unit: 'week', offset: 0 },
  'le mois dernier': { unit: 'month', offset: -1 }, 'le mois passé': { unit: 'month', offset: -1 }, 'le mois prochain': { unit: 'month', offset: 1 }, 'ce mois-ci': { unit: 'month', offset: 0 },
  "l'an dernier": { unit: 'year', offset: -1 }, "l'an passé": { unit: 'year', offset: -1 }, "l'année dernière": { unit: 'year', offset: -1 }, "l'année passée": { unit: 'year', offset: -1 },
  "l'an prochain": { unit: 'year', offset: 1 }, "l'année prochaine": { unit: 'year', offset: 1 }, 'cette année': { unit: 'year', offset: 0 },
}
/** Periods that follow a part word only ("fin de l'année", "début du mois"). */
export const PART_RELATIVE: Record<string, { unit: 'week' | 'month' | 'year'; offset: number }> = {
  "l'année": { unit: 'year', offset: 0 }, 'année': { unit: 'year', offset: 0 }, 'mois': { unit: 'month', offset: 0 }, 'semaine': { unit: 'week', offset: 0 },
  'cette année': { unit: 'year', offset: 0 }, "l'année dernière": { unit: 'year', offset: -1 }, "l'an dernier": { unit: 'year', offset: -1 }, "l'année prochaine": { unit: 'year', offset: 1 }, "l'an prochain": { unit: 'year', offset: 1 },
  'année dernière': { unit: 'year', offset: -1 }, 'année prochaine': { unit: 'year', offset: 1 }, 'mois dernier': { unit: 'month', offset: -1 }, 'mois prochain': { unit: 'month', offset: 1 }, 'ce mois': { unit: 'month', offset: 0 }, 'ce mois-ci': { unit: 'month', offset: 0 },
}
/** « plus tôt ce mois-ci » : the period of publication up to the day before it; « plus tard cette année », from the day after. */
export const CLIPS: Record<string, 'to-ref' | 'from-ref'> = { 'plus tôt': 'to-ref', 'plus tard': 'from-ref' }
export const WEEKENDS: Record<string, number> = { 'le week-end dernier': -1, 'ce week-end': 0, 'le week-end prochain': 1, 'le weekend dernier': -1, 'ce weekend': 0 }
export const SEASONS: Record<string, 'spring' | 'summer' | 'autumn' | 'winter'> = { printemps: 'spring', été: 'summer', automne: 'autumn', hiver: 'winter' }
/** "les années 1990". */
export const DECADE_LEADS = ['les années', 'années']

/** Words that join a bare number to a scaled amount after it, which lends it its scale and unit ("à 600 puis à 550 millions de dollars"). */
export const SUCCESSIONS = ['puis']
/** Words that tie a bare scaled amount to the money figure before it in its sentence, whose currency it takes ("800 millions d'euros, dont 200 millions"). */
export const CURRENCY_LINKS = ['dont', 'soit', 'puis', 'ou', 'y compris']
/** Words after "le 28" that leave it to other readers: a pair's second end ("le 27 au 28", "le 27 et le 28") or what it is a day of. */
export const BARE_DAY_NOT_AFTER = ['au', 'à', 'et', 'ou', 'de', 'd', 'du', 'des']
/** Prepositions that change what a date claims, kept in its span. */
export const DATE_PREPOSITIONS = ['depuis', 'depuis le', 'depuis la', "jusqu'au", "jusqu'à", "jusqu'en", "jusqu'à la", 'dès', 'dès le', 'dès la', 'à compter du', 'à compter de', "à compter d'", 'à partir du', 'à partir de', "à partir d'", 'avant', 'avant le', 'avant la', 'après', 'après le', 'après la', "d'ici", "d'ici le", "d'ici la", "d'ici à", 'au', "d'ici au", 'au plus tard le']
/** Deadline prepositions: a yearless date after them is the next one ("au 31 décembre"). */
export const DEADLINE_PREPOSITIONS = ["d'ici", "d'ici le", "d'ici la", "d'ici à", 'au', "d'ici au", 'au plus tard le']
/** Prepositions kept before a bare year ("en 2001"). */
export const YEAR_PREPOSITIONS = ['en']
/** Words before a bare year that make it a date ("l'an 2000", "de 2019"). */
export const YEAR_LEADS = ['en', 'de', 'd', 'depuis', 'dès', 'jusqu', 'avant', 'après', 'entre', 'et', 'à', 'au', 'an', 'année', 'fin', 'début', 'mi', 'courant', 'du', 'le', 'la', 'l', 'pour', 'vers', 'printemps', 'été', 'automne', 'hiver']
/** Words between the two parts of a duration in two units ("trois heures et vingt minutes"), and the range opener that rules one out. */
export const DURATION_JOINS = { joins: ['et', ','], notAfter: ['entre'] }
/** End-bound prepositions among the kept ones: a yearless day a few days after the publication day is the coming one ("until"). */
export const UNTIL_PREPOSITIONS = ["jusqu'au", "jusqu'à", "jusqu'à la"]
/** Determiners between a kept preposition and its date, kept in the span with it ("dès ce lundi", "depuis ce mardi"). */
export const DATE_PREPOSITION_DETERMINERS = ['ce', 'cet', 'cette']
/** Definite determiners before a small number word that may refer back ("the two sides" after both were named). */
export const ANAPHORIC_DETERMINERS = ['les', 'des', 'aux', 'ces']
/** Between two amounts given as alternatives, which make one range of numbers ("two or three days"). */
export const RANGE_ALTERNATIVES = ['ou']

/** "un jour" also means "someday": a duration only after a word that governs a length of time or before one that places a time. */
export const SOMEDAY = ['un jour']
export const SOMEDAY_GOVERNORS = [
  'pendant', 'durant', 'en', "d'", 'de', 'pour', 'depuis', 'sur', 'il y a', 'y a', 'dans', 'après', 'avant', 'sous', "au bout d'", "l'espace d'", 'seulement', 'juste', 'à peine', 'moins', 'plus',
  'dure', 'durent', 'duré', 'durera', 'dureront', 'durait', 'duraient', 'durer', 'fallu', 'faut', 'faudra', 'fallait', 'faudrait', 'pris', 'prend', 'prendra', 'prendre', 'mis', 'met', 'mettra', 'mettre',
  'attendu', 'attendre', 'passé', 'passer', 'accordé', 'donné', 'resté', 'reste', 'restait', 'rester', 'écoulé', 'écoulée',
]
export const SOMEDAY_RELATIONS = ['plus tard', 'plus tôt', 'après', 'avant', 'auparavant', 'de plus', 'de moins', 'entier', 'et demi', 'de deuil', 'de grève', 'de repos', 'de congé', 'seulement', 'à peine']

/** A vague distance that places the narrative ("Quelques mètres plus loin", "à quelques kilomètres de là"). */
export const NARRATIVE_DISTANCE_UNITS = ['m', 'km', 'ft', 'mi', 'nmi']
export const NARRATIVE_DISTANCE_BEFORE = ['à']
export const NARRATIVE_DISTANCE_AFTER = ['plus loin', 'plus haut', 'plus bas', 'plus au nord', 'plus au sud', "plus à l'est", "plus à l'ouest", 'de là', 'de distance', 'en contrebas', 'en amont', 'en aval']

/** Pieces of text the article is cut into ("en quelques données", "la crise en cinq chiffres", "cinq choses à retenir"). */
export const TEXT_UNIT_NOUNS = ['données', 'chiffres', 'mots', 'dates', 'questions', 'points', 'images', 'photos', 'graphiques', 'cartes', 'étapes', 'lignes', 'infographies', 'vidéos', 'choses', 'leçons', 'clés', 'enseignements', 'repères', 'actes']
export const TEXT_UNIT_BEFORE = ['en']
export const TEXT_UNIT_AFTER = ['à retenir', 'à savoir', 'pour comprendre', 'qui résument', 'clés']

/** A figure the text denies ("de « dizaines » de victimes, et non de milliers"). */
// Not "au lieu de", "plutôt que": the figure a correction replaces ("à 12,5 km au lieu de 9 km") is still one a source gave.
export const DENIALS = ['et non', 'et non pas', 'non pas', 'et pas', 'mais pas', 'mais non']
export const DENIAL_BETWEEN = ['de', 'des', "d'", 'du']
/** After a denied figure, words that say someone stated it ("et non 200 comme annoncé au départ"): it stays. */
export const DENIAL_CLAIMED = ['comme annoncé', 'comme annoncés', 'comme annoncée', 'comme annoncées', 'comme indiqué', 'comme affirmé', 'comme avancé', 'comme rapporté', "comme l'avaient", "comme l'avait", 'comme initialement', 'comme affirmaient', 'annoncés', 'annoncé']

/** After a definite number's noun, words that say which ones it means ("les deux barrages qui retiennent l'oued"). */
export const IDENTIFIERS = ['qui', 'que', "qu'", 'dont', 'où', 'de', "d'", 'du', 'des', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'situés', 'situées', 'construits', 'construites', 'nommés', 'appelés', 'chargés', 'accusés', 'tués', 'blessés', 'arrêtés', 'disparus', 'morts']

/** A coordinated preposition that repeats a bound's "de" for a second figure ("dans la limite de 25 litres par voiture et de 5 litres par moto"). */
export const COORDINATED_BOUNDS = ['et de', "et d'", 'ou de', "ou d'"]
/** Noms qui comptent les morts ou des personnes : « 212 morts … Parmi les 212 victimes » reprend le même nombre. */
export const PERSON_NOUNS = ['personnes', 'victimes', 'morts', 'corps', 'décès', 'tués', 'défunts', 'vies']
/** Shell nouns: after a definite number they sum up things the text named before ("les deux épisodes", "les deux pays"). */
export const SHELL_NOUNS = ['belligérants', 'protagonistes', 'adversaires', 'rivaux', 'épisodes', 'événements', 'évènements', 'drames', 'catastrophes', 'tragédies', 'phénomènes', 'incidents', 'faits', 'affaires', 'cas', 'pays', 'camps', 'parties', 'capitales', 'villes', 'hommes', 'femmes', 'dirigeants', 'présidents', 'candidats', 'établissements', 'chefs', 'textes', 'documents', 'accords', 'opérations', 'attaques', 'scrutins', 'crues', 'séismes', 'naufrages', 'rapports', 'bilans', 'chiffres']
/** Trimestres et semestres d'une année ("au premier trimestre 2024", "T3 2024"). */
export const YEAR_PART_ORDINALS: Record<string, number> = { premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, dernier: 4 }
export const YEAR_PART_PERIODS: Record<string, number> = { trimestre: 3, semestre: 6 }
export const YEAR_PART_LETTERS = ['t']
export const YEAR_PART_OF = ['de', "d'"]
