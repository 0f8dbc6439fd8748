import type { Concept } from './measures'

// Measures every election story and every profile of a person carries, whatever the country: a
// person's age, the turnout and the abstention, the registered voters, those who voted, the valid
// and the spoiled ballots. Read in Arabic, English and French as the three presses write them
// ("a turnout of 48 per cent", "un taux de participation de 48 %", "نسبة المشاركة 48 بالمائة";
// "24 million registered voters", "24 millions d'inscrits", "هيئة ناخبة بلغت 24 مليون ناخب").
// (Votes for a candidate are measures.ts's "votes": these are narrower words of it or of a share.)

export const CIVIC_CONCEPTS: Concept[] = [
  {
    // How old a person is ("the 78-year-old incumbent", "âgé de 57 ans", "البالغ من العمر 41 عاماً"):
    // a length of time that no event measures. A bare figure by a name ("Tebboune, 78,") is read
    // by age.ts.
    id: 'age', fixed: true, family: 'time', label: { en: 'age', ar: 'العمر' },
    words: {
      en: ['age', 'aged', 'year-old', 'years old', 'years of age', 'at the age of'],
      fr: ['âge', 'âgé', 'âgée', 'âgés', 'âgées', "à l'âge de", 'à l’âge de'],
      // (Not "عمر" alone: it is also a given name, Omar.)
      ar: ['من العمر', 'البالغ من العمر', 'البالغة من العمر', 'عمره', 'عمرها', 'بعمر', 'عن عمر', 'عن عمر ناهز', 'يبلغ من العمر', 'تبلغ من العمر'],
    },
  },
  {
    // The share of the registered who voted ("turnout of 48 per cent", "taux de participation de
    // 46,10 %", "نسبة المشاركة 46.10 بالمائة"): a part of the shares a report gives, never a
    // candidate's share of the vote.
    id: 'turnout', partOf: 'share', family: 'percent', label: { en: 'turnout', ar: 'نسبة المشاركة' },
    words: {
      en: ['turnout', 'voter turnout', 'participation', 'participation rate', 'turnout rate'],
      fr: ['participation', 'taux de participation', 'taux moyen de participation'],
      ar: ['نسبة المشاركة', 'المشاركة', 'مشاركة', 'مشاركتهم', 'نسبة الإقبال', 'الإقبال', 'معدل المشاركة', 'معدل نسبة مشاركة'],
    },
  },
  {
    // The share who did not vote ("abstention hit 60 per cent", "60 % d'abstention", "نسبة العزوف 60 بالمائة").
    id: 'abstention', partOf: 'share', family: 'percent', label: { en: 'abstention', ar: 'نسبة العزوف' },
    words: {
      en: ['abstention', 'abstentions', 'abstained', 'stayed away from the polls'],
      fr: ['abstention', "taux d'abstention", 'abstentionnistes'],
      ar: ['العزوف', 'نسبة العزوف', 'عزوف', 'الامتناع عن التصويت', 'نسبة الامتناع'],
    },
  },
  {
    // Those who cast a ballot ("11.2 million voters", "11 226 065 votants", "11 مليون ناخب").
    // (Not "voted" alone: "5.3 million voted for the incumbent" are his votes.)
    id: 'voters', family: 'people', label: { en: 'voters', ar: 'الناخبون' },
    words: {
      en: ['voters', 'voter', 'cast their ballots', 'cast a ballot', 'went to the polls'],
      fr: ['votants', 'électeurs', 'électrices', 'ont voté', 'se sont rendus aux urnes'],
      ar: ['ناخب', 'ناخبا', 'ناخبين', 'الناخبين', 'ناخبون', 'الناخبون', 'مقترع', 'مقترعين', 'المقترعين', 'أدلوا بأصواتهم'],
    },
  },
  {
    // Those on the rolls who stayed away ("7 million voters stayed away", "près de 7 millions
    // d'électeurs ont boudé les urnes", "قاطع 7 ملايين ناخب الاستفتاء"): a part of the voters'
    // words, as the registered are, never a count of those who voted.
    id: 'abstainers', partOf: 'voters', family: 'people', label: { en: 'abstainers', ar: 'الممتنعون عن التصويت' },
    words: {
      en: ['abstainers', 'stayed away', 'stayed at home', 'stayed home', 'did not vote', "didn't vote", 'boycotted'],
      fr: ['boudé les urnes', 'boudé le scrutin', "n'ont pas voté", 'se sont abstenus', 'ont boycotté'],
      ar: ['الممتنعين', 'الممتنعون', 'ممتنعين', 'قاطعوا', 'قاطع', 'لم يصوتوا', 'لم يدلوا بأصواتهم', 'عزفوا عن'],
    },
  },
  {
    // Those on the rolls ("24 million registered voters", "24 millions d'inscrits", "هيئة ناخبة
    // بلغت 24 مليون ناخب"): a clause that says "voters" and "registered" means them, and a count of
    // them is no count of those who voted.
    id: 'registered', partOf: 'voters', family: 'people', label: { en: 'registered voters', ar: 'الناخبون المسجلون' },
    words: {
      en: ['registered voters', 'registered to vote', 'were registered', 'are registered', 'electorate', 'electoral roll', 'electoral rolls', 'on the rolls', 'on the roll', 'eligible voters', 'eligible to vote'],
      fr: ['inscrits', 'électeurs inscrits', 'corps électoral', 'listes électorales', 'inscrits sur les listes'],
      ar: ['هيئة ناخبة', 'الهيئة الناخبة', 'الناخبين المسجلين', 'المسجلين', 'مسجلين', 'القوائم الانتخابية', 'الكتلة الناخبة'],
    },
  },
  {
    // Ballots that counted ("9.46 million valid votes", "les voix exprimées", "الأصوات المعبر عنها").
    id: 'valid-votes', broader: 'votes', family: 'other', label: { en: 'valid votes', ar: 'الأصوات الصحيحة' },
    words: {
      en: ['valid votes', 'valid ballots', 'votes cast', 'valid votes cast'],
      fr: ['voix exprimées', 'suffrages exprimés', 'bulletins valides', 'votes valides', 'bulletins exprimés'],
      ar: ['الأصوات المعبر عنها', 'الأصوات الصحيحة', 'أصوات صحيحة', 'الأوراق الصحيحة', 'الأصوات المعبرة'],
    },
  },
  {
    // Ballots that did not ("1.76 million spoiled ballots", "bulletins nuls", "الأوراق الملغاة").
    id: 'spoiled', broader: 'votes', family: 'other', label: { en: 'spoiled ballots', ar: 'الأوراق الملغاة' },
    words: {
      en: ['spoiled ballots', 'spoilt ballots', 'invalid ballots', 'invalid votes', 'void ballots', 'blank ballots', 'spoiled', 'spoilt'],
      fr: ['bulletins nuls', 'votes nuls', 'bulletins blancs', 'bulletins blancs et nuls', 'votes blancs'],
      ar: ['الأوراق الملغاة', 'أوراق ملغاة', 'الأصوات الملغاة', 'أصوات ملغاة', 'الأوراق الباطلة', 'أوراق باطلة', 'البطاقات الملغاة', 'ورقة ملغاة', 'ورقة ملغية', 'بطاقة ملغاة', 'ورقة بيضاء', 'أوراق بيضاء'],
    },
  },
  // What an election is held in and for, counted by their own noun ("4,800 polling centres and
  // 11,600 polling stations", "4 800 centres de vote et 11 600 bureaux de vote", "4800 مركز اقتراع
  // و11600 مكتب تصويت"; "33 constituencies"; "three candidates"; "45 seats"): a centre holds
  // several stations, so they are two measures. (Only a figure's own noun: "à la fermeture des
  // bureaux de vote" dates, "the seat of government" counts nothing.)
  {
    id: 'polling-centres', countedOnly: true, family: 'places', label: { en: 'polling centres', ar: 'مراكز الاقتراع' },
    words: {
      en: ['polling centres', 'polling centers', 'polling centre', 'polling center', 'voting centres', 'voting centers'],
      fr: ['centres de vote', 'centre de vote', 'centres électoraux', 'centres de scrutin'],
      ar: ['مركز اقتراع', 'مراكز اقتراع', 'مراكز الاقتراع', 'مركز تصويت', 'مراكز تصويت', 'مراكز التصويت'],
    },
  },
  {
    id: 'polling-stations', countedOnly: true, family: 'places', label: { en: 'polling stations', ar: 'مكاتب التصويت' },
    words: {
      en: ['polling stations', 'polling station', 'polling places', 'polling booths', 'voting stations', 'voting booths'],
      fr: ['bureaux de vote', 'bureau de vote', 'bureaux de scrutin'],
      ar: ['مكتب تصويت', 'مكاتب تصويت', 'مكاتب التصويت', 'مكتب اقتراع', 'مكاتب اقتراع', 'مكاتب الاقتراع'],
    },
  },
  {
    id: 'constituencies', countedOnly: true, family: 'places', label: { en: 'constituencies', ar: 'الدوائر الانتخابية' },
    words: {
      en: ['constituencies', 'constituency', 'electoral districts', 'electoral constituencies'],
      fr: ['circonscriptions', 'circonscription', 'circonscriptions électorales'],
      ar: ['دائرة انتخابية', 'دوائر انتخابية', 'الدوائر الانتخابية'],
    },
  },
  {
    id: 'candidates', ownNoun: true, family: 'people', label: { en: 'candidates', ar: 'المترشحون' },
    words: {
      en: ['candidates', 'candidate', 'contenders', 'challengers', 'hopefuls', 'running mates'],
      fr: ['candidats', 'candidat', 'candidates', 'prétendants', 'candidatures', 'candidatures validées'],
      // (Candidacies counted are candidates: "صادق على عشرين ترشيحاً", "20 candidatures validées".)
      ar: ['مرشح', 'مرشحين', 'مرشحا', 'المرشحين', 'مترشح', 'مترشحين', 'مترشحا', 'المترشحين', 'ترشيح', 'ترشيحا', 'ترشيحات', 'الترشيحات', 'ملف ترشح', 'ملفات ترشح'],
    },
  },
  {
    // Election observers and monitors accredited or sent ("plus de 2 400 observateurs", "2,400 monitors", "مراقب").
    id: 'observers', group: true, family: 'people', label: { en: 'observers', ar: 'المراقبون' },
    words: {
      en: ['observers', 'monitors', 'election observers', 'poll monitors'],
      fr: ['observateurs', 'observatrices', 'observateurs électoraux'],
      ar: ['مراقب', 'مراقبا', 'مراقبين', 'المراقبين', 'المراقبون', 'مراقبون'],
    },
  },
  {
    id: 'seats', countedOnly: true, family: 'other', label: { en: 'seats', ar: 'المقاعد' },
    words: {
      en: ['seats', 'seat', 'parliamentary seats'],
      // (Not "siège": a siege.)
      fr: ['sièges', 'sièges de députés'],
      ar: ['مقعد', 'مقعدا', 'مقاعد', 'المقاعد', 'مقعدين'],
    },
  },
]
