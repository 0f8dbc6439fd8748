import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'

// Numbers in English text that are not figures: clock times, phone numbers, ids, page furniture,
// model and edition names, ordinals, and numbers that count nothing.
const NOT_FIGURES: [string, string][] = [
  ['The quake struck at 11:11 pm on Friday.', '11:11 pm'],
  ['It struck at 2211 GMT.', '2211'],
  ['Updated 5:43am', '5:43'],
  ['Updated At: Sep 12, 2023 07:40 AM', '07:40'],
  ["Call the embassy's number: 0030-6943850188 for help.", '0030-6943850188'],
  ['Hotline: +218 91 123 4567', '+218 91 123 4567'],
  // A number to call counts nothing.
  ['Residents in danger should dial 112 at once.', '112'],
  ['The helpline 3114 is open day and night.', '3114'],
  ['Its emergency number: 1016 takes calls from the flooded districts.', '1016'],
  ['Story ID 48372619 was filed late.', '48372619'],
  ['3 min read', '3'],
  ['245 shares', '245'],
  ['Reading time: 4 minutes', '4 minutes'],
  ['A C-130 aircraft joined the search.', 'C-130'],
  ['They flew an Airbus A320 to the capital.', 'A320'],
  ['F-16 jets flew over the city.', 'F-16'],
  ['Covid-19 cases rose.', 'Covid-19'],
  ['The outlet Alalam24 reported the toll.', 'Alalam24'],
  ['The 6th Infantry Division surrendered.', '6th'],
  ["Benghazi, Libya's second city, was hit.", 'second'],
  ['It was the first official admission.', 'first'],
  ['Gemmayzeh, one of the districts worst hit, was cordoned off.', 'one'],
  ['The facility was the only one still offering care.', 'one'],
  ['No one was hurt.', 'one'],
  ['Delegates met at COP28 in Dubai.', 'COP28'],
  ['Leaders gathered at the G20 summit.', 'G20'],
  ['The council passed Resolution 2719 on Friday.', '2719'],
  ['He spoke on France 2 television.', '2'],
  ['King Mohammed VI declared mourning.', 'VI'],
  ['The valley splits the city in two.', 'two'],
  ['Prices rose three times as fast.', 'three'],
  ['Researchers flagged a second possible mass killing.', 'a second'],
  ['Delegates met at the ISC 2024 conference.', '2024'],
  ['1. Aid convoys', '1.'],
  ['The talks began at 10 a.m. in Geneva.', '10 a.m.'],
  ['The vote closes at 5 pm.', '5 pm'],
  ['3 min read', '3 min'],
  ['It was a months-long siege.', 'a months'],
  ['A weeks-long standoff ended.', 'A weeks'],
  ['They prayed in a centuries-old mosque.', 'a centuries'],
  ['A whole village turned out.', 'A whole'],
  ['He took a full-time job.', 'a full'],
]

describe('English negative cases: what must not be extracted', () => {
  it.each(NOT_FIGURES)('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    const claims = extract(text, '2025-11-28', 'en')
    const overlapping = claims.filter((c) => c.span.start < at + word.length && c.span.end > at)
    expect(overlapping.map((c) => c.text)).toEqual([])
  })

  it('reads "one … in three days" as a time, not a share', () => {
    const claims = extract('One person died in three days.', '2025-11-28', 'en')
    expect(claims.filter((c) => c.quantity.kind === 'percent')).toEqual([])
    expect(claims.find((c) => c.quantity.kind === 'duration')?.text).toBe('three days')
  })

  it('reads the date around a clock time, and nothing of the time', () => {
    expect(extract('It struck at 11:11 pm (2211 GMT) on Friday.', '2025-11-28', 'en').map((c) => c.text)).toEqual(['Friday'])
  })
})
