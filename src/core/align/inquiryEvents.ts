import type { Concept } from './measures'

// What follows a disaster and is dated apart from it: the arrests and charges, the report an
// inquiry publishes, the day a place reopens and the day the search ends ("the first two suspects
// were arrested on Saturday", "mis en examen mercredi", "أُلقي القبض عليهما يوم السبت"; "the
// preliminary report released on 12 July", "le rapport publié le 6 novembre", "التقرير الأولي
// الصادر في 12 يوليو"; "the museum reopened on Wednesday", "le musée a rouvert mercredi", "أعاد
// المتحف فتح أبوابه الأربعاء"; "the search was called off on Sunday", "les recherches ont été
// suspendues dimanche", "أوقفت عمليات البحث الأحد"). Without them "Date of the first arrests" or
// "Date the museum reopened" falls back to the day the disaster struck and takes its dates.
// (Not "report" alone in English or "تقرير" alone: "reports say", "according to a report" are
// who tells, not what happened; not "found" or "recovered": bodies are found every day of a toll;
// not "detained", which a coup does to a president; not "a repris": "le trafic a repris 51 heures
// après" is a length of time (aftermath.ts); not "rapport" alone, "par rapport à" compares;
// not a phrase that begins with a word of the people arrested, "القبض على": it would take the
// word from the count, "ألقت الشرطة القبض على 14 شخصاً".)

export const INQUIRY_EVENTS: Concept[] = [
  {
    id: 'arrest', family: 'date', event: true, follows: true, label: { en: 'date of the arrests', ar: 'تاريخ الاعتقالات' },
    words: {
      en: ['arrested', 'arrest', 'arrests', 'charged', 'indicted', 'apprehended'],
      fr: ['arrêté', 'arrêtés', 'arrêtée', 'arrêtées', 'arrestation', 'arrestations', 'interpellé', 'interpellés', 'interpellée', 'interpellation', 'interpellations', 'mis en examen', 'mise en examen', 'mises en examen', 'inculpé', 'inculpés', 'inculpée'],
      ar: ['اعتقال', 'اعتقل', 'اعتقلت', 'اعتقلوا', 'توقيف', 'أوقف', 'أوقفت', 'اتهام', 'وجهت إليه', 'وجهت إليهما', 'وجهت إليهم', 'وجهت تهمة'],
    },
  },
  {
    id: 'report-out', family: 'date', event: true, follows: true, label: { en: 'date the report came out', ar: 'تاريخ صدور التقرير' },
    words: {
      en: ['preliminary report', 'interim report', 'final report', 'its report', 'the report', 'inquiry report', 'published a report', 'released a report', 'report was published', 'report was released', 'findings'],
      fr: ['le rapport', 'un rapport', 'son rapport', 'leur rapport', 'rapport préliminaire', 'rapport final', "rapport d'étape", "rapport d'enquête", 'conclusions'],
      ar: ['التقرير الأولي', 'التقرير النهائي', 'تقرير أولي', 'تقرير نهائي', 'التقرير الصادر', 'صدور التقرير', 'نشر تقريرا', 'نشرت تقريرا', 'أصدر تقريرا', 'أصدرت تقريرا', 'تقرير التحقيق', 'نتائج التحقيق'],
    },
  },
  {
    id: 'reopened', family: 'date', event: true, follows: true, label: { en: 'date it reopened', ar: 'تاريخ إعادة الفتح' },
    words: {
      en: ['reopened', 'reopening', 'reopen', 'reopens', 'resumed', 'back in service', 'restored service'],
      fr: ['rouvert', 'rouverte', 'rouvre', 'réouverture', 'rouvrira', 'rouvriront'],
      ar: ['أعيد فتح', 'إعادة فتح', 'أعاد فتح', 'أعادت فتح', 'إعادة افتتاح', 'أعيد افتتاح', 'فتح أبوابه', 'فتحت أبوابها', 'استؤنفت', 'استئناف'],
    },
  },
  {
    id: 'search-ended', family: 'date', event: true, follows: true, label: { en: 'end of the search', ar: 'انتهاء عمليات البحث' },
    words: {
      en: ['search was called off', 'called off the search', 'search was suspended', 'suspended the search', 'ended the search', 'search ended', 'end of the search', 'search operations ended', 'wrapped up the search'],
      fr: ['fin des recherches', 'recherches ont été suspendues', 'suspendu les recherches', 'arrêt des recherches', 'mis fin aux recherches', 'recherches ont pris fin'],
      ar: ['انتهاء عمليات البحث', 'إنهاء عمليات البحث', 'وقف عمليات البحث', 'أوقفت عمليات البحث', 'تعليق عمليات البحث', 'علقت عمليات البحث', 'انتهاء عمليات الإنقاذ', 'إنهاء عمليات الإنقاذ'],
    },
  },
]
