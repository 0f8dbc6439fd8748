import { inBothScripts } from './both-scripts'

// Open bounds and approximations from verbs and phrases, next to the number or across its subject.
inBothScripts('Arabic open bounds and approximations', [
  { text: 'صفقة تجاوزت قيمتها 80 مليون يورو', span: '80 مليون يورو', kind: 'money', lo: 80e6, hi: null, unit: 'EUR', qualifier: 'more-than' },
  { text: 'تجاوز 20 ألفا عدد النازحين', span: 'تجاوز 20 ألفا', kind: 'count', lo: 20000, hi: null, qualifier: 'more-than' },
  { text: 'وهو عدد يتجاوز 500 شخص', span: 'يتجاوز 500', kind: 'count', lo: 500, hi: null, qualifier: 'more-than' },
  { text: 'عدد يزيد عن 50 قتيلا', span: 'يزيد عن 50', kind: 'count', lo: 50, hi: null, qualifier: 'more-than' },
  { text: 'عدد يزيد على 50 قتيلا', span: 'يزيد على 50', kind: 'count', lo: 50, hi: null, qualifier: 'more-than' },
  { text: 'خسائر يفوق عددها 100 جريح', span: '100', kind: 'count', lo: 100, hi: null, qualifier: 'more-than' },
  { text: 'دمر ما يربو على 300 منزل', span: 'ما يربو على 300', kind: 'count', lo: 300, hi: null, qualifier: 'more-than' },
  { text: 'قتل ما لا يقل عن 40 شخصا', span: 'ما لا يقل عن 40', kind: 'count', lo: 40, hi: null, qualifier: 'at-least' },
  { text: 'عدد لا يقل عن 40 شخصا', span: 'لا يقل عن 40', kind: 'count', lo: 40, hi: null, qualifier: 'at-least' },
  { text: 'قتل قرابة 60 شخصا', span: 'قرابة 60', kind: 'count', lo: 60, qualifier: 'about' },
  { text: 'أصيب زهاء 70 شخصا', span: 'زهاء 70', kind: 'count', lo: 70, qualifier: 'about' },
  { text: 'أصيب ما يناهز 90 شخصا', span: 'ما يناهز 90', kind: 'count', lo: 90, qualifier: 'about' },
  { text: 'تتسع لعدد يصل حتى 20 ألف شخص', span: 'حتى 20 ألف', kind: 'count', lo: null, hi: 20000, qualifier: 'at-most' },
  { text: 'تعافى في أقل من 10 أيام', span: 'أقل من 10 أيام', kind: 'duration', lo: null, hi: 10, unit: 'day', qualifier: 'less-than' },
  { text: 'بلغ عمره دون 5 سنوات', span: 'دون 5 سنوات', kind: 'duration', lo: null, hi: 5, unit: 'year', qualifier: 'less-than' },
  { text: 'قتل 296 شخصا على الأقل في الزلزال', span: '296', kind: 'count', lo: 296, hi: null, qualifier: 'at-least' },
  // The verb first, then a subject naming what is measured, then the figure (the span stays the figure's).
  { text: 'وبذلك يتجاوز عدد قتلى الانهيار الأرضي 70 شخصا', span: '70', kind: 'count', lo: 70, hi: null, qualifier: 'more-than' },
  { text: 'تخطت حصيلة ضحايا الحريق في المصنع 45 قتيلا', span: '45', kind: 'count', lo: 45, hi: null, qualifier: 'more-than' },
  // Through a preposition or a threshold right before the figure.
  { text: 'ويزيد عدد المفقودين في القرى الجبلية على 1200 شخص', span: '1200', kind: 'count', lo: 1200, hi: null, qualifier: 'more-than' },
  { text: 'ولا يقل عدد المصابين عن 300 شخص', span: '300', kind: 'count', lo: 300, hi: null, qualifier: 'at-least' },
  { text: 'لم يزد عدد الناجين على 12 شخصا', span: '12', kind: 'count', lo: null, hi: 12, qualifier: 'at-most' },
  { text: 'وتجاوز عدد النازحين عتبة 50 ألف شخص', span: '50 ألف', kind: 'count', lo: 50000, hi: null, qualifier: 'more-than' },
  // A verb of change with "إلى" states the level reached, and a verb too far from its figure bounds nothing.
  { text: 'وزاد عدد القتلى إلى 40 بعد انتشال جثث جديدة', span: '40', kind: 'count', lo: 40 },
  { text: 'تجاوزت الأزمة حدود المدينة التي تضم الآن أكثر من 20 حيا', span: 'أكثر من 20', kind: 'count', lo: 20, hi: null, qualifier: 'more-than' },
  { text: 'تجاوز الفريق الطريق الجبلي الوعر نحو القرية وأنقذ 15 شخصا', span: '15', kind: 'count', lo: 15 },
])
