import { countNoun, NOUNS, quote, someOf, sayAmount, sayQuantity, sayDay, sayDays } from '../quantity'
import type { Claim } from '../model'
import { bothQuoted, oneArticle, type ExplainContext } from './explain'
import type { Conversion, Reason, Revised } from './reason'
import { PLACED_WEAKLY, type WeakWhy } from './weak'
import { speakerPhrase } from './speakerName'

// The English sentence for each reason. It names the figures that drive the verdict and says
// what the verdict rests on.

export function explainEn(r: Reason, x: ExplainContext): string {
  // Figures of one article are told apart by who it quotes for each ("AFP [a], quoting the presidency").
  const quoting = oneArticle(r, x)
  const say = (id: string) => { const c = x.claim(id); return `${x.source(c, 'en')}${quoting && c.attribution?.who ? `, quoting ${speaker(c.attribution.who)}` : ''}: ${sayQuantity(c.quantity, 'en')}${converted(c, r)}${endRead(id, r)}` }
  // One origin that moved its own figure, named after the disagreement it is part of (ownRevision.ts).
  const revised = (r.code === 'no-overlap' || r.code === 'fell') && r.revised ? ` ${revisionEn(r.revised, x)}` : ''
  const aside = x.setAside.length ? ` ${capital(someOf(x.setAside.map((c) => part(c, x)), NOUNS.figure, 'en', { mid: true }))} ${x.setAside.length > 1 ? 'concern parts only and are' : 'concerns a part only and is'} not compared.` : ''
  switch (r.code) {
    case 'none': return 'No source states this figure yet.'
    case 'parts-only': return `Every figure concerns a part only: ${someOf(r.parts.map((id) => part(x.claim(id), x)), NOUNS.figure, 'en')}; none states the whole.`
    case 'one-origin': {
      const c = x.claim(r.figures[0])
      // The speaker as the first figure's source words it, else the body the figures go back to.
      const who = c.attribution?.who ? ` (all from ${speaker(c.attribution.who)})` : r.origin ? ` (all from ${r.origin})` : ''
      const outlets = r.outlets.length > 1 ? `${countNoun(r.outlets.length, NOUNS.outlet, 'en')} report it${who}, but they go back to one origin` : `Only ${x.source(c, 'en')} states it: ${someOf(uniq(r.figures.map((id) => sayQuantity(x.claim(id).quantity, 'en'))), NOUNS.figure, 'en')}`
      const self = r.selfConflict ? ` Its own figures do not agree: ${sayQuantity(x.claim(r.selfConflict[0]).quantity, 'en')} against ${sayQuantity(x.claim(r.selfConflict[1]).quantity, 'en')}.` : ''
      return `${outlets}; no independent source confirms it.${self}${aside}`
    }
    case 'duration-vs-range': {
      const d = x.claim(r.duration)
      const g = x.claim(r.range)
      return `${x.source(d, 'en')} says it lasted ${sayQuantity(d.quantity, 'en')}, but ${x.source(g, 'en')} gives ${sayQuantity(g.quantity, 'en')}, which is ${countNoun(r.rangeDays, NOUNS.day, 'en')}: both cannot be right.`
    }
    case 'ranges-differ': {
      const which = r.ends === 'both' ? 'at both ends' : r.ends === 'start' ? 'in when it began' : 'in when it ended'
      return `${say(r.a)}, but ${say(r.b)}: two complete ranges for the same event that differ ${which}.${aside}`
    }
    case 'no-overlap': {
      // One article's figures credited to two speakers disagree between them; with no speaker
      // named for one of them, the article gives both.
      const self = r.sameSource ? (bothQuoted(r.a, r.b, x) ? ' (two speakers in the same article)' : ' (both in the same article)') : ''
      // The origin as the first report words it, else the body the figures go back to.
      const who = x.claim(r.a).attribution?.who
      if (r.relayed !== undefined) return `${say(r.a)}, but ${say(r.b)}: two reports of what ${who ? speaker(who) : r.relayed ?? 'one origin'} said, which cannot both be right.${revised}${aside}`
      if (r.standing) return `${say(r.a)} on ${sayDay(r.standing[0], 'day', 'en')}, but ${say(r.b)} on ${sayDay(r.standing[1], 'day', 'en')}${self}: the figure does not change over time, so the later one is no update of the earlier, and both cannot be right.${revised}${aside}`
      if (r.moment) return `${say(r.a)}, but ${say(r.b)}${self}: both describe ${'day' in r.moment ? sayDay(r.moment.day, 'day', 'en') : 'the same occasion'} and cannot both be right.${revised}${aside}`
      return `${say(r.a)}, but ${say(r.b)}${self}: both cannot be right for the same time.${revised}${aside}`
    }
    case 'fell': return `${say(r.later)} on ${sayDay(r.to, 'day', 'en')} replaced ${say(r.earlier)} on ${sayDay(r.from, 'day', 'en')}, but a count that only adds up cannot fall: both cannot be right.${revised}${aside}`
    case 'incomparable': return `${say(r.a)} and ${say(r.b)} are in units that cannot be converted (${r.units.join(' and ')}), so a reviewer should compare them.`
    case 'ambiguous-unit': return `${say(r.a)} and ${say(r.b)} cannot be compared yet: the miles may be statute or nautical miles, so a reviewer should say which.`
    case 'forecast': return `${say(r.forecast)} is a forecast, while ${say(r.outcome)} is stated as a fact: the one does not contradict the other, so a reviewer should set them side by side.${aside}`
    case 'loose-week': return `${say(r.week)} and ${say(r.other)} do not overlap, but a week named from the report's day starts on another day in some countries, or means the last seven days: the gap may be the wording, so a reviewer should check.`
    case 'scheduled': return `${say(r.planned)}, said on ${sayDay(r.written, 'day', 'en')} while that day was still ahead, but ${say(r.held)}, told after the fact: the plan may have changed, or one report is wrong, so a reviewer should check.${aside}`
    case 'recurring': return `${say(r.a)} and ${say(r.b)} do not overlap; they may be about different events, so a reviewer should check before comparing them.`
    case 'series': {
      const pts = r.points.map((p) => `${sayQuantity(x.claim(p.claim).quantity, 'en')} ${p.from === p.to ? 'on' : 'in'} ${sayDays(p.from, p.to, 'en')} (${x.source(x.claim(p.claim), 'en')})`)
      return `The figure changes over time rather than being disputed: ${someOf(pts, NOUNS.figure, 'en')}.${aside}`
    }
    case 'bound': return `Compatible: ${say(r.bound)} gives only a bound, and ${say(r.value)} ${r.atEdge ? 'is that bound itself' : 'lies within it'}.${aside}`
    case 'within': return `They agree, one more precisely: ${say(r.fine)} lies within ${say(r.coarse)}.${aside}`
    case 'since': {
      const d = x.claim(r.since)
      return `They agree: ${say(r.day)}; ${x.source(d, 'en')} counts ${sayQuantity(d.quantity, 'en')} since it on ${sayDay(r.written, 'day', 'en')}, which fits that day.${aside}`
    }
    case 'since-apart': {
      const d = x.claim(r.since)
      return `${say(r.day)}, but ${x.source(d, 'en')} counts ${sayQuantity(d.quantity, 'en')} since it on ${sayDay(r.written, 'day', 'en')}, which points to another time: both cannot be right.${aside}`
    }
    case 'same': return `${capital(someOf(uniq(r.figures.map(say)), NOUNS.figure, 'en'))}: ${countNoun(r.origins, NOUNS.origin, 'en')} agree${x.outlets > r.origins ? ` (${countNoun(x.outlets, NOUNS.outlet, 'en')})` : ''}.${aside}`
  }
}

const uniq = (xs: string[]) => [...new Set(xs)]
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

// The part a figure concerns: the larger figure its report gives it as a part of ("20 million
// (among more than 200 million)"), else the place or operation in the source's own words, quoted,
// since they may be Arabic or French.
function part(c: Claim, x: ExplainContext): string {
  const whole = x.wholeOf?.(c.id)
  if (whole) return `${sayQuantity(c.quantity, 'en')} (among ${sayQuantity(whole.quantity, 'en')})`
  const scope = c.scopes.find((s) => s.kind !== 'time')
  return `${sayQuantity(c.quantity, 'en')}${scope ? ` (${scope.kind === 'place' ? 'at' : 'in'} ${sourceWords(scope.label)})` : ''}`
}

// "The Red Crescent itself gave 40 on 3 May and 52 on 5 May: it revised its own figure."
function revisionEn(v: Revised, x: ExplainContext): string {
  const a = x.claim(v.from)
  const b = x.claim(v.to)
  const credited = a.attribution?.who ?? b.attribution?.who
  const who = credited ? capital(speaker(credited)) : x.source(a, 'en')
  return `${who} itself gave ${sayQuantity(a.quantity, 'en')} on ${sayDay(v.days[0], 'day', 'en')} and ${sayQuantity(b.quantity, 'en')} on ${sayDay(v.days[1], 'day', 'en')}: it revised its own figure.`
}

/**
 * Words taken from a source: quoted when they are not English letters, and isolated (FSI … PDI)
 * so that Arabic words do not pull the English brackets and quotes around them out of place.
 */

// (A speaker is named without the "however" its report wrote after it: speakerName.ts.)
const speaker = (who: string) => sourceWords(speakerPhrase(who))
const sourceWords = (words: string) => (/^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(words) ? words : quote(`\u2068${words}\u2069`, 'en'))

// "18 June–1 July 2024, which begins on 18 June 2024,": a range read at the end its topic is about.
function endRead(id: string, r: Reason): string {
  const at = 'readAt' in r ? r.readAt : undefined
  const day = at?.days[id]
  return at && day ? `, which ${at.end === 'start' ? 'begins' : 'ends'} on ${sayDay(day, 'day', 'en')},` : ''
}

// "50 million euros (about 54 million US dollars at the time)".
function converted(c: Claim, r: Reason): string {
  const conv: Conversion[] = 'conversions' in r ? r.conversions : []
  const k = conv.find((x) => x.claim === c.id)
  return k ? ` (about ${sayAmount(k.amount, k.to, 'en')} at the rate of ${sayDay(`${k.month}-01`, 'month', 'en')})` : ''
}

// What placement could not find by a figure set aside for its weak placement (weak.ts).
const WEAK_EN: Record<WeakWhy, string> = {
  'measure-in-sentence': 'what it counts is named only elsewhere in its sentence',
  'entity-in-article': 'what the topic is about is named only elsewhere in its article',
  restated: 'it was placed only because another report gives the same value',
  'vague-alone': 'a vague amount that only one report gives, beside numbers that several reports state',
  outlier: 'more than ten times away from the figures the topic rests on: most likely a figure of something else',
  'outlier-date': 'years away from the dates the topic rests on: most likely the date of something else',
  'earlier-count': 'an earlier count that its report recalls beside the higher one it gives now',
}

/** The sentence that names the figures set aside for their weak placement; empty when there are none. */
export function weakEn(x: ExplainContext): string {
  const weak = x.weak ?? []
  if (!weak.length) return ''
  // Figures set aside for one reason are listed together, the reason said once.
  // (The same figure said twice in one report, headline and body, is named once.)
  const groups = [...new Set(weak.map((w) => w.why))].map((why) => ({ why, said: uniq(weak.filter((w) => w.why === why).map((w) => { const c = x.claim(w.claim); return `${x.source(c, 'en')}: ${sayQuantity(c.quantity, 'en')}` })) }))
  const items = groups.map((g) => `${someOf(g.said, NOUNS.figure, 'en')} (${WEAK_EN[g.why]})`)
  const n = groups.reduce((k, g) => k + g.said.length, 0)
  // A vague amount set aside was placed well: it is set aside for what it says, not where it stands.
  const placed = weak.every((w) => PLACED_WEAKLY.has(w.why)) ? ', placed on weak evidence,' : ''
  const lead = n === 1 ? `One figure${placed} is set aside` : `${countNoun(n, NOUNS.figure, 'en')}${placed} are set aside`
  return ` ${lead}: ${items.join('; ')}.`
}
