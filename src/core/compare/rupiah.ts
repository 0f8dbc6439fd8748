import type { Claim } from '../model'
import { WORD_END, WORD_START } from '../text/words'

// "Roupies", "روبية" and a bare "rupees" name the Indonesian rupiah as well as the rupees of India
// and its neighbours; the extraction reads them as Indian rupees. In a topic whose other amounts are
// written in rupiah ("50 million rupiah", "Rp50m"), an amount in rupees that does not say it is
// Indian is that same currency, written with the older word: reading it as another currency would
// make one payment two (or send it to a reviewer as units that cannot be converted).
// (Word edges by Unicode letters: a regex \b is ASCII-only and sees none beside an Arabic letter.)
const INDIAN = new RegExp(`(?:india|indienne|indien|هندي|هندية|₹|${WORD_START}(?:Rs|INR)${WORD_END})`, 'iu')

/** The topic's figures with rupees read as rupiah where the topic's amounts are in rupiah. */
export function rupeesAsRupiah(cs: Claim[]): Claim[] {
  if (!cs.some((c) => c.quantity.unit === 'IDR') || !cs.some((c) => c.quantity.unit === 'INR')) return cs
  return cs.map((c) => (c.quantity.unit === 'INR' && !INDIAN.test(c.text) ? { ...c, quantity: { ...c.quantity, unit: 'IDR' } } : c))
}
