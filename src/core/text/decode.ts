// Bytes to text, the same way in the browser (a dropped file) and in Node (the CLI): a byte-order
// mark decides the encoding (UTF-8, UTF-16 LE or BE) and is dropped, so offsets count from the
// first character a reader sees; anything else is read as UTF-8.

const BOM = '\ufeff'

/** The encoding a byte-order mark announces, and the mark's length in bytes. */
function sniff(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 }
  return { encoding: 'utf-8', skip: 0 }
}

/** Decodes a file's bytes as text: BOM-led UTF-16 or UTF-8, else UTF-8 (bad bytes become U+FFFD, which checkText counts). */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, skip } = sniff(bytes)
  // ignoreBOM: the mark is skipped here already; a second one would be content.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip))
}

/** Text without a leading byte-order mark (a paste or an HTML file can carry one). */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text
}
