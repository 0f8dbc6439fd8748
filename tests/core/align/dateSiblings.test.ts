import { describe, expect, it } from 'vitest'
import { dateSplits, isRecordSince, ownWeekday, phaseOfName } from '../../../src/core/align/dateSiblings'
import { MARK_KIND } from '../../../src/core/align/marks'
import { extractClaims } from '../../../src/core/extract'
import type { Lang, QuantityKind } from '../../../src/core/model'
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

describe('a topic named for a day', () => {
  it.each([
    ['en', 'Unions called for new protests against the Finance Act 2024 on Monday, March 18.', 'Monday, March 18'],
    ['fr', 'Les syndicats appellent à de nouvelles manifestations contre la loi de finances 2024 lundi 18 mars.', 'lundi 18 mars'],
  ] as [Lang, string, string][])('%s: %s → only %s, not a bare year', (lang, text, figure) => {
    expect(placed(source('s', lang, text), [DAY, NEW]).new).toEqual([figure])
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

describe('a date is of its own weekday', () => {
  // Two waves of blasts, told apart by their days: "the day before" Wednesday is Tuesday's, whatever
  // weekday its sentence names. (Reports of Thursday 14 March 2024.)
  // (No entity: the weekday in the name is no place.)
  const TUE = { ...topic('tue', "Date of Tuesday's explosions", 'date'), entity: { name: '', aliases: [] } }
  const WED = { ...topic('wed', "Date of Wednesday's explosions", 'date'), entity: { name: '', aliases: [] } }
  const at = (lang: Lang, text: string) => ({ ...source('s', lang, text), published: '2024-03-14' })
  const cases: [Lang, string, string, string][] = [
    ['en', "Wednesday's blasts were stronger than those of the day before, the minister said.", 'the day before', 'tue'],
    ['fr', 'Les explosions de mercredi ont été plus violentes que celles de la veille, selon le ministre.', 'la veille', 'tue'],
    ['ar', 'وقال الوزير إن تفجيرات الأربعاء كانت أعنف من تفجيرات اليوم السابق.', 'اليوم السابق', 'tue'],
    ['en', "Wednesday's blasts were stronger than those of the day before, the minister said.", 'Wednesday', 'wed'],
  ]
  it.each(cases)('%s: %s → %s in %s', (lang, text, figure, where) => {
    const got = placed(at(lang, text), [TUE, WED])
    expect(got[where] ?? []).toContain(figure)
    expect(Object.entries(got).filter(([k]) => k !== where).flatMap(([, v]) => v)).not.toContain(figure)
  })
})

describe('a time since an event is not how long an event lasted', () => {
  const LASTED = topic('lasted', 'How long the storm raged', 'duration')
  const cases: [Lang, string, string, boolean][] = [
    ['en', 'Only a few hours after the storm, rescuers reached the village.', 'a few hours', false],
    ['en', 'The storm raged for six hours over the island.', 'six hours', true],
    ['fr', 'Quelques heures à peine après la tempête, les secours sont arrivés au village.', 'Quelques heures', false],
    ['fr', 'La tempête a sévi pendant six heures sur l’île.', 'six heures', true],
    ['ar', 'ضربت العاصفة الجزيرة قبل ثلاثة أيام.', 'ثلاثة أيام', false],
    ['ar', 'استمرت العاصفة ست ساعات فوق الجزيرة.', 'ست ساعات', true],
  ]
  it.each(cases)('%s: %s → %s taken: %s', (lang, text, figure, taken) => {
    expect((placed(source('s', lang, text), [LASTED]).lasted ?? []).includes(figure)).toBe(taken)
  })
})

describe('a comparative before a figure is no record', () => {
  // "More than 40" and "the most violent clashes have left 40 dead since" count the story's own
  // toll since its start; only a superlative whose noun runs on to the "since" is a record.
  const recordOf = (lang: Lang, text: string, figure: string) => {
    const c = extractClaims(source('s', lang, text)).find((x) => x.text === figure)
    if (!c) throw new Error(`no figure ${figure}`)
    return isRecordSince(c, text)
  }
  it.each([
    ['ar', 'وقُتل أكثر من 30 متظاهرا منذ 4 مارس في المدن الساحلية.', 'منذ 4 مارس', false],
    ['ar', 'وكانت الاشتباكات الأكثر عنفا قد أوقعت 30 قتيلا منذ 4 مارس.', 'منذ 4 مارس', false],
    ['en', 'The most violent riots have left 30 people dead since 4 March.', 'since 4 March', false],
    ['en', 'Most of the 30 victims have been buried since 4 March.', 'since 4 March', false],
    ['fr', 'Les heurts les plus violents ont fait 30 morts depuis le 4 mars.', 'depuis le 4 mars', false],
    ['en', 'These were the most violent riots since 2011, the mayor said.', 'since 2011', true],
    ['fr', 'Ce sont les heurts les plus violents depuis 2011, selon le maire.', 'depuis 2011', true],
    ['ar', 'وهي الاشتباكات الأعنف منذ عام 2011 بحسب رئيس البلدية.', 'منذ عام 2011', true],
  ] as [Lang, string, string, boolean][])('%s: %s → %s record: %s', (lang, text, figure, record) => expect(recordOf(lang, text, figure)).toBe(record))
})

describe('a topic named for a record', () => {
  // A "since" alone names a time counted from the event, not the last time something as strong happened.
  it.each([
    ['Days since the quake', 'duration', false], ['Jours écoulés depuis le séisme', 'duration', false], ['عدد الأيام منذ الزلزال', 'duration', false],
    ['Strongest storm since', 'date', true], ['Tempête la plus forte depuis', 'date', true], ['أقوى عاصفة منذ', 'date', true],
    ['Last cyclone as strong', 'date', true], ['Dernier cyclone aussi violent', 'date', true], ['آخر إعصار بهذه القوة', 'date', true],
  ] as [string, QuantityKind, boolean][])('%s → %s', (name, kind, record) => {
    const t = topic('t', name, kind)
    expect(dateSplits([t]).get('t')?.record).toBe(record)
  })
})

describe('a date\'s own weekday is a day mark', () => {
  it.each([['2024-03-10', 'sunday'], ['2024-03-12', 'tuesday'], ['2024-03-16', 'saturday']])('%s → %s', (lo, id) => {
    const wd = ownWeekday({ quantity: { kind: 'date', lo, hi: lo, unit: null, per: null, precision: 'day', qualifier: null } })
    expect(wd).toBe(id)
    expect(MARK_KIND.get(wd!)).toBe('day')
  })
})
