import { describe, expect, it } from 'vitest'
import { toldMoment } from '../../../src/core/compare/moment'

// An estimate a sentence sets in the month or week before its report ("Last month, the ministry
// put the cost at $30 billion") is that period's, not the report's day's: beside a new estimate of
// the report's day, it is an earlier step, not a second voice on the same day.

describe('the period before its report that a sentence sets a figure in', () => {
  const at = (text: string, figure: string) => { const start = text.indexOf(figure); return { span: { start, end: start + figure.length }, sentence: { start: 0, end: text.length }, scopes: [] } }
  it.each([
    ['Last month, the ministry put the cost of the damage at $30 billion.', '$30 billion', '2031-10-19', { from: '2031-09-01', to: '2031-09-30' }],
    ['Le mois dernier, le ministère chiffrait les dégâts à 30 milliards de dollars.', '30 milliards', '2031-01-12', { from: '2030-12-01', to: '2030-12-31' }],
    ['وكانت الوزارة قدرت الشهر الماضي الخسائر بنحو 30 مليار دولار.', '30 مليار', '2031-03-05', { from: '2031-02-01', to: '2031-02-28' }],
    ['La semaine dernière, 300 familles vivaient encore sous des tentes.', '300', '2031-10-19', { from: '2031-10-06', to: '2031-10-18' }],
  ])('%s', (text, figure, published, told) => {
    expect(toldMoment(at(text, figure), text, published)).toEqual(told)
  })
  it('dates only the figure the phrase stands beside, no other number between', () => {
    const text = 'The death toll has risen to 300, up from 120 last month.'
    expect(toldMoment(at(text, '120'), text, '2031-10-19')).toEqual({ from: '2031-09-01', to: '2031-09-30' })
    expect(toldMoment(at(text, '300'), text, '2031-10-19')).toBeNull()
    const ar = 'ارتفعت الحصيلة إلى 300 قتيل بعد أن كانت 120 الأسبوع الماضي.'
    expect(toldMoment(at(ar, '300'), ar, '2031-10-19')).toBeNull()
    expect(toldMoment(at(ar, '120'), ar, '2031-10-19')).toEqual({ from: '2031-10-06', to: '2031-10-18' })
  })
  it('names no period when it names none, or both a week and a month', () => {
    const text = 'The ministry put the cost of the damage at $30 billion.'
    expect(toldMoment(at(text, '$30 billion'), text, '2031-10-19')).toBeNull()
    const both = 'Last week the ministry raised the $30 billion it gave last month.'
    expect(toldMoment(at(both, '$30 billion'), both, '2031-10-19')).toBeNull()
  })
})
