// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../src/ui/components/import/htmlToText'
import { readArticleFile } from '../../src/ui/components/import/readFiles'

describe('HTML to text', () => {
  it('keeps the article text, drops scripts, styles, navigation and markup, and finds the title', () => {
    const html = `<!doctype html><html><head><title> معرض  بامكس </title><style>p { color: red }</style><script>alert(1)</script></head>
      <body><nav>الرئيسية | أخبار</nav><article><h1>بامكس 2025</h1><p>أقيم المعرض من <b>18</b> إلى 21 نوفمبر.</p><p>زاره نحو 5000 شخص.<br>في باماكو.</p>
      <img src="x" onerror="alert(2)"><ul><li>أولًا</li><li>ثانيًا</li></ul></article><footer>© 2025</footer></body></html>`
    const { text, title } = htmlToText(html)
    expect(title).toBe('معرض بامكس')
    expect(text).toBe('بامكس 2025\n\nأقيم المعرض من 18 إلى 21 نوفمبر.\n\nزاره نحو 5000 شخص.\nفي باماكو.\n\nأولًا\n\nثانيًا')
    expect(text).not.toMatch(/alert|color|الرئيسية|©/)
  })

  it('reads the whole body when there is no article element, keeping the line breaks of <pre>', () => {
    expect(htmlToText('<p>one</p><pre>a  b\n c</pre>').text).toBe('one\n\na b\nc')
  })

  it('turns entities into text, and markup shown as text stays text', () => {
    expect(htmlToText('<p>&lt;script&gt;x&lt;/script&gt; &amp; 5&nbsp;%</p>').text).toBe('<script>x</script> & 5 %')
  })
})

describe('reading files', () => {
  it('reads .txt as is, strips .html, and refuses other types by name', async () => {
    expect(await readArticleFile(new File(['نص\n'], 'a.txt', { type: 'text/plain' }))).toEqual({ name: 'a.txt', text: 'نص\n', title: null })
    expect(await readArticleFile(new File(['<title>T</title><p>x</p>'], 'a.html', { type: 'text/html' }))).toEqual({ name: 'a.html', text: 'x', title: 'T' })
    expect(await readArticleFile(new File([new Uint8Array([1, 2])], 'a.pdf', { type: 'application/pdf' }))).toEqual({ name: 'a.pdf', problem: { code: 'unsupported-file', name: 'a.pdf' } })
  })

  it('reads .md without its marks, its first heading as the title; HTML inside it stays inert', async () => {
    const md = '# Floods: toll rises to 41\n\nThe **civil protection** said on [its site](https://x.example) that *41* people died.\n\n<img src=x onerror="alert(1)">\n\n- 12 in the north\n- 29 in the south\n'
    const read = await readArticleFile(new File([md], 'floods.md', { type: 'text/markdown' }))
    expect(read).toEqual({ name: 'floods.md', title: 'Floods: toll rises to 41', text: 'Floods: toll rises to 41\n\nThe civil protection said on its site that 41 people died.\n\n12 in the north\n\n29 in the south' })
  })
})
