import { describe, expect, it } from 'vitest'
import { bodyOf, figureBody, sameBody, speakerOfTopic } from '../../../src/core/align/speakers'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { placed, source, topic } from './placed'

// Topics scoped by who gives the count, on sentences written for these tests: a flood in the
// invented province of Varnel, counted by its health ministry, by the civil defence and by the UN.

describe('speakerOfTopic: the words that say whose count a topic is', () => {
  it.each([
    ['Deaths counted by the health ministry', 'health ministry'],
    ['Deaths according to the civil defence', 'civil protection'],
    ['Injured per the White Helmets', 'civil protection'],
    ["The Red Crescent's toll", 'Red Crescent'],
    ['Displaced in the valley (OCHA)', 'UN OCHA'],
    ['Morts selon le ministère de la Santé', 'health ministry'],
    ["Blessés d'après les Casques blancs", 'civil protection'],
    ['Bilan du Croissant-Rouge', 'Red Crescent'],
    ['القتلى حسب وزارة الصحة', 'health ministry'],
    ['المصابون بحسب الخوذ البيضاء', 'civil protection'],
    ['حصيلة الهلال الأحمر', 'Red Crescent'],
    ['النازحون وفقا لمنظمة الصحة العالمية', 'WHO'],
    ['Missing according to the interior ministry', 'interior ministry'],
  ])('%s → %s', (words, key) => {
    expect(speakerOfTopic(words)?.key).toBe(key)
  })

  it('keeps the country the speaker names', () => {
    expect(speakerOfTopic('Deaths counted by the Varnelian health ministry')).toEqual({ key: 'health ministry', country: null })
    expect(speakerOfTopic('Deaths counted by the Syrian health ministry')).toEqual({ key: 'health ministry', country: 'Syria' })
    expect(speakerOfTopic('Morts selon le ministère syrien de la Santé')).toEqual({ key: 'health ministry', country: 'Syria' })
  })

  it('reads a body no table knows when it is written as a name', () => {
    expect(speakerOfTopic('Deaths in the capital, per the Varnel Rights Watch')?.key).toBe('speaker:Varnel Rights Watch')
  })

  it.each([
    'Death toll in Varnel',
    'Aid per destroyed home',
    'Loss per day of closure',
    'Homes rebuilt (rehousing programme)',
    'Deaths in the whole province (government-held and rebel-held areas together)',
    'Length of the mourning period',
    'عدد القتلى في فارنل',
    'Bilan des inondations à Varnel',
  ])('names no speaker: %s', (words) => {
    expect(speakerOfTopic(words)).toBeNull()
  })
})

describe('bodyOf: one body under every name and language', () => {
  it.each([
    ['the civil defence', 'civil protection'],
    ['les Casques blancs', 'civil protection'],
    ['منظمة الخوذ البيضاء', 'civil protection'],
    ['وزير الصحة حسن النمر', 'health ministry'],
    ['le ministre de la Santé', 'health ministry'],
    ['the UN humanitarian office OCHA', 'UN OCHA'],
    ['الهلال الأحمر', 'Red Crescent'],
    ['le Croissant-Rouge', 'Red Crescent'],
    ['l\'OMS', 'WHO'],
    ['وزارة الداخلية', 'interior ministry'],
    ['rescue teams on the ground', 'rescuers'],
  ])('%s → %s', (who, key) => {
    expect(bodyOf(who)?.key).toBe(key)
  })

  it('sees a relay and a joint count for what they are', () => {
    expect(bodyOf("l'agence officielle de presse")?.key).toBe('relay')
    expect(bodyOf('وكالة الأنباء الرسمية')?.key).toBe('relay')
    expect(bodyOf('the health ministry and rescue teams')?.key).toBe('joint')
    expect(bodyOf('le ministère de la Santé et les secouristes')?.key).toBe('joint')
    expect(bodyOf('وزارة الصحة وفرق الإنقاذ')?.key).toBe('joint')
  })

  it('tells two countries\' ministries apart, and a ministry of no country named from either', () => {
    const syria = bodyOf('the Syrian health ministry')!
    expect(sameBody(syria, bodyOf('وزارة الصحة السورية')!)).toBe(true)
    expect(sameBody(syria, bodyOf('the Turkish health minister')!)).toBe(false)
    expect(sameBody(syria, bodyOf('the health ministry')!)).toBe(true)
    expect(sameBody(syria, bodyOf('the civil defence')!)).toBe(false)
  })
})

describe('figureBody: who gives a figure', () => {
  const at = (text: string, figure: string, who?: string) => {
    const start = text.indexOf(figure)
    return figureBody({ span: { start, end: start + figure.length }, sentence: { start: 0, end: text.length }, attribution: who ? { who, cue: '', span: { start: 0, end: 0 } } : null }, text)?.key
  }
  it('reads the attribution, else the sentence, past a relay', () => {
    expect(at('The civil defence said 85 people died.', '85', 'The civil defence')).toBe('civil protection')
    expect(at('Selon les Casques blancs, 85 personnes sont mortes.', '85')).toBe('civil protection')
    expect(at("Le ministère de la Santé compte, selon l'agence officielle de presse, 85 morts.", '85', "l'agence officielle de presse")).toBe('health ministry')
  })
  it('reads a bare "the ministry" as the one the report named last', () => {
    const text = 'The health ministry opened a hotline. Later the ministry counted 85 dead in the valley.'
    const start = text.indexOf('Later')
    const f = text.indexOf('85')
    expect(figureBody({ span: { start: f, end: f + 2 }, sentence: { start, end: text.length }, attribution: null }, text)?.key).toBe('health ministry')
  })
})

describe('placement: a topic of one body\'s count takes that body\'s figures only', () => {
  const topics = () => [
    topic('all', 'Death toll in Varnel', 'count'),
    topic('ministry', 'Deaths counted by the health ministry', 'count'),
    topic('civil', 'Deaths counted by the civil defence', 'count'),
  ]

  it('in English', () => {
    const got = placed(source('en-1', 'en', 'Floods swept through Varnel on Monday. The health ministry said 212 people were killed in the towns it controls. The civil defence, working in the hills, reported 96 people killed. In all, at least 308 people died in Varnel, local officials said.'), topics())
    expect(got.ministry).toEqual(['212'])
    expect(got.civil).toEqual(['96'])
    expect(got.all).toContain('at least 308')
    expect(got.all).not.toContain('212')
  })

  it('in French, with the civil defence under its Syrian name', () => {
    const t = [topic('all', 'Bilan des morts à Varnel', 'count'), topic('ministry', 'Morts selon le ministère de la Santé', 'count'), topic('civil', 'Morts selon la défense civile', 'count')]
    const got = placed(source('fr-1', 'fr', "Les inondations ont frappé Varnel lundi. Le ministère de la Santé a fait état de 212 morts dans les villes qu'il contrôle. Les Casques blancs ont pour leur part annoncé 96 morts dans les collines. Au total, au moins 308 personnes sont mortes à Varnel."), t)
    expect(got.ministry).toEqual(['212'])
    expect(got.civil).toEqual(['96'])
    expect(got.all).toContain('au moins 308')
  })

  it('in Arabic', () => {
    const t = [topic('all', 'حصيلة القتلى في فارنل', 'count'), topic('ministry', 'القتلى حسب وزارة الصحة', 'count'), topic('civil', 'القتلى حسب الدفاع المدني', 'count')]
    const got = placed(source('ar-1', 'ar', 'اجتاحت الفيضانات فارنل يوم الإثنين. وأعلنت وزارة الصحة مقتل 212 شخصاً في المدن الخاضعة لسيطرتها. من جهتها، أفادت منظمة الخوذ البيضاء بمقتل 96 شخصاً في المناطق الجبلية. وبلغ مجموع القتلى في فارنل 308 أشخاص على الأقل.'), t)
    expect(got.ministry).toEqual(['212'])
    expect(got.civil).toEqual(['96'])
    expect(got.all ?? []).not.toContain('212')
  })

  it('leaves a joint count of two bodies to the topic of anyone\'s count', () => {
    const got = placed(source('en-2', 'en', 'Floods swept through Varnel on Monday. The health ministry and rescue teams together counted 308 people killed in Varnel.'), topics())
    expect(got.ministry ?? []).toEqual([])
    expect(got.all).toEqual(['308'])
  })

  it('does not narrow a topic that names no speaker', () => {
    const got = placed(source('en-3', 'en', 'Floods swept through Varnel on Monday. The health ministry said 212 people were killed in Varnel.'), [topic('all', 'Death toll in Varnel', 'count')])
    expect(got.all).toEqual(['212'])
  })

  it('takes no figure another body gives', () => {
    const got = placed(source('en-4', 'en', 'Floods swept through Varnel on Monday. The Red Crescent said 150 people were killed in Varnel.'), [topic('ministry', 'Deaths counted by the health ministry', 'count')])
    expect(got.ministry ?? []).toEqual([])
  })
})

describe('topicFromText: a name in the speaker\'s words is the speaker\'s, not the topic\'s place', () => {
  it('drops it from the entity and keeps the body\'s names in other languages', () => {
    expect(topicFromText({ id: 'x', label: 'Deaths counted by the Syrian health ministry', kind: 'count' })!.entity.name).toBe('')
    const wh = topicFromText({ id: 'y', label: 'Deaths in Varnel (White Helmets)', kind: 'count' })!
    expect(wh.entity.name).toBe('Varnel')
  })
})

describe('bodyOf: a generic word beside a body, a state outlet passing a count on', () => {
  it.each([
    ["l'équipe de secours des Casques blancs", 'civil protection'],
    ['the rescue workers of the Red Crescent', 'Red Crescent'],
    ['فرق الإنقاذ التابعة للهلال الأحمر', 'Red Crescent'],
  ])('%s → %s', (who, key) => {
    expect(bodyOf(who)?.key).toBe(key)
  })
  it.each(["le média d'État", 'state-run media', 'التلفزيون الرسمي'])('%s relays', (who) => {
    expect(bodyOf(who)?.key).toBe('relay')
  })
})
