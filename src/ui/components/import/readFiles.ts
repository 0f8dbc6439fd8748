// Reading dropped or chosen files as article text: plain text as is, HTML through DOMParser,
// Markdown through its HTML, anything else refused by name. Decoding is the core's (a byte-order mark picks UTF-16 or UTF-8
// and is dropped, else UTF-8), the same as the CLI's; a file that is not text shows up as binary.
import { decodeText, fileFormat, type TextProblem } from '../../../core/workspace'
import { marked } from 'marked'
import { htmlToText } from './htmlToText'

export type ReadFile = { name: string; text: string; title: string | null } | { name: string; problem: TextProblem }

export async function readArticleFile(file: File): Promise<ReadFile> {
  const format = fileFormat(file.name, file.type)
  if (!format) return { name: file.name, problem: { code: 'unsupported-file', name: file.name } }
  const raw = decodeText(new Uint8Array(await file.arrayBuffer()))
  if (format === 'html' || format === 'markdown') {
    // Markdown is read through its HTML (marked): its marks (#, **, links) are not the article's
    // words, and its first heading is the title.
    const { text, title } = htmlToText(format === 'markdown' ? await marked.parse(raw, { gfm: true }) : raw)
    return { name: file.name, text, title }
  }
  return { name: file.name, text: raw, title: null }
}
