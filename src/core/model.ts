// The domain types shared by the core, the UI and the CLI. Every offset is in UTF-16 code units.
import type { Reason } from './compare/reason'
import type { WeakFigure } from './compare/weak'

/** A language the product reads (ISO 639-1). */
export type Lang = 'ar' | 'en' | 'fr'

/** What sort of text a source is. */
export type SourceKind = 'news' | 'analysis' | 'translation'

/** A window of possible publication dates, inclusive ISO days, and how it was inferred. */
export interface DateWindow { from: string; to: string; how: string }

/** One article: its full text and what is known of where it came from. */
export interface Source {
  id: string
  title: string
  lang: Lang
  /** The outlet as far as the text names it, or null. */
  outlet: string | null
  /** Who relayed or translated it (e.g. "Arabi21 (translation of Le Monde)"), or null. */
  via: string | null
  /** Id of another source in the corpus this one relays, when known. */
  relays?: string | null
  kind: SourceKind
  /** Exact publication day (ISO), when known. */
  published: string | null
  /** Otherwise a window of possible days. */
  window: DateWindow | null
  url?: string | null
  /** The article text exactly as given. */
  text: string
  /** Where it came from: the embedded corpus (read-only) or the user's import. */
  origin: 'embedded' | 'imported'
  /** The title, outlet, via and date reasoning in other languages, when the corpus gives them. */
  localized?: Partial<Record<Lang, SourceWords>>
}

/** A source without its text: what lists, columns and charts read (the text is fetched where it is shown). */
export type SourceMeta = Omit<Source, 'text'>

/** What a corpus says about a source in one language. */
export interface SourceWords { title?: string; outlet?: string; via?: string; how?: string }

/** A half-open range [start, end) of UTF-16 offsets into a source text: text.slice(start, end). */
export interface Span { start: number; end: number }

/** What a figure measures. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'rate' | 'date' | 'daterange' | 'duration'

/** The words that widened or bounded a figure, normalised. */
export type Qualifier = 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'range' | 'vague'

/** How fine a figure is: a date's granularity, or a number's rounding step. */
export type Precision = 'day' | 'part-month' | 'month' | 'part-year' | 'year' | 'exact' | 'round' | 'vague'

/** A number for numeric kinds, an inclusive ISO day for dates, or null for an open bound. */
export type Bound = number | string | null

/** A normalised figure: an interval [lo, hi] with its unit, precision and qualifier. */
export interface Quantity {
  kind: QuantityKind
  lo: Bound
  hi: Bound
  /** ISO currency for money, "%" for percent, km/tonne/… for measures, hour/day/… for durations, "USD/month" for rates. */
  unit: string | null
  /** For rates: the denominator (month, year, ounce, …). */
  per: string | null
  precision: Precision
  qualifier: Qualifier | null
  /** Set when a reading was a judgement call (e.g. "5.200" taken as thousands), saying which. */
  ambiguity?: string
  /** True when a relative or yearless date could not be anchored to a publication date. */
  unresolved?: boolean
}

/** Who the text says stated a figure, with the cue phrase that says so. */
export interface Attribution { who: string; cue: string; span: Span }

/** A part or a moment a figure is limited to (a town, one operation, "currently", a year), with its days for a time. */
export interface Scope { kind: 'place' | 'operation' | 'time'; label: string; span: Span; from?: string | null; to?: string | null }

/** One figure as one source states it. */
export interface Claim {
  /** Stable id: `${source}:${start}-${end}`. */
  id: string
  source: string
  span: Span
  /** Exactly text.slice(span.start, span.end). */
  text: string
  quantity: Quantity
  /** The counted noun phrase ("شاحنة نقل وقود"), when there is one. */
  counted: string | null
  /** The sentence the figure stands in. */
  sentence: Span
  attribution: Attribution | null
  scopes: Scope[]
  /** Set for figures a reviewer added or edited by hand. */
  manual?: boolean
  /**
   * 'statement-time': a date that says when a statement was made ("قالت الوزارة اليوم الأحد إن"),
   * not when the event happened. 'conversion': an amount restated in another currency right after
   * the amount it restates ("140,000 dirhams (about $13,600)"); it takes no part in the verdict.
   * 'increment': a count said as what was added to an earlier one ("58 décès supplémentaires",
   * "بزيادة 86"); it joins no topic of totals.
   */
  role?: 'statement-time' | 'conversion' | 'increment'
}

/** A thing that is counted or dated across sources: an entity, a measure, a kind, an optional scope and time. */
export interface Topic {
  id: string
  label: { en: string; ar: string }
  entity: { name: string; aliases: string[] }
  measure: string
  kind: QuantityKind
  /** Further kinds accepted (e.g. a duration beside a date range for an event). */
  alsoKinds?: QuantityKind[]
  /** Words for the counted noun or the event that must stand near the figure (curated topics). */
  cues: string[]
  /** The measure as a concept of src/core/align/measures.ts ("killed", "missing", "struck"): read in every language. */
  concept?: string
  /** Its cues are the words of a reader's label, not a curated list: the reports' own forms and other-language nouns widen them (align/coverageCues.ts). */
  cuesFromLabel?: boolean
  /** Words that must not stand in the clause (a different entity that shares the cues). */
  exclude?: string[]
  scope?: string | null
  /** The time its words narrow the measure to, beside the story's own (align/narrowing.ts: "year:2019", "previous", "hour:17"). */
  time?: string | null
  /** The side of a divided land it counts on ("Russia", "government", "rebels": align/candidateSides.ts's keys). */
  side?: string | null
  /** It counts beyond the country ("Turnout abroad"): only figures said abroad join it. */
  abroad?: boolean
  /** The event may happen more than once (a coup): dates that do not overlap need review, not a conflict. */
  recurring?: boolean
  /** The figure does not change over time (a ransom, a magnitude): figures of different days are no series. */
  fixed?: boolean
  /** The topic is about a projection ("expected final toll"): only figures said as projections join it. */
  projection?: boolean
  /** The topic is about the rest of a place ("Deaths outside Derna"): only figures said of other parts join it. */
  elsewhere?: boolean
  /**
   * The topic belongs to one story of the workspace: these are the sources it was made from (a
   * candidate's), and only figures of sources telling the same story (src/core/corpus/stories.ts)
   * join it. Absent: the topic may take figures from every source.
   */
  story?: string[]
  /**
   * Accepted from a candidate: of the reports present then (`sources`), only the figures the
   * candidate showed (`claims`) join it; a report added later is placed as usual (align/held.ts).
   */
  held?: { sources: string[]; claims: string[] }
}

/** Why a claim was placed in a topic. */
export interface Assignment { claimId: string; topicId: string; score: number; reasons: string[] }

/** The judgement on a topic. */
export type Verdict = 'agree' | 'agree-precision' | 'conflict' | 'single-source' | 'other-scope' | 'time-series' | 'needs-review'

/** A topic's claims judged together: verdict, explanation, independence and consensus. */
export interface Comparison {
  topic: string
  verdict: Verdict
  explanation: { en: string; ar: string }
  /** Why, as data: the figures the verdict rests on (see src/core/compare/reason.ts). */
  reason?: Reason
  /** Independent origins: outlets citing one agency or body count once, as do relays and near-copies. */
  independentSources: number
  /** Outlets (sources) stating the figure, before folding them into origins. */
  outlets?: number
  /** Groups of sources counted as one, with the reason (relay, near-copy). */
  folded: { sources: string[]; why: string }[]
  consensus: Consensus | null
  /** Sources that contradict themselves on this topic. */
  withinSource: { source: string; claims: string[]; why: string }[]
  claims: string[]
  /** Figures placed on weak evidence that the verdict set aside (shown with the topic, not weighed). */
  weak?: WeakFigure[]
}

/** What the sources agree on, described (never a verdict of truth). */
export interface Consensus {
  /** The interval most sources agree with (Marzullo), and how many. */
  interval: { lo: number; hi: number; count: number } | null
  median: number | null
  spread: number | null
  weights: Record<string, number>
  outliers: string[]
}

/** Unassigned claims from two or more sources sharing an entity, kind and unit: a topic waiting to be promoted. */
export interface CandidateTopic {
  key: string
  /** The measure the figures share, as a concept (src/core/align/measures.ts), and its name. */
  concept?: string
  label?: { en: string; ar: string }
  /** The entity as written in the first claim, and its folded key. */
  entity: string
  kind: QuantityKind
  unit: string | null
  claims: string[]
  sources: string[]
  /** For a candidate no measure names (one value two origins state): the counted nouns, the topic's cues once accepted. */
  cues?: string[]
}

/** Everything the UI and the CLI show, derived from sources, topics and the user's corrections. */
export interface Analysis {
  sources: Source[]
  claims: Claim[]
  topics: Topic[]
  assignments: Assignment[]
  comparisons: Comparison[]
  candidates: CandidateTopic[]
  /** Ids of claims no topic took. */
  unassigned: string[]
}

/** How a reviewer marked a claim. */
export type ClaimStatus = 'ok' | 'wrong-extraction' | 'misattributed' | 'out-of-scope'

/** The marks that take a claim out of every topic and comparison (it stays listed, set aside). */
export const SET_ASIDE_STATUSES: ReadonlySet<string> = new Set<ClaimStatus>(['wrong-extraction', 'out-of-scope'])

/** A reviewer's correction of one claim: its status, a new value or kind, or a move to another topic (null: to none). */
export interface ClaimCorrection {
  claimId: string
  status?: ClaimStatus
  quantity?: Partial<Quantity>
  topicId?: string | null
  note?: string
}

/** The user's layer over the machine's output; fed to analyze() so comparisons follow at once. */
export interface Corrections {
  /** By claim id. */
  claims: Record<string, ClaimCorrection>
  /** Figures a reviewer added by selecting words the extractor missed (manual: true). */
  added: Claim[]
  /** Topics the user created (from a figure or a candidate). */
  topics: Topic[]
  /** Per-source weights for the consensus (default 1). */
  weights: Record<string, number>
}

/** A reviewer's decision on a topic's verdict. */
export interface TopicReview {
  topicId: string
  /** null: the suggested verdict is accepted as it is. */
  override: Verdict | null
  reason: string
  note: string
  reviewer: string
  at: string
}

/** One change in the audit trail: who changed what, when. */
export interface AuditEntry { at: string; reviewer: string; target: string; action: string; detail: string }
