import { describe } from 'vitest'
import { check } from './speakerTable'

// Verb constructions that name (or hide) who gave a figure, in the style of
// attribution-constructions.test.ts (the table of speakerTable.ts). Sentences written for these tests.

describe('a French verb with its pronoun subject hyphenated after it speaks for the speaker last named', () => check([
  ['fr', "Le maire de Tulle, Paul Roux, a indiqué que les routes étaient coupées. « Il faudra au moins 40 jours de travaux », a-t-il précisé dans un communiqué.", 'au moins 40 jours', 'Le maire de Tulle, Paul Roux'],
  ['fr', "Selon la directrice de l'hôpital Anne Roy, les urgences débordent. « Nous soignons 300 patients », estime-t-elle.", '300', "la directrice de l'hôpital Anne Roy"],
  ['fr', "« Nous soignons 300 patients », estime-t-elle.", '300', null],
]))

describe('French adverbs inside a verb of saying or after it', () => check([
  ['fr', 'Le Croissant-Rouge recense par ailleurs 85 disparus dans la vallée.', '85', 'Le Croissant-Rouge'],
  ['fr', 'La protection civile fait désormais état de 64 blessés.', '64', 'La protection civile'],
  ['fr', 'Un porte-parole affirme par ailleurs que 12 maisons ont brûlé.', '12', 'Un porte-parole'],
  ['fr', 'La préfecture a par ailleurs indiqué que 30 écoles resteront fermées.', '30', 'La préfecture'],
  // "par" with its agent is still no subject of the participle.
  ['fr', 'Les 45 blessés recensés par la mairie ont été transférés.', '45', null],
]))

describe('a name whose article is elided is a kind of speaker, events in its name or not', () => check([
  ['fr', "En Grèce, l'agence nationale de gestion des inondations (ANGI) fait état, dans son dernier bilan, de 31 morts.", '31', "l'agence nationale de gestion des inondations (ANGI)"],
]))

describe('a possessive before a kind of speaker, and a reflexive participle describing one', () => check([
  ['fr', "Son représentant pour le Sahel, Omar Diallo, a estimé lors d'un point presse que 900 familles avaient fui.", '900', 'Son représentant pour le Sahel, Omar Diallo'],
  ['fr', "Trois responsables s'exprimant sous couvert d'anonymat ont indiqué que 50 soldats avaient été blessés.", '50', "Trois responsables s'exprimant sous couvert d'anonymat"],
  ['fr', 'Selon son bilan, 40 personnes sont mortes.', '40', null],
]))

describe('records in the plural, with no body named, are nobody\'s word', () => check([
  ['fr', "D'après des bilans encore provisoires, 75 personnes sont mortes.", '75', null],
  ['fr', "D'après les bilans de la protection civile, 75 personnes sont mortes.", '75', 'la protection civile'],
]))

describe('a sum asked for is the word of who asks for it', () => check([
  ['en', 'The Red Cross launched an appeal for $12 million on Friday.', '$12 million', 'The Red Cross'],
  ['en', 'UNICEF seeks $30 million for flood-hit children', '$30 million', 'UNICEF'],
  ['en', 'The relief agency opened a $45 million appeal to feed 200,000 people.', '$45 million', 'The relief agency'],
  // (The appeal states its sum; whom it would feed, and for how long, is the outlet's account of it.)
  ['en', 'The relief agency opened a $45 million appeal to feed 200,000 people.', '200,000', null],
  ['fr', "La Croix-Rouge a lancé un appel de 5 millions d'euros pour nourrir 40 000 familles pendant trois mois.", '40 000', null],
  ['en', 'The army launched 40 raids overnight.', '40', null],
  ['fr', "La Croix-Rouge lance un appel de 5 millions d'euros", "5 millions d'euros", 'La Croix-Rouge'],
  ['fr', 'Les Nations unies ont appelé à réunir 800 millions de dollars pour la région.', '800 millions de dollars', 'Les Nations unies'],
  ['fr', "L'armée a lancé 40 frappes dans la nuit.", '40', null],
  ['ar', 'ودعت المنظمة الإقليمية للإغاثة إلى جمع 20 مليون دولار لمساعدة المتضررين.', '20 مليون دولار', 'المنظمة الإقليمية للإغاثة'],
]))

describe('a participle of estimating goes on with the speaker', () => check([
  ['fr', 'Le président du conseil régional, Marc Lenoir, a parlé de la crue. Il a visité les digues, estimant que 200 routes restaient coupées.', '200', 'Le président du conseil régional, Marc Lenoir'],
  ['en', 'The mayor, Ana Ruiz, said the town was cut off. She later toured the river banks, warning that 30 roads were still flooded.', '30', 'The mayor, Ana Ruiz'],
]))

describe('Arabic verbs of admitting and recounting say only before what was said', () => check([
  ['ar', 'وأقرّت وزارة الصحة بأن 60 شخصاً ما زالوا في عداد المفقودين.', '60', 'وزارة الصحة'],
  ['ar', 'وروى أحد الناجين أن 30 شخصاً كانوا على متن القارب.', '30', 'أحد الناجين'],
  ['ar', 'وأقرّ البرلمان ميزانية بقيمة 3 مليارات دولار.', '3 مليارات دولار', null],
]))

describe('an English sentence cut from its subject names no speaker', () => check([
  ['en', 'Officials said the river had risen. launched a flash appeal for $5 million on Friday.', '$5 million', null],
]))

describe('a sum converted in brackets is the newsroom\'s arithmetic', () => check([
  ['ar', 'وأعلن مكتب المحافظ صرف تعويض قدره 200 ألف دينار (نحو 650 دولاراً) لكل أسرة.', 'نحو 650 دولاراً', null],
  ['ar', 'وأعلن مكتب المحافظ صرف تعويض قدره 200 ألف دينار (نحو 650 دولاراً) لكل أسرة.', '200 ألف دينار', 'مكتب المحافظ'],
  ['en', 'The ministry said each family would receive 500,000 rupees (about $6,000).', 'about $6,000', null],
  ['fr', 'Le ministère a annoncé une aide de 2 millions de dirhams (environ 180 000 euros) par commune.', 'environ 180 000 euros', null],
]))

describe("a place's distance or people in the newsroom's aside is nobody's word", () => check([
  ['fr', "Selon la gendarmerie, 14 maisons ont été détruites à Vire, une ville située à une trentaine de kilomètres au sud de Caen.", 'une trentaine de kilomètres', null],
  ['fr', "Selon la gendarmerie, 14 maisons ont été détruites à Vire, une ville de 11 000 habitants.", '11 000', null],
  ['fr', "Selon la gendarmerie, 14 maisons ont été détruites à Vire, une ville de 11 000 habitants.", '14', 'la gendarmerie'],
  ['en', 'Officials reported flooding as far north as Tarso, some 40 miles from the dam.', 'some 40 miles', null],
  ['en', 'Officials said the storm hit Tarso, a town of 20,000 residents, overnight.', '20,000', null],
  ['ar', 'وأعلنت وزارة الداخلية مقتل 9 أشخاص في بلدة القصر، التي تبعد نحو 90 كيلومتراً جنوب العاصمة.', 'نحو 90 كيلومتراً', null],
  ['ar', 'وأعلنت وزارة الداخلية مقتل 9 أشخاص في بلدة القصر، التي تبعد نحو 90 كيلومتراً جنوب العاصمة.', '9', 'وزارة الداخلية'],
  // A distance the speaker gives, with no place described, stays the speaker's.
  ['en', 'The coast guard said the boat sank 30 nautical miles off the island.', '30 nautical miles', 'The coast guard'],
]))

describe('a record that names its issuer and reaches a figure is the issuer\'s word', () => check([
  ['en', "Chile's tally stands at 46 dead and 210 injured.", '46', 'Chile'],
  ['en', 'The latest toll from the civil defence rose to 63 on Friday.', '63', 'the civil defence'],
  ['en', 'The toll rose to 63 on Friday.', '63', null],
  ['en', 'Fuel prices rose to 3 dollars a litre.', '3 dollars', null],
  ['fr', 'Le bilan de la protection civile s\'élève à 63 morts.', '63', 'la protection civile'],
  ['fr', 'Le bilan s\'élève à 63 morts.', '63', null],
  ['ar', 'وارتفعت حصيلة الدفاع المدني إلى 63 قتيلا.', '63', 'الدفاع المدني'],
  ['ar', 'وبلغت الحصيلة 63 قتيلا.', '63', null],
  ['ar', 'وارتفعت أسعار الخبز إلى 3 دنانير.', '3 دنانير', null],
]))

describe('"ce dernier", "the latter": the one named last, whether or not it spoke', () => check([
  ['fr', "Le général Paul Marin a assuré que 900 soldats partiraient. Il s'exprimait aux côtés du chef d'état-major, le colonel Ali Traoré. Selon ce dernier, 282 soldats sont déjà partis.", '282', 'Ali Traoré'],
  ['fr', 'Le ministre a rencontré le maire de Lyon. Selon ce dernier, 40 écoles sont fermées.', '40', 'le maire de Lyon'],
  ['fr', 'Le préfet Jean Roux a annoncé 12 morts. Selon ce dernier, 40 écoles sont fermées.', '40', 'Le préfet Jean Roux'],
  ['en', 'The minister met the mayor, Ana Ruiz, on Monday. According to the latter, 40 schools are closed.', '40', 'Ana Ruiz'],
]))

describe('a record that reaches a figure names no issuer by what it counts', () => check([
  ['en', 'The toll of the dead rose to 63 on Friday.', '63', null],
  ['ar', 'وارتفعت حصيلة الضحايا إلى 63 قتيلا.', '63', null],
]))

describe('a record whose issuer a relative clause names, and a list as a record', () => check([
  ['fr', "L'incendie a fait 37 morts, d'après la liste des victimes que la préfecture du Var a publiée.", '37', 'la préfecture du Var'],
  ['fr', "Selon le bilan qu'a communiqué la préfecture, 12 personnes sont mortes.", '12', 'la préfecture'],
  ['en', 'The fire killed 37 people, according to a list published by the regional government.', '37', 'the regional government'],
  ['ar', 'ونشرت وزارة الصحة قائمة تضم أسماء 37 من القتلى.', '37', 'وزارة الصحة'],
]))

describe('a quotation that opens between the subject and its verb', () => check([
  ['fr', 'Les services de secours de la région « ont recensé 48 blessés », a rapporté Radio Azur.', '48', 'Les services de secours de la région'],
  ['fr', 'Les services de secours de Nice, dont dépend la vallée, « ont recensé 48 blessés », a rapporté Radio Azur.', '48', 'Les services de secours de Nice'],
  ['en', 'The regional health office “has counted 48 injured so far”, the local radio reported.', '48', 'The regional health office'],
]))

describe('initials spelled like a determiner are a body, not an article', () => check([
  ['en', 'UN says 300 killed in the floods', '300', 'UN'],
  ['en', 'Floods kill 300 in the delta, UN says', '300', 'UN'],
  ['en', 'The UN says 1,200 families have lost their homes.', '1,200', 'The UN'],
  // A determiner in small letters still makes the participle an adjective.
  ['en', 'An estimated 300 were killed in the floods.', 'An estimated 300', null],
]))

describe('an Arabic verb after "عدم" is its verbal noun, which names no speaker', () => check([
  ['ar', 'وقال مسؤول محلي لوكالة الأنباء طالبا عدم ذكر اسمه إن 25 شخصا قتلوا في القصف.', '25', 'مسؤول محلي'],
  ['ar', 'وقال ضابط طلب عدم كشف هويته إن 14 جنديا أصيبوا.', '14', 'ضابط'],
]))

describe('French "a-t-on appris auprès de X": who was asked gave the figure', () => check([
  ['fr', "Au moins 17 personnes ont été blessées, a-t-on appris auprès des pompiers.", 'Au moins 17', 'pompiers'],
  ['fr', "Le village compte 230 sinistrés, a-t-on appris auprès de la mairie.", '230', 'la mairie'],
]))

describe('an inverted name keeps the apposition that ends its sentence', () => check([
  ['en', 'At least 52 people died, said Omar Idris, a spokesman for the regional government.', 'At least 52', 'Omar Idris, a spokesman for the regional government'],
  ['fr', 'Au moins 52 personnes sont mortes, a déclaré Omar Idris, porte-parole de la préfecture.', 'Au moins 52', 'Omar Idris, porte-parole de la préfecture'],
  // A relative clause after the name is what the speaker does, not part of the name.
  ['en', 'At least 52 people died, said Omar Idris, who leads the rescue team.', 'At least 52', 'Omar Idris'],
]))
