// @vitest-environment jsdom
// A dropped file is decoded as the CLI decodes it: a byte-order mark picks UTF-16 or UTF-8 and is
// dropped; the text is then what the reader sees, and offsets count from its first letter.
import { describe, expect, it } from 'vitest'
import { readArticleFile } from '../../../src/ui/components/import/readFiles'

const TEXT = 'تسلم الجيش 12 مروحية جديدة في مارس.'
const file = (bytes: Uint8Array<ArrayBuffer>, name = 'a.txt') => new File([bytes], name, { type: 'text/plain' })
const utf16le = (s: string) => { const b = new Uint8Array(2 + s.length * 2); b.set([0xff, 0xfe]); for (let i = 0; i < s.length; i++) { b[2 + 2 * i] = s.charCodeAt(i) & 0xff; b[3 + 2 * i] = s.charCodeAt(i) >> 8 } return b }

describe('readArticleFile', () => {
  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    const le = utf16le(TEXT)
    const be = new Uint8Array(le.length)
    for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]; be[i + 1] = le[i] }
    expect(await readArticleFile(file(le))).toEqual({ name: 'a.txt', text: TEXT, title: null })
    expect(await readArticleFile(file(be))).toEqual({ name: 'a.txt', text: TEXT, title: null })
  })

  it('drops a UTF-8 byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])
    const read = await readArticleFile(file(bytes))
    expect(read).toEqual({ name: 'a.txt', text: TEXT, title: null })
  })

  it('reads UTF-16 HTML too, then strips it to text', async () => {
    const read = await readArticleFile(file(utf16le(`<html><head><title>Helicopters</title></head><body><p>${TEXT}</p></body></html>`), 'a.html'))
    expect(read).toMatchObject({ text: expect.stringContaining(TEXT), title: 'Helicopters' })
  })
})
