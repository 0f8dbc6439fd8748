import { inBothScripts } from './both-scripts'

// Relative months, years and days, read against the publication day; without one they stay unresolved.
inBothScripts('Arabic relative dates', [
  { text: 'بدأ المشروع في أبريل من العام الماضي', span: 'أبريل من العام الماضي', kind: 'date', lo: '2023-04-01', hi: '2023-04-30', published: '2024-06-12' },
  { text: 'ارتفعت الأسعار في الشهر الماضي', span: 'الشهر الماضي', kind: 'date', lo: '2024-05-01', hi: '2024-05-31', published: '2024-06-12' },
  { text: 'تبدأ الأشغال مطلع العام المقبل', span: 'مطلع العام المقبل', kind: 'date', lo: '2025-01-01', hi: '2025-03-31', published: '2024-06-12' },
  { text: 'ينتهي العمل أواخر الشهر الجاري', span: 'أواخر الشهر الجاري', kind: 'date', lo: '2024-06-21', hi: '2024-06-30', published: '2024-06-12' },
  { text: 'وصل الوفد يوم الثلاثاء', span: 'يوم الثلاثاء', kind: 'date', lo: '2024-06-11', published: '2024-06-12' },
  { text: 'وقال مساء الثلاثاء إن', span: 'مساء الثلاثاء', kind: 'date', lo: '2024-06-11', published: '2024-06-12' },
  { text: 'أعلنت الوزارة اليوم الأربعاء', span: 'اليوم الأربعاء', kind: 'date', lo: '2024-06-12', published: '2024-06-12' },
  { text: 'وقع الحادث أمس الأربعاء', span: 'أمس الأربعاء', kind: 'date', lo: '2024-06-12', published: '2024-06-13' },
  { text: 'وقع الحادث أول أمس الثلاثاء', span: 'أول أمس الثلاثاء', kind: 'date', lo: '2024-06-11', published: '2024-06-13' },
  { text: 'تبدأ المحادثات الاثنين المقبل', span: 'الاثنين المقبل', kind: 'date', lo: '2024-06-17', published: '2024-06-12' },
  { text: 'وقع الزلزال في نوفمبر', span: 'نوفمبر', kind: 'date', lo: '2023-11-01', hi: '2023-11-30', published: '2024-03-05' },
  { text: 'غرق القارب نهاية الأسبوع الماضي', span: 'نهاية الأسبوع الماضي', kind: 'date', lo: '2024-06-08', hi: '2024-06-09', published: '2024-06-12' },
  { text: 'نزحت الأسر منذ ربيع عام 2024', span: 'منذ ربيع عام 2024', kind: 'date', lo: '2024-03-01', hi: '2024-05-31', published: '2024-06-12' },
  { text: 'ارتفعت الأسعار في الشهر الماضي', span: 'الشهر الماضي', kind: 'date', lo: null, hi: null, published: null },
])

// A day of a month named relative to the report's ("في 12 الشهر الجاري"), alone or ending a range;
// the day is checked against that month's length.
inBothScripts('Arabic days of a relative month', [
  { text: 'وصل الوفد في 12 الشهر الجاري', span: '12 الشهر الجاري', kind: 'date', lo: '2024-06-12', published: '2024-06-20' },
  { text: 'وسيغادر في 25 من الشهر الجاري', span: '25 من الشهر الجاري', kind: 'date', lo: '2024-06-25', published: '2024-06-20' },
  { text: 'وكان قد زار البلاد في 3 الشهر الماضي', span: '3 الشهر الماضي', kind: 'date', lo: '2024-05-03', published: '2024-06-20' },
  { text: 'وتجرى الانتخابات في 30 الشهر المقبل', span: '30 الشهر المقبل', kind: 'date', lo: '2025-01-30', published: '2024-12-02' },
  { text: 'وتعقد القمة بين 15 و18 الشهر الجاري', span: 'بين 15 و18 الشهر الجاري', kind: 'daterange', lo: '2024-06-15', hi: '2024-06-18', published: '2024-06-02' },
  { text: 'ويستمر المعرض من 2 إلى 4 الشهر المقبل', span: 'من 2 إلى 4 الشهر المقبل', kind: 'daterange', lo: '2024-07-02', hi: '2024-07-04', published: '2024-06-20' },
  { text: 'وجرت المفاوضات من 27 إلى 29 من الشهر الماضي', span: 'من 27 إلى 29 من الشهر الماضي', kind: 'daterange', lo: '2024-02-27', hi: '2024-02-29', published: '2024-03-20' },
  { text: 'وكان ذلك في 30 الشهر الماضي', span: '30 الشهر الماضي', kind: 'date', lo: null, hi: null, published: '2024-03-20' },
  { text: 'قتل 12 شخصا الشهر الماضي', span: '12', kind: 'count', lo: 12 },
])
