import { describe, expect, it } from 'vitest'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { placed, source } from './placed'

// An air crash counts its dead on board and on the ground apart: a toll the figure's own words say
// of either goes to that part's topic, the rest to the whole. Reports written for the test.
const tolls = [
  topicFromText({ id: 'total', label: 'Total death toll', measure: 'everyone killed by the crash, on board and on the ground', kind: 'count' })!,
  topicFromText({ id: 'ground', label: 'Deaths on the ground', measure: 'people killed on the ground where the plane came down', kind: 'count' })!,
  topicFromText({ id: 'board', label: 'Deaths on board', measure: 'people killed aboard the plane', kind: 'count' })!,
]

describe('a toll said on board or on the ground goes to that part', () => {
  it.each([
    ['en', 'Officials said 260 people died in the crash. In all, 241 people died on board, and 19 residents were killed on the ground.', '260', '19', '241'],
    ['fr', "Les autorités font état de 260 morts dans l'accident. Au total, 241 personnes sont mortes à bord, et 19 habitants ont été tués au sol.", '260', '19', '241'],
    ['ar', 'وقالت السلطات إن 260 شخصا لقوا حتفهم في تحطم الطائرة. وتوفي 241 شخصا على متنها، فيما قُتل 19 من السكان على الأرض.', '260', '19', '241'],
  ] as const)('%s', (lang, text, total, ground, board) => {
    const got = placed(source('a', lang, text), tolls)
    expect(got.total).toEqual([total])
    expect(got.ground).toEqual([ground])
    expect(got.board).toEqual([board])
  })

  it('a setting in the same sentence but not by the figure says nothing of it', () => {
    const got = placed(source('a', 'en', 'A local tally put the toll on the ground at 33, for a total of 274 dead in the crash.'), tolls)
    expect(got.ground).toEqual(['33'])
    expect(got.total).toEqual(['274'])
  })
})

// What a topic's measure leaves out in brackets is no group it counts: "Passengers (excluding crew)"
// takes the passengers a sentence gives beside the crew.
it('a group the measure excludes in brackets is not the topic\'s', () => {
  const topics = [
    topicFromText({ id: 'all', label: 'People on board', measure: 'passengers plus crew on the flight', kind: 'count' })!,
    topicFromText({ id: 'passengers', label: 'Passengers on board', measure: 'passengers on the flight (excluding crew)', kind: 'count' })!,
    topicFromText({ id: 'crew', label: 'Crew on board', measure: 'crew members on the flight', kind: 'count' })!,
  ]
  const got = placed(source('a', 'en', 'The plane was carrying 230 passengers, along with 12 crew members.'), topics)
  expect(got.passengers).toEqual(['230'])
  expect(got.crew).toEqual(['12'])
})
