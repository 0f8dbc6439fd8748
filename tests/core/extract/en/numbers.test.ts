import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from '../helpers'

// English numbers: digits (1,234.5), words, scales, money, percentages, measures, rates, vague
// amounts, shares, and the qualifiers that open or widen them.
const en = (c: Case): Case => ({ ...c, lang: 'en' })

const cases: Case[] = [
  { text: 'The Red Crescent counted 11,300 dead.', span: '11,300', kind: 'count', lo: 11300, counted: 'dead' },
  { text: 'The quake left 1,234.5 tonnes of rubble.', span: '1,234.5 tonnes', kind: 'count', lo: 1234.5, unit: 'tonne' },
  { text: 'Twenty-five soldiers were wounded.', span: 'Twenty-five', kind: 'count', lo: 25 },
  { text: 'One hundred and five families were moved.', span: 'One hundred and five', kind: 'count', lo: 105 },
  { text: 'Fifteen heads of state joined the call.', span: 'Fifteen', kind: 'count', lo: 15 },
  { text: 'Three people died in the fire.', span: 'Three', kind: 'count', lo: 3 },
  { text: 'Nearly 2.5 million people need aid.', span: 'Nearly 2.5 million', kind: 'count', lo: 2.5e6, qualifier: 'about' },
  { text: 'Half a million people fled.', span: 'Half a million', kind: 'count', lo: 5e5 },
  // Money.
  { text: 'The fund pledged $2.5bn over five years.', span: '$2.5bn', kind: 'money', lo: 2.5e9, unit: 'USD' },
  { text: 'Germany gave €10m in emergency aid.', span: '€10m', kind: 'money', lo: 1e7, unit: 'EUR' },
  { text: 'Britain added £20m on Monday.', span: '£20m', kind: 'money', lo: 2e7, unit: 'GBP' },
  { text: 'The UN appealed for $71.4 million.', span: '$71.4 million', kind: 'money', lo: 71.4e6, unit: 'USD' },
  { text: 'Aid totalled 252.7 million euros.', span: '252.7 million euros', kind: 'money', lo: 252.7e6, unit: 'EUR' },
  { text: 'Each family got 500,000 CFA francs.', span: '500,000 CFA francs', kind: 'money', lo: 5e5, unit: 'XOF' },
  { text: 'Morocco will pay 140,000 dirhams per destroyed home.', span: '140,000 dirhams', kind: 'money', lo: 140000, unit: 'MAD' },
  { text: 'Libya set aside 2 billion dinars for Derna.', span: '2 billion dinars', kind: 'money', lo: 2e9, unit: 'LYD' },
  { text: 'The cost was put at 3 million pounds.', span: '3 million pounds', kind: 'money', lo: 3e6, unit: 'GBP' },
  { text: 'Families receive $300 a month.', span: '$300 a month', kind: 'rate', lo: 300, unit: 'USD/month' },
  // Percentages and measures.
  { text: 'Turnout fell 30 percent.', span: '30 percent', kind: 'percent', lo: 30, unit: '%' },
  { text: 'Turnout fell 30 per cent.', span: '30 per cent', kind: 'percent', lo: 30, unit: '%' },
  { text: 'Turnout fell 30%.', span: '30%', kind: 'percent', lo: 30, unit: '%' },
  { text: 'It stored 2,750 tons of ammonium nitrate.', span: '2,750 tons', kind: 'count', lo: 2750, unit: 'tonne' },
  { text: 'The epicentre lay about 72 kilometres away.', span: 'about 72 kilometres', kind: 'count', lo: 72, unit: 'km', qualifier: 'about' },
  // "magnitude" names the measure and stays out of the span on either side of the number; "degrees" is a unit and stays in.
  { text: 'The USGS measured it at magnitude 6.8.', span: '6.8', kind: 'count', lo: 6.8, unit: 'magnitude' },
  { text: 'A magnitude 5.9 aftershock shook the valley.', span: '5.9', kind: 'count', lo: 5.9, unit: 'magnitude' },
  { text: 'Seismologists logged a magnitude-6 tremor.', span: '6', kind: 'count', lo: 6, unit: 'magnitude' },
  { text: 'A 6.8-magnitude quake hit the region.', span: '6.8', kind: 'count', lo: 6.8, unit: 'magnitude' },
  { text: 'A 4.2 magnitude shock was felt in the port.', span: '4.2', kind: 'count', lo: 4.2, unit: 'magnitude' },
  { text: 'The tremor measured 5.1 degrees on the Richter scale.', span: '5.1 degrees', kind: 'count', lo: 5.1, unit: 'magnitude' },
  { text: 'The institute put its strength at 7.', span: '7', kind: 'count', lo: 7, unit: 'magnitude' },
  { text: 'The wreck lies 47 nautical miles offshore.', span: '47 nautical miles', kind: 'count', lo: 47, unit: 'nmi' },
  { text: 'It sank roughly 50 miles (80 km) off the coast.', span: '80 km', kind: 'count', lo: 80, unit: 'km', qualifier: 'about' },
  { text: 'The three-member council met.', span: 'three-member', kind: 'count', lo: 3 },
  { text: 'Families await news of 60-plus missing.', span: '60-plus', kind: 'count', lo: 60, hi: null, qualifier: 'more-than' },
  { text: 'Waves reached 2 1/2 meters.', span: '2 1/2 meters', kind: 'count', lo: 2.5, unit: 'm' },
  { text: 'The WHO said >300,000 people were affected.', span: '>300,000', kind: 'count', lo: 300000, hi: null, qualifier: 'more-than' },
  { text: 'A quarter of a million or more were made homeless.', span: 'A quarter of a million or more', kind: 'count', lo: 250000, hi: null, qualifier: 'at-least' },
  { text: 'Each family gets 2,500 dirhams ($242) a month in Morocco.', span: '2,500 dirhams', kind: 'rate', lo: 2500, unit: 'MAD/month' },
  { text: 'Each family gets 2,500 dirhams ($242) a month in Morocco.', span: '$242', kind: 'rate', lo: 242, unit: 'USD/month' },
  { text: 'The second quake measured 7.7 on the Richter scale, with a magnitude of 7.5 first reported.', span: '7.5', kind: 'count', lo: 7.5, unit: 'magnitude' },
  { text: 'Nine men aged 21-41 were charged.', span: '21-41', kind: 'count', lo: 21, hi: 41, qualifier: 'range' },
  { text: 'Three were missing: seven (three Lebanese) had been found.', span: 'seven', kind: 'count', lo: 7 },
  // Vague amounts.
  { text: 'Rescuers searched dozens of houses.', span: 'dozens', kind: 'count', lo: 20, hi: 99, qualifier: 'vague', counted: 'houses' },
  { text: 'Hundreds of thousands of civilians are trapped.', span: 'Hundreds of thousands', kind: 'count', lo: 2e5, hi: 999999, qualifier: 'vague' },
  { text: 'Tens of thousands have fled.', span: 'Tens of thousands', kind: 'count', lo: 20000, hi: 99999, qualifier: 'vague' },
  { text: 'Thousands more are missing.', span: 'Thousands', kind: 'count', lo: 2000, hi: 9999, qualifier: 'vague' },
  { text: 'The war uprooted millions of people.', span: 'millions', kind: 'count', lo: 2e6, hi: 9.99e6, qualifier: 'vague' },
  { text: 'The repairs will cost millions of dollars.', span: 'millions of dollars', kind: 'money', lo: 2e6, hi: 9.99e6, unit: 'USD', qualifier: 'vague' },
  { text: 'People felt it hundreds of kilometres away.', span: 'hundreds of kilometres', kind: 'count', lo: 200, hi: 999, unit: 'km', qualifier: 'vague' },
  { text: 'Several thousand troops were sent.', span: 'Several thousand', kind: 'count', lo: 3000, hi: 9999, qualifier: 'vague' },
  { text: 'Several hundred homes collapsed.', span: 'Several hundred', kind: 'count', lo: 300, hi: 999, qualifier: 'vague' },
  { text: 'The fund needs several million dollars.', span: 'several million dollars', kind: 'money', lo: 3e6, hi: 9.99e6, unit: 'USD', qualifier: 'vague' },
  { text: 'A few hundred people gathered.', span: 'A few hundred', kind: 'count', lo: 300, hi: 900, qualifier: 'vague' },
  { text: 'Several countries sent teams.', span: 'Several', kind: 'count', lo: 3, hi: 10, qualifier: 'vague' },
  { text: 'A dozen ambulances arrived.', span: 'A dozen', kind: 'count', lo: 12, qualifier: 'about' },
  { text: 'Two dozen soldiers were sent.', span: 'Two dozen', kind: 'count', lo: 24 },
  // Qualifiers, before and after.
  { text: 'More than 3,000 bodies were buried.', span: 'More than 3,000', kind: 'count', lo: 3000, hi: null, qualifier: 'more-than' },
  { text: 'The quake killed at least 1,305 people.', span: 'at least 1,305', kind: 'count', lo: 1305, hi: null, qualifier: 'at-least' },
  { text: 'Almost 4,000 people were treated.', span: 'Almost 4,000', kind: 'count', lo: 4000, qualifier: 'about' },
  { text: 'Up to 20,000 may have died.', span: 'Up to 20,000', kind: 'count', lo: null, hi: 20000, qualifier: 'at-most' },
  { text: 'Some 250,000 people need help.', span: 'Some 250,000', kind: 'count', lo: 250000, qualifier: 'about' },
  { text: 'It cost an estimated 300,000 their homes.', span: 'an estimated 300,000', kind: 'count', lo: 300000, qualifier: 'about' },
  { text: 'As many as 20,000 may have died.', span: 'As many as 20,000', kind: 'count', lo: null, hi: 20000, qualifier: 'at-most' },
  { text: 'No fewer than 30,000 were displaced.', span: 'No fewer than 30,000', kind: 'count', lo: 30000, hi: null, qualifier: 'at-least' },
  { text: 'The death toll tops 1,300.', span: 'tops 1,300', kind: 'count', lo: 1300, hi: null, qualifier: 'more-than' },
  // Passing a threshold, and a preposition of passing after a verb of movement (never "the past two days").
  { text: 'Confirmed cholera cases passed 4,000 on Friday.', span: 'passed 4,000', kind: 'count', lo: 4000, hi: null, qualifier: 'more-than' },
  { text: 'The number of arrests crossed the 700 mark overnight.', span: 'crossed the 700', kind: 'count', lo: 700, hi: null, qualifier: 'more-than' },
  { text: 'Temperatures climbed past 45 degrees Celsius in the valley.', span: 'past 45 degrees Celsius', kind: 'count', lo: 45, hi: null, unit: '°C', qualifier: 'more-than' },
  { text: 'Over the past 36 hours the river rose by a metre.', span: '36 hours', kind: 'duration', lo: 36, unit: 'hour' },
  { text: 'The toll could hit 20,000, he warned.', span: 'could hit 20,000', kind: 'count', lo: null, hi: 20000, qualifier: 'at-most' },
  { text: 'The toll is 11,300 at least.', span: '11,300 at least', kind: 'count', lo: 11300, hi: null, qualifier: 'at-least' },
  { text: 'The blast killed 300 people at least.', span: '300', kind: 'count', lo: 300, hi: null, qualifier: 'at-least' },
  { text: 'Fewer than 100 people remain.', span: 'Fewer than 100', kind: 'count', lo: null, hi: 100, qualifier: 'less-than' },
  { text: 'Upward of 81,000 people fled.', span: 'Upward of 81,000', kind: 'count', lo: 81000, hi: null, qualifier: 'more-than' },
  // Shares of a whole.
  { text: 'Half of them are children.', span: 'Half', kind: 'percent', lo: 50, unit: '%' },
  { text: 'The quake killed a third of the population.', span: 'a third', kind: 'percent', lo: 33.33, unit: '%' },
  { text: 'Two-thirds of the city was destroyed.', span: 'Two-thirds', kind: 'percent', lo: 66.67, unit: '%' },
  // Litres, and a share written as one of every so many.
  { text: 'Each family may buy up to 20 litres of fuel.', span: 'up to 20 litres', kind: 'count', lo: null, hi: 20, unit: 'L', qualifier: 'at-most' },
  { text: 'One in three residents has left the city.', span: 'One in three', kind: 'percent', lo: 33.33, unit: '%' },
  { text: 'Aid groups say one child in five is malnourished.', span: 'one child in five', kind: 'percent', lo: 20, unit: '%' },
]

describe('English numbers', () => {
  it.each(cases.map(en))('$text → $span', (c) => expectCase(c))
})

// An amount written as a compound adjective before its noun: the scale and the currency may be
// hyphenated to the number and to each other; "multimillion-dollar" gives no amount.
describe('amounts as compound adjectives', () => {
  it.each([
    { text: 'The kidnappers asked for a 30 million-dollar ransom.', span: '30 million-dollar', kind: 'money', lo: 30e6, unit: 'USD' },
    { text: 'Officials denied paying a $30-million ransom.', span: '$30-million', kind: 'money', lo: 30e6, unit: 'USD' },
    { text: 'The city signed a 30-million-dollar deal for new pumps.', span: '30-million-dollar', kind: 'money', lo: 30e6, unit: 'USD' },
    { text: 'The bank announced a $2.5-billion loan.', span: '$2.5-billion', kind: 'money', lo: 2.5e9, unit: 'USD' },
    { text: 'Brussels approved a 400-million-euro aid package.', span: '400-million-euro', kind: 'money', lo: 400e6, unit: 'EUR' },
    { text: 'Farmers expect a 2-million tonne harvest.', span: '2-million tonne', kind: 'count', lo: 2e6, unit: 'tonne' },
  ] as Case[])('$text → $span', (c) => expectCase({ ...c, lang: 'en' }))
  it('a multimillion-dollar contract states no amount', () => {
    expect(extract('They signed a multimillion-dollar contract on Monday.', '2025-06-20', 'en').filter((c) => c.quantity.kind === 'money')).toEqual([])
  })
})
