// The fixed words of the exports, in the two languages they are written in.
import type { Verdict } from '../model'

/** The verdicts in words, for exports read outside the app. */
export const VERDICT_LABEL: Record<Verdict, { en: string; ar: string }> = {
  'agree': { en: 'Sources agree', ar: 'المصادر متفقة' },
  'agree-precision': { en: 'Agree, at different precision', ar: 'متفقة بدقة مختلفة' },
  'conflict': { en: 'Sources conflict', ar: 'المصادر متعارضة' },
  'single-source': { en: 'Single source, uncorroborated', ar: 'مصدر واحد غير مؤكَّد' },
  'other-scope': { en: 'Different scopes', ar: 'نطاقات مختلفة' },
  'time-series': { en: 'Figures at different times', ar: 'أرقام في أوقات مختلفة' },
  'needs-review': { en: 'Needs review', ar: 'تحتاج إلى مراجعة' },
}
