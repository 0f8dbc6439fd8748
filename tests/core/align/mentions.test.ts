import { describe, expect, it } from 'vitest'
import { findAllMentions, mentionTable, wordsOf } from '../../../src/core/align/mentions'

// Where a name is mentioned: across scripts by skeleton, with Latin spellings of و ("w", "ou"),
// short Latin words by spelling, and the English possessive read as the name.
const found = (alias: string | string[], text: string): string[] => {
  const byKey = mentionTable([{ id: 't', aliases: typeof alias === 'string' ? [alias] : alias }])
  return (findAllMentions(wordsOf(text), byKey).get('t') ?? []).map((s) => text.slice(s.start, s.end))
}

describe('mentions of a topic’s entity', () => {
  it('finds an Arabic spelling of a Latin name written with "w" or "ou"', () => {
    expect(found('Kawthar', 'وصل النازحون إلى كوثر أمس')).toEqual(['كوثر'])
    expect(found('Oujda', 'في مدينة وجدة')).toEqual(['وجدة'])
  })
  it('reads "Rabat’s" as Rabat, and not as a longer name', () => {
    expect(found('Rabat', "Rabat's mayor spoke")).toEqual(['Rabat'])
    expect(found('Rabats', "Rabat's mayor spoke")).toEqual([])
  })
  it('a short Latin name is matched by its spelling in Latin text, by its skeleton in Arabic', () => {
    expect(found('Saudi', 'officials said on Monday')).toEqual([])
    expect(found('Saudi', 'the Saudi hospital')).toEqual(['Saudi'])
    expect(found('Saudi', 'المستشفى السعودي')).toEqual(['السعودي'])
  })
})

describe('acronyms', () => {
  it('an acronym is matched by its letters, not by a name of the same skeleton', () => {
    expect(found('Fasher', 'Les FSR ont pris la ville')).toEqual([])
    expect(found('RSF', 'The RSF took the city')).toEqual(['RSF'])
  })
})

describe('names and common words of the same skeleton', () => {
  it('a Latin word in lower case is a name only when spelt as one', () => {
    // "plus" and "Pylos" share the skeleton b-l-s; "égyptiens" is spelt as the people table spells it.
    expect(found('Pylos', 'avec plus de 300 morts au large de Pylos')).toEqual(['Pylos'])
    expect(found(['Egyptians', 'égyptiens'], 'quarante-trois rescapés égyptiens')).toEqual(['égyptiens'])
  })
  it('an Arabic word is read against an Arabic spelling when the topic gives one', () => {
    // خارج ("outside") has Greek's skeleton k-r-k; the topic spells Greece اليونان.
    expect(found(['Greek', 'اليونان'], 'قتلوا خارج المدينة')).toEqual([])
    expect(found(['Greek', 'اليونان'], 'فريق إنقاذ من اليونان')).toEqual(['اليونان'])
    // With no Arabic spelling, the Latin name is still found by its skeleton.
    expect(found('Greek', 'فريق غريك')).toEqual(['غريك'])
  })
})

describe('accents', () => {
  it.each([
    ['en', 'Tizrat', 'Rescuers reached Tízràt on Monday', 'Tízràt'],
    ['fr', 'Séverac', 'Les secours sont arrivés à Severac lundi', 'Severac'],
    ['fr', 'Béjoua', 'Dix morts à Béjoüa, selon la radio locale', 'Béjoüa'],
    ['ar', 'Béjoua', 'قتل عشرة في بِجوة أمس', 'بِجوة'],
  ] as const)('%s: a name is found with or without its accents', (_lang, alias, text, name) => {
    expect(found(alias, text)).toEqual([name])
  })
  it('a people is still read in its own spelling', () => {
    expect(found('égyptien', 'Trois Égyptiens ont été secourus')).toEqual(['Égyptiens'])
  })
})

describe('the Arabic article in Latin spellings', () => {
  it('"al", "el" and "ul" are one article, capital or not, with or without a hyphen', () => {
    expect(found('Ras El-Hekma', 'the deal for Ras al-Hekma was signed')).toEqual(['Ras al-Hekma'])
    expect(found('Ras al-Hekma', 'le projet de Ras El Hekma')).toEqual(['Ras El Hekma'])
    expect(found('El Fasher', 'fighting in al-Fasher went on')).toEqual(['al-Fasher'])
  })
  it('no other short word stands for the article', () => {
    expect(found('Ras El-Hekma', 'Ras an-Hekma')).toEqual([])
    expect(found('El Fasher', 'on Fasher')).toEqual([])
  })
})


describe('Arabic names in Latin letters with their article and endings', () => {
  // Invented village names, spelt the ways outlets spell Arabic names.
  it('a name spelt with its article as a word finds the Arabic spelling, where the article is attached', () => {
    expect(found('Wad al-Sameerah', 'هاجمت القوات قرية ود السميرة فجرا')).toEqual(['ود السميرة'])
    expect(found('Kafr el-Tineh', 'سقط قتلى في كفر التينة أمس')).toEqual(['كفر التينة'])
  })
  it('a leading "Wa" is the letter و with its vowel', () => {
    expect(found('Wad Harbi', 'وصل الجرحى إلى ود حربي')).toEqual(['ود حربي'])
  })
  it('a final "ah" is the feminine ending, which French spellings drop', () => {
    expect(found('Wad al-Sameerah', 'le village de Wad al-Sameera, dans le centre')).toEqual(['Wad al-Sameera'])
    expect(found('Wad al-Sameerah', 'le village de Wad al-Sameerah, dans le centre')).toEqual(['Wad al-Sameerah'])
  })
  it('a soft "c" (before e, i, y) is the س Arabic writes for it', () => {
    expect(found('Cimerang', 'ضرب الزلزال بلدة سيمرانغ فجرا')).toEqual(['سيمرانغ'])
    expect(found('Cimerang', 'ضرب الزلزال بلدة كيمرانغ فجرا')).toEqual(['كيمرانغ'])
  })
  it('a foreign name whose first letters read as a preposition and the article is also read whole', () => {
    expect(found('Palvenor', 'اشتعلت النيران في باليفينور ليلا')).toEqual(['باليفينور'])
    expect(found('Kalimorn', 'وصل المهاجرون إلى ميناء كاليمورن')).toEqual(['كاليمورن'])
  })
  it('the article read as no word does not make a name of its other words alone', () => {
    expect(found('Wad al-Sameerah', 'the Wad Harbi clinic')).toEqual([])
  })
})
