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
