import { describe, expect, it } from 'vitest'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { Lang, QuantityKind } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'

// The measures a disaster story reports beyond its toll, read from a reader's words for a topic
// and from a figure's clause, in Arabic, English and French (sentences written for these tests).
const topicConcept = (label: string, kind: QuantityKind, lang?: Lang) => topicFromText({ id: 't', label, kind, lang })?.concept ?? null
const read = (lang: Lang, text: string, figure: string) => measureOfFigure(lang, text, figure)?.concept?.id ?? null

describe('a topic names the measure of its head noun, not of its modifiers', () => {
  it.each([
    ['Area burned', 'count', 'area'],
    ['Land burned by the Ridgeway fire', 'count', 'area'],
    ['Superficie brûlée', 'count', 'area'],
    ['المساحة التي التهمتها النيران', 'count', 'area'],
    ['People with serious burns', 'count', 'injured'],
    ['Burn injuries', 'count', 'injured'],
    ['المصابون بحروق', 'count', 'injured'],
    ['Population of Carsville', 'count', 'population'],
    ['Nombre d’habitants de Carsville', 'count', 'population'],
    ['عدد سكان المدينة', 'count', 'population'],
    ['Federal personnel on the ground', 'count', 'staff'],
    ['Fonctionnaires mobilisés', 'count', 'staff'],
    ['People without electricity', 'count', 'outage'],
    ['Foyers privés d’électricité', 'count', 'outage'],
    ['المشتركون بدون كهرباء', 'count', 'outage'],
    ['DNA samples from relatives', 'count', 'samples'],
    ['Injured still in hospital', 'count', 'hospitalised'],
    ['Blessés toujours hospitalisés', 'count', 'hospitalised'],
    ['Crowd at the festival', 'count', 'audience'],
    ['Structures destroyed', 'count', 'buildings'],
    ['Homes without power', 'count', 'outage'],
    ['Time until trains ran again', 'duration', 'resumed'],
  ] as const)('"%s" (%s) → %s', (label, kind, want) => {
    expect(topicConcept(label, kind, /[àâçéèêîôûù’]|Nombre|Superficie|Foyers|Fonctionnaires|Blessés/u.test(label) ? 'fr' : undefined)).toBe(want)
  })
  it('people expected at a venue are an audience, not a projection', () => {
    const t = (label: string, measure: string, lang?: Lang) => topicFromText({ id: 't', label, measure, kind: 'count', lang })
    expect(t('Festival audience', 'people expected at the sold-out festival')?.projection).toBeUndefined()
    expect(t('Spectateurs du concert', 'spectateurs attendus au concert', 'fr')?.projection).toBeUndefined()
    expect(t('جمهور الحفل', 'عدد المتوقع حضورهم في الحفل')?.projection).toBeUndefined()
    expect(t('Expected final death toll', 'the number of dead officials expect in the end')?.projection).toBe(true)
    expect(t('Bilan final', 'nombre de morts attendu à terme', 'fr')?.projection).toBe(true)
  })
  it('a part said not to be reached is no topic of the part', () => {
    expect(topicConcept('Injured not in hospital', 'count')).toBe('injured')
  })
  it('a cost is the damage only when nothing says of what', () => {
    expect(topicConcept('Cost of rebuilding Carsville', 'money')).toBe('reconstruction')
    expect(topicConcept('Coût de la reconstruction', 'money', 'fr')).toBe('reconstruction')
    expect(topicConcept('كلفة إعادة الإعمار', 'money')).toBe('reconstruction')
    expect(topicConcept('Damage across the island', 'money')).toBe('damage')
    expect(topicConcept('Cost of the storm', 'money')).toBe('damage')
  })
  it('the people of a topic are not its population when something befell them', () => {
    expect(topicConcept('Inhabitants evacuated', 'count')).toBe('displaced')
    expect(topicConcept('Habitants évacués', 'count', 'fr')).toBe('displaced')
  })
})

describe('a figure reads the same measure in all three languages', () => {
  it.each([
    // Land burned, in the unit each press uses.
    ['en', 'The blaze has burned more than 3,400 acres of forest since Sunday.', 'more than 3,400 acres', 'area'],
    ['en', 'Firefighters said 1,200 hectares had burned overnight.', '1,200 hectares', 'area'],
    ['fr', 'Le feu a déjà parcouru 1 200 hectares de pinède.', '1 200 hectares', 'area'],
    ['ar', 'التهمت النيران 1200 هكتار من الغابات.', '1200 هكتار', 'area'],
    // People without power.
    ['en', 'About 4,500 customers were still without power on Monday.', 'About 4,500', 'outage'],
    ['fr', 'Quelque 4 500 foyers restaient privés d’électricité lundi.', 'Quelque 4 500', 'outage'],
    ['ar', 'انقطع التيار الكهربائي عن 4500 منزل في المنطقة.', '4500', 'outage'],
    ['en', 'Some 4,500 homes were left without power after the storm.', 'Some 4,500', 'outage'],
    // (Homes the storm destroyed are still buildings: no outage is said of them.)
    ['en', 'Some 4,500 homes were destroyed by the storm.', 'Some 4,500', 'buildings'],
    // A town's population.
    ['en', 'Carsville, a town of 9,000 inhabitants, was almost entirely destroyed.', '9,000', 'population'],
    ['fr', 'Carsville, une bourgade de 9 000 habitants, a été presque entièrement détruite.', '9 000', 'population'],
    ['ar', 'دُمّرت كارسفيل التي يقطنها 9 آلاف نسمة بالكامل تقريباً.', '9 آلاف', 'population'],
    // The injured still in hospital.
    ['en', 'Of the injured, 75 remain in hospital.', '75', 'hospitalised'],
    ['fr', 'Parmi les blessés, 75 sont toujours hospitalisés.', '75', 'hospitalised'],
    ['ar', 'ولا يزال 75 جريحاً يرقدون في المستشفى.', '75', 'hospitalised'],
    ['en', 'Twelve were moved to the intensive care unit overnight.', 'Twelve', 'hospitalised'],
    ['fr', 'Douze patients ont été placés en soins intensifs.', 'Douze', 'hospitalised'],
    ['ar', 'نُقل 12 مصاباً إلى العناية المركزة.', '12', 'hospitalised'],
    // The injured who left hospital.
    ['en', 'At least 40 people were treated and sent home.', 'At least 40', 'discharged'],
    ['fr', 'Sur les 300 blessés, 210 ont pu rentrer chez eux.', '210', 'discharged'],
    ['ar', 'وقالت الوزارة إن 210 مصابين غادروا المستشفيات بعد تلقي العلاج.', '210', 'discharged'],
    // People in serious condition are injured (how seriously is a facet of their topic).
    ['en', 'Doctors said 21 people were in critical condition.', '21', 'injured'],
    ['fr', 'Vingt et une personnes se trouvent dans un état critique.', 'Vingt et une', 'injured'],
    ['ar', 'ولا يزال 21 شخصاً في حالة حرجة.', '21', 'injured'],
    // Nationalities counted are countries.
    ['en', 'The dead include 31 foreigners of 12 nationalities.', '12', 'countries'],
    ['fr', 'Parmi les morts figurent 31 étrangers de 12 nationalités.', '12', 'countries'],
    ['ar', 'وبين القتلى 31 أجنبياً من 12 جنسية.', '12', 'countries'],
    // A percentage no word names is a share.
    ['fr', 'Dans l’archipel, un habitant sur quatre vit dans un logement précaire.', 'un habitant sur quatre', 'share'],
    ['en', 'The state will cover 100% of the emergency spending of the towns.', '100%', 'share'],
    ['ar', 'ستتحمل الدولة 100% من النفقات العاجلة للبلديات.', '100%', 'share'],
    // Staff deployed.
    ['en', 'More than 600 federal staff have been deployed to the island.', 'More than 600', 'staff'],
    ['fr', 'Plus de 600 fonctionnaires ont été dépêchés sur l’île.', 'Plus de 600', 'staff'],
    ['ar', 'أُرسل أكثر من 600 موظف إلى الجزيرة.', 'أكثر من 600', 'staff'],
    // Samples given to identify the dead.
    ['en', 'Relatives have provided 57 DNA samples so far.', '57', 'samples'],
    ['fr', 'Les familles ont fourni 57 échantillons d’ADN.', '57', 'samples'],
    ['ar', 'قدّم الأقارب 57 عينة من الحمض النووي.', '57', 'samples'],
    // A crowd gathered for a festivity.
    ['en', 'Some 80,000 revellers had gathered in the old town.', 'Some 80,000', 'audience'],
    ['fr', 'Quelque 80 000 fêtards s’étaient rassemblés dans la vieille ville.', 'Quelque 80 000', 'audience'],
    ['ar', 'توافد نحو 80 ألف محتفل على البلدة القديمة.', 'نحو 80 ألف', 'audience'],
    // Burns are injuries.
    ['en', 'At least 14 people suffered severe burns.', 'At least 14', 'injured'],
    ['ar', 'أصيب 14 شخصاً بحروق بالغة.', '14', 'injured'],
    // Litres per square metre are rain that fell.
    ['fr', 'Il est tombé 320 litres d’eau par m2 sur la commune en six heures.', '320 litres', 'rain'],
    ['en', 'Up to 320 litres per square metre fell on the valley.', 'Up to 320 litres', 'rain'],
    ['ar', 'سقط 320 لتراً في المتر المربع على البلدة خلال ست ساعات.', '320 لتراً', 'rain'],
    // (Rain in inches, in Arabic too, with the singular noun of rain: "8 بوصات من المطر".)
    ['ar', 'تلقت البلدة نحو 8 بوصات من المطر في ليلة واحدة.', 'نحو 8 بوصات', 'rain'],
    // Structures are buildings.
    ['en', 'Nearly 900 structures were damaged or destroyed.', 'Nearly 900', 'buildings'],
  ] as const)('%s: %s → "%s" %s', (lang, text, figure, want) => {
    expect(read(lang, text, figure)).toBe(want)
  })
  it('the time until traffic ran again, not the day of the crash', () => {
    expect(read('en', 'Rail traffic resumed 40 hours after the derailment, the operator said.', '40 hours')).toBe('resumed')
    expect(read('fr', 'Le trafic a repris 40 heures après le déraillement.', '40 heures')).toBe('resumed')
    expect(read('ar', 'واستؤنفت حركة القطارات بعد 40 ساعة من الحادث.', '40 ساعة')).toBe('resumed')
    expect(measureOfFigure('fr', 'Les trains circulent de nouveau sur la ligne où le déraillement s’est produit vendredi.', 'vendredi')?.concept?.id).not.toBe('resumed')
  })
  it('people treated for injuries or taken to hospital are the injured, not those still there', () => {
    expect(read('en', 'Almost 3,000 people were being treated for injuries.', 'Almost 3,000')).toBe('injured')
    expect(read('fr', 'Plus de 300 blessés ont été conduits à l’hôpital de la ville.', 'Plus de 300')).toBe('injured')
  })
  it('people something befell are counted for it, not as a population', () => {
    expect(read('fr', 'Environ 3 000 habitants ont été évacués.', 'Environ 3 000')).toBe('displaced')
    expect(read('en', 'Some 2,000 inhabitants were evacuated overnight.', 'Some 2,000')).toBe('displaced')
  })
  it('a cost said of a rebuilding is its reconstruction, of the damage its damage', () => {
    expect(read('en', 'Rebuilding the town would cost about $2.1 billion, officials said.', 'about $2.1 billion')).toBe('reconstruction')
    expect(read('fr', 'La facture de la reconstruction atteindrait 2,1 milliards de dollars.', '2,1 milliards de dollars')).toBe('reconstruction')
    expect(read('ar', 'قُدّرت الأضرار في أنحاء الجزيرة بنحو 3 مليارات دولار.', 'نحو 3 مليارات دولار')).toBe('damage')
  })
})

describe('a name in brackets says whose count or the wider place, not what the topic is about', () => {
  it.each([
    ['Deaths at Karvo (Dellin province)', 'Karvo'],
    ['Deaths in Portvale (RHRC)', 'Portvale'],
    ['Morts à Karvo (province de Dellin)', 'Karvo'],
  ])('%s → %s', (label, name) => {
    expect(topicFromText({ id: 't', label, kind: 'count', lang: /Morts/.test(label) ? 'fr' : undefined })?.entity.name).toBe(name)
  })
  it('a label whose only name is in brackets keeps it', () => {
    expect(topicFromText({ id: 't', label: 'Deaths counted by the commission (RHRC)', kind: 'count' })?.entity.name).toBe('RHRC')
  })
})
