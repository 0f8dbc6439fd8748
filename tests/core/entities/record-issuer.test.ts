import { describe } from 'vitest'
import { check } from './speakerTable'

// Figures credited to a record ("figures", "data", "chiffres", "أرقام") speak for the body that
// issued it, named after the record or before it; a place or an event beside a toll is what it
// counts, never who issued it. Sentences written for these tests.

describe('the body named after a record and the word that says who issued it', () => check([
  ['en', 'According to figures from the interior ministry, 1,240 families have been moved to shelters.', '1,240', 'the interior ministry'],
  ['en', 'Data from the World Bank put the damage at $3.1 billion.', '$3.1 billion', 'the World Bank'],
  ['fr', "Selon les chiffres de la protection civile, 86 habitations ont été détruites.", '86', 'la protection civile'],
  ['fr', "D'après les données de l'OMS, 19 hôpitaux ne fonctionnent plus.", '19', "l'OMS"],
  ['ar', 'وبحسب أرقام وزارة الداخلية، نُقلت 1240 أسرة إلى مراكز الإيواء.', '1240', 'وزارة الداخلية'],
  ['ar', 'ووفق إحصاءات منظمة الصحة العالمية، توقف 19 مستشفى عن العمل.', '19', 'منظمة الصحة العالمية'],
]))

describe('a body named before the record it issued, initials included', () => check([
  ['en', 'According to UN figures, 640,000 people have fled the fighting.', '640,000', 'UN'],
  ['en', 'According to WHO figures, 19 hospitals are out of service.', '19', 'WHO'],
  ['en', 'According to interior ministry figures, 1,240 families have been moved to shelters.', '1,240', 'interior ministry'],
  ['en', 'UN data showed that 52 schools had been damaged.', '52', 'UN'],
]))

describe('a place or an event beside a toll is what it counts, not who issued it', () => check([
  ['en', 'The death toll from the floods in Pakistan rose to 210 on Thursday.', '210', null],
  ['en', 'Lagos bridge collapse death toll climbs to 27', '27', null],
  ['fr', 'Le bilan des inondations au Pakistan est passé à 210 morts jeudi.', '210', null],
]))

describe('a plural "show" speaks for the record that is its subject, not for what is seen', () => check([
  ['en', 'Red Cross figures show 2,700 people still unaccounted for.', '2,700', 'Red Cross'],
  ['en', 'Provincial health ministry statistics show 96 cholera deaths since March.', '96', 'Provincial health ministry'],
  ['en', 'Satellite images show 400 buildings flattened along the coast.', '400', null],
]))
