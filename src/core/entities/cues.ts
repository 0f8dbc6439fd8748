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
}

const AR: CueWords = {
  preps: ['بحسب', 'حسب', 'وفقا ل', 'وفق', 'طبقا ل', 'نقلا عن', 'على لسان', 'استنادا إلى', 'استنادا الى', 'حسبما', 'بحسبما', 'وفق ما', 'بحسب ما', 'على ما', 'كما'],
  verbs: [
    'قال', 'قالت', 'يقول', 'تقول', 'أفاد', 'أفادت', 'يفيد', 'تفيد', 'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'أكد', 'أكدت', 'يؤكد', 'تؤكد',
    'ذكر', 'ذكرت', 'يذكر', 'تذكر', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'يضيف', 'تضيف', 'تابع', 'تابعت', 'أشار', 'أشارت', 'يشير', 'تشير',
    'لفت', 'لفتت', 'صرح', 'صرحت', 'كشف', 'كشفت', 'قدر', 'قدرت', 'يقدر', 'تقدر', 'رجح', 'رجحت', 'توقع', 'توقعت', 'حذر', 'حذرت',
    'نقل', 'نقلت', 'أبلغ', 'أبلغت', 'أورد', 'أوردت', 'تحدث', 'تحدثت', 'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'زعم', 'زعمت', 'نفى', 'نفت',
    'أظهر', 'أظهرت', 'يظهر', 'تظهر', 'بينت', 'وثق', 'وثقت', 'أحصى', 'أحصت', 'أكدا', 'قالا',
    'يعتقد', 'تعتقد', 'خلص', 'خلصت', 'أفادوا', 'قالوا', 'أكدوا', 'ذكروا',
  ],
  complements: ['أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها', 'أنهم', 'إنهم', 'أنهما', 'إلى أن', 'عن', 'ل', ':'],
  stops: ['في', 'على', 'إلى', 'الى', 'عن', 'مع', 'من', 'منذ', 'خلال', 'بعد', 'قبل', 'التي', 'الذي', 'الذين', 'ما', 'لا', 'لم', 'قد', 'كما', 'حيث', 'حول', 'بشأن', 'مزاعم', 'لوكالة', 'لصحيفة', 'لقناة', 'لموقع', 'للأناضول', 'لرويترز', 'لفرانس', 'للتلفزيون', 'لإذاعة', 'أمس', 'اليوم', 'صباح', 'مساء', 'يوم', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'أن', 'إن', 'بأن', 'فإن'],
  particles: ['وكان', 'كان', 'وكانت', 'كانت', 'أما', 'و', 'ف', 'قد', 'لقد', 'وقد', 'فقد', 'ثم', 'كما', 'بدوره', 'بدورها', 'من جهته', 'من جهتها', 'في المقابل'],
  documents: ['هذه التقارير', 'هذه الأرقام', 'هذه التقديرات', 'هذا التقرير', 'هذا البيان', 'بيان', 'بيانات', 'تقرير', 'تقارير', 'تقديرات', 'تقدير', 'أرقام', 'إحصاءات', 'إحصائيات', 'إحصائية', 'حصيلة', 'تصريحات', 'تصريح', 'معطيات', 'آخر', 'أحدث', 'مصادر في', 'تقييم', 'بلاغ', 'إفادة', 'رواية'],
  relays: ['ما'],
}

const EN: CueWords = {
  preps: ['according to', 'citing', 'as reported by', 'in a statement from', 'figures from', 'data from', 'estimates from', 'as per'],
  verbs: [
    'said', 'says', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'estimated', 'estimates', 'stated', 'added', 'confirmed', 'confirms',
    'declared', 'noted', 'warned', 'warns', 'put', 'puts', 'counted', 'recorded', 'registered', 'tallied', 'claimed', 'claims', 'wrote', 'tweeted', 'posted', 'explained', 'indicated',
    'revealed', 'disclosed', 'acknowledged', 'insisted', 'pledged', 'promised', 'projected', 'calculated', 'documented', 'shows', 'showed', 'suggests', 'suggested',
  ],
  complements: ['that', ':', 'on', 'in', 'at', 'by', 'to', 'the', 'a', 'it', 'there', 'some', 'more', 'at least'],
  stops: ['that', 'on', 'in', 'at', 'by', 'to', 'from', 'with', 'who', 'which', 'after', 'before', 'when', 'while', 'as', 'and', 'but', 'late', 'early', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today'],
  particles: ['has', 'have', 'had', 'also', 'later', 'separately', 'and', 'but', 'earlier', 'meanwhile', 'then', 'previously', 'was', 'were', 'officially'],
  documents: ['these reports', 'these figures', 'the reports', 'reports', 'a statement by', 'a statement from', 'figures from', 'data from', 'a report by', 'a report from', 'estimates by', 'the latest figures from', 'the latest toll from', 'a tally by'],
  relays: [],
}

const FR: CueWords = {
  preps: ['selon', "d'après", 'de source', 'citant', 'cité par', 'cités par', 'rapporté par', 'à en croire'],
  verbs: [
    'a indiqué', 'a déclaré', 'a annoncé', 'a affirmé', 'a précisé', 'a estimé', 'a assuré', 'a souligné', 'a rapporté', 'a confirmé', 'a expliqué', 'a ajouté', 'a averti', 'a fait savoir', 'a révélé', 'a dénombré', 'a recensé', 'a compté',
    'ont indiqué', 'ont déclaré', 'ont annoncé', 'ont affirmé', 'ont précisé', 'ont estimé', 'ont rapporté', 'ont confirmé',
    'indique', 'déclare', 'annonce', 'affirme', 'précise', 'estime', 'assure', 'souligne', 'rapporte', 'confirme', 'explique', 'ajoute', 'avertit', 'dénombre', 'recense', 'évalue', 'chiffre',
    'indiquait', 'déclarait', 'annonçait', 'affirmait', 'précisait', 'estimait', 'faisait état', 'fait état', 'a fait état',
  ],
  complements: ['que', "qu'", ':', 'à', 'au', 'le', 'la', 'les', 'un', 'une', 'des'],
  stops: ['que', "qu'", 'dans', 'sur', 'à', 'au', 'aux', 'de', 'du', 'des', 'en', 'par', 'avec', 'pour', 'qui', 'lors', 'après', 'avant', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'et', 'mais'],
  particles: ['a', 'ont', 'avait', 'avaient', 'aussi', 'également', 'encore', 'de son côté', 'pour sa part', 'et', 'mais', 'ensuite'],
  documents: ['ces chiffres', 'ces informations', 'un bilan de', 'le bilan de', 'les chiffres de', 'un communiqué de', 'le communiqué de', 'un rapport de', 'le rapport de', 'les estimations de', 'le dernier bilan de'],
  relays: [],
}

export const CUES: Record<Lang, CueWords> = { ar: AR, en: EN, fr: FR }
