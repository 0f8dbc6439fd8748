import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { measuresOf } from '../../../src/core/align/measureOf'
import type { Lang } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// Security coverage counts hostages, hired fighters, attackers, bombs and unmanned aircraft by many
// names: a hostage is someone abducted, a mercenary or a militiaman one of the armed men counted, a
// suicide bomber or a kidnapper an attacker, a bomb or an explosive belt a device, a UAV an aircraft.
// Sentences written for these tests, about places that do not exist.

const CASES: [Lang, string, string, string][] = [
  ['en', 'The gang still holds 17 hostages in the hills above Velmora.', '17', 'abducted'],
  ['fr', 'Les ravisseurs détiennent encore 17 otages près de Velmora.', '17', 'abducted'],
  ['ar', 'ولا تزال العصابة تحتجز 17 رهينة في التلال المحيطة بفيلمورا.', '17', 'abducted'],
  ['en', 'Some 800 mercenaries were flown into Velmora last spring.', 'Some 800', 'troops'],
  ['fr', 'Quelque 800 mercenaires ont été acheminés à Velmora au printemps.', 'Quelque 800', 'troops'],
  ['ar', 'نُقل نحو 800 مرتزق إلى فيلمورا في الربيع الماضي.', 'نحو 800', 'troops'],
  ['en', 'The air force took delivery of six UAVs in March.', 'six', 'aircraft'],
  ['fr', "L'armée de l'air a reçu six aéronefs en mars.", 'six', 'aircraft'],
  ['ar', 'تسلّم سلاح الجو ست طائرات بدون طيار في مارس.', 'ست', 'aircraft'],
  ['en', 'Police said three suicide bombers struck the market in Velmora.', 'three', 'attackers'],
  ['fr', 'Deux kamikazes se sont fait exploser devant la gare de Velmora.', 'Deux', 'attackers'],
  ['en', 'Investigators recovered four explosive devices from the site.', 'four', 'devices'],
  ['fr', 'Les démineurs ont neutralisé quatre bombes artisanales.', 'quatre', 'devices'],
  ['ar', 'وعثرت الشرطة على ثلاث عبوات ناسفة في المكان.', 'ثلاث', 'devices'],
]

describe('measuresOf: hostages, hired fighters and unmanned aircraft', () => {
  it.each(CASES)('%s: %s', (lang, text, figure, concept) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-01-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id ?? null).toBe(concept)
  })
})

describe('placement: hostages held apart from the fighters who hold them', () => {
  it('sends each count to its own topic', () => {
    const src = source('r', 'en', 'About 300 militiamen attacked the convoy near Velmora on Monday. They are still holding 17 hostages, officials said.')
    const got = placed(src, [topic('h', 'Number of hostages', 'count'), topic('f', 'Number of fighters', 'count')])
    expect(got.h).toEqual(['17'])
    expect(got.f).toEqual(['About 300'])
  })
})
