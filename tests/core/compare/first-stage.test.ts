import { describe, expect, it } from 'vitest'
import { earlierSteps } from '../../../src/core/compare/recalled'
import type { Claim } from '../../../src/core/model'

// A sentence that opens on a first stage ("At first, an official told reporters that four people
// had died", "Dans un premier temps", "في البداية") tells an earlier count, however far into the
// sentence the figure stands: beside the higher count its report gives now, it is history.
// Sentences made up for the tests.

let n = 0
function steps(text: string, figures: [string, number][]): string[] {
  let from = 0
  const claims = figures.map(([words, value]) => {
    const start = text.indexOf(words, from)
    if (start < 0) throw new Error(`"${words}" not in the text`)
    from = start + words.length
    const sentence = { start: Math.max(0, text.lastIndexOf('.', start) + 1), end: text.indexOf('.', start) < 0 ? text.length : text.indexOf('.', start) + 1 }
    n++
    return { id: `r:${n}`, source: 'r', span: { start, end: start + words.length }, text: words, quantity: { kind: 'count', lo: value, hi: value, unit: null, per: null, precision: 'exact', qualifier: null }, counted: null, sentence, attribution: null, scopes: [] } satisfies Claim
  })
  return [...earlierSteps(claims, () => text)].map((id) => claims.find((c) => c.id === id)!.text)
}

describe('a sentence that opens on a first stage', () => {
  it('sets its figure at that stage, far from the words, in English, French and Arabic', () => {
    expect(steps('At first, a spokesman for the regional emergency services department told local reporters that four people had died. By nightfall the count stood at 31.', [['four', 4], ['31', 31]])).toEqual(['four'])
    expect(steps("Dans un premier temps, un porte-parole de la préfecture maritime de la région a expliqué à la presse locale que sept marins étaient morts. Le bilan s'élève désormais à 19 morts.", [['sept', 7], ['19', 19]])).toEqual(['sept'])
    expect(steps('في البداية، أفاد متحدث باسم مديرية الدفاع المدني في المحافظة للصحفيين بأن 6 أشخاص لقوا حتفهم. وارتفعت الحصيلة لاحقا إلى 27 قتيلا.', [['6', 6], ['27', 27]])).toEqual(['6'])
  })

  it('…but not a sentence where those words stand elsewhere, nor one whose report gives no higher count', () => {
    expect(steps('Rescuers who were first on the scene said four people had died. By nightfall the count stood at 31.', [['four', 4], ['31', 31]])).toEqual([])
    expect(steps('At first, a spokesman said that four people had died.', [['four', 4]])).toEqual([])
  })
})
