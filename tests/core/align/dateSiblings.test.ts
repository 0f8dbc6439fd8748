import { describe, expect, it } from 'vitest'
import { phaseOfName } from '../../../src/core/align/dateSiblings'
import type { Lang } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// Date topics of one event are told apart by the phase their names give (its start, its end) and
// by a day their names give; a date joins the one its words and its day fit. (Reports dated
// Tuesday 12 March 2024.)
const START = topic('start', 'Start of the protest wave', 'date')
const DAY = topic('day', 'Day of the biggest protests', 'date')
const NEW = topic('new', 'New protests of Monday 18 March', 'date')

describe('the phase a date is said with', () => {
  const cases: [Lang, string, string, string][] = [
    ['en', 'The protests over fuel prices began two weeks ago and have spread to the ports.', 'two weeks', 'start'],
    ['en', 'Dockers joined the protests on Friday, the busiest day so far.', 'Friday', 'day'],
    ['fr', 'Les manifestations contre la hausse du carburant ont débuté début mars dans les ports.', 'début mars', 'start'],
    ['fr', 'Les manifestations de vendredi ont rassemblé les dockers.', 'vendredi', 'day'],
    ['ar', 'وانطلقت موجة الاحتجاجات على أسعار الوقود في مطلع الشهر الجاري في الموانئ.', 'مطلع الشهر الجاري', 'start'],
    ['ar', 'وشهدت الموانئ احتجاجات واسعة يوم الجمعة.', 'يوم الجمعة', 'day'],
  ]
  it.each(cases)('%s: %s → %s in %s', (lang, text, figure, where) => {
    const got = placed(source('s', lang, text), [START, DAY])
    expect(got[where] ?? []).toContain(figure)
    expect(Object.entries(got).filter(([k]) => k !== where).flatMap(([, v]) => v)).not.toContain(figure)
  })
})

describe('a day a topic names', () => {
  const cases: [Lang, string, string, string][] = [
    // Last Friday is 8 March: the biggest protests, not those called for Monday 18 March.
    ['en', 'Police fired tear gas during Friday\'s protests in the port.', 'Friday', 'day'],
    ['fr', 'La police a dispersé les manifestations de vendredi dans le port.', 'vendredi', 'day'],
    ['ar', 'فرّقت الشرطة احتجاجات الجمعة في الميناء.', 'الجمعة', 'day'],
    // A call for protests on Monday 18 March.
    ['en', 'Unions called for new protests on Monday, March 18.', 'Monday, March 18', 'new'],
    ['fr', 'Les syndicats appellent à de nouvelles manifestations lundi 18 mars.', 'lundi 18 mars', 'new'],
    ['ar', 'ودعت النقابات إلى احتجاجات جديدة يوم الاثنين 18 مارس.', 'يوم الاثنين 18 مارس', 'new'],
  ]
  it.each(cases)('%s: %s → %s in %s', (lang, text, figure, where) => {
    const got = placed(source('s', lang, text), [DAY, NEW])
    expect(got[where] ?? []).toContain(figure)
    expect(Object.entries(got).filter(([k]) => k !== where).flatMap(([, v]) => v)).not.toContain(figure)
  })
})

describe('the phase a topic name gives', () => {
  it.each([
    ['Start of the protest wave', 'start'], ['Début du retrait', 'start'], ['بدء الانسحاب', 'start'], ['When the siege began', 'start'],
    ['End of the mourning', 'end'], ['Fin de la détention provisoire', 'end'], ['انتهاء الحداد', 'end'], ['Detention until', 'end'],
    ['Date of the coup', null], ['Jour des manifestations', null], ['موعد القمة', null],
  ] as [string, string | null][])('%s → %s', (name, phase) => expect(phaseOfName(name)).toBe(phase))
})

describe('the last time something as strong happened', () => {
  const STRUCK = topic('struck', 'Date the cyclone struck', 'date')
  const RECORD = topic('record', 'Last cyclone as strong', 'date')
  const cases: [Lang, string, string, string][] = [
    ['en', 'The cyclone that struck the island on Saturday was the strongest to hit it since 1950.', 'since 1950', 'record'],
    ['fr', 'Le cyclone, le plus violent qu’ait connu l’île depuis 1950, a frappé samedi.', 'depuis 1950', 'record'],
    ['fr', 'L’île n’avait plus connu de cyclone aussi violent depuis 1950.', 'depuis 1950', 'record'],
    ['ar', 'وضرب الإعصار الجزيرة يوم السبت، وهو الأقوى منذ عام 1950.', 'منذ عام 1950', 'record'],
    ['en', 'The cyclone struck the island on Saturday, the strongest since 1950.', 'Saturday', 'struck'],
    ['fr', 'Le cyclone, le plus violent qu’ait connu l’île depuis 1950, a frappé samedi.', 'samedi', 'struck'],
    ['ar', 'وضرب الإعصار الجزيرة يوم السبت، وهو الأقوى منذ عام 1950.', 'يوم السبت', 'struck'],
  ]
  it.each(cases)('%s: %s → %s in %s', (lang, text, figure, where) => {
    const got = placed(source('s', lang, text), [STRUCK, RECORD])
    expect(got[where] ?? []).toContain(figure)
    expect(Object.entries(got).filter(([k]) => k !== where).flatMap(([, v]) => v)).not.toContain(figure)
  })
  // With no topic for the record, the earlier year dates nothing of the story.
  it.each(cases.filter((c) => c[3] === 'record'))('%s: %s → %s nowhere', (lang, text, figure) => {
    expect(Object.values(placed(source('s', lang, text), [STRUCK])).flat()).not.toContain(figure)
  })
  it('a day of the deadliest protests is the story\'s own', () => {
    expect(placed(source('s', 'en', 'Police fired on the protests on Tuesday.'), [topic('d', 'Day of the deadliest protests', 'date')]).d).toEqual(['Tuesday'])
  })
})
