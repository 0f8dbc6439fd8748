import type en from './en'

const ar: typeof en = {
  app: { title: 'مقارنة الادعاءات', tagline: 'حيث تختلف التغطية' },
  nav: {
    overview: 'نظرة عامة', sources: 'المصادر', language: 'اللغة', skip: 'انتقل إلى المحتوى', main: 'القائمة الرئيسية',
    theme: 'المظهر', themes: { system: 'حسب النظام', light: 'فاتح', dark: 'داكن' },
  },
  sources: {
    heading: 'المصادر',
    intro: 'المقالات في مساحة العمل. افتح أحدها لقراءته مع إبراز الأرقام.',
    title: 'العنوان', source: 'المصدر', outlet: 'الوسيلة', via: 'عبر', lang: 'اللغة', date: 'التاريخ', words: 'الكلمات', kind: 'النوع',
    unknown: 'غير مذكورة', inferred: 'مستنتج', undated: 'بلا تاريخ',
  },
  source: {
    back: 'كل المصادر', notFound: 'لا يوجد مصدر بالمعرّف «{id}».', inferred: 'التاريخ مستنتج: {how}', text: 'نص المقال',
    figures: 'الأرقام في هذا المقال: {n}', legend: 'كل رقم مُبرز ملوّن ومعلَّم بحكم موضوعه؛ افتحه لترى المقارنة.',
    unassigned: 'أرقام خارج أي موضوع', unassignedIntro: 'وجد المستخرِج هذه الأرقام لكن لم يأخذها أي موضوع.', noUnassigned: 'كل أرقام هذا المقال تنتمي إلى موضوع.',
    assignTo: 'إسناد إلى موضوع', assign: 'إسناد', chooseTopic: 'اختر موضوعًا', startTopic: 'ابدأ موضوعًا من هذا الرقم', newTopicLabel: 'اسم الموضوع',
    figureLink: '{text}: {topic} ({verdict})', unassignedFigure: '{text}: خارج أي موضوع بعد', inNoTopic: 'خارج أي موضوع', goToList: 'اعرضه في القائمة أدناه',
  },
  overview: {
    heading: 'حيث تختلف التغطية',
    intro: 'كل رقم تذكره المصادر، مرتّبًا حسب الموضوع ومحكومًا عليه. التعارضات والمسائل المفتوحة أولًا؛ افتح موضوعًا لترى المصادر جنبًا إلى جنب.',
    summary: 'ملخص', verdictChart: 'المواضيع حسب الحكم', verdictTable: 'عدد المواضيع لكل حكم',
    matrix: 'التغطية: أي مصدر يذكر أي رقم',
    matrixCaption: 'الصفوف مواضيع والأعمدة مصادر. تبيّن كل خانة هل يذكر المصدر الرقم وكيف يقف مما تقوله أغلب المصادر.',
    topics: 'المواضيع', shown: 'يُعرض {shown} من {total} موضوعًا',
    noTopics: 'لا مواضيع بعد: لم يرتّب التحليل أي أرقام.', noMatch: 'لا موضوع يطابق هذه المرشحات.',
    clear: 'مسح المرشحات', sourceHits: 'كلمات البحث واردة أيضًا في هذه المقالات',
    independent: 'المصادر المستقلة: {n}', values: 'القيم بلمحة', openTopic: 'افتح المقارنة',
  },
  filters: {
    label: 'التصفية والترتيب', search: 'ابحث في المواضيع ونصوص المقالات', searchHint: 'بالعربية أو الإنجليزية؛ تُوحَّد صيغ الكتابة',
    verdict: 'الحكم', kind: 'نوع الرقم', source: 'المصدر', lang: 'اللغة', sort: 'الترتيب', all: 'الكل',
    sorts: { severity: 'الأحوج إلى المراجعة أولًا', sources: 'الأكثر مصادر', label: 'الاسم' },
  },
  topic: {
    back: 'كل المواضيع', notFound: 'لا يوجد موضوع بالمعرّف «{id}».', sideBySide: 'المصادر جنبًا إلى جنب',
    sideBySideIntro: 'عمود لكل مصدر، حسب تاريخ النشر.', figure: 'الرقم كما ورد', value: 'القيمة الموحّدة',
    qualifier: 'الصيغة', scope: 'النطاق', attribution: 'منسوب إلى', noAttribution: 'غير منسوب', openInArticle: 'افتحه في المقال',
    chartNumbers: 'الأرقام على مقياس واحد', chartTimeline: 'التواريخ على خط زمني',
    chartIntro: 'شريط لكل رقم. المعيَّن يدل على قيمة واحدة، والشريط الباهت على قيمة غير دقيقة، والسهم على حدّ مفتوح. المربع المتقطع مدة يذكرها المصدر: طولها، موضوعًا في وسط تواريخ ذلك المصدر. الخط المتقطع هو التوافق.',
    chartLabel: 'رسم بياني لأرقام «{topic}»؛ الأرقام نفسها في الجدول أدناه.',
    table: 'أرقام الرسم البياني', source: 'المصدر', date: 'التاريخ', status: 'مقارنةً بالتوافق',
    independent: 'المصادر المستقلة: {n}', folded: 'تُحسب مصدرًا واحدًا: {sources} ({why})', withinSource: 'المصدر {source} يناقض نفسه: {why}',
    consensus: 'التوافق', aside: 'ذُكر أيضًا', noFigures: 'لا أرقام في هذا الموضوع بعد.', reviewSlot: 'المراجعة',
  },
  verdicts: {
    agree: 'متفقة', 'agree-precision': 'متفقة بدقة مختلفة', conflict: 'متعارضة', 'single-source': 'مصدر واحد',
    'other-scope': 'نطاق مختلف', 'time-series': 'سلسلة زمنية', 'needs-review': 'تحتاج مراجعة', none: 'بلا حكم',
  },
  status: { agree: 'يتفق', differ: 'يختلف', alone: 'المصدر الوحيد', unjudged: 'غير مقارن', empty: 'لا رقم' },
  qualifiers: { about: 'نحو', 'more-than': 'أكثر من', 'less-than': 'أقل من', 'at-least': 'على الأقل', 'at-most': 'على الأكثر', range: 'نطاق', vague: 'عدد مبهم' },
  quantityKinds: { count: 'عدد', money: 'مبلغ', percent: 'نسبة', rate: 'معدّل', date: 'تاريخ', daterange: 'فترة زمنية', duration: 'مدة' },
  scopes: { place: 'مكان', operation: 'عملية', time: 'زمن' },
  langs: { ar: 'العربية', en: 'الإنجليزية', fr: 'الفرنسية' },
  kinds: { news: 'تقرير إخباري', analysis: 'تحليل', translation: 'ترجمة' },
}
export default ar
