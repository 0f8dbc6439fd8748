import { describe, expect, it } from 'vitest'
import { countryAliases, isCountryWord, isPeopleWord, seatOf } from '../../../src/core/entities/countries'

// A people ("the Pakistanis", "مصريون", "syriens") is told from its country ("Pakistan", "مصر",
// "Syrie"): a topic named for a people is about a part of the victims, one named for a country is not.
describe('peoples and countries', () => {
  it.each(['Pakistani', 'Pakistanis', 'Egyptians', 'مصريون', 'مصريين', 'syriens', 'égyptiens', 'Greek', 'French'])('%s names a people', (w) => {
    expect(isCountryWord(w)).toBe(true)
    expect(isPeopleWord(w)).toBe(true)
  })
  it.each(['Pakistan', 'Egypt', 'مصر', 'Syrie', 'Égypte', 'Greece', 'اليونان', 'Libye', 'ليبيا'])('%s names a country, not a people', (w) => {
    expect(isCountryWord(w)).toBe(true)
    expect(isPeopleWord(w)).toBe(false)
  })
  it('a word of no country names no people', () => expect(isPeopleWord('Pylos')).toBe(false))
})

it('an accented capital is read as its small letter ("Égyptiens" at the start of a sentence)', () => {
  expect(isPeopleWord('Égyptiens')).toBe(true)
  expect(isCountryWord('Égypte')).toBe(true)
})

// Countries of world news beyond the region's, in the three languages: a topic named "Russian
// victims" finds "ضحايا روس" and "victimes russes".
describe('countries of world news', () => {
  it.each([['Russia', 'روسيا'], ['Russian', 'russes'], ['Kenya', 'كينيا'], ['Kenyans', 'kényans'], ['Israel', 'Israël'], ['Tajik', 'طاجيك'], ['Mexico', 'Mexique'], ['Ukrainian', 'أوكرانيين']])('%s and %s are one country', (a, b) => {
    expect(countryAliases(a)).toContain(b)
  })
  it.each(['روس', 'kényans', 'Tajiks', 'israéliens'])('%s names a people', (w) => expect(isPeopleWord(w)).toBe(true))
  it.each(['Russie', 'كينيا', 'Israël', 'Kenya'])('%s names a country, not a people', (w) => expect(isPeopleWord(w)).toBe(false))
})

// Asia and the Pacific: a quake or a crush counts Thai, Burmese, Korean or Australian dead.
describe('countries of Asia and the Pacific', () => {
  it.each([['Thailand', 'Thaïlande'], ['Thai', 'تايلاند'], ['Myanmar', 'Birmanie'], ['Burma', 'ميانمار'], ['South Korea', 'Corée du Sud'], ['Norwegian', 'norvégiens'], ['Australians', 'أستراليا']])('%s and %s are one country', (a, b) => {
    expect(countryAliases(a)).toContain(b)
  })
  it.each(['Thai', 'birmans', 'sud-coréens', 'norvégienne', 'australiens'])('%s names a people', (w) => expect(isPeopleWord(w)).toBe(true))
  it.each(['Thaïlande', 'ميانمار', 'Norway'])('%s names a country, not a people', (w) => expect(isPeopleWord(w)).toBe(false))
})

// A seat of government or a capital stands for its country, with Arabic prefixes attached.
describe('seatOf', () => {
  it.each([['Moscow', 'Russia'], ['Kremlin', 'Russia'], ['بموسكو', 'Russia'], ['Kyiv', 'Ukraine'], ['كييف', 'Ukraine'], ['Téhéran', 'Iran'], ['والخرطوم', 'Sudan'], ['Bangkok', 'Thailand'], ['Beyrouth', 'Lebanon'], ['Séoul', 'South Korea']])('%s → %s', (w, country) => {
    expect(seatOf(w)).toBe(country)
  })
  // A city another country shares a name with (Tripoli), or a country's own name, is no seat.
  // (سيول is also "floods": Seoul is read in Latin script only; "Korea" alone is either Korea.)
  it.each(['Tripoli', 'طرابلس', 'Derna', 'Libya', 'عمان', 'السيول', 'سيول'])('%s is none', (w) => expect(seatOf(w)).toBeNull())
})

// The passengers of a crash or the victims of a crush abroad come from everywhere: "Portuguese
// nationals on board" finds "برتغاليين" and "portugais", and "Colombian veterans" "كولومبيين".
describe('countries of Europe, the Americas and Africa beyond the region', () => {
  it.each([['Portuguese', 'برتغاليين'], ['Portuguese', 'portugais'], ['Colombians', 'كولومبي'], ['Britons', 'بريطانيا'], ['Irish', 'Irlande'], ['Romanian', 'roumains'], ['Ivorian', 'ساحل العاج'], ['Macedonian', 'مقدونيا الشمالية']])('%s and %s are one country', (a, b) => {
    expect(countryAliases(a)).toContain(b)
  })
  it.each(['Portuguese', 'Britons', 'Colombian', 'Ghanaians', 'Lithuanian', 'sud-africains'])('%s names a people', (w) => expect(isPeopleWord(w)).toBe(true))
  // (An Arabic name that begins a longer word is left out: Beirut is no Peru, Kobani no Cuba.)
  it.each(['بيروت', 'كوباني', 'المجرم'])('%s names no country', (w) => expect(isCountryWord(w)).toBe(false))
})
