import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'
import { qualifiersIn } from '../../../src/core/align/facets'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { Lang, QuantityKind, Source, Topic } from '../../../src/core/model'

// What a topic's label adds to its measure ("Seriously injured" beside "People injured") splits
// that measure between the two topics, on short reports written for these tests.

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, published: '2024-03-12', window: null }) as Source
const topic = (id: string, label: string, kind: QuantityKind): Topic => topicFromText({ id, label, kind })!

function placed(src: Source, topics: Topic[]): Record<string, string[]> {
  const claims = extractClaims(src)
  const out: Record<string, string[]> = {}
  for (const a of assignClaims(claims, topics, [src])) (out[a.topicId] ??= []).push(claims.find((c) => c.id === a.claimId)!.text)
  return out
}

describe('qualifiersIn', () => {
  it.each([
    ['Seriously injured', ['serious']],
    ['Aid per partly collapsed home', ['partial']],
    ['Emergency payment per household', ['emergency']],
    ['Killings at the maternity hospital', ['hospital']],
    ['مساعدة استعجالية للأسر', ['emergency']],
    ['إصابات بليغة', ['serious']],
    ['les blessés graves', ['serious']],
    ['Death toll of the flood', []],
  ])('%s', (text, ids) => expect([...qualifiersIn(text)]).toEqual(ids))
})

describe('a qualifier splits a measure when topics split it', () => {
  const injured = [topic('injured', 'People injured in the quake', 'count'), topic('serious', 'Seriously injured', 'count')]
  it.each([
    ['en', 'The ministry counted 2,100 people injured, 640 of them seriously.', '2,100', '640'],
    ['ar', 'وأحصت الوزارة 2100 إصابة، 640 منها وُصفت بالخطيرة.', '2100', '640'],
    ['fr', 'Le ministère recense 2 100 blessés, dont 640 grièvement.', '2 100', '640'],
  ] as const)('%s: the serious part goes to its own topic', (lang, text, all, serious) => {
    const got = placed(source('a', lang, text), injured)
    expect(got.injured).toEqual([all])
    expect(got.serious).toEqual([serious])
  })
  const aid = [topic('whole', 'Aid per destroyed home', 'money'), topic('part', 'Aid per partly collapsed home', 'money'), topic('now', 'Emergency payment per household', 'money')]
  it('amounts said of partly collapsed homes and of an immediate payment go to their topics', () => {
    const got = placed(source('a', 'en', 'Owners of ruined houses will receive 90,000 dirhams in aid, and those whose houses partly collapsed will receive 45,000 dirhams. Every family will also get an immediate payment of 20,000 dirhams.'), aid)
    expect(got).toEqual({ whole: ['90,000 dirhams'], part: ['45,000 dirhams'], now: ['20,000 dirhams'] })
  })
  it('the same in Arabic', () => {
    const got = placed(source('a', 'ar', 'ستمنح الحكومة مساعدة قدرها 90 ألف درهم عن كل منزل انهار بالكامل، و45 ألف درهم لترميم المنازل التي انهارت جزئياً. كما تقرر صرف مساعدة استعجالية بقيمة 20 ألف درهم لكل أسرة.'), aid)
    expect(got).toEqual({ whole: ['90 ألف درهم'], part: ['45 ألف درهم'], now: ['20 ألف درهم'] })
  })
  it('alone, a topic’s qualifier keeps figures that do not say it', () => {
    const got = placed(source('a', 'fr', "L'ONU a débloqué 5 millions de dollars pour les sinistrés."), [topic('un', 'UN emergency aid', 'money')])
    expect(got.un).toEqual(['5 millions de dollars'])
  })
  it('a place the label names by a common noun stands for its name', () => {
    const topics = [topic('city', 'People killed in Kadugli', 'count'), topic('hospital', 'People killed at the Saudi maternity hospital', 'count')]
    const got = placed(source('a', 'ar', 'قُتل أكثر من 300 شخص في مستشفى الولادة بكادوقلي، بحسب المنظمة. وقُتل 1500 شخص في كادوقلي منذ سقوطها.'), topics)
    expect(got.hospital).toEqual(['أكثر من 300'])
    expect(got.city).toEqual(['1500'])
  })
})

describe('amounts and their words', () => {
  it('an amount restated in another currency goes where the amount goes', () => {
    const topics = [topic('fund', 'Reconstruction fund', 'money'), topic('aid', 'UN aid to Libya', 'money')]
    const got = placed(source('a', 'en', 'The government allocated 3 billion dinars (about $620 million) to the reconstruction fund.'), topics)
    expect(got.fund).toEqual(['3 billion dinars', 'about $620 million'])
    expect(got.aid).toBeUndefined()
  })
  it('a currency’s nationality names no place', () => {
    const topics = [topic('fund', 'Reconstruction fund', 'money'), topic('aid', 'UN aid to Libya', 'money')]
    const got = placed(source('a', 'ar', 'قررت الحكومة رصد 3 مليارات دينار ليبي لفائدة صندوق إعادة الإعمار.'), topics)
    expect(got.fund).toEqual(['3 مليارات دينار ليبي'])
  })
})

describe('counts and their words', () => {
  it('countries counted are no people of the victims', () => {
    const got = placed(source('a', 'ar', 'المغرب يقبل عروض مساعدة من 3 دول بينها الإمارات وإسبانيا'), [topic('countries', 'Countries whose rescue teams were accepted', 'count')])
    expect(got.countries).toEqual(['3'])
  })
  it('a word joined by و begins the next clause and counts the next figure', () => {
    const topics = [topic('dead', 'Death toll of the war', 'count'), topic('displaced', 'People displaced by the war', 'count')]
    const got = placed(source('a', 'ar', 'اندلعت الحرب قبل عامين وأودت بحياة عشرات الآلاف وشرّدت نحو 9 ملايين شخص.'), topics)
    expect(got.dead).toEqual(['عشرات الآلاف'])
    expect(got.displaced).toEqual(['نحو 9 ملايين'])
  })
  it('a unit only one measure takes beats a measure word elsewhere in the sentence', () => {
    const got = placed(source('a', 'fr', "La profondeur du foyer a été corrigée, à 12,5 km au lieu de 9 km."), [topic('depth', 'Depth of the earthquake', 'count')])
    expect(got.depth).toEqual(['12,5 km', '9 km'])
  })
  it('a topic scoped to a place inside the story needs the place by the figure, however many articles name it', () => {
    const a = source('a', 'en', 'The quake was felt in Tiznit. It killed 800 people across the region.')
    const b = source('b', 'en', 'Tiznit residents slept outside. In Tiznit province, 75 people died.')
    const topics = [topic('tiznit', 'Deaths in Tiznit province', 'count')]
    const claims = [a, b].flatMap((s) => extractClaims(s))
    const got = assignClaims(claims, topics, [a, b]).map((x) => claims.find((k) => k.id === x.claimId)!.text)
    expect(got).toEqual(['75'])
  })
})

describe('dates by their form and their statement', () => {
  const topics = [topic('deadline', 'Deadline for the withdrawal of the troops', 'date'), topic('start', 'Start of the withdrawal', 'date')]
  it.each([
    ['en', 'The president says the troops will be out by the end of the year.', 'by the end of the year'],
    ['ar', 'الرئيس يعلن انسحاب القوات من البلاد قبل نهاية العام', 'قبل نهاية العام'],
    ['fr', "L'état-major confirme un retrait complet au 31 décembre.", 'au 31 décembre'],
  ] as const)('%s: a date said as a latest day is a deadline, not the start of the event its sentence names', (lang, text, figure) => {
    const got = placed(source('a', lang, text), topics)
    expect(got.deadline).toEqual([figure])
    expect(got.start).toBeUndefined()
  })
  const announced = [topic('said', 'Date the president announced the withdrawal', 'date')]
  it('the day of a statement dates the announcement of what its sentence names', () => {
    const got = placed(source('a', 'ar', 'قال الرئيس، مساء اليوم الأحد، إن القوات ستغادر البلاد خلال أسابيع.'), [topicFromText({ id: 'said', label: 'Date Tebboune announced the withdrawal', kind: 'date' })!])
    expect(got.said).toBeUndefined()
    const named = placed(source('b', 'ar', 'قال الرئيس تبون، مساء اليوم الأحد، إن القوات ستغادر البلاد خلال أسابيع.'), [topicFromText({ id: 'said', label: 'Date Tebboune announced the withdrawal', kind: 'date' })!])
    expect(named.said).toEqual(['مساء اليوم الأحد'])
  })
  it('a statement about something else dates no announcement of the topic', () => {
    expect(placed(source('a', 'en', 'The president said on Monday that the economy was growing.'), announced).said).toBeUndefined()
  })
  it('a summit is an event of its own', () => {
    const got = placed(source('a', 'fr', 'Les chefs d’État se réuniront lors d’un sommet extraordinaire le jeudi 10 août 2023 à Abuja.'), [topic('summit', 'Date of the emergency summit', 'date')])
    expect(got.summit).toEqual(['jeudi 10 août 2023'])
  })
})

describe('figures of a list by place', () => {
  const topics = [topic('whole', 'Death toll of the earthquake', 'count'), topic('azrou', 'Deaths in Azrou province', 'count'), topic('ifrane', 'Deaths in Ifrane province', 'count'), topic('midelt', 'Deaths in Midelt province', 'count')]
  it('a name belongs to the figure it introduces, not to the figure before it', () => {
    const got = placed(source('a', 'en', 'The province of Azrou accounted for 412 of the dead, followed by Ifrane with 207 and the Midelt province with 31.'), topics)
    expect(got.ifrane).toEqual(['207'])
    expect(got.midelt).toEqual(['31'])
  })
  it('a name in another clause with a figure of its own is that figure’s, and the ranking goes on past "while"', () => {
    const got = placed(source('a', 'en', 'Azrou province remains the worst hit, with 412 deaths recorded there, while Ifrane province has counted 207.'), topics)
    expect(got.azrou).toEqual(['412'])
    expect(got.ifrane).toEqual(['207'])
  })
  it('the same in Arabic', () => {
    const got = placed(source('a', 'ar', 'سجّل إقليم أزرو العدد الأكبر بـ412 وفاة، فيما أحصى إقليم إفران 207.'), [topic('azrou', 'Deaths in Azrou province', 'count'), topic('ifrane', 'Deaths in Ifrane province', 'count')])
    expect(got.azrou).toEqual(['412'])
    expect(got.ifrane).toEqual(['207'])
  })
})
