import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { agreement } from '../../../src/core/align/candidateValues'
import type { Lang, Source } from '../../../src/core/model'

// What ranks a candidate and what keeps it whole, on reports written for these tests: dates that
// name one day agree as counts do, a place said again with the same figures is no part, a date of
// another event on the story's own day dates that event, and counts of the war beside a town's fall
// are set apart even when most of them name the war.

const source = (id: string, lang: Lang, text: string, outlet: string, published = '2025-04-20'): Source => ({ id, lang, text, outlet, title: id, published, window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function candidates(sources: Source[]) {
  const claims = sources.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  return discoverCandidates(claims, sources).map((c) => ({ label: c.label?.en, figures: c.claims.map(text).sort(), c }))
}

describe('candidate rank: dates agree as counts do', () => {
  it('dates that name one day in three languages agree across origins; a month holds the days inside it', () => {
    const reports = [
      source('a', 'en', 'The dam collapsed on Sunday, 13 April 2025.', 'Wire A'),
      source('b', 'fr', 'Le barrage a cédé le dimanche 13 avril 2025.', 'Journal B'),
      source('c', 'ar', 'انهار السد في أبريل 2025.', 'Site C'),
      source('d', 'en', 'The dam gave way on 2 March 2025.', 'Wire D'),
    ]
    const claims = reports.flatMap((s) => extractClaims(s)).filter((c) => c.quantity.kind === 'date')
    const a = agreement(claims, (c) => c.source)
    expect(a.origins).toBe(3)
    expect(a.share).toBeCloseTo(3 / 4)
  })

  it('the date of the main event, stated by many origins, ranks above a count two origins agree on', () => {
    const found = candidates([
      source('a', 'en', 'Floods swept the valley on Saturday, 12 April 2025. Two dams burst above the town.', 'Wire A'),
      source('b', 'fr', "Les inondations ont frappé la vallée le samedi 12 avril 2025. Deux barrages ont cédé.", 'Journal B'),
      source('c', 'ar', 'اجتاحت الفيضانات الوادي يوم السبت 12 أبريل 2025.', 'Site C'),
      source('d', 'en', 'The floods struck on 12 April 2025, officials said.', 'Wire D'),
    ])
    const date = found.findIndex((f) => f.c.kind === 'date' && f.c.concept === 'struck')
    const dams = found.findIndex((f) => f.c.concept === 'dams')
    expect(date).toBe(0)
    expect(dams).toBeGreaterThan(date)
  })
})

describe('candidate scopes: what is a part and what is the same figure', () => {
  it('a town named with the same figures the others give without it is the same toll, not a part of it', () => {
    const found = candidates([
      source('a', 'en', 'The floods killed 4,200 people in the town of Varna, the Red Crescent said.', 'Wire A'),
      source('b', 'fr', 'Les inondations ont fait 4 200 morts dans la ville de Varna.', 'Journal B'),
      source('c', 'ar', 'أودت الفيضانات بحياة 4200 شخص في مدينة فارنا.', 'Site C'),
      source('d', 'en', 'At least 4,200 people were killed by the floods.', 'Wire D'),
      source('e', 'fr', 'Le bilan des inondations atteint 4 300 morts.', 'Journal E'),
      source('f', 'ar', 'ارتفعت حصيلة الفيضانات إلى 4250 قتيلا.', 'Site F'),
    ])
    const tolls = found.filter((f) => f.c.concept === 'killed')
    expect(tolls).toHaveLength(1)
    expect(tolls[0].figures).toHaveLength(6)
  })

  it("a date of another event on the story's own day dates the story's event: it joins its candidate", () => {
    const found = candidates([
      source('a', 'en', 'The ferry sank on Wednesday, 16 April 2025. A state of emergency was declared on Wednesday, 16 April 2025 in the port.', 'Wire A'),
      source('b', 'fr', "Le ferry a sombré le mercredi 16 avril 2025. L'état d'urgence a été décrété le mercredi 16 avril 2025 dans le port.", 'Journal B'),
      source('c', 'ar', 'غرقت العبّارة يوم الأربعاء 16 أبريل 2025.', 'Site C'),
    ])
    const dates = found.filter((f) => f.c.kind === 'date')
    expect(dates).toHaveLength(1)
    expect(dates[0].c.concept).toBe('sank')
    expect(dates[0].figures).toHaveLength(5)
  })

  it('a date of another event on another day stays a candidate of its own', () => {
    const found = candidates([
      source('a', 'en', 'The ferry sank on Wednesday, 16 April 2025. A state of emergency was declared on Friday, 18 April 2025 in the port.', 'Wire A'),
      source('b', 'fr', "Le ferry a sombré le mercredi 16 avril 2025. L'état d'urgence a été décrété le vendredi 18 avril 2025 dans le port.", 'Journal B'),
      source('c', 'ar', 'غرقت العبّارة يوم الأربعاء 16 أبريل 2025.', 'Site C'),
    ])
    expect(found.filter((f) => f.c.kind === 'date').map((f) => f.c.concept).sort()).toEqual(['announced', 'sank'])
  })

  it("counts of the war beside the town's fall are set apart even when more of them name the war than the fall", () => {
    const found = candidates([
      source('a', 'en', 'The town fell on 20 April 2025. Some 40,000 residents have fled since. The war has uprooted 11 million people.', 'Wire A'),
      source('b', 'fr', "La ville est tombée le 20 avril 2025. Environ 41 000 habitants ont fui. La guerre a déraciné 11 millions de personnes.", 'Journal B'),
      source('c', 'ar', 'سقطت المدينة يوم 20 أبريل 2025. وشردت الحرب 12 مليون شخص.', 'Site C'),
      source('d', 'en', 'The war has displaced 11 million people since it began, the agency said.', 'Wire D'),
    ])
    const displaced = found.filter((f) => f.c.concept === 'displaced')
    expect(displaced.find((f) => f.c.key.endsWith('|!war'))?.figures).toHaveLength(4)
    expect(displaced.find((f) => !f.c.key.includes('|!'))?.figures).toEqual(['Environ 41 000', 'Some 40,000'])
  })
})

describe('candidate rank: weak signs rank last', () => {
  it('a day two reports give with no event named ranks below a measure whose reports disagree', () => {
    const found = candidates([
      source('a', 'en', 'The ferry fire killed 12 people, the coastguard said. Divers will return on 3 March.', 'Wire A'),
      source('b', 'fr', "L'incendie du ferry a fait 150 morts selon un syndicat. Les plongeurs reviendront le 3 mars.", 'Journal B'),
      source('c', 'ar', 'وقال خفر السواحل إن الغواصين سيعودون إلى موقع العبارة في 3 مارس.', 'Site C'),
    ])
    const day = found.findIndex((f) => f.c.kind === 'date' && !f.c.concept)
    const toll = found.findIndex((f) => f.c.kind === 'count')
    expect(day).toBeGreaterThan(-1)
    expect(toll).toBeGreaterThan(-1)
    expect(day).toBeGreaterThan(toll)
  })

  it('origins that give one rough size agree: four of them rank above two that give one number', () => {
    const found = candidates([
      source('a', 'en', 'Tens of thousands of people have fled the valley, aid groups said. The floods destroyed 40 bridges.', 'Wire A'),
      source('b', 'fr', 'Des dizaines de milliers de personnes ont fui la vallée. Les crues ont détruit 40 ponts.', 'Journal B'),
      source('c', 'ar', 'فر عشرات الآلاف من سكان الوادي.', 'Site C'),
      source('d', 'en', 'Tens of thousands of residents fled their homes in the valley.', 'Paper D'),
    ])
    const fled = found.findIndex((f) => f.c.concept === 'displaced')
    const bridges = found.findIndex((f) => f.figures.includes('40'))
    expect(fled).toBeGreaterThan(-1)
    expect(bridges).toBeGreaterThan(-1)
    expect(fled).toBeLessThan(bridges)
  })
})

describe('figures only one report reads as a measure, and the story\'s own day', () => {
  it('a length one report reads under a measure no other report reads, and another report gives with no measure, is one candidate', () => {
    const late = candidates([
      source('a', 'en', 'Polling stations closed at 8 pm and the result came three hours late.', 'Wire A'),
      source('b', 'fr', 'La commission a annoncé les résultats avec trois heures de retard.', 'Journal B'),
    ])
    expect(late.find((c) => c.figures.length === 2 && c.c.kind === 'duration')?.figures).toEqual(['three hours', 'trois heures'])
    const days = candidates([
      source('a', 'en', 'Police have fired tear gas at protesters for five days now, witnesses said.', 'Wire A'),
      source('b', 'fr', "Voilà cinq jours que les forces de l'ordre dispersent les cortèges après le coup de force du président.", 'Journal B'),
    ])
    expect(days.find((c) => c.c.kind === 'duration')?.figures).toEqual(['cinq jours', 'five days'])
  })

  it('a day no word names that four origins give in the week before they wrote is the story\'s day: it ranks above a toll they disagree on', () => {
    const found = candidates([
      source('a', 'en', 'The island votes on its new charter on Monday. The storm killed 12 people last year, the coastguard said.', 'Wire A', '2025-04-15'),
      source('b', 'fr', "Les îliens ont voté lundi 14 avril sur la nouvelle charte. L'ouragan avait fait 150 morts selon un syndicat.", 'Journal B', '2025-04-15'),
      source('c', 'ar', 'صوت سكان الجزيرة يوم 14 أبريل على الميثاق الجديد.', 'Site C', '2025-04-16'),
      source('d', 'en', 'The ballot of 14 April drew few voters, observers said.', 'Paper D', '2025-04-17'),
    ])
    const day = found.findIndex((f) => f.c.kind === 'date' && !f.c.concept)
    const toll = found.findIndex((f) => f.c.kind === 'count')
    expect(found[day]?.figures).toHaveLength(4)
    expect(toll).toBeGreaterThan(-1)
    expect(day).toBeLessThan(toll)
  })

  it('the day after an event\'s date, which four origins give for the arrests and funerals, is no story\'s day: it stays apart from the event\'s', () => {
    const found = candidates([
      source('a', 'en', 'The fire broke out on Tuesday 15 April at a market in the port. On 16 April, police detained the owner.', 'Wire A', '2025-04-17'),
      source('b', 'fr', "L'incendie s'est déclaré le mardi 15 avril dans un marché du port. La police a interpellé le propriétaire le 16 avril.", 'Journal B', '2025-04-17'),
      source('c', 'ar', 'اعتقلت الشرطة مالك السوق في 16 أبريل.', 'Site C', '2025-04-17'),
      source('d', 'en', 'Funerals were held on 16 April for those who died in the market.', 'Paper D', '2025-04-17'),
      source('e', 'en', 'The storm killed 12 people last year, the coastguard said.', 'Paper E', '2025-04-17'),
      source('f', 'fr', "L'ouragan avait fait 15 morts l'an dernier selon un syndicat.", 'Journal F', '2025-04-17'),
    ])
    // (The arrests follow the fire: their day, the next one, is never the fire's told otherwise.)
    const fire = found.find((f) => f.figures.includes('Tuesday 15 April'))!
    expect(fire.figures.sort()).toEqual(['Tuesday 15 April', 'mardi 15 avril'].sort())
    const after = found.find((f) => f.figures.includes('16 avril'))!
    expect(after.figures).toHaveLength(4)
    expect(after.c.concept).not.toBe(fire.c.concept)
  })
})
