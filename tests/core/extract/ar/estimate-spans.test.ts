import { inBothScripts } from './both-scripts'

// A verb of estimating before "بنحو"/"بحوالي" leaves the span to the word that says "about"
// ("تُقدَّر بنحو 6 مليارات دولار" → "نحو 6 مليارات دولار"), in a headline as in the body; with no
// such word the verb itself says it and stays ("تقدر ب6 مليارات دولار").
inBothScripts('Arabic estimates: the span starts at the word that says about', [
  { text: 'الخسائر تُقدَّر بنحو 4 مليارات دولار', span: 'نحو 4 مليارات دولار', kind: 'money', lo: 4e9, unit: 'USD', qualifier: 'about' },
  { text: 'وقال إن كلفة الإعمار يقدر بنحو 300 مليون دولار', span: 'نحو 300 مليون دولار', kind: 'money', lo: 3e8, unit: 'USD', qualifier: 'about' },
  { text: 'وقدّرت البلدية الأضرار بحوالي 12 مليون دولار', span: 'حوالي 12 مليون دولار', kind: 'money', lo: 12e6, unit: 'USD', qualifier: 'about' },
  { text: 'والأضرار تقدر ب4 مليارات دولار', span: 'تقدر ب4 مليارات دولار', kind: 'money', lo: 4e9, unit: 'USD', qualifier: 'about' },
])
