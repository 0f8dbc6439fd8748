import { describe, expect, it } from 'vitest'
import { authorityOf } from '../../../src/core/compare/authorities'
import { originOf } from '../../../src/core/compare/origins'
import { topicOrigins } from '../../../src/core/compare/relays'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Lang, Quantity, Source } from '../../../src/core/model'
import { extractClaims } from '../../../src/core/extract'
import { baseOrigin } from '../../../src/core/compare'
import { conceptById } from '../../../src/core/align/measureOf'

// Who a figure goes back to: kinds of authority under their many wordings, relays of one body,
// and one body's count that moves from day to day. Sentences and speakers made up for the tests.

describe('authorityOf: a kind of authority, whatever the wording and language', () => {
  it.each([
    ['وزارة الداخلية', 'interior ministry', null],
    ['أحدث حصيلة لوزارة الداخلية', 'interior ministry', null],
    ['the Interior Ministry', 'interior ministry', null],
    ["le ministère de l'Intérieur", 'interior ministry', null],
    ['وزير الصحة اللبناني', 'health ministry', 'Lebanon'],
    ["Lebanon's health ministry", 'health ministry', 'Lebanon'],
    ['وزير الصحة في الحكومة المكلفة', 'health ministry', null],
    ['الديوان الملكي', 'royal palace', null],
    ['the royal palace', 'royal palace', null],
    ['King Abdullah', 'royal palace', null],
    ['الرئيس الفرنسي', 'presidency', 'France'],
    ['خفر السواحل اليوناني', 'coast guard', 'Greece'],
    ['la protection civile', 'civil protection', null],
    ['les autorités', 'government', null],
    ['le ministre libanais de la Santé', 'health ministry', 'Lebanon'],
    ["le ministère algérien de l'Intérieur", 'interior ministry', 'Algeria'],
  ])('%s → %s', (who, kind, country) => {
    expect(authorityOf(who)).toEqual({ kind, country })
  })

  it('reads the head of the speaker, not a relative clause that describes it', () => {
    expect(authorityOf('the soldiers who guarded President Nour')).toBeNull()
    expect(authorityOf('les manifestants qui ont encerclé le palais')).toBeNull()
    expect(authorityOf('الضباط الذين أطاحوا بالرئيس')).toBeNull()
    expect(authorityOf('the army, which seized the presidency')).toEqual({ kind: 'army', country: null })
  })

  it('reads the head of an English compound last, and a head before "of", "in" or a French article first', () => {
    expect(authorityOf('the Government Railway Police')).toEqual({ kind: 'police', country: null })
    expect(authorityOf('the government harbour police')).toEqual({ kind: 'police', country: null })
    expect(authorityOf('the health minister in the government')).toEqual({ kind: 'health ministry', country: null })
    expect(authorityOf('la police du gouvernement')).toEqual({ kind: 'police', country: null })
    expect(authorityOf('le gouvernement et la police')).toEqual({ kind: 'government', country: null })
    expect(authorityOf('وزير الصحة في الحكومة')).toEqual({ kind: 'health ministry', country: null })
  })

  it('reads a county’s sheriff, and a police force named by its place in Arabic, as the police', () => {
    expect(authorityOf("the sheriff's department")).toEqual({ kind: 'police', country: null })
    expect(authorityOf('County Sheriff Dana Oakes')).toEqual({ kind: 'police', country: null })
    expect(authorityOf('le shérif du comté, Dana Oakes')).toEqual({ kind: 'police', country: null })
    expect(authorityOf('قائد شرطة المقاطعة دانا أوكس')).toEqual({ kind: 'police', country: null })
    expect(authorityOf('وقالت شرطة الولاية')).toEqual({ kind: 'police', country: null })
  })

  it('reads the transport, economy and finance ministries under their wordings in the three languages', () => {
    expect(authorityOf('acting Transport Minister Nikos Varda')).toEqual({ kind: 'transport ministry', country: null })
    expect(authorityOf('le ministre des Transports Nikos Varda')).toEqual({ kind: 'transport ministry', country: null })
    expect(authorityOf('وزير النقل نيكوس فاردا')).toEqual({ kind: 'transport ministry', country: null })
    expect(authorityOf('the railways minister')).toEqual({ kind: 'transport ministry', country: null })
    expect(originOf('وزارة الاقتصاد').key).toBe(originOf("le ministre de l'Économie").key)
    expect(originOf('the economy minister').key).toBe(originOf('وزير الاقتصاد').key)
    expect(originOf('وزير المالية').key).toBe(originOf('le ministère des Finances').key)
    expect(originOf('the finance ministry').key).not.toBe(originOf('the economy ministry').key)
  })

  it('reads a French name whose capital carries an accent', () => {
    expect(authorityOf("l'Élysée")).toEqual({ kind: 'presidency', country: null })
    expect(authorityOf("l'État-major des armées")).toEqual({ kind: 'army', country: null })
  })

  it('reads the organisers of an event as one body, in any of the three languages', () => {
    expect(authorityOf('the organisers')).toEqual({ kind: 'organisers', country: null })
    expect(authorityOf('Festival organizers')).toEqual({ kind: 'organisers', country: null })
    expect(authorityOf('les organisateurs du salon')).toEqual({ kind: 'organisers', country: null })
    expect(authorityOf('المنظمون')).toEqual({ kind: 'organisers', country: null })
    expect(authorityOf('وقالت الجهة المنظمة للمعرض')).toEqual({ kind: 'organisers', country: null })
    expect(originOf('منظمو المهرجان').key).toBe(originOf("le comité d'organisation").key)
    // An organisation is no organiser: "منظمة" names a body of its own.
    expect(authorityOf('منظمة الإغاثة الدولية')).toBeNull()
  })

  it('reads a ruler named by his emirate or state as its governor, as the governor of a province is', () => {
    expect(authorityOf('حاكم الإمارة')).toEqual({ kind: 'governor', country: null })
    expect(authorityOf("the emirate's ruler, Sheikh Rashid bin Saeed")).toEqual({ kind: 'governor', country: null })
    expect(originOf('حاكم الولاية').key).toBe(originOf('Governor Dana Oakes').key)
  })

  it('names no authority in a plain name or a common word', () => {
    expect(authorityOf('Jane Doe')).toBeNull()
    expect(authorityOf('شهود عيان')).toBeNull()
    expect(authorityOf('the kingdom of heaven')).toBeNull()
  })
})

describe('originOf: known bodies and authority kinds are one origin each', () => {
  it('folds wordings of one authority kind to one key', () => {
    expect(originOf('وزارة الداخلية').key).toBe(originOf('the interior ministry').key)
    expect(originOf('le ministère de la Santé').key).toBe(originOf('وزارة الصحة').key)
  })
  it('reads a known body after a French elided article', () => {
    expect(originOf("l'OIM").key).toBe('body:IOM')
    expect(originOf("d'Ocha").key).toBe('body:UN OCHA')
  })
  it('keeps the country a speaker names apart', () => {
    expect(originOf('الرئيس الفرنسي').key).not.toBe(originOf('Nigerien president').key)
  })
  it.each([
    ['the UN migration agency', 'body:IOM'],
    ['وكالة الأمم المتحدة للهجرة', 'body:IOM'],
    ["l'agence onusienne pour les migrations", 'body:IOM'],
    ['The U.N. refugee agency', 'body:UNHCR'],
    ["the UN children's agency", 'body:UNICEF'],
    ['the UN humanitarian office', 'body:UN OCHA'],
    ["l'agence de l'ONU pour l'alimentation", 'body:WFP'],
    ['the United Nations', 'body:United Nations'],
  ])('names a UN agency by its field: %s → %s', (who, key) => expect(originOf(who).key).toBe(key))
  it('does not take the French article "un" for the UN', () => {
    expect(originOf('un responsable humanitaire').key.startsWith('speaker:')).toBe(true)
  })
})

describe('baseOrigin: a body that cites another passes on its count', () => {
  const originIn = (lang: Lang, text: string, figure: string) => {
    const src: Source = { id: 's', title: 's', outlet: 'Outlet', via: null, kind: 'news', origin: 'embedded', text, lang, published: '2024-05-01', window: null }
    const c = extractClaims(src).find((x) => x.text === figure)
    expect(c, `"${figure}" must be read`).toBeDefined()
    return baseOrigin(c!, (s) => s, new Map([['s', src]]))
  }
  it.each([
    ['en', 'Quoting figures from the International Organization for Migration, OCHA said more than 40,000 people had fled. The agency warned the count was partial. In the port alone, it said, no fewer than 12,000 people had left.', 'no fewer than 12,000', 'body:IOM'],
    ['en', 'The storm killed 3,100 people, the UN humanitarian office said on Friday, citing data from the Red Crescent.', '3,100', 'body:Red Crescent'],
    ['fr', "L'Ocha, citant des chiffres de l'OIM, a indiqué que 8 000 personnes avaient fui.", '8 000', 'body:IOM'],
    ['ar', 'وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن 5200 شخص نزحوا، نقلاً عن بيانات المنظمة الدولية للهجرة.', '5200', 'body:IOM'],
    ['ar', 'وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن ٥٢٠٠ شخص نزحوا.', '٥٢٠٠', 'body:UN OCHA'],
    ['en', 'OCHA said 5,000 homes were damaged.', '5,000', 'body:UN OCHA'],
  ] as [Lang, string, string, string][])('%s: %s', (lang, text, figure, key) => expect(originIn(lang, text, figure)).toBe(key))
})

let n = 0
function fig(source: string, lo: number, extra: Partial<Claim> = {}, q: Partial<Quantity> = {}): Claim {
  n++
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null, ...q }, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}
const by = (who: string) => ({ attribution: { who, cue: 'said', span: { start: 0, end: 1 } } })
const base = (c: Claim) => (c.attribution ? originOf(c.attribution.who).key : `outlet:${c.source}`)

describe('topicOrigins: relays of one body within a topic', () => {
  it('an unattributed figure that repeats the number its own report credits to one body relays that body (the headline restating the body’s count)', () => {
    const named = fig('a', 104, by('the coast guard'))
    const relay = fig('a', 104)
    const o = topicOrigins([named, relay], base)
    expect(o.get(relay.id)).toBe(o.get(named.id))
  })
  it('…while another report that states the number with no one credited states it on its own authority: an origin of its own', () => {
    const named = fig('a', 104, by('the coast guard'))
    const own = fig('b', 104)
    expect(topicOrigins([named, own], base).get(own.id)).toBe('outlet:b')
    expect(decide({ kind: 'count' }, [named, own], { origin: (c) => topicOrigins([named, own], base).get(c.id)!, asOf: () => null, compared: () => true, tolerance: 0.1 }).verdict).toBe('agree')
  })
  it('the same number in other words ("about 170") is a relay too', () => {
    const named = fig('a', 170, by('Red Crescent'))
    const relay = fig('a', 170, {}, { qualifier: 'about' })
    expect(topicOrigins([named, relay], base).get(relay.id)).toBe('body:Red Crescent')
  })
  it('a different number is the outlet’s own', () => {
    const named = fig('a', 70, by('AP'))
    const own = fig('b', 60, {}, { qualifier: 'about' })
    expect(topicOrigins([named, own], base).get(own.id)).toBe('outlet:b')
  })
  it('a number two bodies give cannot say which one an outlet relays', () => {
    const cs = [fig('a', 3, by('WHO')), fig('b', 3, by('UNICEF')), fig('c', 3)]
    expect(topicOrigins(cs, base).get(cs[2].id)).toBe('outlet:c')
  })
  it('dates are seen, not counted: an unattributed date stays its outlet’s', () => {
    const named = fig('a', 0, by('the army'), { kind: 'date', lo: '2024-05-01', hi: '2024-05-01' } as unknown as Partial<Quantity>)
    const d = fig('b', 0, {}, { kind: 'date', lo: '2024-05-01', hi: '2024-05-01' } as unknown as Partial<Quantity>)
    expect(topicOrigins([named, d], base).get(d.id)).toBe('outlet:b')
  })
  it('a speaker who names no body ("the UN agency", a survivor) and gives that body’s number relays it', () => {
    const named = fig('a', 104, by('the coast guard'))
    const agency = fig('b', 104, by('the news agency'))
    const survivor = fig('c', 104, by('a survivor'), { qualifier: 'at-least', hi: null })
    const o = topicOrigins([named, agency, survivor], base)
    expect(o.get(agency.id)).toBe(o.get(named.id))
    expect(o.get(survivor.id)).toBe(o.get(named.id))
  })
  it('…so one body’s number repeated under other speakers is a single source', () => {
    const cs = [fig('a', 170, by('Red Crescent')), fig('b', 170, by('the UN agency'), { qualifier: 'at-least', hi: null })]
    const o = topicOrigins(cs, base)
    const d = decide({ kind: 'count' }, cs, { origin: (c) => o.get(c.id)!, asOf: () => null, compared: () => true, tolerance: 0.1 })
    expect(d.verdict).toBe('single-source')
  })
  it('a speaker who gives other numbers too keeps their own count', () => {
    const named = fig('a', 78, by('the coast guard'))
    const early = fig('b', 32, by('the latest toll'))
    const late = fig('b', 78, by('the latest toll'))
    const o = topicOrigins([named, early, late], base)
    expect(o.get(late.id)).toBe(o.get(early.id))
    expect(o.get(late.id)).not.toBe(o.get(named.id))
  })
  it('a distance is read on a map, not relayed: the same distance from another speaker or outlet stays theirs', () => {
    const named = fig('a', 1600, by('the army'), { unit: 'km' })
    const sources = fig('b', 1600, by('informed sources'), { unit: 'km', qualifier: 'about' })
    const outlet = fig('c', 1600, {}, { unit: 'km' })
    const o = topicOrigins([named, sources, outlet], base)
    expect(o.get(sources.id)).not.toBe(o.get(named.id))
    expect(o.get(outlet.id)).toBe('outlet:c')
  })
  it('an authority named without its country is the one the topic names with it', () => {
    const a = fig('a', 50, by('وزير الصحة اللبناني'))
    const b = fig('b', 78, by('the health ministry'))
    const o = topicOrigins([a, b], base)
    expect(o.get(b.id)).toBe(o.get(a.id))
  })
  it('…but not when two countries’ ministries of that kind speak', () => {
    const cs = [fig('a', 5, by('Greek health ministry')), fig('b', 6, by('Egyptian health ministry')), fig('c', 7, by('the health ministry'))]
    const o = topicOrigins(cs, base)
    expect(new Set(o.values()).size).toBe(3)
  })
})

describe('topicOrigins: a decided figure has one author', () => {
  const hours = (source: string, lo: number, q: Partial<Quantity> = {}) => fig(source, lo, {}, { kind: 'duration', unit: 'hour', ...q })
  const judge = (cs: Claim[], decided: boolean) => {
    const o = topicOrigins(cs, base, { decided })
    return decide({ kind: 'duration' }, cs, { origin: (c) => o.get(c.id)!, asOf: () => null, compared: () => true, tolerance: 0.1 })
  }
  it('outlets that give one deadline ("48 hours", "within no more than 48 hours") with no body named relay one decision: single source', () => {
    const cs = [hours('a', 48), hours('b', 48, { lo: null, qualifier: 'at-most' }), hours('c', 48)]
    expect(judge(cs, true).verdict).toBe('single-source')
  })
  it('a measure no one decides (a count) keeps its outlets apart: they agree', () => {
    expect(judge([hours('a', 48), hours('b', 48)], false).verdict).toBe('agree')
  })
  it('two different decided amounts are two reports that disagree, not one decision', () => {
    expect(judge([hours('a', 48), hours('b', 72)], true).verdict).toBe('conflict')
  })
  const euros = (source: string, lo: number, extra: Partial<Claim> = {}, q: Partial<Quantity> = {}) => fig(source, lo, extra, { kind: 'money', unit: 'EUR', ...q })
  const money = (cs: Claim[]) => {
    const o = topicOrigins(cs, base, { decided: true })
    return { o, d: decide({ kind: 'money' }, cs, { origin: (c) => o.get(c.id)!, asOf: () => null, compared: () => true, tolerance: 0.1, body: (x) => x.startsWith('body:') }) }
  }
  it('a person announcing the plan and the outlets repeating it ("more than 10.6 billion", "10.6 billion") give one decision: single source', () => {
    const cs = [euros('a', 10.6e9, by('Pedro Sánchez')), euros('a', 10.6e9, by('M'), { hi: null, qualifier: 'more-than' }), euros('b', 10.6e9)]
    const { o, d } = money(cs)
    expect(new Set(o.values())).toEqual(new Set(['decision:EUR:10600000000:10600000000']))
    expect(d.verdict).toBe('single-source')
  })
  it('two bodies announcing the very same amount give one decision', () => {
    const { d } = money([euros('a', 5e6, by('the foreign ministry')), euros('b', 5e6, by('the presidency'))])
    expect(d.verdict).toBe('single-source')
  })
  it('a body whose amount no one else gives keeps its own voice: two bodies with compatible totals in one article agree', () => {
    const cs = [euros('a', 252.7e6, by('the French presidency')), euros('a', 200e6, by('the foreign ministry'), { hi: null, qualifier: 'more-than' })]
    const { o, d } = money(cs)
    expect(o.get(cs[0].id)).toBe('body:presidency@France')
    expect(d).toMatchObject({ verdict: 'agree', reason: { code: 'bound', bound: cs[1].id, value: cs[0].id } })
  })
  it('aid amounts, deadlines and days of mourning are decided; tolls are not', () => {
    expect(['aid', 'reconstruction', 'deadline', 'mourning'].map((id) => conceptById(id)?.decided)).toEqual([true, true, true, true])
    expect(conceptById('killed')?.decided).toBeFalsy()
  })
})

describe('decide: one body’s count over days', () => {
  const days: Record<string, string> = { a: '2023-09-09', b: '2023-09-10', c: '2023-09-12' }
  const ctx: DecideContext = {
    origin: (c) => (c.attribution ? originOf(c.attribution.who).key : `outlet:${c.source}`),
    asOf: (c) => ({ from: days[c.source], to: days[c.source] }),
    compared: () => true,
    tolerance: 0.1,
  }
  it('one ministry’s rising toll, reported by outlets on their days, is a time series', () => {
    const d = decide({ kind: 'count' }, [fig('a', 296, by('وزارة الداخلية')), fig('b', 1305, by('the interior ministry')), fig('c', 2901, by("le ministère de l'Intérieur"))], ctx)
    expect(d.verdict).toBe('time-series')
  })
  it('one ministry’s one figure repeated by outlets is a single source', () => {
    const d = decide({ kind: 'count' }, [fig('a', 296, by('وزارة الداخلية')), fig('b', 296, by('the interior ministry'))], ctx)
    expect(d.verdict).toBe('single-source')
  })
  it('one article’s own figures over days stay its single source', () => {
    const d = decide({ kind: 'count' }, [fig('a', 10, { scopes: [{ kind: 'time', from: '2023-01-01', to: '2023-01-01', label: 'x', span: { start: 0, end: 1 } }] }), fig('a', 20)], ctx)
    expect(d.verdict).toBe('single-source')
  })
  it('a fixed measure (a magnitude) has no series even from one body', () => {
    const d = decide({ kind: 'count', fixed: true }, [fig('a', 6.8, by('the interior ministry')), fig('b', 7, by('the interior ministry'))], ctx)
    expect(d.verdict).toBe('single-source')
  })
})

describe('decide: days of one event', () => {
  const ctx: DecideContext = { origin: (c) => `outlet:${c.source}`, asOf: () => null, compared: () => true, tolerance: 0.1 }
  const day = (source: string, lo: string, hi = lo) => fig(source, 0, {}, { kind: lo === hi ? 'date' : 'daterange', lo, hi, qualifier: lo === hi ? null : 'range' } as unknown as Partial<Quantity>)
  it('two days that a stated range holds both of do not contradict: one is more precise', () => {
    const d = decide({ kind: 'date' }, [day('a', '2024-03-10'), day('b', '2024-03-11'), day('c', '2024-03-10', '2024-03-11')], ctx)
    expect(d.verdict).toBe('agree-precision')
  })
  it('two different days with no range that holds both conflict', () => {
    expect(decide({ kind: 'date' }, [day('a', '2024-03-10'), day('b', '2024-03-11')], ctx).verdict).toBe('conflict')
  })
  it('deadlines are latest days: "by 22 December" does not contradict "by 31 December"', () => {
    const d = decide({ kind: 'date', concept: 'deadline' }, [day('a', '2023-12-22'), day('b', '2023-12-31'), day('c', '2023-10-01', '2023-12-31')], ctx)
    expect(d.verdict).toBe('agree-precision')
  })
  it('in a topic about one day, a duration is the time since it, not a length to check', () => {
    const since = fig('d', 7, {}, { kind: 'duration', unit: 'day' })
    const d = decide({ kind: 'date' }, [day('a', '2024-03-10', '2024-03-11'), day('b', '2024-03-10'), since], ctx)
    expect(d.verdict).toBe('agree-precision')
  })
})
