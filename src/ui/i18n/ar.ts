import type en from './en'

const ar: typeof en = {
  app: { title: 'مقارنة الادعاءات', tagline: 'حيث تختلف التغطية' },
  nav: { overview: 'نظرة عامة', sources: 'المصادر', language: 'اللغة', skip: 'انتقل إلى المحتوى' },
  sources: {
    heading: 'المصادر',
    intro: 'المقالات في مساحة العمل. افتح أحدها لقراءته مع إبراز الأرقام.',
    title: 'العنوان', outlet: 'الوسيلة', via: 'عبر', lang: 'اللغة', date: 'التاريخ', words: 'الكلمات', kind: 'النوع',
    unknown: 'غير مذكورة', inferred: 'مستنتج', undated: 'بلا تاريخ',
  },
  source: { back: 'كل المصادر', notFound: 'لا يوجد مصدر بالمعرّف «{id}».', inferred: 'التاريخ مستنتج: {how}', text: 'نص المقال' },
  langs: { ar: 'العربية', en: 'الإنجليزية', fr: 'الفرنسية' },
  kinds: { news: 'تقرير إخباري', analysis: 'تحليل', translation: 'ترجمة' },
}
export default ar
