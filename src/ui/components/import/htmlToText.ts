// HTML reduced to its text with the browser's DOMParser: the parsed document is inert (no script
// runs, nothing loads); scripts, styles and other non-text elements are dropped, block elements
// become line breaks, and the result is plain text — never put back into the page as HTML.

const DROP = 'script, style, noscript, template, iframe, object, embed, svg, math, canvas, video, audio, picture, img, form, button, select, nav, aside, footer, header[role="banner"]'
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL'])

/** The text of an HTML document and its title (the <title>, else the first <h1>). */
export function htmlToText(html: string): { text: string; title: string | null } {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const title = clean(doc.querySelector('title')?.textContent ?? '') || clean(doc.querySelector('h1')?.textContent ?? '') || null
  doc.querySelectorAll(DROP).forEach((n) => n.remove())
  // The article itself when the page marks it and it holds most of the text.
  const body = doc.body ?? doc.documentElement
  const article = doc.querySelector('article') ?? doc.querySelector('main')
  const root = article && (article.textContent ?? '').trim().length >= 0.4 * (body.textContent ?? '').trim().length ? article : body
  const parts: string[] = []
  walk(root, parts, false)
  const text = parts.join('')
    .split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { text, title }
}

function walk(node: Node, out: string[], pre: boolean) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const s = child.textContent ?? ''
      out.push(pre ? s : s.replace(/\s+/g, ' '))
    } else if (child.nodeType === 1) {
      const el = child as Element
      if (el.tagName === 'BR') { out.push('\n'); continue }
      const block = BLOCK.has(el.tagName)
      if (block) out.push('\n\n')
      if (el.tagName === 'TD' || el.tagName === 'TH') out.push(' ')
      walk(el, out, pre || el.tagName === 'PRE')
      if (block) out.push('\n\n')
    }
  }
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}
