import type { Concept } from './measures'
import { TRANCHE_CONCEPTS } from './tranches'

// Money measures of deals and public finance, beyond the aid, damage and compensation of a
// disaster: what a deal or a contract is worth, what is invested, lent or owed, a tranche paid of
// a larger sum, deposits placed at a central bank, a state's budget. Read in Arabic, English and
// French as the three presses write them ("signed a $35bn deal", "une enveloppe de 110 milliards
// d'investissements", "قرض بقيمة 3 مليارات دولار", "la première tranche de 15 milliards",
// "وديعة قيمتها 6 مليارات دولار"). measures.ts lists them ahead of the other money measures, so
// that a word they share ("قيمة الصفقة", "instalment") names the narrower measure.
// (Arabic words are listed without their attached و، ب، ل and article, which are peeled off in
// reading; their dual and plural forms are listed, as French and English plurals need not be.)

export const FINANCE_CONCEPTS: Concept[] = [
  {
    // What a deal, a contract or a purchase is worth as a whole ("signed a $35bn deal", "un contrat
    // de 4 milliards d'euros", "صفقة بقيمة 35 مليار دولار"): a value that one signature fixes.
    // (Not "agreement", "accord", "اتفاق" alone: they date a signing, and name a peace agreement as often.)
    id: 'deal', fixed: true, decided: true, broader: 'value', family: 'money', label: { en: 'deal value', ar: 'قيمة الصفقة' },
    words: {
      ar: ['صفقة', 'صفقات', 'صفقتين', 'قيمة الصفقة', 'قيمة الصفقات', 'قيمة العقد', 'عقدا', 'عقد بقيمة', 'عقود بقيمة', 'عقد شراكة', 'اتفاق شراكة', 'اتفاقية شراكة', 'استحواذ', 'الاستحواذ', 'صفقة الاستحواذ', 'صفقة بيع', 'صفقة شراء'],
      en: ['deal', 'deals', 'contract', 'contracts', 'deal worth', 'contract worth', 'partnership agreement', 'acquisition', 'buyout', 'purchase agreement', 'sale agreement', 'deal value', 'contract value'],
      fr: ['contrat', 'contrats', 'méga-contrat', 'mégacontrat', 'transaction commerciale', 'acquisition', 'rachat', 'accord de partenariat', 'valeur du contrat', 'valeur de la transaction', 'montant du contrat', 'montant de la transaction'],
    },
  },
  {
    // A part of a larger sum paid at its own time ("a first tranche of $15 billion", "la deuxième
    // tranche de 20 milliards", "الدفعة الثانية بقيمة 14 مليار دولار", "القسط الأول"): a clause that
    // names it beside the deal means the part, and a tranche never counts toward the whole.
    // (Whether a part of a deal, a loan or aid: the whole named beside it says which.)
    id: 'tranche', partOf: 'deal', family: 'money', label: { en: 'tranche paid', ar: 'الدفعة' },
    words: {
      ar: ['دفعة', 'دفعات', 'دفعتين', 'دفعتان', 'شريحة', 'شرائح', 'شريحتين', 'قسط', 'أقساط', 'قسطين'],
      en: ['tranche', 'tranches', 'instalment', 'instalments', 'installment', 'installments', 'imf tranche', 'loan tranche'],
      fr: ['tranche', 'tranches'],
    },
  },
  // (Which tranche, by its ordinal: tranches.ts.)
  ...TRANCHE_CONCEPTS,
  {
    // What is invested, or a project is to attract ("the project would bring in $150 billion of
    // investment", "attirer 150 milliards de dollars d'investissements", "الاستثمار الإماراتي يبلغ
    // 150 مليار دولار").
    id: 'investment', family: 'money', label: { en: 'investment', ar: 'الاستثمارات' },
    words: {
      ar: ['استثمار', 'استثمارات', 'استثماري', 'استثمارية', 'يستثمر', 'تستثمر', 'ستستثمر', 'سيستثمر', 'استثمرت', 'استثمر', 'الاستثمارات الإجمالية', 'حجم الاستثمارات', 'ضخ استثمارات'],
      en: ['investment', 'investments', 'invest', 'invests', 'invested', 'investing', 'total investment', 'capital expenditure'],
      fr: ['investissement', 'investissements', 'investir', 'investit', 'investissent', 'investira', 'investiront', 'investi', 'investie', 'investis'],
    },
  },
  {
    // Investment paid in from abroad, in cash or in kind ("$35 billion of foreign direct investment",
    // "35 milliards en investissement direct étranger", "استثمارات مباشرة قيمتها 35 مليار دولار"): a
    // flow a state receives, told apart from the investment a project is to attract in all.
    id: 'direct-investment', family: 'money', label: { en: 'direct investment', ar: 'الاستثمار المباشر' },
    words: {
      ar: ['استثمار مباشر', 'استثمارات مباشرة', 'الاستثمار المباشر', 'الاستثمارات المباشرة', 'الاستثمار الأجنبي المباشر', 'استثمار أجنبي مباشر', 'استثمارات أجنبية مباشرة'],
      en: ['direct investment', 'foreign direct investment', 'fdi', 'direct investments'],
      fr: ['investissement direct', 'investissements directs', 'investissement direct étranger', 'investissements directs étrangers', 'ide'],
    },
  },
  {
    // Money lent ("a $3 billion loan", "un prêt de 500 millions d'euros", "قرض بقيمة 3 مليارات
    // دولار"), a credit line, an IMF programme.
    id: 'loan', decided: true, family: 'money', label: { en: 'loan', ar: 'القرض' },
    words: {
      ar: ['قرض', 'قروض', 'قرضا', 'قرضين', 'اقتراض', 'يقترض', 'تقترض', 'اقترضت', 'خط ائتمان', 'خطوط ائتمان', 'تسهيل ائتماني', 'تسهيلات ائتمانية', 'ائتمان', 'برنامج صندوق النقد', 'صندوق النقد', 'صندوق النقد الدولي', 'تمويل ممدد'],
      en: ['imf', 'loan', 'loans', 'lending', 'lend', 'lends', 'lent', 'borrow', 'borrowed', 'borrowing', 'credit line', 'line of credit', 'lines of credit', 'credit facility', 'bailout', 'bail-out', 'imf programme', 'imf program', 'imf loan', 'imf deal', 'imf bailout', 'extended fund facility'],
      fr: ['fmi', 'prêt', 'prêts', 'emprunt', 'emprunts', 'emprunter', 'emprunté', 'ligne de crédit', 'lignes de crédit', 'crédit', 'crédits', 'facilité de crédit', 'programme du fmi', 'accord avec le fmi', 'plan de sauvetage'],
    },
  },
  {
    // What a state or a firm owes ("an external debt of $165 billion", "une dette de 3 000 milliards",
    // "ديون خارجية تبلغ 165 مليار دولار"), and the service due on it. (Not "الدين" alone: it is also
    // religion, "رجال الدين".)
    id: 'debt', family: 'money', label: { en: 'debt', ar: 'الديون' },
    words: {
      ar: ['ديون', 'مديونية', 'الدين الخارجي', 'الدين العام', 'دين خارجي', 'دين عام', 'خدمة الدين', 'خدمة الديون', 'أقساط الديون', 'أقساط الدين', 'أعباء الديون', 'الدين المحلي', 'إجمالي الدين', 'أقساط وفوائد', 'الأقساط والفوائد', 'فوائد الديون'],
      // (The instalments of a debt are its service, said with their interest: "instalments and interest falling due".)
      en: ['debt', 'debts', 'external debt', 'public debt', 'debt service', 'debt servicing', 'debt repayments', 'owes', 'owed', 'arrears', 'liabilities', 'instalments and interest', 'installments and interest', 'interest and instalments', 'principal and interest', 'interest payments'],
      fr: ['dette', 'dettes', 'endettement', 'dette extérieure', 'dette publique', 'service de la dette', 'remboursements', 'arriérés', 'échéances et intérêts', 'intérêts de la dette'],
    },
  },
  {
    // Money placed at a central bank or a lender ("$11 billion of UAE deposits", "des dépôts de 5
    // milliards à la banque centrale", "وديعة قيمتها 6 مليارات دولار"), and the deposits converted,
    // waived or rolled over. (Not "deposit" alone in English: "a deposit of" is a down payment.)
    id: 'deposits', family: 'money', label: { en: 'deposits', ar: 'الودائع' },
    words: {
      // (Not "إيداع", "أودع": also a prisoner's committal, "إيداعه السجن".)
      ar: ['وديعة', 'ودائع', 'وديعتين', 'وديعة دولارية', 'ودائع دولارية'],
      en: ['deposits', 'bank deposits', 'central bank deposits', 'dollar deposit', 'dollar deposits', 'deposit at the central bank', 'deposit with the central bank'],
      // (Not "dépôt" alone: also a depot, "l'incendie du dépôt"; nor "déposé", a complaint filed.)
      fr: ['dépôts', 'dépôts bancaires', 'dépôt bancaire', 'dépôt à la banque centrale'],
    },
  },
  {
    // A state's or a body's budget for a year or a programme ("a 2025 budget of 50 billion dinars",
    // "un budget de 3 milliards", "ميزانية قدرها"). (Its words are generic: a budget "for the
    // reconstruction", "لإعادة الإعمار" is the reconstruction's, and a budget of aid the aid's.)
    id: 'budget', decided: true, family: 'money', label: { en: 'budget', ar: 'الميزانية' },
    words: {
      ar: ['ميزانية', 'موازنة', 'ميزانيات', 'موازنات', 'الموازنة العامة', 'الميزانية العامة', 'قانون المالية', 'مشروع الموازنة'],
      en: ['budget', 'budgets', 'budgeted', 'state budget', 'annual budget', 'national budget', 'spending plan'],
      // (Not "budgétaire": "l'impact budgétaire", "le déficit budgétaire" are no budget.)
      fr: ['budget', 'budgets', 'loi de finances', 'projet de loi de finances', 'budget de l’état', "budget de l'état"],
    },
  },
]

/** The words of the finance measures that say money moved or is planned without saying what for: they name their measure only when no more telling word stands in the clause. */
// (And "prêt", which is also "ready": "les bailleurs sont prêts à mobiliser 500 millions pour la
// reconstruction"; "dépôts", which are also depots: "des dépôts de carburant détruits".)
export const FINANCE_GENERIC_WORDS = ['prêt', 'prêts', 'dépôts', 'budget', 'budgets', 'budgeted', 'ميزانية', 'موازنة', 'ميزانيات', 'موازنات', 'ائتمان', 'crédit', 'crédits', 'remboursements', 'owes', 'owed', 'liabilities']
