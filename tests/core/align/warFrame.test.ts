import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'

// A massacre told within a war: the war's toll and the village's toll are two topics. Reports
// written for these tests, about a country and a village that do not exist.

const topics = () => [topic('village', 'Death toll in Tell Barid', 'count'), topic('war', 'Death toll of the war in Velmora', 'count')]

describe('a war frames the story it tells', () => {
  it.each([
    ['en', "Velmora's militia accused of killing at least 120 in Tell Barid. The village's committee later said 230 people had been killed. The war has killed more than 15,000 people since April, according to the UN."],
    ['fr', "Au moins 120 morts à Tell Barid, dans le centre de la Velmora. Le comité du village a ensuite avancé le chiffre de 230 tués. La guerre a fait plus de 15 000 morts depuis avril, selon l'ONU."],
    ['ar', 'مقتل 120 شخصا على الأقل في تل بريد وسط فيلمورا. وقال لجنة القرية لاحقا إن 230 شخصا قتلوا. وأودت الحرب بحياة أكثر من 15 ألف شخص منذ أبريل، وفق الأمم المتحدة.'],
  ] as const)('%s: the country named by the village\'s toll does not make it the war\'s', (lang, text) => {
    const got = placed(source(`${lang}-1`, lang, text), topics())
    expect(got.village ?? []).toHaveLength(2)
    expect((got.war ?? []).join(' ')).toMatch(/15[ ,]?000|15 ألف/)
    expect(got.war ?? []).toHaveLength(1)
  })
  it('the war named in the sentence before still frames the figure', () => {
    const got = placed(source('en-2', 'en', 'Four people died in Tell Barid on Sunday. No reliable toll exists for the war in Velmora. Tens of thousands are known to have been killed.'), topics())
    expect(got.war ?? []).toEqual(['Tens of thousands'])
  })
})
