import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

// The Indian press counts in lakhs (100,000) and crores (10 million) and writes the rupee "Rs",
// "Rs." or "₹" before the amount; French reports on India copy the notation. Without these, "Rs 15.6
// crore" read as a bare count of 15.6.
const en = (c: Case): Case => ({ ...c, lang: 'en' })
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  en({ text: 'The state has so far paid Rs 12.4 crore to the families.', span: 'Rs 12.4 crore', kind: 'money', lo: 124e6, unit: 'INR' }),
  en({ text: 'Each bereaved family gets Rs. 5 lakh from the fund.', span: 'Rs. 5 lakh', kind: 'money', lo: 5e5, unit: 'INR' }),
  en({ text: 'The minister announced ₹2 lakh for every victim.', span: '₹2 lakh', kind: 'money', lo: 2e5, unit: 'INR' }),
  en({ text: 'The injured will receive 25,000 rupees each.', span: '25,000 rupees', kind: 'money', lo: 25000, unit: 'INR' }),
  en({ text: 'Nearly 3 lakh pilgrims were stranded.', span: 'Nearly 3 lakh', kind: 'count', lo: 3e5 }),
  fr({ text: 'Le Premier ministre a promis Rs 3 lakh à chaque famille.', span: 'Rs 3 lakh', kind: 'money', lo: 3e5, unit: 'INR' }),
  fr({ text: "L'État a déjà versé 2,5 crores de roupies aux blessés.", span: '2,5 crores de roupies', kind: 'money', lo: 25e6, unit: 'INR' }),
  fr({ text: 'Chaque blessé recevra Rs 40 000.', span: 'Rs 40 000', kind: 'money', lo: 40000, unit: 'INR' }),
]

describe('Indian amounts: lakh, crore and the rupee', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})
