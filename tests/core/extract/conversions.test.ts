import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import type { Lang } from '../../../src/core/model'

// An amount restated in another currency right after it is marked as a restatement:
// [lang, text, the figures as written, which of them are restatements].
const CASES: [Lang, string, string[], boolean[]][] = [
  ['en', 'Owners will receive 140,000 dirhams (about $13,600) for rebuilding.', ['140,000 dirhams', 'about $13,600'], [false, true]],
  ['en', 'The fund holds 50 million euros and 20 million dollars.', ['50 million euros', '20 million dollars'], [false, false]],
  ['ar', 'رصدت الحكومة 2 مليار دينار ليبي، أي ما يعادل نحو 446 مليون دولار.', ['2 مليار دينار ليبي', 'نحو 446 مليون دولار'], [false, true]],
  ['ar', 'خصصت الحكومة 100 مليار ليرة (نحو 66 مليون دولار) للمتضررين.', ['100 مليار ليرة', 'نحو 66 مليون دولار'], [false, true]],
  ['fr', "Les promesses atteignent 252,7 millions d'euros, soit 298 millions de dollars.", ["252,7 millions d'euros", '298 millions de dollars'], [false, true]],
  ['en', 'Each household gets 30,000 dirhams, close to $3,000.', ['30,000 dirhams', 'close to $3,000'], [false, true]],
  // A list of amounts, or a choice between them, restates nothing.
  ['en', 'They gave €50 million, $20 million and £5 million.', ['€50 million', '$20 million', '£5 million'], [false, false, false]],
  ['en', 'It costs 50 million euros or 60 million dollars.', ['50 million euros', '60 million dollars'], [false, false]],
  // The same currency twice is two figures, not a restatement.
  ['en', 'Donors pledged $10 million (and $5 million more later).', ['$10 million', '$5 million'], [false, false]],
]

describe('restated amounts', () => {
  it.each(CASES)('%s: %s', (lang, text, figures, restated) => {
    const cs = extractClaims({ id: 't', text, lang, published: '2023-09-14', window: null })
    expect(cs.map((c) => c.text)).toEqual(figures)
    expect(cs.map((c) => c.role === 'conversion')).toEqual(restated)
  })
})
