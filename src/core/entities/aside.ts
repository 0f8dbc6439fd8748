import type { Lang, Span } from '../model'

// The newsroom's aside about a place, inside a sentence someone else speaks in: how far the place
// lies from another ("Chiva, une ville située à 30 km à l'ouest de Valence", "Hama, some 60 miles
// from the epicentre", "بجاية، التي تبعد نحو 250 كيلومتراً شرق العاصمة") or how many live there
// ("une ville de 16 000 habitants", "a town of 20,000 people", "يبلغ عدد سكانها 90 ألف نسمة").
// The speaker gave the count; the reporter placed the town on the map. (ANNOTATION.md: "a place's
// size in the newsroom's aside is null even inside an attributed sentence".)

const DISTANCE = /(?:km|kilom[eèé]t[\p{L}\p{M}]*|miles?|milles?|كيلومتر[\p{L}\p{M}]*|كلم|ميل[\p{L}\p{M}]*|أميال)$/iu
// Words that say where a place lies, right before its distance: "située à", "located", "التي تبعد".
const LOCATING: Record<Lang, RegExp> = {
  fr: /(?:situ[ée]e?s?|localis[ée]e?s?|se trouvent?|nich[ée]e?s?)\s+(?:à\s+)?$/iu,
  en: /(?:located|situated|lying|lies)\s+$/iu,
  ar: /(?:تبعد|يبعد|الواقعة|الواقع|تقع|يقع)\s+(?:على\s+بعد\s+)?$/u,
}
// What follows the distance of a place: where it is measured from ("de", "from", "من", "عن") or a point of the compass.
const FROM: Record<Lang, RegExp> = {
  fr: /^\s*(?:(?:de|du|des|au (?:nord|sud|est|ouest)|à l['’](?:est|ouest))(?![\p{L}\p{N}])|d['’])/iu,
  en: /^\s*(?:from|of|north|south|east|west|outside)(?![\p{L}\p{N}])/iu,
  ar: /^\s*(?:من|عن|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)(?![\p{L}\p{N}])/u,
}
// A place's people: the noun after its count, and the place noun before it ("une ville de", "a town of").
const POPULATION: Record<Lang, RegExp> = {
  fr: /^\s*(?:habitants|âmes)(?![\p{L}\p{N}])/iu,
  en: /^\s*(?:inhabitants|residents|people)(?![\p{L}\p{N}])/iu,
  ar: /^\s*(?:نسمة|ساكن)(?![\p{L}\p{N}])/u,
}
const PLACE_OF: Record<Lang, RegExp> = {
  fr: /(?:ville|localité|commune|bourgade|village|cité|île|agglomération|capitale|région|province|métropole)\s+(?:de\s+|d['’])(?:près de\s+|environ\s+|quelque\s+|plus de\s+)?$/iu,
  en: /(?:town|city|village|island|district|province|region|capital|community)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+)?$/iu,
  ar: /(?:سكانها|سكانه|قاطنيها)\s+(?:نحو\s+|حوالي\s+)?$/u,
}

/** Whether the figure at `span` describes a place in the newsroom's own words (its distance or its people). */
export function isPlaceAside(text: string, span: Span, lang: Lang): boolean {
  const figure = text.slice(span.start, span.end)
  const before = text.slice(Math.max(0, span.start - 40), span.start)
  const after = text.slice(span.end, span.end + 30)
  // Right after a word that places it ("située à"), or opening an apposition (", some 60 miles from").
  if (DISTANCE.test(figure) && FROM[lang].test(after)) return LOCATING[lang].test(before) || /[,،]\s*(?:à\s+)?$/u.test(before)
  return POPULATION[lang].test(after) && PLACE_OF[lang].test(before)
}
