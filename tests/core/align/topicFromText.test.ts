import { describe, expect, it } from 'vitest'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { QuantityKind } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// A topic from a reader's words: the measure it names must fit the kind of figure asked for.
const concept = (label: string, kind: QuantityKind, lang?: 'fr') => topicFromText({ id: 't', label, kind, lang })?.concept ?? null

describe('topicFromText: the measure fits the kind', () => {
  it('a share is a percentage topic', () => {
    expect(concept('Share of the harvest lost', 'percent')).toBe('share')
    expect(concept('نسبة المنازل المدمرة', 'percent')).toBe('share')
  })
  it('people abducted are counted', () => {
    expect(concept('Aid workers abducted', 'count')).toBe('abducted')
    expect(concept('Journalistes enlevés', 'count', 'fr')).toBe('abducted')
  })
  it('an abduction, an attack and a mourning are dated: their day is a topic of its own', () => {
    expect(concept('Date the engineers were kidnapped', 'date')).toBe('abduction')
    expect(concept('Date des enlèvements', 'date', 'fr')).toBe('abduction')
    expect(concept('تاريخ اختطاف المهندسين', 'date')).toBe('abduction')
    expect(concept('Date of the attack on the clinic', 'date')).toBe('attack')
    // (A missile strike, a barrage, a bombardment are attacks: "Date of the strike on the hospital".)
    expect(concept('Date of the strike on the clinic', 'date')).toBe('attack')
    expect(concept('Date of the missile barrage', 'date')).toBe('attack')
    expect(concept('Date des frappes sur la clinique', 'date', 'fr')).toBe('attack')
    expect(concept('تاريخ الضربة على المستوصف', 'date')).toBe('attack')
    expect(concept('تاريخ الهجوم على المستوصف', 'date')).toBe('attack')
    expect(concept('Start of the national mourning', 'date')).toBe('mourning')
    expect(concept('Length of the national mourning', 'duration')).toBe('mourning')
  })
  it('a length of time is never a distance: with no event named, no concept is read', () => {
    expect(concept('How long it went on', 'duration')).toBeNull()
    expect(concept('How long the grain was stored', 'duration')).toBe('storage')
    expect(concept('Length of the siege', 'duration')).toBe('siege')
  })
  it('a length of time reads the event its words name, as a date does', () => {
    expect(concept("Length of Halvorsen's detention", 'duration')).toBe('held')
    expect(concept('Durée de la détention de Halvorsen', 'duration', 'fr')).toBe('held')
    expect(concept('مدة احتجاز هالفورسن', 'duration')).toBe('held')
  })
  it('a topic about the rest of a place says so, in each language', () => {
    expect(topicFromText({ id: 'a', label: 'Deaths outside Derna', kind: 'count' })?.elsewhere).toBe(true)
    expect(topicFromText({ id: 'b', label: 'الوفيات خارج درنة', kind: 'count' })?.elsewhere).toBe(true)
    expect(topicFromText({ id: 'c', label: 'Death toll in Derna', kind: 'count' })?.elsewhere).toBeUndefined()
  })
  it('a disaster\'s measures beyond its toll have a concept, and the first named wins', () => {
    expect(concept('People affected by the explosion', 'count')).toBe('affected')
    expect(concept('Households affected by the explosion', 'count')).toBe('households')
    expect(concept('عدد الأسر المتضررة', 'count')).toBe('households')
    expect(concept('Villages destroyed by the quake', 'count')).toBe('localities')
    expect(concept('Manifestants à Valence', 'count', 'fr')).toBe('protesters')
    expect(concept('Wind speed of the cyclone', 'rate')).toBe('wind')
    expect(concept('Date of the emergency summit', 'date')).toBe('summit')
    expect(concept('Length of the state of emergency', 'duration')).toBe('emergency')
  })
  it('a count never takes a share', () => {
    expect(concept('Half of the houses destroyed', 'count')).toBe('buildings')
  })
})

describe('topicFromText: a narrower measure beside its wider one', () => {
  const measured = (label: string, measure: string) => topicFromText({ id: 't', label, measure, kind: 'count' })?.concept ?? null
  it('the label that names the dead and their burial means the buried', () => {
    expect(concept('Flood dead already buried', 'count')).toBe('buried')
    expect(concept('قتلى الزلزال الذين دفنوا', 'count')).toBe('buried')
  })
  it('a narrower word in the measure phrase alone does not narrow the label', () => {
    expect(measured('Confirmed dead in the ferry sinking', 'bodies recovered / confirmed dead')).toBe('killed')
  })
  it('an aside in brackets in the measure phrase names no measure of the topic', () => {
    expect(measured('People taken to hospital', 'people taken to hospital after the blast (including the 12 who died there)')).not.toBe('killed')
    expect(measured('Deaths in the hall', 'people killed inside the hall (the others died in hospital)')).toBe('killed')
  })
})

describe('topicFromText: inflected words read without their endings, never into another word', () => {
  it('"plan" is no "planes"', () => {
    expect(concept('Firms covered by the aid plan', 'count')).not.toBe('aircraft')
    expect(concept('Planes delivered', 'count')).toBe('aircraft')
    expect(concept('Drone delivered', 'count')).toBe('aircraft')
  })
})

describe('topicFromText: an estimate named in the label', () => {
  it('is a topic of projections', () => {
    expect(topicFromText({ id: 'a', label: 'Estimated total dead', kind: 'count' })?.projection).toBe(true)
    expect(topicFromText({ id: 'b', label: 'العدد المقدر للقتلى', kind: 'count' })?.projection).toBe(true)
    expect(topicFromText({ id: 'c', label: 'Nombre estimé de morts', kind: 'count', lang: 'fr' })?.projection).toBe(true)
    expect(topicFromText({ id: 'd', label: 'Confirmed dead', kind: 'count' })?.projection).toBeUndefined()
  })
})

describe('topicFromText: a topic about one people', () => {
  it("is that people's alone: the event its label names besides is no alias", () => {
    const t = topicFromText({ id: 't', label: 'Syrian dead without a Umrah visa', kind: 'count' })!
    expect(t.entity.name).toBe('Syrian')
    expect(t.entity.aliases).not.toContain('Umrah')
    expect(t.entity.aliases).toContain('سوريا')
  })
  it('reads two names a slash or a comma sets side by side as two names, not one', () => {
    const t = topicFromText({ id: 't', label: 'Deaths in Ruritania / Strelsau', kind: 'count' })!
    expect(t.entity.aliases).toEqual(expect.arrayContaining(['Ruritania', 'Strelsau']))
    expect(t.entity.aliases).not.toContain('Ruritania Strelsau')
    // (A full stop inside a name's initials is no mark between two names.)
    expect(topicFromText({ id: 'u', label: 'Aid pledged by the U.S. Treasury', kind: 'money' })!.entity.aliases).not.toContain('U')
  })
  it('keeps a second people it names', () => {
    const t = topicFromText({ id: 't', label: 'Egyptian and Sudanese survivors', kind: 'count' })!
    expect(t.entity.aliases).toEqual(expect.arrayContaining(['Egyptian', 'Sudanese']))
  })
})

describe('topicFromText: names with particles in lower case', () => {
  const entity = (label: string) => topicFromText({ id: 't', label, kind: 'count' })?.entity.name
  it('an article joined by a hyphen or a particle between capitals keeps the name whole', () => {
    expect(entity('Death toll in Wad al-Sameerah')).toBe('Wad al-Sameerah')
    expect(entity('Population of Kafr el-Tineh')).toBe('Kafr el-Tineh')
    expect(entity('Flights cancelled at Porto do Sul')).toBe('Porto do Sul')
  })
  it('a particle with no capital after it ends the name', () => {
    expect(entity('Deaths in Tinville de nuit')).toBe('Tinville')
  })
  it('a possessive is its owner, not a cue of its own', () => {
    expect(topicFromText({ id: 't', label: "Halvorsen's detention", kind: 'duration' })?.cues ?? []).not.toContain("halvorsen'")
  })
})

describe('topicFromText: the language of a label in Latin letters', () => {
  it('an English label is not read with French words ("barrage" is no dam in English)', () => {
    expect(concept('Size of the barrage', 'count')).toBeNull()
    expect(concept('Barrages détruits par la crue', 'count')).toBe('dams')
  })
  it('missiles and rockets are counted, in each language', () => {
    expect(concept('Rockets in the barrage', 'count')).toBe('missiles')
    expect(concept('Nombre de missiles tirés', 'count')).toBe('missiles')
    expect(concept('عدد الصواريخ التي أطلقت', 'count')).toBe('missiles')
  })
})

describe('topicFromText: a place named with its place noun', () => {
  it('is also its name alone, which other languages write after their own noun', () => {
    const t = topicFromText({ id: 't', label: 'Death toll in Varrow County', kind: 'count' })!
    expect(t.entity.aliases).toContain('Varrow')
    expect(topicFromText({ id: 't', label: 'Injured in Tolmeda Province', kind: 'count' })!.entity.aliases).toContain('Tolmeda')
  })
  it('and the Arabic and French reports that do so are placed there', () => {
    const topics = [topic('varrow', 'Death toll in Varrow County', 'count'), topic('all', 'Death toll across the state', 'count')]
    expect(placed(source('ar-1', 'ar', 'وانتشلت فرق الإنقاذ 43 جثة في مقاطعة فارو وحدها.'), topics).varrow).toEqual(['43'])
    expect(placed(source('fr-1', 'fr', 'Le comté de Varrow compte à lui seul 43 morts.'), topics).varrow).toEqual(['43'])
  })
})
