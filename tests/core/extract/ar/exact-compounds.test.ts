import { inBothScripts } from './both-scripts'

// Exact figures are written out in Arabic as a chain of scales joined by "و", largest first
// ("24 مليونًا و535 ألفًا و185 صوتًا"), the way electoral bodies and ministries publish results; a
// scale after its count may be the accusative singular ("ألفًا", "مليونًا"). The whole chain is one
// figure, with a currency after it when it is a sum. Two figures each with its own scale stay two.

inBothScripts('an exact figure written as a chain of scales', [
  { text: 'وبلغ عدد المقترعين 18 مليونًا و412 ألفًا و76 ناخبًا.', span: '18 مليونًا و412 ألفًا و76', kind: 'count', lo: 18412076 },
  { text: 'وحصل مرشح المعارضة على 7 ملايين و90 ألفا و300 صوت.', span: '7 ملايين و90 ألفا و300', kind: 'count', lo: 7090300 },
  { text: 'وارتفع عدد المسجلين إلى 5 ملايين و600 ألفًا.', span: '5 ملايين و600 ألفًا', kind: 'count', lo: 5600000 },
  { text: 'وقدّرت الوزارة الخسائر بمليار و300 مليون دولار.', span: 'مليار و300 مليون دولار', kind: 'money', lo: 1.3e9, unit: 'USD' },
  { text: 'ورصدت الحكومة 4 مليارات و250 مليون يورو لإعادة البناء.', span: '4 مليارات و250 مليون يورو', kind: 'money', lo: 4.25e9, unit: 'EUR' },
  { text: 'وتلقت كل أسرة ثلاثة آلاف و500 دولار تعويضًا.', span: 'ثلاثة آلاف و500 دولار', kind: 'money', lo: 3500, unit: 'USD' },
  { text: 'ويتراوح عدد العائدين بين 200 ألف و300 ألف شخص.', span: 'بين 200 ألف و300 ألف', kind: 'count', lo: 200000, hi: 300000, qualifier: 'range' },
])
