import { inBothScripts } from './both-scripts'

// A half after a scale may say its scale again ("مليون ونصف مليون", with the article or without),
// and a dual scale takes its half and the digits after it as a single scale does ("مليونان ونصف
// مليون", "مليونين و458 ألفا"): each is one figure. Sentences written for these tests.

inBothScripts('a half or the rest of a figure after a scale or a dual scale', [
  { text: 'وتضرر مليون ونصف مليون شخص من الفيضانات بحسب الأمم المتحدة.', span: 'مليون ونصف مليون', kind: 'count', lo: 1.5e6 },
  { text: 'وتضرر مليون ونصف المليون شخص من الفيضانات.', span: 'مليون ونصف المليون', kind: 'count', lo: 1.5e6 },
  { text: 'ونزح مليونان ونصف مليون شخص منذ بداية الحرب.', span: 'مليونان ونصف مليون', kind: 'count', lo: 2.5e6 },
  { text: 'وبلغ عدد المقترعين مليونين و458 ألفا بحسب الهيئة.', span: 'مليونين و458 ألفا', kind: 'count', lo: 2458000 },
  { text: 'وخسر القطاع مليون ونصف مليون دولار في أسبوع.', span: 'مليون ونصف مليون دولار', kind: 'money', lo: 1.5e6, unit: 'USD' },
])
