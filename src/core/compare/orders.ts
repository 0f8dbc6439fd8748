import type { Topic } from '../model'
import { foldKey } from '../text/normalize'
import { conceptById } from '../align/measureOf'

// A purchase order is its buyer's decision, as a deal's value is: the aircraft in an airline's
// order, the engines it ordered, what the order is worth. Outlets that give those figures with no
// one named relay the buyer's announcement; they count nothing of their own (relays.ts, `decided`).
// Read on the topic's own words ("Emirates' Boeing order", "787s ordered by flydubai", "la commande
// de Lufthansa", "طلبية الخطوط الجوية"), for a count or an amount of things: an order given to
// people ("ordered to evacuate", "evacuation orders") is a command, not a purchase. Orders in the
// plural ("Boeing orders at the show", "les commandes du salon", "طلبيات") are several buyers'
// decisions added up by whoever counts them: each count of them is its own.
const ORDER = new RegExp(`(?<![\\p{L}])(?:order|ordered|commande|commandée?s?|(?:[وفبل])?(?:ال)?(?:طلبيه|طلبيتها|طلبيته))(?![\\p{L}])`, 'iu')
const COMMAND = new RegExp(`(?<![\\p{L}])(?:evacuat\\p{L}*|évacu\\p{L}*|(?:[وفبل])?(?:ال)?(?:اخلاء|اجلاء))(?![\\p{L}])`, 'iu')

/** Whether a topic's words say its figures are those of a purchase order. */
export function purchaseOrder(topic: Pick<Topic, 'kind' | 'concept'> & Partial<Pick<Topic, 'label' | 'measure'>>): boolean {
  if (topic.kind !== 'count' && topic.kind !== 'money') return false
  if (conceptById(topic.concept)?.family === 'people') return false
  const words = foldKey([topic.measure, topic.label?.en, topic.label?.ar].filter(Boolean).join(' | '))
  return ORDER.test(words) && !COMMAND.test(words)
}
