import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { checkText, detectLanguage, fileFormat, guessTitle, MAX_TEXT_LENGTH, titleFromFileName } from '../../../src/core/workspace'

const arabic = readFileSync('data/sources/001.txt', 'utf8')

describe('checkText', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['\u0000\u0001\u0002', 'binary'],
    ['PK\u0003\u0004 word \u0000 zip', 'binary'],
    [`text ${'\ufffd'.repeat(50)} more`, 'binary'],
  ])('refuses %j as %s', (text, code) => {
    expect(checkText(text)?.code).toBe(code)
  })

  it('accepts an article, a stray bad byte included', () => {
    expect(checkText(arabic)).toBeNull()
    expect(checkText(`${arabic}\ufffd`)).toBeNull()
  })

  it('refuses a text over the size limit, saying how big it is', () => {
    const problem = checkText('a'.repeat(MAX_TEXT_LENGTH + 1))
    expect(problem).toEqual({ code: 'too-large', length: MAX_TEXT_LENGTH + 1, max: MAX_TEXT_LENGTH })
  })

  it('accepts a 5 MB text (its speed is for the bench, not a test)', () => {
    const big = arabic.repeat(Math.ceil(5_000_000 / arabic.length))
    expect(checkText(big)).toBeNull()
  })
})

describe('detectLanguage', () => {
  it('reads Arabic, English and French', () => {
    expect(detectLanguage(arabic)).toEqual({ lang: 'ar', detected: 'arb' })
    expect(detectLanguage('The defence fair in Bamako drew buyers from across Africa and beyond, the organisers said on Monday.').lang).toBe('en')
    expect(detectLanguage('Le salon de la défense de Bamako a attiré des acheteurs de toute l’Afrique, ont déclaré les organisateurs lundi.').lang).toBe('fr')
  })

  it('names another language without taking it for one the extractor reads', () => {
    expect(detectLanguage('Die Verteidigungsmesse in Bamako zog Käufer aus ganz Afrika an, sagten die Veranstalter am Montag.')).toEqual({ lang: null, detected: 'deu' })
  })

  it('says "und" for text too short or made of numbers', () => {
    expect(detectLanguage('2025 11 24 — 50 %')).toEqual({ lang: null, detected: 'und' })
  })
})

describe('file names and titles', () => {
  it.each([
    ['article.txt', '', 'text'], ['notes.MD', '', 'markdown'], ['notes.markdown', '', 'markdown'], ['page.html', '', 'html'], ['page.HTM', '', 'html'],
    ['report.pdf', 'application/pdf', null], ['photo.jpg', 'image/jpeg', null], ['noext', 'text/plain', 'text'],
  ])('%s (%s) is read as %s', (name, mime, format) => {
    expect(fileFormat(name, mime)).toBe(format)
  })

  it('takes the first line with letters as a title, shortened at a word', () => {
    expect(guessTitle('\n\n2025\nمعرض بامكس في باماكو\nنص')).toBe('معرض بامكس في باماكو')
    const long = guessTitle(`${'كلمة '.repeat(40)}`)
    expect(long.length).toBeLessThanOrEqual(91)
    expect(long.endsWith('…')).toBe(true)
    expect(titleFromFileName('bamex_dates-2025.txt')).toBe('bamex dates 2025')
  })
})
