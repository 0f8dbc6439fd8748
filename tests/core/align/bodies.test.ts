import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'

// A body named in the topic's words (a regional bloc, a union) is found under its names in the
// other languages: the Arabic name, its acronym in Arabic letters, its French acronym.

describe('a body named by a topic is found in every language', () => {
  const summit = () => [topic('bloc-summit', 'Date of the ECOWAS summit', 'date')]
  it.each([
    ['ar', 'تعقد إيكواس قمة طارئة في أبوجا يوم 30 يوليو لبحث الأزمة.', 'يوم 30 يوليو'],
    ['ar', 'تعقد المجموعة الاقتصادية لدول غرب أفريقيا قمة طارئة يوم ٣٠ يوليو.', 'يوم ٣٠ يوليو'],
    ['en', 'ECOWAS leaders will hold an emergency summit on July 30 in Abuja.', 'July 30'],
    ['fr', 'La CEDEAO tiendra un sommet extraordinaire le 30 juillet à Abuja.', '30 juillet'],
  ] as const)('%s: %s', (lang, text, figure) => {
    expect(placed(source('a', lang, text), summit())['bloc-summit']).toEqual([figure])
  })
  it('a body named by its full name in Arabic stands for its English name', () => {
    const t = [topic('union-deadline', 'African Union ultimatum', 'duration')]
    expect(placed(source('a', 'ar', 'منح الاتحاد الأفريقي العسكريين مهلة 15 يوماً لإعادة الرئيس.'), t)['union-deadline']).toEqual(['15 يوماً'])
    expect(placed(source('b', 'fr', "L'Union africaine a donné un ultimatum de 15 jours à la junte."), t)['union-deadline']).toEqual(['15 jours'])
  })
  it('a summit of another body is not this one', () => {
    expect(placed(source('a', 'ar', 'يعقد الاتحاد الأوروبي قمة في بروكسل يوم 30 يوليو.'), summit())['bloc-summit']).toBeUndefined()
  })
})

describe('a country is found under its names in every language', () => {
  const mourning = () => [topic('mourning', 'National mourning in Guinea', 'duration')]
  it.each([
    ['ar', 'أعلنت غينيا حداداً وطنياً لمدة ثلاثة أيام.', 'ثلاثة أيام'],
    ['en', 'Guinea declared three days of national mourning.', 'three days'],
    ['fr', 'La Guinée a décrété un deuil national de trois jours.', 'trois jours'],
  ] as const)('%s: %s', (lang, text, figure) => {
    expect(placed(source('a', lang, text), mourning()).mourning).toEqual([figure])
  })
})
