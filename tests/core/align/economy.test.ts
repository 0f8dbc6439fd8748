import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { measuresOf } from '../../../src/core/align/measureOf'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { AMOUNT_VERBS, MONEY_CONCEPTS } from '../../../src/core/align/economy'
import { CONCEPT_BY_ID } from '../../../src/core/align/measures'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'

// Figures that are no casualty count: sums claimed, offered, paid first, lost or worth; how long a
// way stayed closed or a ship held; the day a ship ran aground, was refloated, seized or released;
// what a ship holds and the tugs that pulled it. Sentences written for these tests: [lang, text,
// the figure as written, the measure expected].
const CASES: [Lang, string, string, string | null][] = [
  // A sum one party demands of another.
  ['en', "The port authority is demanding at least $40 million from the tanker's operator.", 'at least $40 million', 'claim'],
  ['fr', "La mairie réclame 3 millions d'euros à l'entreprise de travaux.", "3 millions d'euros", 'claim'],
  ['ar', 'تطالب النقابة بـ12 مليون دينار من وزارة النقل.', '12 مليون دينار', 'claim'],
  // What the other side puts forward.
  ['en', 'The insurer offered only $8 million in return.', '$8 million', 'offer'],
  ['fr', "L'assureur n'a proposé que 8 millions de dollars.", '8 millions de dollars', 'offer'],
  ['ar', 'لم تعرض شركة التأمين سوى 8 ملايين دولار.', '8 ملايين دولار', 'offer'],
  // A first part of a larger sum, even beside a count head of the whole ("من إجمالي المبلغ").
  ['en', 'The buyer agreed to a down payment of $5 million out of the total compensation.', '$5 million', 'down-payment'],
  ['fr', "Le club a versé un acompte de 2 millions d'euros sur l'indemnité totale.", "2 millions d'euros", 'down-payment'],
  ['ar', 'سدد المشتري دفعة مقدمة قيمتها 5 ملايين دولار من إجمالي التعويض.', '5 ملايين دولار', 'down-payment'],
  // What a thing is worth.
  ['en', 'The freighter carried roughly $90 million worth of electronics.', 'roughly $90 million', 'value'],
  ['fr', "Les douaniers ont estimé la valeur de la cargaison à 40 millions d'euros.", "40 millions d'euros", 'value'],
  ['ar', 'قدرت الشرطة قيمة الشحنة بنحو 40 مليون دولار.', 'نحو 40 مليون دولار', 'value'],
  // (Worth joined to things, not to a sum: the things' value.)
  ['en', 'The carrier signed for 40 regional jets, worth $2.1 billion, on Monday.', '$2.1 billion', 'value'],
  ['fr', "La compagnie a commandé 40 avions régionaux d'une valeur de 2 milliards de dollars.", '2 milliards de dollars', 'value'],
  ['ar', 'وقّعت الشركة على شراء 40 طائرة إقليمية بقيمة 2.1 مليار دولار.', '2.1 مليار دولار', 'value'],
  // What someone is paid for working.
  ['en', 'The drivers said they earned $1,200 a month before the strike.', '$1,200 a month', 'wage'],
  ['fr', 'Les gardes touchaient un salaire de 900 euros par mois.', '900 euros par mois', 'wage'],
  ['ar', 'ويتقاضى كل حارس راتباً قدره 400 دولار شهرياً.', '400 دولار شهرياً', 'wage'],
  // What a party lost, by the day.
  ['en', 'The resort lost $300,000 a day while the road was shut.', '$300,000 a day', 'lost'],
  ['fr', 'La station a perdu 300 000 euros par jour de fermeture.', '300 000 euros par jour', 'lost'],
  ['ar', 'خسرت الشركة نحو مليوني دولار يومياً بسبب الإغلاق.', 'نحو مليوني دولار يومياً', 'lost'],
  // How long a way stayed closed, a ship held, a queue took to clear.
  ['en', 'The bridge stayed closed for five days after the collision.', 'five days', 'closure'],
  ['fr', 'Le tunnel est resté fermé pendant trois semaines.', 'trois semaines', 'closure'],
  ['ar', 'ظل الطريق مغلقا أربعة أيام.', 'أربعة أيام', 'closure'],
  // (A word that also names people trapped, "bloqués", still names a closure for a length of time.)
  ['fr', 'Le navire est resté bloqué pendant six jours dans le chenal.', 'six jours', 'closure'],
  ['en', 'The ferry sat stranded for two days while the port was shut.', 'two days', 'closure'],
  ['en', 'The tanker was held in port for 40 days.', '40 days', 'held'],
  ['fr', 'Après 40 jours d’immobilisation, le cargo a quitté le port.', '40 jours', 'held'],
  ['ar', 'ظلت الناقلة محتجزة في الميناء 40 يوماً.', '40 يوماً', 'held'],
  ['en', 'Clearing the backlog of lorries at the border could take three days.', 'three days', 'backlog'],
  ['fr', "Il faudra quatre jours pour que l'embouteillage de camions se résorbe.", 'quatre jours', 'backlog'],
  // The days of events that are no disaster.
  ['en', 'The bulk carrier ran aground on 4 February off the island.', '4 February', 'aground'],
  ['fr', "Le vraquier s'est échoué le 4 février au large de l'île.", '4 février', 'aground'],
  ['ar', 'جنحت ناقلة البضائع في 4 فبراير قبالة الجزيرة.', '4 فبراير', 'aground'],
  ['en', 'Salvage crews refloated the vessel on Thursday.', 'Thursday', 'refloated'],
  ['fr', 'Le navire a été renfloué le 9 mars.', '9 mars', 'refloated'],
  ['ar', 'نجحت الفرق في تعويم السفينة يوم 9 مارس.', 'يوم 9 مارس', 'refloated'],
  ['en', 'A judge signed the seizure order on 12 May.', '12 May', 'seizure'],
  ['fr', 'La saisie conservatoire du yacht a été prononcée le 12 mai.', '12 mai', 'seizure'],
  ['en', 'The ship was released on 7 July after the deal.', '7 July', 'release'],
  ['fr', 'Le navire a été libéré le 7 juillet.', '7 juillet', 'release'],
  ['ar', 'أفرجت السلطات عن السفينة في 7 يوليو.', '7 يوليو', 'release'],
  ['en', 'The agreement was signed on 3 July in the port city.', '3 July', 'signed'],
  ['fr', "L'accord a été signé le 3 juillet.", '3 juillet', 'signed'],
  ['ar', 'جرى توقيع الاتفاق في 3 يوليو.', '3 يوليو', 'signed'],
  ['en', 'The operator was fined on 2 June.', '2 June', 'ruling'],
  // Sizes and things counted at sea.
  ['en', 'The 14,000 teu vessel is among the largest afloat.', '14,000', 'capacity'],
  ['en', 'Nine tugs pulled the ship clear.', 'Nine', 'tugs'],
  ['fr', 'Neuf remorqueurs ont tiré le navire.', 'Neuf', 'tugs'],
  // What the words of these measures must not take from a toll, a count of requests or aid.
  ['fr', "Au moins 40 personnes ont perdu la vie dans l'accident.", 'Au moins 40', 'killed'],
  ['fr', "Près de 9 000 demandes d'indemnisation ont été déposées.", 'Près de 9 000', 'claims'],
  ['ar', 'أعلنت الحكومة تقديم مساعدة بقيمة 5 ملايين دولار للمزارعين.', '5 ملايين دولار', 'aid'],
  // A sum asked for relief is an appeal for aid, not a claim.
  ['en', 'The UN is seeking $400 million in emergency aid for the flood survivors.', '$400 million', 'aid'],
  ['fr', "L'ONU réclame 400 millions de dollars d'aide humanitaire pour les sinistrés.", '400 millions de dollars', 'aid'],
  ['ar', 'تطالب الأمم المتحدة بـ400 مليون دولار من المساعدات للمتضررين.', '400 مليون دولار', 'aid'],
  // A count is never a length of time: "closed", "fermés", "أغلقت" say what happened to the bridges counted.
  ['en', 'Crews closed 60 bridges on Monday.', '60', 'bridges'],
  ['fr', 'Les équipes ont fermé 60 ponts lundi.', '60', 'bridges'],
  ['ar', 'أغلقت السلطات 60 جسراً يوم الاثنين.', '60', 'bridges'],
]

describe('measures of money, time held, events and sizes beyond the toll', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, figure, measure) => {
    expect(measureOfFigure(lang, text, figure, { published: '2025-11-10' })?.concept?.id ?? null).toBe(measure)
  })
})

// A reader's name for a topic names its measure: [label, kind, concept expected].
const LABELS: [string, 'count' | 'money' | 'date' | 'duration' | 'rate', string][] = [
  ['Amount the port authority claimed', 'money', 'claim'],
  ['Initial compensation claim', 'money', 'claim'],
  ["Owner's compensation offer", 'money', 'offer'],
  ['Down payment asked before the release', 'money', 'down-payment'],
  ['Value of the cargo', 'money', 'value'],
  ['Compensation paid to the families', 'money', 'compensation'],
  ['Date the freighter ran aground', 'date', 'aground'],
  ['Date the tanker was refloated', 'date', 'refloated'],
  ['How long the bridge was closed', 'duration', 'closure'],
  ['How long the ship was held', 'duration', 'held'],
  ['Container capacity of the vessel', 'count', 'capacity'],
  ['Tugs sent to the site', 'count', 'tugs'],
  // A train named before the toll says which crash: the toll is the measure.
  ['Train crash death toll', 'count', 'killed'],
]

// A verb governs the amount right after it, never one past a coordinator.
describe('moneyVerb: the verb of the amount, not of the clause before an "and"', () => {
  it.each([
    ['fr', "L'État versera 30 000 euros aux familles ayant perdu un proche et 5 000 euros aux blessés.", '5 000 euros'],
    ['en', 'Families who lost a relative and 5,000 households whose homes flooded will share $4 million.', '$4 million'],
    ['ar', 'خسرت العائلات منازلها وستحصل كل عائلة على 5 آلاف دولار.', '5 آلاف دولار'],
    // Nor past a verb of receiving or a relative clause: the loss is the subject's, the sum what it gets.
    ['en', 'Everyone who lost a house gets $5,000.', '$5,000'],
    ['en', 'The firm lost contracts that paid $3 million a year.', '$3 million a year'],
    ['fr', 'Chaque famille qui a perdu sa maison touche 5 000 euros.', '5 000 euros'],
    ['fr', 'Ceux qui ont perdu leur bateau reçoivent 5 000 euros.', '5 000 euros'],
    ['fr', "L'entreprise a perdu des contrats qui rapportaient 3 millions d'euros.", "3 millions d'euros"],
    ['ar', 'من خسر قاربه ينال 5 آلاف دولار.', '5 آلاف دولار'],
    ['ar', 'خسر المزارعون محاصيل التي تقدر بـ3 ملايين دولار.', 'تقدر بـ3 ملايين دولار'],
  ] as const)('%s: %s', (lang, text, figure) => {
    expect(measureOfFigure(lang, text, figure, { published: '2025-11-10' })?.concept?.id).not.toBe('lost')
  })
})

describe('topicFromText: the measure a label names', () => {
  it.each(LABELS)('%s (%s) → %s', (label, kind, concept) => {
    expect(topicFromText({ id: 't', label, kind })?.concept).toBe(concept)
  })
})

describe("topicFromText: a name said with a possessive", () => {
  it.each([
    ["The Sea Falcon's container capacity", 'Sea Falcon'],
    ['Harbour Star’s length', 'Harbour Star'],
  ])('%s is about %s', (label, name) => {
    expect(topicFromText({ id: 't', label, kind: 'count' })?.entity.name).toBe(name)
  })
})

// The money measures are read before aid: a word of theirs listed again under aid is never read there.
describe('the lexicon: aid repeats no word of a money measure read before it', () => {
  it.each(MONEY_CONCEPTS.map((c) => [c.id, c] as const))('%s', (_id, concept) => {
    const aid = CONCEPT_BY_ID.get('aid')!
    for (const lang of ['ar', 'en', 'fr'] as const) expect(aid.words[lang].filter((w) => concept.words[lang].includes(w))).toEqual([])
  })
})

// Arabic words that mostly mean something else name no measure alone: [text, figure, the measure it is not].
describe('bare Arabic words of another sense name no measure', () => {
  it.each([
    ['بلغ المبلغ المقدم من البلدية للمزارعين 4 ملايين دولار.', '4 ملايين دولار', 'down-payment'],
    ['دخل قرار رفع الأجر الأدنى إلى 300 دينار حيز التنفيذ.', '300 دينار', 'revenue'],
    ['علقت الحكومة الدراسة في المدارس يوم 3 مارس.', 'يوم 3 مارس', 'aground'],
    ['تعرض الاقتصاد لخسائر بلغت 3 ملايين دولار.', '3 ملايين دولار', 'offer'],
    ['قضت الأسر ليلتها في العراء يوم 4 مارس.', 'يوم 4 مارس', 'ruling'],
    ['قضت العائلات 10 أيام في المخيم.', '10 أيام', 'ruling'],
    ['تم إجلاء 500 شخص احتياطيا من القرى.', '500', 'remanded'],
    ['حبس 300 عامل داخل المنجم بعد الانهيار.', '300', 'remanded'],
  ])('%s', (text, figure, not) => {
    const claims = extractClaims({ id: 't', text, lang: 'ar', published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
    expect(measuresOf(claims, text, 'ar').get(c!.id)?.concept?.id).not.toBe(not)
  })

  it('the phrases keep their measure', () => {
    const cases: [string, string, string][] = [
      ['قضت المحكمة يوم 9 مايو بتغريم الشركة.', 'يوم 9 مايو', 'ruling'],
      ['أمرت النيابة بحبس 6 منهم احتياطياً على ذمة التحقيق.', '6', 'remanded'],
      ['لم تعرض شركة التأمين سوى 8 ملايين دولار.', '8 ملايين دولار', 'offer'],
      ['دفع المشتري دفعة مقدمة قدرها مليون دولار.', 'مليون دولار', 'down-payment'],
    ]
    for (const [text, figure, measure] of cases) {
      const claims = extractClaims({ id: 't', text, lang: 'ar', published: '2025-11-10', window: null })
      const c = claims.find((x) => x.text === figure)
      expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
      expect(measuresOf(claims, text, 'ar').get(c!.id)?.concept?.id, text).toBe(measure)
    }
  })
})

// "held" alone is any meeting; "stuck" and "coincé" name one measure, not a length and a day at once.
describe('held, stuck: one sense, one measure', () => {
  it.each([
    ['en', 'The talks were held for two days in Geneva.', 'two days'],
    ['en', 'Elections will be held within 90 days.', '90 days'],
  ] as const)('%s: %s is no time held', (lang, text, figure) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id).not.toBe('held')
  })

  it('the closure and the grounding share no word', () => {
    const [closure, aground] = ['closure', 'aground'].map((id) => CONCEPT_BY_ID.get(id)!)
    for (const lang of ['ar', 'en', 'fr'] as const) expect(closure.words[lang].filter((w) => aground.words[lang].includes(w))).toEqual([])
  })
})

// One list of the verbs of an amount, read by moneyVerb and the lexicon alike.
describe('AMOUNT_VERBS: one list of the verbs of an amount', () => {
  it('each verb is a word of its measure, but for the verbs of loss', () => {
    for (const [id, verbs] of Object.entries(AMOUNT_VERBS)) {
      const words = CONCEPT_BY_ID.get(id)!.words
      for (const lang of ['ar', 'en', 'fr'] as const) {
        if (id === 'lost') expect(verbs[lang].filter((v) => words[lang].includes(v)), `${id} ${lang}`).toEqual([])
        else expect(verbs[lang].filter((v) => !words[lang].includes(v)), `${id} ${lang}`).toEqual([])
      }
    }
  })

  // A sum asked for a project is no claim against another party.
  it.each([
    ['en', 'The school district is asking for $12 million to repair the roofs.', '$12 million'],
    ['fr', "La commune demande 3 millions d'euros pour rénover l'école.", "3 millions d'euros"],
    ['ar', 'طلبت البلدية 3 ملايين دولار لترميم المدارس.', '3 ملايين دولار'],
  ] as const)('%s: %s is no amount claimed', (lang, text, figure) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id).not.toBe('claim')
  })
})

// A fee charged per passage is a price, not what a body takes in.
describe('a fee per passage is no revenue', () => {
  it.each([
    ['en', 'The ferry company raised transit fees to $40 per car.', '$40'],
    ['fr', 'Les droits de passage atteignent 40 euros par camion.', '40 euros'],
    ['ar', 'رفعت الهيئة رسوم العبور إلى 40 دولارا للسيارة.', '40 دولارا'],
  ] as const)('%s: %s', (lang, text, figure) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id).not.toBe('revenue')
  })
})
