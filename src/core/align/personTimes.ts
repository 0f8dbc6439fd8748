import type { Concept } from './measures'

// Lengths of time a report states of people rather than of an event: the prison term a charge
// carries ("charges carrying up to 20 years in prison", "passibles de peines allant jusqu'à 20 ans
// de prison", "عقوبة قد تصل إلى السجن ٥ سنوات") and a pilot's flying hours ("8,200 flying hours",
// "8200 ساعة طيران", "6 800 heures de vol"). Without them "Maximum prison sentence" or "Captain's
// flying hours" names no measure, and an Arabic or French report's figure finds no topic.
// (Not "peine" alone: "à peine dix minutes" is barely ten; not "sentence" alone in French.)

export const PERSON_TIMES: Concept[] = [
  {
    id: 'prison-term', family: 'time', label: { en: 'prison term', ar: 'مدة العقوبة' },
    words: {
      en: ['prison', 'in prison', 'jail', 'in jail', 'prison term', 'prison sentence', 'jail term', 'sentence', 'sentences', 'punishable', 'imprisonment'],
      fr: ['prison', 'de prison', 'réclusion', 'de réclusion', 'emprisonnement', "d'emprisonnement", 'peine de', 'peines de', 'peine de prison', 'peines de prison', 'peines allant', 'passible', 'passibles', 'encourent', 'encourt'],
      ar: ['السجن', 'بالسجن', 'عقوبة', 'العقوبة', 'عقوبات', 'العقوبات', 'الحكم بالسجن'],
    },
  },
  {
    id: 'flying-hours', family: 'time', label: { en: 'flying hours', ar: 'ساعات الطيران' },
    words: {
      en: ['flying hours', 'flight hours', 'hours of flying', 'flying experience', 'flight experience', 'hours of flight time', 'flight time'],
      fr: ['heures de vol', "d'heures de vol", 'expérience de vol'],
      ar: ['ساعة طيران', 'ساعات طيران', 'ساعات الطيران', 'ساعة من الطيران', 'خبرة طيران', 'ساعة تحليق', 'ساعات التحليق'],
    },
  },
]
