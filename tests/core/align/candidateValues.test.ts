import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { agreement, aroundCommonDay, corroborated, sameValues, scattered, sharedWith, statedWith, valueSplits } from '../../../src/core/align/candidateValues'
import { CONCEPT_BY_ID } from '../../../src/core/align/measures'
import type { Claim, Lang, Source } from '../../../src/core/model'

// Agreement between origins, which ranks candidates: figures written for these tests, one per report.

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: id, title: id, published: '2024-05-02', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source
const figures = (...texts: [Lang, string][]): Claim[] => texts.flatMap(([lang, text], i) => extractClaims(source(`s${i}`, lang, text)).slice(0, 1))
const bySource = (c: Claim) => c.source

describe('agreement', () => {
  it.each([
    ['two reports of one large count within 10 %', figures(['en', 'The province counted 191 dead.'], ['ar', 'سجل الإقليم 202 وفاة.']), 2],
    ['six boats are not seven', figures(['en', 'Rescuers saw six boats.'], ['fr', 'Les secours ont vu sept bateaux.']), 0],
    ['the same small count in two languages', figures(['en', 'Rescuers saw six boats.'], ['ar', 'رصد المنقذون ستة قوارب.']), 2],
    ['a vague figure is no witness', figures(['en', 'Rescuers saw several boats.'], ['fr', 'Les secours ont vu sept bateaux.']), 0],
    ['a bound states its number', figures(['en', 'More than 12 million people were affected.'], ['fr', 'Plus de 12 millions de personnes sont touchées.']), 2],
    ['bounds of two numbers far apart do not agree', figures(['en', 'More than 12 million people were affected.'], ['fr', 'Plus de 20 millions de personnes sont touchées.']), 0],
    // A year or a month is one value when it is the very same period; a part of one says too little.
    ['the same year in two languages', figures(['en', 'The last vote was held in 2019.'], ['ar', 'جرت الانتخابات السابقة عام 2019.']), 2],
    ['the same month in two languages', figures(['en', 'The last vote was held in December 2019.'], ['fr', 'Le dernier scrutin a eu lieu en décembre 2019.']), 2],
    ['two years do not agree', figures(['en', 'The last vote was held in 2019.'], ['fr', 'Le dernier scrutin a eu lieu en 2014.']), 0],
    // A bound of a length of time states its number too, not every length below or above it.
    ['a length at most six months is no twelve days', figures(['ar', 'اقترح المشروع تأجيلا لمدة ستة أشهر على الأكثر.'], ['fr', 'La campagne durera douze jours.']), 0],
    ['a length at most six months states six months', figures(['ar', 'اقترح المشروع تأجيلا لمدة ستة أشهر على الأكثر.'], ['en', 'The bill proposed a delay of six months.']), 2],
    ['more than a week is no 40 days', figures(['en', 'The fire burned for more than a week.'], ['fr', 'Le feu a brûlé pendant 40 jours.']), 0],
  ])('%s', (_name, claims, origins) => {
    expect(claims).toHaveLength(2)
    expect(agreement(claims, bySource).origins).toBe(origins)
  })
})

describe('agreement between reports (reportOf)', () => {
  // Two claims of one report, each its own origin (two authorities quoted), and a third report.
  const twoInOne = (): Claim[] => {
    const one = extractClaims(source('one', 'en', 'The ministry put the share at 12 percent. The central bank also put it at 12 percent.'))
    const other = extractClaims(source('two', 'fr', 'La part atteint 40 %.'))
    return [...one, ...other]
  }
  const byClaim = (c: Claim) => c.id
  it('one report saying a value twice agrees across origins, but not across reports', () => {
    const claims = twoInOne()
    expect(claims.map((c) => c.text)).toEqual(['12 percent', '12 percent', '40 %'])
    expect(agreement(claims, byClaim).origins).toBe(2)
    expect(agreement(claims, byClaim, bySource).origins).toBe(0)
  })
  it('two reports giving one value agree either way', () => {
    const claims = figures(['en', 'The share reached 12 percent.'], ['ar', 'بلغت الحصة 12 في المئة.'])
    expect(agreement(claims, byClaim, bySource).origins).toBe(2)
  })
})

describe('statedWith: the very number another origin states', () => {
  // Figures of reports apart from the part's (figures() numbers its reports from s0 on each call).
  const others = (...texts: [Lang, string][]): Claim[] => texts.flatMap(([lang, text], i) => extractClaims(source(`r${i}`, lang, text)).slice(0, 1))
  it('a number said again in another report and language is stated with it; one within 10 % is not', () => {
    const part = figures(['en', 'The region counted 137 dead.'], ['fr', 'La région compte 290 morts.'])
    const rest = others(['ar', 'ارتفعت الحصيلة إلى 137 قتيلا.'], ['en', 'The toll rose to 296 dead.'])
    expect(statedWith(part, rest, bySource)).toBe(0.5)
    expect(sharedWith(part, rest, bySource)).toBe(1)
  })

  it('a bound states its number; a vague figure states none', () => {
    const part = figures(['en', 'At least 64 people died in the province.'], ['fr', 'Des dizaines de morts dans la province.'])
    const rest = others(['ar', 'لقي 64 شخصا حتفهم.'])
    expect(statedWith(part, rest, bySource)).toBe(0.5)
  })
})

describe('valueSplits: a share that names no whole', () => {
  const share = CONCEPT_BY_ID.get('share')!
  it.each([
    {
      name: 'half in two reports is one thing; a share one report gives is another',
      claims: figures(['ar', 'دمر الإعصار نحو نصف المرفأ.'], ['fr', 'La moitié du port a été détruite.'], ['en', 'Turnout reached 90 percent.']),
      splits: [['نحو نصف', 'La moitié']],
    },
    {
      name: 'shares no two reports give are left as they are',
      claims: figures(['en', 'Turnout reached 90 percent.'], ['fr', 'Les prix ont augmenté de 9 %.']),
      splits: [],
    },
    {
      name: 'one share every report gives is one topic already',
      claims: figures(['en', 'Half the harbour was destroyed.'], ['fr', 'La moitié du port a été détruite.']),
      splits: [],
    },
  ])('$name', ({ claims, splits }) => {
    expect(valueSplits(claims, share).map((cs) => cs.map((c) => c.text))).toEqual(splits)
  })
})

describe('valueSplits: one decision two sources state', () => {
  const aid = CONCEPT_BY_ID.get('aid')!
  const killed = CONCEPT_BY_ID.get('killed')!
  const claims = figures(
    ['ar', 'أفرجت الحكومة عن 40 مليار ليرة لبنانية للطوارئ.'],
    ['fr', "Le gouvernement a débloqué 40 milliards de livres libanaises pour l'urgence."],
    ['en', 'Donors pledged 180 million euros at the conference.'],
  )
  it('is split from values one source states alone, which are left', () => {
    expect(valueSplits(claims, aid).map((cs) => cs.map((c) => c.text).sort())).toEqual([['40 مليار ليرة لبنانية', '40 milliards de livres libanaises'].sort()])
  })
  it('a toll is never split by value', () => {
    expect(valueSplits(claims, killed)).toEqual([])
  })
})

describe('sharedWith', () => {
  const part = figures(['ar', 'نقل نحو 4000 جريح إلى المستشفيات.'], ['en', 'Hospitals took in thousands of injured.'])
  // Other reports than the part's.
  const rest = figures(['fr', 'Le bilan fait état de 4 000 blessés.'], ['en', 'About 600 people were injured in the north.']).map((c) => ({ ...c, source: `other-${c.source}` }))
  it.each([
    ['a figure of the part matched by one of the rest from another origin, and an order of magnitude holding a count of the rest', part, rest, 1],
    ['figures of no shared value', part.slice(0, 1), rest.slice(1), 0],
  ])('%s', (_name, p, r, share) => {
    expect(sharedWith(p, r, bySource)).toBe(share)
  })
})

describe('aroundCommonDay: the dates of one event', () => {
  const dated = (...texts: [Lang, string][]) => texts.flatMap(([lang, text], i) => extractClaims(source(`d${i}`, lang, text)).filter((c) => c.quantity.kind === 'date' || c.quantity.kind === 'daterange'))
  it('keeps the day most reports give and a day beside it, and leaves a day one report gives far from it', () => {
    const claims = dated(
      ['en', 'The storm hit the coast on 12 October 2024.'],
      ['fr', "La tempête a frappé la côte le 12 octobre 2024, dans la nuit."],
      ['ar', 'ضربت العاصفة الساحل في 13 أكتوبر 2024.'],
      ['en', 'Houses lie in ruins after the storm, in a picture taken on 19 October 2024.'],
    )
    expect(claims.map((c) => c.text)).toHaveLength(4)
    expect(aroundCommonDay(claims, bySource).map((c) => c.source)).toEqual(['d0', 'd1', 'd2'])
  })
  it('keeps a second day two reports give, and everything when no day leads', () => {
    const two = dated(
      ['en', 'The talks opened on 3 March 2025.'],
      ['fr', 'Les pourparlers se sont ouverts le 3 mars 2025.'],
      ['ar', 'افتتحت المحادثات في 3 مارس 2025.'],
      ['en', 'Other reports said the talks opened on 10 March 2025.'],
      ['fr', 'Selon un autre média, les pourparlers ont commencé le 10 mars 2025.'],
    )
    expect(aroundCommonDay(two, bySource)).toHaveLength(5)
    // Two reports for each day: neither leads.
    expect(aroundCommonDay(two.slice(1), bySource)).toHaveLength(4)
  })
})

describe('scattered and corroborated', () => {
  it.each([
    ['counts an order of magnitude apart', figures(['en', 'Officials counted 40 injured.'], ['fr', 'Le bilan fait état de 900 blessés.']), true],
    ['counts of one magnitude', figures(['en', 'Officials counted 400 injured.'], ['ar', 'أصيب 900 شخص.']), false],
    ['a rough figure is no bound of the spread', figures(['en', 'Officials counted 40 injured.'], ['fr', 'Des milliers de blessés.']), false],
    ['dates weeks apart', figures(['en', 'The dam broke on 3 March 2024.'], ['ar', 'انهار السد في 29 آذار 2024.']), true],
    ['dates of one week', figures(['fr', 'Le barrage a cédé le 3 mars 2024.'], ['ar', 'انهار السد في 5 آذار 2024.']), false],
  ])('scattered: %s', (_name, claims, expected) => {
    expect(claims).toHaveLength(2)
    expect(scattered(claims)).toBe(expected)
  })
  it('one report giving a value twice on two authorities corroborates nothing; two reports do', () => {
    const twice = figures(['en', 'The coast guard said 14 were missing.'], ['en', 'An agency also said 14 were missing.']).map((c) => ({ ...c, source: 'one' }))
    const byAuthority = (c: Claim) => c.text + c.span.start + c.id
    expect(corroborated(twice, byAuthority)).toBe(false)
    const two = figures(['en', 'The coast guard said 14 were missing.'], ['ar', 'قال خفر السواحل إن 14 شخصا مفقودون.'])
    expect(corroborated(two, bySource)).toBe(true)
  })
})

describe('sameValues: one value two reports give', () => {
  const unread = (cs: Claim[], lang: Lang) => cs.map((c) => ({ c, lang }))
  const two = figures(['en', 'Volunteers planted 340 oak saplings.'], ['fr', 'Les bénévoles ont planté 340 jeunes chênes.'])
  it('is a candidate when two reports of two origins give it', () => {
    expect(sameValues(unread(two, 'en'), bySource).map((v) => v.claims.length)).toEqual([2])
  })
  it('is a candidate of a count by its unit when no noun is counted (a temperature)', () => {
    const heat = figures(['en', 'Thermometers in the valley showed 49 °C on Friday.'], ['fr', 'Le thermomètre a affiché 49 °C vendredi dans la vallée.'], ['ar', 'سجلت الحرارة في الوادي 49 درجة مئوية يوم الجمعة.'])
    expect(heat.map((c) => c.quantity.unit)).toEqual(['°C', '°C', '°C'])
    expect(sameValues(unread(heat, 'en'), bySource).map((v) => v.claims.length)).toEqual([3])
  })
  it('is the number a bound states ("more than 1.2 million", "près de 1,2 million", "أكثر من 1.2 مليون")', () => {
    const crowd = figures(['en', 'More than 1.2 million worshippers gathered at the shrine.'], ['fr', 'Près de 1,2 million de fidèles se sont rassemblés.'], ['ar', 'تجمع أكثر من 1.2 مليون مصل عند الضريح.'])
    expect(crowd.map((c) => c.quantity.hi === null || c.quantity.lo === null)).toContain(true)
    expect(sameValues(unread(crowd, 'en'), bySource).map((v) => v.claims.length)).toEqual([3])
  })
  it('is a candidate of an amount of money two reports give in one currency, named by it', () => {
    const claim = figures(['en', 'The shipowner first sought at least $640 million from the port.'], ['fr', "L'armateur réclamait d'abord 640 millions de dollars au port."], ['ar', 'طالب مالك السفينة الميناء بمبلغ 640 مليون دولار.'])
    expect(claim.map((c) => c.quantity.kind)).toEqual(['money', 'money', 'money'])
    const found = sameValues(unread(claim, 'en'), bySource)
    expect(found.map((v) => v.claims.length)).toEqual([3])
    expect(found[0].kind).toBe('money')
    expect(found[0].label.en).toMatch(/640 million/)
  })
  it('is none for the same number in two currencies', () => {
    const claim = figures(['en', 'The fund holds $640 million.'], ['fr', 'Le fonds dispose de 640 millions d\'euros.'])
    expect(sameValues(unread(claim, 'en'), bySource)).toEqual([])
  })
  it('is a candidate of a range two reports give with the same two ends, not of a range that shares one end', () => {
    const every = figures(['en', 'Such storms return every four to eight years, the agency said.'], ['ar', 'تتكرر هذه العواصف كل أربعة إلى ثمانية أعوام.'], ['fr', 'Ces tempêtes reviennent tous les quatre à six ans.'])
    expect(every.map((c) => [c.quantity.kind, c.quantity.qualifier])).toEqual([['duration', 'range'], ['duration', 'range'], ['duration', 'range']])
    expect(sameValues(unread(every, 'en'), bySource).map((v) => v.claims.map((c) => c.text))).toEqual([['four to eight years', 'أربعة إلى ثمانية أعوام']])
  })
  it('is a candidate of a rate two reports give in one unit', () => {
    const rain = figures(['en', 'The plateau gets barely 150 mm a year of rain.'], ['fr', 'Le plateau reçoit à peine 150 mm par an.'])
    expect(rain.map((c) => c.quantity.kind)).toEqual(['rate', 'rate'])
    expect(sameValues(unread(rain, 'en'), bySource).map((v) => v.claims.length)).toEqual([2])
  })
  it('is none when one report gives it twice, whatever authorities it names', () => {
    const once = two.map((c) => ({ ...c, source: 'one' }))
    expect(sameValues(unread(once, 'en'), (c) => c.id)).toEqual([])
  })
})
