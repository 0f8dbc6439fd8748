import type { Concept } from './measures'

// Measures every disaster story reports beyond its toll, and that a reader names a topic by: the
// land a fire burned, the people left without power, a town's population, the injured still in
// hospital, the DNA samples given, the staff sent, the crowd that
// gathered. Read in Arabic, English and French as the three presses write them ("the fire burned
// 2,100 acres", "11 000 hectares partis en fumée", "التهمت النيران 500 هكتار"; "2,000 customers
// without power", "privées d'électricité", "انقطع التيار الكهربائي عن"; "ville de 13 000
// habitants", "يقطنها 13 ألف نسمة").

export const AFTERMATH_CONCEPTS: Concept[] = [
  {
    // Land burned or flooded, in acres, hectares, square kilometres, dunams or feddans. Named by a
    // figure's own noun or unit only: "the affected area", "في المنطقة" say where, not how much.
    id: 'area', countedOnly: true, family: 'area', label: { en: 'area', ar: 'المساحة' },
    words: {
      ar: ['مساحة', 'المساحة', 'مساحات', 'هكتار', 'هكتارا', 'هكتارات', 'الهكتارات', 'فدان', 'فدانا', 'أفدنة', 'دونم', 'دونما', 'دونمات', 'كيلومتر مربع', 'كيلومترات مربعة', 'كلم مربع'],
      en: ['area', 'acres', 'acre', 'hectares', 'hectare', 'square kilometres', 'square kilometers', 'square miles', 'burn area', 'burned area', 'burnt area', 'area burned', 'land burned'],
      fr: ['superficie', 'surface', 'surfaces', 'hectares', 'hectare', 'kilomètres carrés', 'acres', 'surface brûlée', 'superficie brûlée'],
    },
  },
  {
    // People, homes or customers cut off from electricity ("2,000 remain without power", "près de 2000
    // personnes privées d'électricité", "انقطع التيار الكهربائي عن 600 ألف مشترك").
    id: 'outage', befalls: ['households', 'buildings', 'businesses'], family: 'people', label: { en: 'people without power', ar: 'المحرومون من الكهرباء' },
    words: {
      ar: ['بدون كهرباء', 'دون كهرباء', 'بلا كهرباء', 'من دون كهرباء', 'انقطاع الكهرباء', 'انقطاع التيار', 'انقطاع التيار الكهربائي', 'انقطعت الكهرباء', 'انقطع التيار', 'انقطع التيار الكهربائي', 'انقطاعات الكهرباء', 'محرومين من الكهرباء', 'المحرومين من الكهرباء'],
      en: ['without power', 'without electricity', 'power outage', 'power outages', 'power cut', 'power cuts', 'blackout', 'blackouts', 'lost power', 'no power', 'no electricity', 'in the dark'],
      fr: ["privées d'électricité", "privés d'électricité", "privé d'électricité", 'sans électricité', 'sans courant', 'privés de courant', 'privées de courant', 'coupure de courant', 'coupures de courant', "coupure d'électricité", "coupures d'électricité", "panne d'électricité", "pannes d'électricité", 'dans le noir'],
    },
  },
  {
    // Who lives in a place ("a town of 13,000 inhabitants", "ville de 13 000 habitants", "يقطنها 13
    // ألف نسمة"): a group, so "3 000 habitants évacués" counts the displaced. (Not "residents",
    // "السكان": "9,000 residents, half of them children, were trapped" count what befell them.)
    id: 'population', group: true, family: 'people', label: { en: 'population', ar: 'عدد السكان' },
    words: {
      ar: ['نسمة', 'سكانها', 'سكانه', 'عدد سكان', 'عدد السكان', 'قاطن', 'قاطنين', 'يقطنها', 'يقطنه', 'تعداد'],
      en: ['population', 'inhabitants', 'home to', 'populated'],
      fr: ['habitants', 'population', 'âmes', 'peuplée'],
    },
  },
  {
    // The injured still in hospital ("200 are still being treated", "382 sont toujours soignées à
    // l'hôpital", "260 آخرون يتلقون الرعاية الطبية"): some of the injured. (Not "being treated"
    // alone: "4,000 were being treated for injuries" are all the injured.)
    id: 'hospitalised', partOf: 'injured', family: 'people', label: { en: 'people in hospital', ar: 'من يرقدون في المستشفيات' },
    words: {
      ar: ['يتلقون العلاج', 'يتلقون الرعاية', 'يتلقى العلاج', 'يتلقون الرعاية الطبية', 'في المستشفى', 'بالمستشفى', 'يرقدون', 'يرقد', 'منومين', 'المنومين', 'في العناية المركزة', 'بالعناية المركزة', 'العناية المركزة', 'العناية الفائقة'],
      en: ['hospitalised', 'hospitalized', 'in hospital', 'still being treated', 'still receiving treatment', 'still in hospital', 'remain admitted', 'remained admitted', 'in hospitals', 'remain in hospital', 'remained in hospital', 'remain in hospitals', 'remained in hospitals', 'in intensive care', 'intensive care unit', 'intensive care', 'icu', 'hospitalisation', 'hospitalization'],
      fr: ['hospitalisés', 'hospitalisées', 'hospitalisé', 'hospitalisée', 'toujours à l’hôpital', "toujours à l'hôpital", "encore à l'hôpital", 'toujours soignés', 'toujours soignées', 'en soins intensifs', 'en réanimation', 'soins intensifs', 'réanimation', 'hospitalisation'],
    },
  },
  {
    // DNA samples given to identify the dead ("41 DNA samples", "41 échantillons d'ADN", "41 عينة من الحمض النووي").
    id: 'samples', countedOnly: true, family: 'other', label: { en: 'DNA samples', ar: 'عينات الحمض النووي' },
    words: {
      ar: ['عينة', 'عينات', 'العينات', 'الحمض النووي', 'عينات الحمض النووي'],
      en: ['samples', 'sample', 'dna samples', 'dna', 'dna profiles', 'swabs'],
      fr: ['échantillons', 'échantillon', 'prélèvements', 'adn'],
    },
  },
  {
    // Civilian staff sent by a government ("1,000 federal personnel", "plus de 1000 fonctionnaires
    // fédéraux mobilisés", "ألف موظف اتحادي"): a kind of the personnel deployed.
    id: 'staff', group: true, countedOnly: true, broader: 'troops', family: 'people', label: { en: 'staff deployed', ar: 'الموظفون المنتشرون' },
    words: {
      ar: ['موظف', 'موظفا', 'موظفين', 'الموظفين', 'موظفون', 'الموظفون'],
      en: ['staff', 'staffers', 'employees', 'federal workers', 'federal personnel', 'federal staff', 'civil servants'],
      fr: ['fonctionnaires', 'agents', 'employés', 'salariés', 'membres du personnel'],
    },
  },
  {
    // Traffic, a road, a port or a service working again ("rail traffic resumed 51 hours after the
    // crash", "le trafic a repris", "استؤنفت حركة القطارات"): the time it took, counted from the
    // disaster. (A length of time, not an event: "trains run again near the line where the crash
    // happened on Friday" dates the crash.)
    id: 'resumed', family: 'time', label: { en: 'time until traffic resumed', ar: 'المدة حتى استئناف الحركة' },
    words: {
      ar: ['استئناف', 'استؤنفت', 'استؤنف', 'استأنفت', 'استأنف', 'أعيد فتح', 'إعادة فتح', 'أعيد افتتاح', 'عودة حركة', 'عادت حركة', 'إعادة تشغيل', 'أعيد تشغيل'],
      en: ['resumed', 'resumption', 'reopened', 'reopening', 'ran again', 'running again', 'back in service', 'restored'],
      fr: ['repris', 'reprise', 'rétabli', 'rétablie', 'rétablissement', 'rouvert', 'rouverte', 'réouverture', 'circulent de nouveau', 'circulent à nouveau', 'circulent de nouveau'],
    },
  },
  {
    // The injured who left hospital ("51 were treated and sent home", "127 ont pu rentrer chez
    // elles", "أكثر من 900 مصاب غادروا المستشفيات"): the other part of the injured.
    id: 'discharged', partOf: 'injured', family: 'people', label: { en: 'people discharged from hospital', ar: 'من غادروا المستشفيات' },
    words: {
      ar: ['غادروا المستشفى', 'غادروا المستشفيات', 'غادر المستشفى', 'خرجوا من المستشفى', 'خرجوا من المستشفيات', 'غادروا المستشفيات بعد تلقي العلاج', 'سمح لهم بالمغادرة'],
      en: ['discharged', 'sent home', 'released from hospital', 'left hospital', 'left hospitals', 'left the hospital', 'allowed to go home', 'allowed home'],
      fr: ['sortis de l’hôpital', "sortis de l'hôpital", 'ont quitté l’hôpital', "ont quitté l'hôpital", 'rentrer chez elles', 'rentrer chez eux', 'rentrés chez eux', 'autorisés à rentrer', 'ont pu regagner leur domicile'],
    },
  },
  {
    // Farm animals lost ("719,000 head of livestock died", "plus de 700 000 têtes de bétail", "719
    // ألف رأس من الماشية نفقت"): a family of their own, so "Livestock killed" counts animals, not people.
    id: 'livestock', family: 'animals', label: { en: 'livestock', ar: 'الماشية' },
    words: {
      ar: ['ماشية', 'الماشية', 'رأس من الماشية', 'رأس ماشية', 'رؤوس الماشية', 'مواش', 'مواشي', 'المواشي', 'أغنام', 'الأغنام', 'أبقار', 'الأبقار', 'حيوان', 'حيوانات', 'الحيوانات', 'رأس غنم', 'دواب', 'نفقت', 'نفوق'],
      en: ['livestock', 'head of livestock', 'head of cattle', 'cattle', 'animals', 'sheep', 'goats', 'cows', 'buffaloes', 'poultry', 'farm animals'],
      fr: ['bétail', 'têtes de bétail', 'cheptel', 'animaux', 'bêtes', 'bovins', 'ovins', 'caprins', 'moutons', 'chèvres', 'vaches', 'volailles'],
    },
  },
  {
    // Bridges counted ("390 bridges were damaged", "390 ponts endommagés", "٣٩٠ جسراً"): a count of
    // structures, named by a figure's own noun ("on the bridge" says where).
    id: 'bridges', countedOnly: true, family: 'buildings', label: { en: 'bridges', ar: 'الجسور' },
    words: {
      ar: ['جسر', 'جسرا', 'جسور', 'الجسور', 'جسرين', 'قنطرة', 'قناطر', 'القناطر'],
      en: ['bridges', 'bridge', 'footbridges'],
      fr: ['ponts', 'pont', 'passerelles', 'ouvrages d’art', "ouvrages d'art"],
    },
  },
  {
    // Roads measured by their length ("12,000 km of roads", "12 000 kilomètres de routes", "١٢ ألف
    // كيلومتر من الطرق"): a length, and a count of roads when no unit is given. (A narrower length:
    // "70 km" alone stays a distance; a part of the lengths a report gives, never a boat's length.)
    id: 'roads', countedOnly: true, partOf: 'length', family: 'distance', label: { en: 'roads', ar: 'الطرق' },
    words: {
      ar: ['طرق', 'الطرق', 'طرقات', 'الطرقات', 'طريق', 'شبكة الطرق', 'الطرق المعبدة'],
      en: ['roads', 'road', 'highways', 'motorways', 'road network', 'railway track', 'railway tracks', 'railways'],
      fr: ['routes', 'route', 'voies', 'autoroutes', 'réseau routier', 'voies ferrées', 'voie ferrée'],
    },
  },
  {
    // How high water rose or stands ("the river crested at 5.3 metres", "l'eau est montée de 2,5
    // mètres", "منسوب المياه بلغ 5 أمتار"): a length, read by the words of a rise or a level. (Not
    // "crue": it names the flood, dated as the disaster.)
    // (A part of the lengths a report gives: a rise of 10 metres is no distance from a town.)
    id: 'water-level', fixed: true, unitOnly: true, partOf: 'distance', family: 'distance', label: { en: 'water level', ar: 'منسوب المياه' },
    words: {
      // (Not the verbs a toll rises by, "had risen to 4,544", "le bilan est monté à", "ارتفاع الحصيلة":
      // a count's words are read around a unit-less figure too.)
      ar: ['منسوب', 'منسوب المياه', 'مستوى المياه', 'مستوى النهر', 'ارتفاع المياه', 'ارتفاع مياه', 'ارتفاع منسوب', 'ارتفع منسوب', 'ارتفعت المياه'],
      en: ['water level', 'water levels', 'river level', 'level', 'levels', 'crested', 'crest', 'height'],
      fr: ['niveau', "niveau de l'eau", 'niveau des eaux', 'montée', 'montées', 'hauteur', 'cote', 'culminé'],
    },
  },
]
