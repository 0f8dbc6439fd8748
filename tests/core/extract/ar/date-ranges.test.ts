import { inBothScripts } from './both-scripts'

// Date ranges in the forms Arabic news writes them (published on Wednesday 20 March 2024).
const P = '2024-03-20'
inBothScripts('Arabic date ranges', [
  { text: 'عقد المؤتمر من 3 إلى 7 مارس في عمّان', span: 'من 3 إلى 7 مارس', kind: 'daterange', lo: '2024-03-03', hi: '2024-03-07', qualifier: 'range', published: P },
  { text: 'بين 3 و7 مارس 2024 أقيمت الدورة', span: 'بين 3 و7 مارس 2024', kind: 'daterange', lo: '2024-03-03', hi: '2024-03-07', published: P },
  { text: 'ما بين 3 و 7 آذار/مارس شهدت المدينة', span: 'ما بين 3 و 7 آذار/مارس', kind: 'daterange', lo: '2024-03-03', hi: '2024-03-07', published: P },
  { text: 'خلال أيام 3-7 مارس', span: '3-7 مارس', kind: 'daterange', lo: '2024-03-03', hi: '2024-03-07', published: P },
  { text: 'استمر القصف من 28 فبراير حتى 2 مارس', span: 'من 28 فبراير حتى 2 مارس', kind: 'daterange', lo: '2024-02-28', hi: '2024-03-02', published: P },
  { text: 'بين مارس 2019 وأكتوبر 2021 تراجع الإنتاج', span: 'بين مارس 2019 وأكتوبر 2021', kind: 'daterange', lo: '2019-03-01', hi: '2021-10-31', published: P },
  { text: 'خلال الفترة الممتدة من 5 إلى 9 يونيو 2023', span: 'من 5 إلى 9 يونيو 2023', kind: 'daterange', lo: '2023-06-05', hi: '2023-06-09', published: P },
  { text: 'وبين 3 و7 مارس 2024 أغلقت المدارس', span: 'بين 3 و7 مارس 2024', kind: 'daterange', lo: '2024-03-03', hi: '2024-03-07', published: P },
  { text: 'تأجل الاجتماع للفترة من 10 إلى 12 أبريل 2024', span: 'من 10 إلى 12 أبريل 2024', kind: 'daterange', lo: '2024-04-10', hi: '2024-04-12', published: P },
  { text: 'تعقد الجولة من 3 إلى 7 مارس الجاري', span: 'من 3 إلى 7 مارس الجاري', kind: 'daterange', lo: '2024-03-03', hi: '2024-03-07', published: P },
  { text: 'جرت الانتخابات من 10 إلى 15 أكتوبر الماضي', span: 'من 10 إلى 15 أكتوبر الماضي', kind: 'daterange', lo: '2023-10-10', hi: '2023-10-15', published: P },
  { text: 'تقام الدورة من 1 إلى 5 أبريل المقبل', span: 'من 1 إلى 5 أبريل المقبل', kind: 'daterange', lo: '2024-04-01', hi: '2024-04-05', published: P },
  { text: 'ضربت العاصفة ليل الجمعة - السبت', span: 'ليل الجمعة - السبت', kind: 'daterange', lo: '2024-03-15', hi: '2024-03-16', published: P },
])
