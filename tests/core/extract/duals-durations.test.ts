import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

const cases: Case[] = [
  { text: 'تم شراء طائرتين مسيرتين من طراز بيرقدار', span: 'طائرتين', kind: 'count', lo: 2, counted: 'مسيرتين' },
  { text: 'وصلت طائرتان مسيّرتان أكبر حجمًا', span: 'طائرتان', kind: 'count', lo: 2, counted: 'مسيّرتان' },
  { text: 'تسلمت الحكومة مروحيتين وجهاز رادار', span: 'مروحيتين', kind: 'count', lo: 2 },
  { text: 'احتجز مواطنان إماراتيان', span: 'مواطنان', kind: 'count', lo: 2 },
  { text: 'ما لا يقل عن طائرتي هليكوبتر قتاليتين', span: 'ما لا يقل عن طائرتي', kind: 'count', lo: 2, hi: null, qualifier: 'at-least' },
  { text: 'بقي سنتين في السجن', span: 'سنتين', kind: 'duration', lo: 2, unit: 'year' },
  { text: 'استمر عامين كاملين', span: 'عامين', kind: 'duration', lo: 2, unit: 'year' },
  { text: 'عرضت الشركات طوال ثلاثة أيام', span: 'ثلاثة أيام', kind: 'duration', lo: 3, unit: 'day' },
  { text: 'بعد أكثر من ثلاث سنوات ونصف', span: 'أكثر من ثلاث سنوات ونصف', kind: 'duration', lo: 3.5, hi: null, unit: 'year', qualifier: 'more-than' },
  { text: 'حكم ثلاث سنوات ونصف', span: 'ثلاث سنوات ونصف', kind: 'duration', lo: 3.5, unit: 'year' },
  { text: 'تفويضًا لمدة خمس سنوات قابلة للتجديد', span: 'خمس سنوات', kind: 'duration', lo: 5, unit: 'year' },
  { text: 'ورشة لمدة 18 يومًا في', span: '18 يومًا', kind: 'duration', lo: 18, unit: 'day' },
  { text: 'قضيا عامًا في روسيا', span: 'عامًا', kind: 'duration', lo: 1, unit: 'year' },
  { text: 'منذ أكثر من عقد على الأزمة', span: 'أكثر من عقد', kind: 'duration', lo: 10, hi: null, unit: 'year' },
  { text: 'في السنوات العشر الماضية صدرت', span: 'السنوات العشر الماضية', kind: 'duration', lo: 10, unit: 'year' },
  { text: 'خلال يوم واحد فقط', span: 'يوم واحد', kind: 'duration', lo: 1, unit: 'day' },
]

describe('dual nouns and durations', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})
