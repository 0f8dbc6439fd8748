import { describe, it } from 'vitest'
import { expectCase, type Case } from '../helpers'

// Every Arabic case runs twice: as written (Western digits) and with Arabic-Indic digits (٠-٩),
// as many Gulf and Egyptian outlets print them. The expected span follows the text.
const INDIC = '٠١٢٣٤٥٦٧٨٩'
export const toIndic = (s: string) => s.replace(/[0-9]/g, (d) => INDIC[Number(d)])

/** A table of cases, each checked in both scripts of digits. */
export function inBothScripts(title: string, cases: Case[]): void {
  describe(title, () => {
    it.each(cases)('$text → $span', (c) => expectCase(c))
    const indic = cases.filter((c) => /[0-9]/.test(c.text)).map((c) => ({ ...c, text: toIndic(c.text), span: toIndic(c.span) }))
    if (indic.length) it.each(indic)('$text → $span', (c) => expectCase(c))
  })
}
