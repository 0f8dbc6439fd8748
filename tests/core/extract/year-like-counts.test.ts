import { describe, expect, it } from 'vitest'
import { extract, type Case } from './helpers'

// Four digits that could be a year count something when the noun they count follows them: in
// Arabic the accusative a count of eleven or more takes ("أجلت 1995 شخصاً"), in English a plural
// without an s ("1995 people"). A year keeps its preposition or stands before no such noun.
// Sentences written for these tests.

describe('year-like numbers that count', () => {
  it.each([
    ['ar', 'أفادت هيئة الطوارئ بأن فرقها أجلت 1995 شخصاً من القرى التي غمرتها المياه.', '1995'],
    ['ar', 'وقُتل 2011 مدنياً منذ بداية العام بحسب المرصد.', '2011'],
    ['en', 'Rescue teams evacuated 1995 people from the flooded villages.', '1995'],
  ] as [Case['lang'], string, string][])('%s: %s', (lang, text, figure) => {
    const c = extract(text, '2023-06-08', lang).find((x) => x.text === figure)
    expect(c?.quantity).toEqual(expect.objectContaining({ kind: 'count', lo: Number(figure), hi: Number(figure) }))
  })

  it.each([
    ['ar', 'وفي عام 1995 شهدت المنطقة فيضانات مماثلة.', 'عام 1995'],
    ['ar', 'وقّعت صفقة 2016 عندما كان الوزير في منصبه.', '2016'],
    ['en', 'In 1995 people still remembered the last flood.', 'In 1995'],
  ] as [Case['lang'], string, string][])('%s: %s stays a year', (lang, text, figure) => {
    const c = extract(text, '2023-06-08', lang).find((x) => x.text === figure)
    expect(c?.quantity.kind).toBe('date')
  })
})
