import type { Lang } from '../model'

// The words that say who stated a figure, per language. Written as a reader spells them; the
// attribution reader folds them (Arabic alef and hamza forms, Latin case) before matching.

export interface CueWords {
  /** Phrases before the speaker: "بحسب", "وفقاً لـ", "according to", "selon". */
  preps: string[]
  /** Verbs of saying, announcing or estimating, in their usual forms. */
  verbs: string[]
  /** Words that open what was said, ending the speaker: "أن", "that", "que". */
  complements: string[]
  /** Words that end a speaker's noun phrase. */
  stops: string[]
  /** Words that stand before a verb and are not its subject ("وكان", "قد", "has"). */
  particles: string[]
  /** Documents a body issues, left out of the speaker: "تقديرات الأمم المتحدة" → "الأمم المتحدة". */
  documents: string[]
  /** Words that join a cue to its speaker: "بحسب ما أعلنت", "حسبما ذكرت", "as reported by". */
  relays: string[]
  /** Things a body issues (a toll, a count, a report): "un bilan provisoire du ministère" is the ministry's. */
  records: string[]
  /** Kinds of speakers (bodies, officials, groups): a headline's "X:" names a speaker only with one of these or a name. */
  heads: string[]
  /** Words that open no speaker: relatives, adverbs and conjunctions a loose reading may take for one. */
  nonSpeakers: string[]
  /**
   * Verbal nouns that open what was announced when they follow the speaker's name with no "أن":
   * "أعلنت وزارة الصحة وفاة 20 شخصاً", "أفادت الوزارة بمقتل 40".
   */
  objects: string[]
  /** Participles of saying after a comma ("مضيفاً أن", "adding that"): the speaker last named goes on. */
  participles: string[]
  /**
   * Verbs that say only before what was said ("أقرّ بأن", "the report found that", "a constaté que");
   * otherwise they admit, find or narrate a thing. Read as verbs of saying with that condition.
   */
  thatVerbs: string[]
}

// French verbs of saying in the tenses news uses: present, imperfect, conditional, perfect and
// pluperfect, singular and plural ("estime", "estimait", "compteraient", "a estimé", "avaient estimé").
function frenchTenses(infinitives: string[]): string[] {
  const out: string[] = []
  for (const inf of infinitives) {
    const stem = inf.slice(0, -2)
    const soft = (ending: string) => (stem.endsWith('c') && ending.startsWith('a') ? stem.slice(0, -1) + 'ç' : stem) + ending
    out.push(soft('e'), soft('ent'), soft('ait'), soft('aient'), soft('erait'), soft('eraient'))
    for (const aux of ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient']) out.push(`${aux} ${stem}é`)
  }
  // "La ville compte 10 000 habitants", "cela relève de": these forms say what is, not who said it.
  return out.filter((v) => !FR_NOT_SAYING.has(v))
}
/** French adverbs of sequence a subject or an auxiliary stands before with its verb of saying ("avaient d'abord fait état", "a finalement annoncé"). */
export const FR_SEQUENCE_ADVERBS = ["d'abord", 'd’abord', 'initialement', 'auparavant', 'précédemment', 'finalement', 'déjà', 'enfin', 'récemment', 'depuis', 'toutefois', 'cependant', 'pourtant', 'alors', 'officiellement', 'publiquement', 'immédiatement']

const FR_NOT_SAYING = new Set(['compte', 'comptent', 'comptait', 'comptaient', 'relève', 'relèvent'])

// Irregular French verbs of saying, with the same tenses written out.
const FR_IRREGULAR = [
  'dit', 'disent', 'disait', 'disaient', 'a dit', 'ont dit', 'avait dit',
  'écrit', 'écrivent', 'écrivait', 'a écrit', 'ont écrit',
  'craint', 'craignent', 'craignait', 'craignaient', 'a craint', 'ont craint',
  'promet', 'promettent', 'a promis', 'ont promis',
  'retient', 'retiennent', 'retenait', 'a retenu', 'ont retenu',
  'avertit', 'a averti', 'prévient', 'a prévenu', 'reconnaît', 'a reconnu', 'admet', 'a admis',
  'fait état', 'font état', 'faisait état', 'faisaient état', 'a fait état', 'ont fait état', 'avait fait état',
  'fait savoir', 'a fait savoir', 'ont fait savoir',
  'revoit', 'a revu', 'ont revu', 'avait revu', "n'exclut pas", "n'excluent pas", 'publie', 'a publié', 'ont publié', 'a diffusé', 'ont diffusé',
  // Calling for something and launching an appeal ("appelle à réunir", "a lancé un appel").
  'appelle à', 'appellent à', 'appelait à', 'a appelé à', 'ont appelé à', 'avait appelé à', 'a appelé', 'ont appelé', 'avait appelé', 'lance', 'lancent', 'a lancé', 'ont lancé', 'avait lancé',
]

const AR: CueWords = {
  preps: ['بحسب', 'حسب', 'وفقا ل', 'وفق', 'طبقا ل', 'نقلا عن', 'على لسان', 'استنادا إلى', 'استنادا الى', 'حسبما', 'بحسبما', 'وفق ما', 'بحسب ما', 'على ما', 'كما'],
  verbs: [
    'قال', 'قالت', 'يقول', 'تقول', 'أفاد', 'أفادت', 'يفيد', 'تفيد', 'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'أكد', 'أكدت', 'يؤكد', 'تؤكد',
    'ذكر', 'ذكرت', 'يذكر', 'تذكر', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'يضيف', 'تضيف', 'تابع', 'تابعت', 'أشار', 'أشارت', 'يشير', 'تشير',
    'لفت', 'لفتت', 'صرح', 'صرحت', 'كشف', 'كشفت', 'قدر', 'قدرت', 'يقدر', 'تقدر', 'رجح', 'رجحت', 'توقع', 'توقعت', 'حذر', 'حذرت',
    'نقل', 'نقلت', 'أبلغ', 'أبلغت', 'أورد', 'أوردت', 'تحدث', 'تحدثت', 'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'زعم', 'زعمت', 'نفى', 'نفت',
    'أظهر', 'أظهرت', 'يظهر', 'تظهر', 'بينت', 'وثق', 'وثقت', 'أحصى', 'أحصت', 'أكدا', 'قالا',
    'يعتقد', 'تعتقد', 'خلص', 'خلصت', 'أفادوا', 'قالوا', 'أكدوا', 'ذكروا',
    // Present tenses of estimating and fearing, and raising or lowering a toll (a cue only with the toll).
    'يرجح', 'ترجح', 'يتوقع', 'تتوقع', 'يخشى', 'تخشى', 'خشي', 'خشيت', 'يحذر', 'تحذر', 'يحصي', 'تحصي', 'يوثق', 'توثق', 'برر', 'بررت',
    'رفع', 'رفعت', 'يرفع', 'ترفع', 'خفض', 'خفضت', 'يخفض', 'تخفض', 'لا يستبعد', 'لا تستبعد', 'ذهب إلى', 'ذهبت إلى', 'نشر', 'نشرت', 'أصدر', 'أصدرت', 'قدم', 'قدمت', 'نعى', 'نعت',
    // Calling and appealing for something: what is called for is the caller's figure ("دعت إلى جمع",
    // "ناشدت المانحين").
    'دعا', 'دعت', 'يدعو', 'تدعو', 'ناشد', 'ناشدت',
    // Writing and warning: "وكتب المحافظ على تليغرام أن", "نبّه المسؤولون إلى أن".
    'كتب', 'كتبت', 'نبه', 'نبهت',
  ],
  complements: ['أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها', 'أنهم', 'إنهم', 'أنهما', 'إلى أن', 'عن', 'ل', ':'],
  stops: ['في', 'على', 'إلى', 'الى', 'عن', 'مع', 'من', 'منذ', 'حتى', 'عقب', 'إثر', 'خلال', 'بعد', 'قبل', 'التي', 'الذي', 'الذين', 'ما', 'لا', 'لم', 'قد', 'كما', 'حيث', 'حول', 'بشأن', 'عبر', 'لوكالة', 'لصحيفة', 'لقناة', 'لموقع', 'للأناضول', 'لرويترز', 'لفرانس', 'للتلفزيون', 'لإذاعة', 'أمس', 'اليوم', 'صباح', 'مساء', 'الآن', 'فجر', 'ظهر', 'عصر', 'ليل', 'ليلة', 'بداية', 'نهاية', 'مطلع', 'منتصف', 'أواخر', 'أوائل', 'الأسبوع', 'الشهر', 'يوم', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'أن', 'إن', 'بأن', 'فإن'],
  particles: ['وكان', 'كان', 'وكانت', 'كانت', 'أما', 'و', 'ف', 'قد', 'لقد', 'وقد', 'فقد', 'ثم', 'كما', 'بدوره', 'بدورها', 'من جهته', 'من جهتها', 'في المقابل'],
  documents: ['هذه التقارير', 'هذه الأرقام', 'هذه التقديرات', 'هذا التقرير', 'هذا البيان', 'بيان', 'بيانات', 'تقرير', 'تقارير', 'تقديرات', 'تقدير', 'أرقام', 'إحصاءات', 'إحصائيات', 'إحصائية', 'حصيلة', 'تصريحات', 'تصريح', 'معطيات', 'آخر', 'أحدث', 'مصادر في', 'تقييم', 'بلاغ', 'إفادة', 'رواية'],
  relays: ['ما'],
  records: ['توزيع', 'إحصائية', 'مزاعم', 'بيان', 'بيانات', 'تقرير', 'تقارير', 'تقديرات', 'تقدير', 'أرقام', 'إحصاءات', 'إحصائيات', 'حصيلة', 'تقييم', 'بلاغ', 'معطيات', 'نداء', 'قائمة'],
  heads: [
    'وزارة', 'وزير', 'وزيرة', 'مسؤول', 'مسؤولون', 'مسؤولين', 'مصادر', 'مصدر', 'متحدث', 'ناطق', 'منظمة', 'مكتب', 'هيئة', 'لجنة', 'نقابة', 'جمعية',
    'مفوضية', 'وكالة', 'قناة', 'صحيفة', 'موقع', 'شبكة', 'مرصد', 'مركز', 'معهد', 'برنامج', 'صندوق', 'بنك', 'هلال', 'صليب', 'أمم', 'حكومة', 'سلطات',
    'جيش', 'شرطة', 'حرس', 'خفر', 'رئيس', 'رئيسة', 'عميد', 'نائب', 'أمين', 'رئاسة', 'محافظ', 'والي', 'عمدة', 'مدير', 'مديرة', 'مديرية', 'شهود', 'سكان', 'ناجون', 'ناجين', 'أطباء',
    'مراقبون', 'مراقبين', 'خبراء', 'خبير', 'محلل', 'حاكم', 'شاهد', 'طوارئ', 'مجلس', 'قائد', 'ممثل', 'مبعوث', 'منسق', 'سفير', 'سفارة', 'ديوان', 'نيابة', 'مدعي', 'بلدية', 'مستشفى',
    'إدارة', 'دفاع', 'مسعفون', 'مسعفين', 'متطوعون', 'عاهل', 'ملك', 'اتحاد', 'مجموعة', 'قوات', 'هجرة', 'تقرير', 'دراسة', 'أسر', 'عائلات', 'أهالي', 'إعلام',
  ],
  nonSpeakers: ['بعدما', 'بعد', 'قبل', 'حتى', 'الآن', 'تباعا', 'إثره', 'إثر', 'عقب', 'بما', 'مما', 'عند', 'منذ', 'لدى', 'خلال', 'ذلك', 'هذا', 'هذه', 'فيما', 'بينما', 'عدد', 'حصيلة'],
  // What bodies announce about a toll or a crowd: deaths, injuries, rescues, displacement, arrests,
  // rises and falls. "إنقاذ" in "منظمة إنقاذ الطفولة" stays a name: these end a name of two words or
  // one closed by the article ("الوزارة وفاة"), never the one word a name starts with.
  objects: [
    'وفاة', 'مقتل', 'مصرع', 'هلاك', 'غرق', 'إصابة', 'جرح', 'انتشال', 'نزوح', 'تشريد', 'فقدان', 'فقد', 'اختفاء', 'إجلاء', 'إنقاذ',
    'ارتفاع', 'تراجع', 'انخفاض', 'سقوط', 'تسجيل', 'وصول', 'تضرر', 'انهيار', 'تدمير', 'اعتقال', 'توقيف', 'احتجاز', 'أسر', 'علاج',
    'عودة', 'استقبال', 'إيواء', 'ترحيل', 'إطلاق', 'الإفراج', 'تخصيص', 'رصد', 'صرف', 'تقديم', 'إرسال', 'نشر', 'انسحاب', 'دخول', 'خروج',
    // What an estimate measures: "قدّر المكتب عدد النازحين"، "رفعت الوزارة حصيلة القتلى".
    'عدد', 'أعداد', 'حصيلة', 'قيمة', 'كلفة', 'تكلفة', 'حجم', 'نسبة', 'إحصائية', 'أرقام', 'تقدير', 'توزيع',
    // What a body publishes: "نشرت الوزارة قائمة تضم أسماء".
    'قائمة',
  ],
  participles: [
    'مضيفا', 'موضحا', 'مشيرا', 'مؤكدا', 'لافتا', 'مبينا', 'معتبرا', 'محذرا', 'متوقعا',
    'مضيفة', 'موضحة', 'مشيرة', 'مؤكدة', 'لافتة', 'مبينة', 'معتبرة', 'محذرة', 'متوقعة',
  ],
  // Admitting and recounting.
  thatVerbs: ['أقر', 'أقرت', 'اعترف', 'اعترفت', 'روى', 'روت'],
}

const EN: CueWords = {
  preps: ['according to', 'by the count of', 'by the tally of', 'citing', 'as reported by', 'in a statement from', 'figures from', 'data from', 'estimates from', 'as per'],
  verbs: [
    'said', 'says', 'say', 'told', 'tells', 'report', 'estimate', 'warn', 'measured', 'unveiled', 'unveils', 'announced', 'announces', 'reported', 'reports', 'estimated', 'estimates', 'stated', 'added', 'confirmed', 'confirms',
    'declared', 'noted', 'warned', 'warns', 'put', 'puts', 'counted', 'recorded', 'registered', 'tallied', 'claimed', 'claims', 'wrote', 'tweeted', 'posted', 'explained', 'indicated',
    'revealed', 'disclosed', 'acknowledged', 'insisted', 'pledged', 'promised', 'projected', 'calculated', 'documented', 'show', 'shows', 'showed', 'suggests', 'suggested',
    'raised', 'lowered', 'revised', 'published', 'released', 'issued', 'lifts', 'lifted', 'revises',
    // Asking for money or help: the sum asked for is the asker's ("seeks $1 billion", "launched an appeal for").
    'seeks', 'sought', 'appealed', 'launched', 'launches', 'opened',
  ],
  complements: ['that', ':', 'on', 'in', 'at', 'by', 'to', 'the', 'a', 'it', 'there', 'some', 'more', 'at least'],
  stops: ['that', 'on', 'in', 'at', 'by', 'to', 'from', 'with', 'who', 'which', 'after', 'before', 'when', 'while', 'as', 'and', 'but', 'late', 'early', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today'],
  // (Adverbs of sequence between a subject and its verb: "the authorities had first reported", "initially put".)
  particles: ['has', 'have', 'had', 'also', 'later', 'separately', 'and', 'but', 'earlier', 'meanwhile', 'then', 'previously', 'was', 'were', 'officially',
    'first', 'initially', 'originally', 'subsequently', 'since', 'now', 'already', 'again', 'repeatedly', 'recently', 'finally', 'further', 'however', 'too'],
  documents: ['these reports', 'these figures', 'the reports', 'reports', 'a statement by', 'a statement from', 'figures from', 'data from', 'a report by', 'a report from', 'estimates by', 'the latest figures from', 'the latest toll from', 'a tally by'],
  relays: [],
  records: ['toll', 'tolls', 'count', 'counts', 'tally', 'tallies', 'breakdown', 'figures', 'data', 'report', 'reports', 'statement', 'estimates', 'update', 'information', 'assessment', 'appeal', 'list', 'statistics', 'findings'],
  heads: [
    'ministry', 'minister', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'agency', 'organization', 'organisation', 'office',
    'authorities', 'authority', 'government', 'army', 'military', 'police', 'guard', 'president', 'presidency', 'governor', 'mayor', 'director', 'head', 'chief',
    'witnesses', 'residents', 'survivors', 'sources', 'doctors', 'rescuers', 'medics', 'experts', 'analysts', 'observers', 'council', 'commission', 'committee',
    'mission', 'union', 'bank', 'fund', 'crescent', 'cross', 'service', 'services', 'department', 'commissioner', 'envoy', 'coordinator', 'ambassador',
    'palace', 'king', 'representative', 'defence', 'defense', 'secretary-general', 'charity', 'group', 'families', 'relatives', 'hospital', 'institute', 'survey', 'ngo', 'un', 'who', 'report', 'study',
  ],
  nonSpeakers: ['which', 'whom', 'whose', 'that', 'this', 'these', 'those', 'people', 'information', 'number', 'toll', 'it', 'there', 'explosion', 'blast', 'no', 'nobody', 'none'],
  objects: [],
  participles: ['adding', 'noting', 'stressing', 'saying', 'putting', 'warning', 'estimating', 'explaining', 'insisting'],
  // A report's or an inquiry's findings: "the survey found that", "the review concluded that".
  thatVerbs: ['found', 'finds', 'concluded', 'concludes'],
}

const FR: CueWords = {
  // ("…, a-t-on appris auprès de la protection civile": who was asked is who gave it.)
  preps: ['selon', "d'après", "à l'en croire", 'de source', 'citant', 'cité par', 'cités par', 'rapporté par', 'à en croire', 'appris auprès de', 'appris auprès du', 'appris auprès des'],
  verbs: [
    ...frenchTenses([
      'indiquer', 'déclarer', 'annoncer', 'affirmer', 'préciser', 'estimer', 'assurer', 'souligner', 'rapporter', 'confirmer', 'expliquer',
      'ajouter', 'révéler', 'dénombrer', 'recenser', 'compter', 'évaluer', 'chiffrer', 'évoquer', 'avancer', 'relever', 'redouter', 'détailler',
      'communiquer', 'actualiser', 'enregistrer', 'signaler', 'raconter', 'parler', 'tabler', 'attribuer', 'imputer', 'dévoiler', 'noter', 'rappeler',
      'résumer', 'comptabiliser', 'totaliser', 'insister', 'confier',
    ]),
    ...FR_IRREGULAR,
  ],
  complements: ['que', "qu'", ':', 'à', 'au', 'le', 'la', 'les', 'un', 'une', 'des'],
  stops: ['que', "qu'", 'dans', 'sur', 'à', 'au', 'aux', 'de', 'du', 'des', 'en', 'par', 'avec', 'pour', 'qui', 'lors', 'après', 'avant', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'et', 'mais'],
  particles: ['a', 'ont', 'avait', 'avaient', 'aussi', 'également', 'encore', 'de son côté', 'pour sa part', 'et', 'mais', 'ensuite', ...FR_SEQUENCE_ADVERBS, 'dans un premier temps'],
  documents: ['ces chiffres', 'ces informations', 'un bilan de', 'le bilan de', 'les chiffres de', 'un communiqué de', 'le communiqué de', 'un rapport de', 'le rapport de', 'les estimations de', 'le dernier bilan de'],
  relays: [],
  // (Plurals too: "d'après des bilans encore provisoires" is no body's word.) An appeal is issued like a record.
  records: ['bilan', 'bilans', 'décompte', 'décomptes', 'chiffres', 'données', 'estimations', 'rapport', 'rapports', 'communiqué', 'communiqués', 'informations', 'mise', 'point', 'évaluation', 'précisions', 'appel', 'liste', 'statistiques', 'conclusions'],
  heads: [
    'ministère', 'ministre', 'responsable', 'responsables', 'porte-parole', 'agence', 'organisation', 'bureau', 'autorités', 'gouvernement', 'armée', 'police',
    'garde-côtes', 'président', 'présidence', 'préfet', 'préfecture', 'gouverneur', 'maire', 'directeur', 'directrice', 'chef', 'témoins', 'habitants',
    'rescapés', 'survivants', 'sources', 'médecins', 'secouristes', 'experts', 'observateurs', 'conseil', 'commission', 'comité', 'mission', 'union',
    'banque', 'fonds', 'croissant-rouge', 'croix-rouge', 'service', 'services', 'secours', 'secrétaire', 'envoyé', 'coordinateur', 'ambassadeur', 'roi',
    'élysée', 'organisme', 'protection', 'représentant', 'représentante', 'représentants', 'ong', 'familles', 'proches', 'hôpital', 'centre', 'institut', 'état-major', 'onu', 'oms', 'oim', 'rapport', 'étude', 'exécutif', 'junte',
  ],
  nonSpeakers: ['lesquelles', 'lesquels', 'laquelle', 'lequel', 'lui', 'eux', 'en', 'y', 'elle', 'elles', 'son', 'sa', 'ses', 'leur', 'leurs', 'dont', 'où', 'qui', 'ce', 'cela', 'ceci', 'celui', 'celle', 'ceux', "d'abord", 'personnes', 'nombre'],
  objects: [],
  participles: ['ajoutant', 'précisant', 'soulignant', 'indiquant', 'affirmant', 'assurant', 'expliquant', 'portant', 'estimant', 'jugeant', 'évoquant', 'rappelant', 'notant', 'signalant'],
  thatVerbs: [...frenchTenses(['constater']), 'conclut', 'concluent', 'concluait', 'a conclu', 'ont conclu', 'avait conclu'],
}

export const CUES: Record<Lang, CueWords> = { ar: AR, en: EN, fr: FR }
