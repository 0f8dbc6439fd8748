import { describe, expect, it } from 'vitest'
import { quoteText } from '../../../src/core/export/quote'

const at = (text: string, sentence: string, figure: string) => {
  const s = text.indexOf(sentence)
  return quoteText(text, { start: s, end: s + sentence.length }, { start: text.indexOf(figure), end: text.indexOf(figure) + figure.length })
}

describe('the quote of a figure', () => {
  it('leaves out a section heading the sentence splitter joined to the sentence', () => {
    const text = 'مقدمة المقال.\nنقص حاد في المياه\nأفاد مسؤولون محليون بأن 40 قرية بقيت بلا مياه صالحة للشرب.'
    const sentence = 'نقص حاد في المياه\nأفاد مسؤولون محليون بأن 40 قرية بقيت بلا مياه صالحة للشرب.'
    expect(at(text, sentence, '40 قرية')).toBe('أفاد مسؤولون محليون بأن 40 قرية بقيت بلا مياه صالحة للشرب.')
  })

  it('keeps a sentence broken across lines whole, and joins its lines', () => {
    const text = 'وقال المتحدث، في\nمؤتمره الصحفي، إن الفيضان أغرق 300 منزل.'
    expect(at(text, text, '300 منزل')).toBe('وقال المتحدث، في مؤتمره الصحفي، إن الفيضان أغرق 300 منزل.')
    const en = 'Officials said the storm, which reached the coast in\nthe night, destroyed 120 homes.'
    expect(at(en, en, '120 homes')).toBe('Officials said the storm, which reached the coast in the night, destroyed 120 homes.')
  })

  it('keeps the heading when the figure is in it', () => {
    const text = 'معرض الكتاب 2024\nافتتح المعرض أبوابه أمس.'
    expect(at(text, text, '2024')).toBe('معرض الكتاب 2024 افتتح المعرض أبوابه أمس.')
  })

  it('leaves out an English heading too', () => {
    const text = 'Water shortage\nThe ministry said 15 wells had run dry by Friday.'
    expect(at(text, text, '15 wells')).toBe('The ministry said 15 wells had run dry by Friday.')
  })
})
