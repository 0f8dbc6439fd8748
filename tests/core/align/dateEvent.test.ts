import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { measuresOf } from '../../../src/core/align/measureOf'
import { isElapsed } from '../../../src/core/align/elapsed'
import { framesSentence } from '../../../src/core/align/dateEvent'
import type { Lang } from '../../../src/core/model'

// Which event a date (or a time elapsed) dates, read with every figure of its text as a source
// gives them: [lang, text, the figure as written, the event expected (null when it dates none)].
const CASES: [Lang, string, string, string | null][] = [
  // A date that frames its sentence dates the sentence's event, whatever count stands between.
  ['fr', 'Jeudi, trois infirmiers ont été enlevés près du dispensaire.', 'Jeudi', 'abduction'],
  ['en', 'On Thursday, four aid workers were kidnapped near the clinic.', 'Thursday', 'abduction'],
  ['ar', 'ويوم الخميس، اختطف مسلحون ثلاثة ممرضين قرب المستوصف.', 'يوم الخميس', 'abduction'],
  ['fr', 'Dans la nuit de samedi à dimanche, les deux digues du fleuve ont cédé.', 'de samedi à dimanche', 'struck'],
  // So does a date right after its event's verb, with the verb's object between.
  ['ar', 'ارتفع عدد ضحايا الزلزال الذي هزّ عدة قرى مساء السبت إلى 300 قتيل.', 'مساء السبت', 'struck'],
  // So does a date set off between commas inside the clause it dates.
  ['ar', 'وفي سياق آخر، ضربت هزة ارتدادية بلغت قوتها 4.1 درجات، الخميس، قرى قريبة من مركز الزلزال.', 'الخميس', 'aftershock'],
  ['en', 'A strong aftershock of magnitude 4.1 shook, on Thursday, villages near the epicentre of the earthquake.', 'Thursday', 'aftershock'],
  // (Not the words after it past a figure: they are another doing's.)
  ['ar', 'قرر رئيس الحكومة، اليوم الثلاثاء، تخصيص 3 مليارات دينار لإعمار الأحياء التي اجتاحتها السيول.', 'اليوم الثلاثاء', null],
  // A count between them still keeps a date that does neither from the word.
  ['en', 'The storm left 300 dead across the coast, and rescuers reached the valley on Friday.', 'Friday', null],
  // An event named after the date as the point of what follows is no event of that date.
  ['en', 'The images show the harbour before the storm, on 2 July, and after the flood, on 14 September.', '2 July', null],
  ['fr', 'Le ministre est arrivé lundi, après les inondations qui ont ravagé la ville.', 'lundi', null],
  ['ar', 'وصل الوزير يوم الاثنين بعد الفيضانات التي اجتاحت المدينة.', 'يوم الاثنين', null],
  // A date in a clause joined by "and" dates that clause's doing, not an event of the clause before.
  ['fr', 'L’archipel ravagé par le cyclone reçoit des renforts, et le président doit s’y rendre jeudi.', 'jeudi', null],
  // (The minister's visit is an event of its own: visit.)
  ['en', 'Rescuers pulled survivors from the collapsed mall, and the minister visited the site on Friday.', 'Friday', 'visit'],
  ['ar', 'اجتاحت السيول المدينة، فيما وصل الوزير يوم الخميس.', 'يوم الخميس', null],
  ['en', 'The dam collapsed on Friday, and rescuers arrived two days later.', 'Friday', 'struck'],
  // A date that is the complement of the event's noun dates it…
  ['en', 'Sanctions followed the coup of 30 August.', '30 August', 'coup'],
  ['fr', 'Les sanctions ont suivi le coup d’État du 30 août.', '30 août', 'coup'],
  ['ar', 'أعلن المجلس الذي يحكم البلاد منذ انقلاب الصيف الماضي، يوم الثلاثاء، تشكيل حكومة جديدة.', 'الصيف الماضي', 'coup'],
  // … and a noun that stands for the story's event without naming it is the event the article opens with.
  // A day's toll is the toll of the story's event that day.
  ['en', 'Hundreds of pagers exploded across the country.\nTuesday’s death toll was unchanged at nine, the minister said.', 'Tuesday', 'explosion'],
  // An accident named as the story's event, when the article's lead names no event, is a disaster that struck.
  ['en', 'Rail services resumed on the line.\nMore than 900 people were hurt in the March 4 crash near the junction.', 'March 4', 'struck'],
  ['fr', 'Le trafic a repris sur la ligne.\nPlus de 900 personnes ont été blessées dans l’accident du 4 mars près de la gare.', '4 mars', 'struck'],
  ['ar', 'استئناف حركة القطارات على الخط.\nأصيب أكثر من 900 شخص في حادث 4 مارس قرب المحطة.', '4 مارس', 'struck'],
  // So do the story's dead said to have died on a day: their day is the day of the event that killed them.
  ['en', 'Police broke up protests against the tax bill in the capital.\nThe commission said most of the deaths occurred last Tuesday, when the vote was held.', 'last Tuesday', 'protest'],
  ['fr', 'Manifestations contre la loi de finances dans la capitale.\nSelon la commission, la plupart des décès sont survenus mardi, jour du vote.', 'mardi', 'protest'],
  ['ar', 'احتجاجات على قانون الضرائب في العاصمة.\nوقالت اللجنة إن معظم الوفيات وقعت يوم الثلاثاء، يوم التصويت.', 'يوم الثلاثاء', 'protest'],
  ['ar', 'احتجاجات على قانون الضرائب في العاصمة.\nووقعت معظم الوفيات يوم الثلاثاء، يوم التصويت.', 'يوم الثلاثاء', 'protest'],
  ['fr', 'Explosion dans un dépôt de carburant de la capitale.\nLe port restait fermé après le drame survenu dans la nuit de samedi à dimanche.', 'de samedi à dimanche', 'explosion'],
  ['ar', 'انفجارات متزامنة في الضاحية.\nأما موجة الثلاثاء، التي طالت أجهزة الاتصال، فقد أودت بحياة 9 أشخاص.', 'الثلاثاء', 'explosion'],
  ['fr', 'Explosions en série dans la capitale.\nLa vague de mardi a fait neuf morts.', 'mardi', 'explosion'],
  // Taking power is a coup, whoever took it.
  ['ar', 'بدأت القطيعة مع استيلاء الضباط على السلطة في 30 أغسطس الماضي.', '30 أغسطس الماضي', 'coup'],
  ['en', 'The crisis began when the rebels took full power on 30 August.', '30 August', 'coup'],
  // A day named as the event's day.
  ['en', 'In a televised address on Saturday, the governor declared Monday a day of mourning.', 'Monday', 'mourning'],
  ['fr', 'Le gouverneur a décrété lundi journée de deuil dans toute la province.', 'lundi', 'mourning'],
  // Gunmen storming a place or opening fire is an attack.
  ['en', 'Gunmen stormed the stadium on Friday night, the police said.', 'Friday night', 'attack'],
  ['fr', 'Les secours sont arrivés après la fusillade du 3 mai.', '3 mai', 'attack'],
  // A day of the wounded dates the event named before it: here the attack on the staff.
  ['en', 'The town had been under siege for months. Aid agencies said their staff had been targeted. Two drivers were wounded on Monday.', 'Monday', 'attack'],
  // A statement's day is the day of what it reports as done…
  ['en', 'The militia had said on Saturday that it had captured the airport.', 'Saturday', 'captured'],
  ['fr', 'La milice a annoncé samedi avoir pris le contrôle de l’aéroport.', 'samedi', 'captured'],
  ['ar', 'وكانت الميليشيا قد أعلنت، يوم السبت، سيطرتها على المطار.', 'يوم السبت', 'captured'],
  // … not of what it announces for later, nor of what its words only mention.
  ['en', 'The president announced on Saturday that the troops would leave the country.', 'Saturday', 'announced'],
  ['ar', 'أعلن الرئيس يوم السبت أن القوات ستغادر البلاد قبل نهاية العام.', 'يوم السبت', 'announced'],
  ['ar', 'قال الهلال الأحمر، يوم الأحد، إن ضحايا الفيضانات تجاوزوا الألف.', 'يوم الأحد', 'announced'],
  ['fr', 'Le ministère a assuré dimanche avoir pris en charge 400 blessés.', 'dimanche', 'announced'],
  // A time since the event dates it, when the event is named or stands for the story's own.
  ['en', 'A week has passed since the explosion at the depot.', 'A week', 'explosion'],
  ['fr', 'Séisme dans les montagnes.\nDix jours après le drame, les secours cherchent encore.', 'Dix jours', 'struck'],
  ['ar', 'انقلاب في العاصمة.\nوقالت الصحيفة إن أسئلة كثيرة تبقى بعد أربعة أيام على بدء الأحداث.', 'أربعة أيام', 'coup'],
  // A time since counts from the event named right after "after", "since", "على", an announcement too.
  ['en', 'Two weeks after the president announced the pull-out, the first column left the capital.', 'Two weeks', 'announced'],
  ['fr', 'Trois jours après l’annonce du retrait, un premier convoi a quitté la capitale.', 'Trois jours', 'announced'],
  ['ar', 'وبعد أسبوعين من إعلان الانسحاب، غادرت أول قافلة العاصمة.', 'أسبوعين', 'announced'],
  // A time since that frames its sentence, or that a sentence points back with, dates that event.
  ['fr', 'Il y a deux semaines, jour pour jour, la tempête s’abattait sur la côte.', 'deux semaines', 'struck'],
  ['en', 'A month ago, to the day, the storm tore through the coast.', 'A month', 'struck'],
  ['ar', 'قبل شهر، ضربت العاصفة الساحل الشرقي.', 'شهر', 'struck'],
  ['fr', 'Le chalutier a chaviré au large.\nC’était il y a trois jours, dans la nuit de lundi à mardi.', 'trois jours', 'sank'],
  // Words of the event beyond its plainest noun: detonations, a siege under way.
  ['en', 'Officials said Wednesday’s detonations were stronger than the first wave.', 'Wednesday', 'explosion'],
  ['fr', 'La détonation de mardi a été entendue à des kilomètres.', 'mardi', 'explosion'],
  ['ar', 'أسفرت التفجيرات يوم الثلاثاء عن مقتل 12 شخصا.', 'يوم الثلاثاء', 'explosion'],
  ['en', 'The militia took the town after besieging it since May 2024.', 'since May 2024', 'siege'],
  // Holding the president is the coup, in every language ("احتجاز الرئيس").
  ['en', 'The general addressed the nation three days after his guards detained the president.', 'three days', 'coup'],
  ['fr', 'Le général s’est adressé à la nation trois jours après que ses gardes ont séquestré le président.', 'trois jours', 'coup'],
  // (A time that only lasts dates nothing.)
  ['en', 'The talks lasted four days.', 'four days', null],
]

describe('measuresOf: the event a date dates', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, figure, event) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id ?? null).toBe(event)
  })
})

describe('measuresOf: a time since read as surely as its clause', () => {
  it.each([
    ['fr', 'Il y a deux semaines, jour pour jour, la tempête s’abattait sur la côte.', 'deux semaines'],
    ['fr', 'Le chalutier a chaviré au large.\nC’était il y a trois jours, dans la nuit de lundi à mardi.', 'trois jours'],
  ] as const)('%s: %s', (lang, text, figure) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2025-11-10', window: null })
    const c = claims.find((x) => x.text === figure)!
    expect(measuresOf(claims, text, lang).get(c.id)?.strength).toBe(2)
  })
})

describe('isElapsed: a time counted since something', () => {
  const at = (text: string, figure: string) => ({ span: { start: text.indexOf(figure), end: text.indexOf(figure) + figure.length } })
  it.each([
    ['Il y a un mois, la crue emportait le pont.', 'un mois', true],
    ['Une semaine s’est écoulée depuis le naufrage.', 'Une semaine', true],
    ['Three weeks have passed since the quake.', 'Three weeks', true],
    ['مرّ أسبوعان على الكارثة.', 'أسبوعان', true],
    ['وبعد يومين من الانفجار عاد السكان.', 'يومين', true],
    ['Le deuil durera trois jours.', 'trois jours', false],
    ['The siege lasted 18 months.', '18 months', false],
  ] as const)('%s', (text, figure, elapsed) => {
    expect(isElapsed(at(text, figure), text)).toBe(elapsed)
  })
})

describe('framesSentence: a date that opens its sentence', () => {
  const of = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length })
  const whole = (text: string) => ({ start: 0, end: text.length })
  it('frames the sentence when a comma follows it and at most a few words precede it', () => {
    const t = 'Fin août, elles avaient donné 48 heures au diplomate.'
    expect(framesSentence(of(t, 'Fin août'), t, whole(t))).toBe(true)
  })
  it('does not when it stands inside the clause', () => {
    const t = 'Rescuers reached the valley on Friday, after the storm.'
    expect(framesSentence(of(t, 'Friday'), t, whole(t))).toBe(false)
  })
})
