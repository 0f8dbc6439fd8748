import { describe, expect, it } from 'vitest'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'

// Events named by other words than the concept lists' own: a crowd crush is a disaster that
// struck, a march or a rally is a protest's day,
// hostilities are a war's. [lang, text, the date as written, the event expected]
const CASES: [Lang, string, string, string | null][] = [
  ['fr', 'Les syndicats appellent à une nouvelle marche, pacifique, jeudi 14 mars, en mémoire des victimes.', 'jeudi 14 mars', 'protest'],
  ['ar', 'ودعت النقابات المواطنين إلى التظاهر سلمياً من جديد يوم الخميس.', 'يوم الخميس', 'protest'],
  ['en', 'Opposition leaders called a rally on Thursday in memory of the victims.', 'Thursday', 'protest'],
  ['fr', 'Le bilan de la journée de mobilisation du mardi 12 mars ne cesse de s’alourdir.', 'mardi 12 mars', 'protest'],
  ['en', 'The strikes were the deadliest since hostilities began last October.', 'last October', 'war'],
  ['fr', 'Ces frappes sont les plus meurtrières depuis le début des hostilités en octobre.', 'octobre', 'war'],
  ['ar', 'وهي الضربات الأعنف منذ بدء الأعمال العدائية في أكتوبر.', 'أكتوبر', 'war'],
  // A crowd crush is a disaster that struck.
  ['fr', 'Dimanche soir, 80 supporters ont péri dans un mouvement de foule à l’entrée du stade.', 'Dimanche soir', 'struck'],
  ['en', 'On Sunday night, 80 fans died in a stampede at the stadium gates.', 'Sunday night', 'struck'],
  ['ar', 'ومساء الأحد، لقي 80 مشجعاً حتفهم في التدافع عند مدخل الملعب.', 'مساء الأحد', 'struck'],
  // So is a train running into another.
  ['en', 'The night express ran into a goods train near the junction on Friday evening.', 'Friday evening', 'struck'],
  ['fr', 'Vendredi soir, le train de nuit est entré en collision avec un convoi de marchandises près de la gare.', 'Vendredi soir', 'struck'],
  ['ar', 'واصطدم قطار الركاب بقطار شحن قرب المحطة مساء الجمعة.', 'مساء الجمعة', 'struck'],
  // A detention's end.
  ['fr', 'Pour quatre des suspects, cette détention court jusqu’au 30 avril.', 'jusqu’au 30 avril', 'detention'],
  ['en', 'For four of the suspects, the detention runs until April 30, the prosecutor said.', 'until April 30', 'detention'],
  ['ar', 'وقررت المحكمة تمديد الحبس الاحتياطي لأربعة من المشتبه بهم حتى 30 أبريل.', 'حتى 30 أبريل', 'detention'],
  // A shutdown of the internet, dated apart from the protests.
  ['en', 'Internet and text message services in Velmora have been down since Thursday.', 'since Thursday', 'internet'],
  ['fr', 'Depuis jeudi, la coupure d’internet isole Velmora du reste du monde.', 'Depuis jeudi', 'internet'],
  ['ar', 'وأعيدت خدمة الإنترنت في فيلمورا مساء الثلاثاء.', 'مساء الثلاثاء', 'internet'],
  // (The month is no march: a ship that ran aground on 23 March.)
  ['en', 'The container ship ran aground in the canal on 23 March.', '23 March', 'aground'],
]

describe('events named by other words', () => {
  it.each(CASES)('%s: %s → %s dates %s', (lang, text, figure, event) => {
    expect(measureOfFigure(lang, text, figure, { published: '2024-03-12' })?.concept?.id ?? null).toBe(event)
  })
})

describe('a date topic named for a march', () => {
  it.each([
    ['Memorial march of Thursday 14 March', 'protest'],
    ['Date of the march', 'protest'],
    // (A month with its day names no march.)
    ['Date the ship ran aground on 23 March', 'aground'],
    ['Start of the hostilities', 'war'],
    ['End of pre-trial detention', 'detention'],
  ])('%s → %s', (label, concept) => {
    expect(topicFromText({ id: 't', label, kind: 'date' })?.concept).toBe(concept)
  })
})
