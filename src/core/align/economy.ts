import type { Lang } from '../model'
import type { Concept } from './measures'

// Measures of economic, legal and shipping reports, beyond the toll of a disaster: the money one
// party claims, another offers, a court or a deal settles, what a thing is worth, what a stoppage
// costs each day; how long something stayed closed or held; the days a ship ran aground, was
// refloated, seized or released, a deal signed, a court ruled; what a ship carries or holds.
// Read in Arabic, English and French as news writes them ("تطالب بتعويض قدره", "is demanding
// $900 million", "réclame 900 millions", "bloqué pendant six jours", "ظلت محتجزة", "ran aground
// on 23 March", "d'une capacité de 20 000 EVP").

/**
 * The verbs (and nouns that govern like one: "a down payment of") that say which sum the amount
 * right after them is: moneyVerb.ts reads them there. Each is also a word of its measure anywhere
 * in the clause, but for the verbs of loss: "ont perdu la vie" is a toll, "les biens perdus" what
 * aid replaces. (Not "seeking", "asking for", "demandé", "طلبت": "the UN is seeking $400 million in
 * aid" is an appeal; nor "claims", which also counts requests: "1,200 claims filed"; nor "ordered
 * to pay", which a court says of compensation as often as of a fine.)
 */
export const AMOUNT_VERBS: Record<'claim' | 'offer' | 'down-payment' | 'lost' | 'fine', Record<Lang, string[]>> = {
  claim: {
    en: ['demanding', 'demands', 'demanded', 'demand', 'claiming', 'claimed'],
    fr: ['réclame', 'réclament', 'réclamé', 'réclamée', 'réclamait', 'réclamaient', 'réclamer', 'exige', 'exigent', 'exigé', 'exigeait', 'exiger', 'prétentions à'],
    ar: ['يطالب', 'تطالب', 'طالب', 'طالبت', 'يطالبون', 'طالبوا', 'تطالبه', 'يطالبه'],
  },
  offer: {
    en: ['offered', 'offering', 'offers', 'has offered', 'proposed to pay', 'put forward'],
    fr: ['offert', 'offre', 'offrait', 'a proposé', 'propose', 'proposait', 'proposé'],
    ar: ['عرض', 'عرضت', 'لم تعرض', 'لم يعرض', 'يعرض', 'عرضوا'],
  },
  'down-payment': {
    en: ['down payment of', 'down-payment of', 'advance payment of', 'upfront payment of', 'deposit of', 'first instalment of', 'first installment of'],
    fr: ['acompte de', "acompte d'", 'premier versement de', 'versement initial de', 'avance de'],
    ar: ['دفعة مقدمة', 'دفعة أولى', 'دفعة أولية', 'الدفعة الأولى', 'الدفعة المقدمة', 'عربون', 'عربونا'],
  },
  lost: {
    en: ['lost', 'loses', 'losing', 'lose', 'forwent'],
    fr: ['perdu', 'perd', 'perdent', 'perdrait', 'perdraient', 'perdre'],
    ar: ['خسر', 'خسرت', 'تخسر', 'يخسر', 'خسروا', 'فقدت', 'تفقد', 'يفقد'],
  },
  fine: {
    en: ['fined', 'a fine of', 'a penalty of'],
    fr: ['condamné à payer', 'condamnée à payer', 'condamnés à payer', 'une amende de', "une amende d'", 'une pénalité de'],
    ar: ['غرامة', 'غرامة قدرها', 'غرامة مالية', 'بتغريم', 'تغريم', 'غرمت'],
  },
}

/** A measure's own words with the verbs that govern its amounts. */
function withVerbs(id: 'claim' | 'offer' | 'down-payment' | 'fine', words: Record<Lang, string[]>): Record<Lang, string[]> {
  const v = AMOUNT_VERBS[id]
  return { ar: [...new Set([...v.ar, ...words.ar])], en: [...new Set([...v.en, ...words.en])], fr: [...new Set([...v.fr, ...words.fr])] }
}

/**
 * Money measures that take words from the aid pledged (compensation is a kind of it) and must be
 * read before it: measures.ts lists them ahead of the aid concept.
 */
export const MONEY_CONCEPTS: Concept[] = [
  {
    // Money paid or owed to make good a loss ("Rs 2 lakh ex gratia", "تعويض قدره", "une
    // indemnisation"): a kind of the aid a body decides, counted toward it when no topic asks for it.
    id: 'compensation', decided: true, broader: 'aid', family: 'money', label: { en: 'compensation', ar: 'التعويض' },
    words: {
      ar: ['تعويض', 'تعويضات', 'التعويض', 'التعويضات', 'تعويضا', 'كتعويض', 'كتعويضات', 'جبر الضرر'],
      en: ['compensation', 'ex gratia', 'ex-gratia', 'indemnity', 'indemnities', 'indemnification', 'reparations', 'redress'],
      fr: ['indemnisation', 'indemnisations', 'indemnité', 'indemnités', 'dédommagement', 'dédommagements', 'réparations'],
    },
  },
  {
    // What one party demands of another ("is demanding at least $900 million", "réclame 900
    // millions", "exiger 916 millions", "التعويض الذي تطالب به", "المطالبة الأولى بلغت"). (Not the
    // noun "claims" alone: "1,200 claims filed" counts requests.) Its verbs are AMOUNT_VERBS'.
    id: 'claim', broader: 'compensation', family: 'money', label: { en: 'amount claimed', ar: 'المبلغ المطالب به' },
    words: withVerbs('claim', {
      ar: ['المطالبة', 'مطالبة', 'مطالبات', 'المطالبات', 'مطالب', 'مطالبها', 'مطالبه', 'مطالبتها', 'مطالبته', 'المبلغ المطالب', 'المطالب به'],
      en: ['claim of', 'claim for', 'compensation claim', 'demand for', 'sum claimed', 'amount claimed'],
      fr: ['prétentions', 'somme demandée', 'montant demandé', 'montant réclamé', 'somme réclamée'],
    }),
  },
  {
    // What the other side puts forward ("the owner offered only $150 million", "لم تعرض سوى",
    // "l'armateur a proposé"). (Not "تعرض" alone: "تعرض الاقتصاد لخسائر" was exposed to them.)
    id: 'offer', broader: 'compensation', family: 'money', label: { en: 'amount offered', ar: 'المبلغ المعروض' },
    words: withVerbs('offer', {
      ar: ['العرض', 'عرضا', 'عرضه', 'عرضها'],
      en: ['offer', 'offer of', 'counter-offer', 'counteroffer'],
      fr: ['proposition', 'contre-proposition'],
    }),
  },
  {
    // A part paid first of a larger sum ("a down payment of $200 million", "دفعة مقدمة قيمتها",
    // "un acompte de").
    id: 'down-payment', broader: 'compensation', family: 'money', label: { en: 'down payment', ar: 'الدفعة المقدمة' },
    words: withVerbs('down-payment', {
      ar: ['القسط الأول'],
      en: ['down payment', 'down-payment', 'advance payment', 'upfront payment', 'first instalment', 'first installment', 'deposit', 'advance of'],
      fr: ['acompte', 'premier versement', 'versement initial', 'premier acompte', 'caution'],
    }),
  },
  {
    // What two parties agreed to end a dispute ("settled for $16 million", "التسوية", "un
    // règlement à l'amiable").
    id: 'settlement', broader: 'compensation', family: 'money', label: { en: 'settlement', ar: 'التسوية' },
    words: {
      ar: ['تسوية', 'التسوية', 'تسوية ودية', 'اتفاق التسوية', 'تسوية مالية'],
      en: ['settlement', 'settled for', 'settle for', 'out-of-court settlement'],
      fr: ['règlement amiable', "règlement à l'amiable", 'accord amiable', 'transaction', "à l'amiable"],
    },
  },
  {
    // What a thing is worth ("some $3.5 billion worth of cargo", "قيمة هذه البضائع بنحو", "une
    // cargaison d'une valeur de"). (Not "worth" alone, nor "قيمة" alone, which "بقيمة" also
    // reads: "an aid package worth $5 million", "مساعدة بقيمة" are the aid's amount.)
    id: 'value', fixed: true, family: 'money', label: { en: 'value', ar: 'القيمة' },
    words: {
      ar: ['قيمة البضائع', 'قيمة هذه البضائع', 'قيمة الحمولة', 'قيمة الشحنة', 'قيمة السفينة', 'قيمة الصفقة', 'قيمة العقد', 'القيمة الإجمالية', 'القيمة السوقية'],
      en: ['worth of', 'value of', 'valued at', 'market value'],
      fr: ['valeur de', "valeur d'", 'valeur des', 'valeur du', 'valeur totale', 'valeur marchande', "d'une valeur de", 'évaluée à', 'évalué à', 'évaluées à', 'évalués à'],
    },
  },
  {
    // What comes in (a state's receipts, a firm's takings), and so what a stoppage forgoes. (Not a fee
    // per passage, "transit fees", "رسوم العبور": a price, which a reader compares as one.)
    id: 'revenue', family: 'money', label: { en: 'revenue', ar: 'الإيرادات' },
    words: {
      ar: ['إيرادات', 'الإيرادات', 'إيراد', 'عائدات', 'العائدات', 'مداخيل', 'المداخيل'],
      en: ['revenue', 'revenues', 'earnings', 'income', 'receipts', 'takings'],
      fr: ['recettes', 'revenus', "chiffre d'affaires", 'manque à gagner'],
    },
  },
  {
    // What a party lost, often by the day ("Egypt's loss per day", "une perte de 15 millions par
    // jour", "خسائر يومية"): a part of the damage and losses. Its verbs ("lost", "a perdu", "خسرت",
    // AMOUNT_VERBS.lost) are read by moneyVerb.ts, as the verb of an amount only: "ont perdu la vie" is a toll,
    // "les biens perdus" are what aid replaces.
    id: 'lost', broader: 'damage', family: 'money', label: { en: 'money lost', ar: 'الخسائر المالية' },
    words: {
      ar: ['خسارة', 'الخسارة', 'خسائر يومية', 'الخسائر اليومية'],
      en: ['loss', 'loss of', 'forgone', 'daily loss', 'daily losses', 'lost revenue', 'lost earnings'],
      fr: ['perte', 'perte sèche', 'pertes quotidiennes', 'perte de recettes', 'pertes de recettes'],
    },
  },
  {
    // What a court or a regulator imposes ("fined $2 million", "une amende de", "غرامة قدرها").
    id: 'fine', family: 'money', label: { en: 'fine', ar: 'الغرامة' },
    words: withVerbs('fine', {
      ar: ['غرامات', 'الغرامة', 'الغرامات'],
      en: ['fine of', 'penalty', 'penalties', 'fines'],
      fr: ['amende', 'amendes', 'pénalité', 'pénalités'],
    }),
  },
  {
    // What someone is paid for working, mostly by the month ("a salary of $3,000 a month", "they
    // earned $2,500", "un salaire de 2 600 dollars", "يتقاضى راتباً شهرياً"): a wage, not aid. ("Pay"
    // only as the noun of a wage, "monthly pay"; "paid" alone is any payment.)
    id: 'wage', family: 'money', label: { en: 'pay', ar: 'الأجر' },
    words: {
      ar: ['راتب', 'راتبا', 'رواتب', 'الراتب', 'الرواتب', 'راتبه', 'رواتبهم', 'مرتب', 'مرتبات', 'أجر', 'أجرا', 'أجور', 'الأجر', 'الأجور', 'يتقاضى', 'يتقاضون', 'تقاضى', 'تقاضوا', 'يتقاضاه', 'أجر شهري', 'راتب شهري'],
      en: ['salary', 'salaries', 'wage', 'wages', 'monthly pay', 'weekly pay', 'pay of', 'earned', 'earn', 'earns', 'earning', 'paycheck', 'pay cheque'],
      fr: ['salaire', 'salaires', 'solde', 'rémunération', 'rémunérations', 'rémunéré', 'rémunérés', 'paye', 'paie', 'gagnaient', 'gagnait', 'gagnent', 'gagne', 'touchaient', 'touchait', 'touchent', 'avoir touché'],
    },
  },
]

/** The other measures: sizes, lengths of a state, and the days of events that are no disaster. */
export const ECONOMY_CONCEPTS: Concept[] = [
  // Sizes and capacities: what a ship, a train or a port holds or carries.
  {
    id: 'capacity', fixed: true, family: 'other', label: { en: 'capacity', ar: 'السعة' },
    words: {
      ar: ['سعة', 'سعتها', 'قدرة استيعابية', 'طاقة استيعابية', 'حاوية نمطية', 'حاويات نمطية'],
      en: ['teu', 'teus', 'capacity', 'twenty-foot equivalent units', 'twenty-foot containers', 'feu'],
      fr: ['evp', 'capacité', 'équivalents vingt pieds', 'conteneurs équivalent vingt pieds'],
    },
  },
  {
    // What a country or a firm buys abroad, by weight ("will import 200,000 tonnes of rice",
    // "importerait 200 000 tonnes de riz", "ستستورد 200 ألف طن من الأرز"): a quantity shipped.
    id: 'imports', broader: 'cargo', family: 'mass', label: { en: 'imports', ar: 'الواردات' },
    words: {
      ar: ['استيراد', 'باستيراد', 'يستورد', 'تستورد', 'ستستورد', 'سيستورد', 'استوردت', 'استورد', 'واردات', 'الواردات', 'المستوردة'],
      en: ['import', 'imports', 'imported', 'importing', 'will import'],
      fr: ['importer', 'importera', 'importerait', 'importeront', 'importeraient', 'importe', 'importent', 'importé', 'importés', 'importées', 'importation', 'importations'],
    },
  },
  {
    // Tugs counted ("Fifteen tugs", "onze remorqueurs", "١٥ قاطرة"): boats of their own kind.
    id: 'tugs', countedOnly: true, broader: 'vessels', family: 'vessels', label: { en: 'tugs', ar: 'القاطرات' },
    words: {
      ar: ['قاطرة', 'قاطرات', 'القاطرات', 'قاطرتين', 'زورق قطر', 'زوارق قطر', 'زوارق القطر', 'قاطرة بحرية'],
      en: ['tugs', 'tug', 'tugboats', 'tugboat'],
      fr: ['remorqueurs', 'remorqueur'],
    },
  },
  {
    // Trains counted ("two passenger trains and a goods train", "ثلاثة قطارات", "trois trains").
    // (Not "train" or "trains" alone in English and French: a plural is also read as its singular,
    // and "Balasore train crash death toll" is a toll, "en train de" no train.)
    id: 'trains', countedOnly: true, broader: 'vehicles', family: 'vehicles', label: { en: 'trains', ar: 'القطارات' },
    words: {
      ar: ['قطار', 'قطارات', 'القطارات', 'قطارين', 'قطاران', 'قطار ركاب', 'قطارات ركاب', 'قطار بضائع'],
      en: ['passenger trains', 'passenger train', 'goods train', 'goods trains', 'freight train', 'freight trains', 'locomotives'],
      fr: ['trains de voyageurs', 'train de voyageurs', 'trains de marchandises', 'train de marchandises', 'locomotives'],
    },
  },
  // How long a state lasted: a way closed, a thing held, a queue. (Lengths of time, never dated:
  // "bloqué le canal en mars" dates the grounding.)
  {
    id: 'closure', family: 'time', label: { en: 'length of the closure', ar: 'مدة الإغلاق' },
    words: {
      ar: ['إغلاق', 'الإغلاق', 'أغلق', 'أغلقت', 'مغلق', 'مغلقا', 'مغلقة', 'تعطل', 'تعطلت', 'تعطيل', 'توقف', 'توقفت', 'شلل', 'انسداد', 'عالقة', 'عالقا', 'إغلاقها'],
      en: ['closure', 'closed', 'shut', 'shutdown', 'blocked', 'blockage', 'blocking', 'paralysed', 'paralyzed', 'halted', 'stoppage', 'suspension', 'suspended', 'disruption', 'outage', 'jammed'],
      fr: ['fermeture', 'fermé', 'fermée', 'bloqué', 'bloquée', 'blocage', 'paralysie', 'paralysé', 'interruption', 'suspendu', 'suspension', 'coupure', 'obstrué', 'obstruction'],
    },
  },
  {
    // (Not "séquestré": "ses gardes ont séquestré le président" is a coup; nor "held" alone: "the
    // talks were held for two days" is a meeting.)
    id: 'held', family: 'time', label: { en: 'time held', ar: 'مدة الاحتجاز' },
    words: {
      ar: ['محتجزة', 'محتجز', 'محتجزا', 'احتجاز', 'الاحتجاز', 'احتجازها', 'احتجازه', 'راسية', 'رهن الاحتجاز', 'مكثت'],
      en: ['ship was held', 'vessel was held', 'ship held', 'vessel held', 'crew was held', 'held in port', 'held at port', 'held at anchor', 'held by', 'held in custody', 'held captive', 'held hostage', 'detained', 'impounded', 'immobilised', 'immobilized', 'immobilisation', 'immobilization', 'detention', 'at anchor', 'anchored', 'idle'],
      fr: ['immobilisation', 'immobilisé', 'immobilisée', 'retenu', 'retenue', 'détenu', 'détenue', 'détention', 'saisi', 'au mouillage', 'à quai'],
    },
  },
  {
    id: 'backlog', family: 'time', label: { en: 'time to clear the backlog', ar: 'مدة تصريف الطابور' },
    words: {
      ar: ['طابور', 'الطابور', 'تكدس', 'تكدست', 'التكدس', 'ازدحام', 'الازدحام', 'اختناق', 'الاختناق'],
      en: ['backlog', 'queue', 'tailback', 'congestion', 'bottleneck', 'logjam'],
      fr: ['embouteillage', 'file', "file d'attente", 'bouchon', 'engorgement', 'congestion'],
    },
  },
  // The days of events that are no disaster: a ship run aground, refloated, seized, released; a
  // deal signed; a court's ruling.
  {
    // ("stuck", "coincé" are a ship's grounding, not the closure's: one word, one measure.)
    id: 'aground', event: true, family: 'date', label: { en: 'date it ran aground', ar: 'تاريخ الجنوح' },
    words: {
      ar: ['جنحت', 'جنح', 'جنوح', 'الجنوح', 'جنوحها', 'جانحة', 'الجانحة', 'شحوط', 'شحطت', 'علقت السفينة'],
      en: ['ran aground', 'run aground', 'runs aground', 'went aground', 'aground', 'grounding', 'grounded', 'beached', 'stuck'],
      fr: ['échoué', 'échouée', 'échouement', 'échouage', "s'est échoué", 'coincé', 'coincée', 'ensablé', 'ensablée'],
    },
  },
  {
    id: 'refloated', event: true, family: 'date', label: { en: 'date it was refloated', ar: 'تاريخ التعويم' },
    words: {
      ar: ['تعويم', 'تعويمها', 'تعويمه', 'عومت', 'أعيد تعويم', 'إعادة تعويم'],
      en: ['refloated', 'refloat', 'refloating', 'afloat again', 'pulled free', 'float free', 'floated free', 'dislodged'],
      fr: ['renfloué', 'renflouée', 'renflouement', 'renflouage', 'remis à flot', 'remise à flot', 'déséchoué', 'déséchouée', 'désensablé'],
    },
  },
  {
    id: 'seizure', event: true, family: 'date', label: { en: 'date of the seizure', ar: 'تاريخ الحجز' },
    words: {
      ar: ['حجز', 'الحجز', 'الحجز التحفظي', 'حجزت', 'التحفظ على', 'مصادرة', 'صادرت'],
      en: ['seizure', 'seizure order', 'impounded', 'impound', 'impounding', 'confiscated', 'confiscation', 'arrest order'],
      fr: ['saisie', 'saisie conservatoire', 'mise sous séquestre', 'confisqué', 'confisquée', 'confiscation'],
    },
  },
  {
    id: 'release', event: true, family: 'date', label: { en: 'date of the release', ar: 'تاريخ الإفراج' },
    words: {
      ar: ['الإفراج', 'أفرج', 'أفرجت', 'يفرج', 'سيفرج', 'إطلاق سراح', 'أطلق سراح', 'أطلقت سراح', 'الإفراج عن', 'السماح بمغادرة'],
      en: ['released', 'release', 'freed', 'set free', 'allowed to leave', 'let go'],
      fr: ['libéré', 'libérée', 'libérés', 'libération', 'relâché', 'relâchée', 'relâchés', 'laissé partir', 'laisser partir', "levé l'ancre", 'repris la mer', 'autorisé à partir', 'autorisé à quitter'],
    },
  },
  {
    id: 'signed', event: true, family: 'date', label: { en: 'date of the agreement', ar: 'تاريخ الاتفاق' },
    words: {
      ar: ['توقيع', 'التوقيع', 'اتفاق', 'الاتفاق', 'اتفاقية', 'الاتفاقية', 'أبرم', 'أبرمت', 'وقع على', 'وقعت على', 'توصلت إلى اتفاق', 'تسوية', 'التسوية'],
      en: ['signed', 'signing', 'signature', 'agreement', 'deal', 'accord', 'agreed', 'settled', 'settlement'],
      fr: ['signé', 'signée', 'signature', 'accord', 'conclu', 'paraphé'],
    },
  },
  {
    id: 'ruling', event: true, family: 'date', label: { en: 'date of the ruling', ar: 'تاريخ الحكم' },
    words: {
      ar: ['حكمت', 'قضت المحكمة', 'قضت محكمة', 'حكم قضائي', 'الحكم القضائي', 'قرار قضائي', 'أصدرت المحكمة', 'أدانت', 'غرمت', 'تغريم'],
      en: ['ruled', 'ruling', 'verdict', 'judgment', 'judgement', 'sentenced', 'court order', 'court ordered', 'convicted', 'acquitted', 'fined'],
      fr: ['jugement', 'verdict', 'a statué', 'condamné', 'condamnée', 'décision de justice', 'a tranché', 'acquitté', 'amende', 'mis à l’amende', "mis à l'amende"],
    },
  },
]
