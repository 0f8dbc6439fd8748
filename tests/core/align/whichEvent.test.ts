import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'

// Which event a date dates when its event is named away from it: by a pronoun for the event
// ("since their outbreak on…"), through a relative clause ("the fires that ravaged … early this
// month"), as a bound of something lasting ("…, until 1 November"), or as a day that owns a crowd
// crush ("Saturday's crowd crush"). [lang, text, the date as written, the event expected]
const CASES: [Lang, string, string, string | null][] = [
  // Its start said with a pronoun for the event named before.
  ['fr', 'Les feux de forêt ont déjà fait plus de 60 morts depuis leur déclenchement le 3 juillet.', '3 juillet', 'wildfire'],
  ['ar', 'وأودت حرائق الغابات بحياة أكثر من 60 شخصاً منذ اندلاعها في 3 يوليو.', '3 يوليو', 'wildfire'],
  ['fr', 'Les combats ont fait des centaines de morts depuis leur déclenchement en avril.', 'avril', 'war'],
  // An event, then what it did up to the date in a relative clause.
  ['fr', 'Le ministre a rencontré les rescapés des feux de forêt qui ont dévasté le nord de la province au début du mois.', 'début du mois', 'wildfire'],
  ['ar', 'والتقى الوزير الناجين من حرائق الغابات التي اجتاحت شمال الإقليم مطلع الشهر الجاري.', 'مطلع الشهر الجاري', 'wildfire'],
  ['en', 'Investigators questioned the crew of the ferry whose sinking claimed dozens of lives on Tuesday.', 'Tuesday', 'sank'],
  // A crowd crush is a disaster that struck, and a day may own it with words between.
  ['en', "The number of people killed in Sunday's stadium crowd crush rose again.", 'Sunday', 'struck'],
  ['ar', 'ارتفع عدد ضحايا التدافع الذي شهده الملعب في العاصمة مساء الأحد.', 'مساء الأحد', 'struck'],
  ['fr', 'Le bilan de la bousculade de dimanche soir au stade s’est encore alourdi.', 'dimanche soir', 'struck'],
  // Its subject after a verb of happening and the date, or the verb alone between.
  ['fr', 'Le trafic a repris sur la ligne où s’est produit lundi le déraillement.', 'lundi', 'struck'],
  ['ar', 'ووضع المشجعون الزهور أمام الملعب حيث وقع مساء السبت حادث التدافع.', 'مساء السبت', 'struck'],
  ['en', 'Dozens dead in stadium tragedy.\nFans laid flowers at the gate where the crush happened on Saturday night.', 'Saturday night', 'struck'],
  // A bound of something lasting bounds it, whatever verb of deciding stands before.
  ['fr', 'Un deuil national de quatre jours a été décrété, jusqu’au 9 mars.', 'jusqu’au 9 mars', 'mourning'],
  ['en', 'Four days of national mourning were declared, until March 9.', 'until March 9', 'mourning'],
  ['ar', 'وأعلنت الحكومة الحداد الوطني أربعة أيام، حتى التاسع من مارس.', 'حتى التاسع من مارس', 'mourning'],
  // (Not a count's day: "until Wednesday evening" after a toll says as of when it was counted.)
  ['ar', 'بلغ عدد قتلى الانفجار 140 شخصاً حتى مساء الأربعاء بحسب وزارة الصحة.', 'حتى مساء الأربعاء', null],
]

describe('which event a date dates when its event is named away from it', () => {
  it.each(CASES)('%s: %s → %s dates %s', (lang, text, figure, event) => {
    expect(measureOfFigure(lang, text, figure, { published: '2024-03-12' })?.concept?.id ?? null).toBe(event)
  })
})
