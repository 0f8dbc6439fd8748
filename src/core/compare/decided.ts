import type { Topic } from '../model'
import { conceptById } from '../align/measureOf'
import { purchaseOrder } from './orders'

// A figure one body decides has one author, whoever announces it (relays.ts, `decided`): the
// measures the lexicon marks as decided (an aid amount, a deadline, a loan, days of mourning), and
// two it files as plain money: a fine, imposed by one body (a court, a federation, a regulator),
// and a down payment, set by whoever pays it or demands it. (Not a claim or an offer: each side of
// a negotiation states its position, and reports of it are read as any other figure.)
// A purchase order is its buyer's decision (orders.ts).
const IMPOSED = new Set(['fine', 'down-payment'])

/** Whether a topic's figures are one body's decision, by its measure or its words. */
export function decidedTopic(topic: Pick<Topic, 'kind' | 'concept'> & Partial<Pick<Topic, 'label' | 'measure'>>): boolean {
  const concept = conceptById(topic.concept)
  return !!concept?.decided || IMPOSED.has(concept?.id ?? '') || purchaseOrder(topic)
}
