// What the page and the analysis worker say to each other, and the dispatcher that answers. The
// same dispatcher runs in the worker and, where no Worker can start (unit tests), on the page.
import type { Analysis } from '../../core/model'
import type { SourceDetail } from '../../core/incremental'
import type { SearchHits } from '../../core/search'
import { checkText, detectLanguage, guessPublished, guessTitle, textHash, withoutDateline, type LangGuess, type PublishedGuess, type TextProblem } from '../../core/workspace'
import type { AnalysisHost, HostMessage } from './host'

export type WorkerRequest =
  /** Check, hash and guess the language, title and publication day of a text before the user saves it (today: the user's ISO day). */
  | { type: 'prepare'; id: number; text: string; today: string }
  /** Start the analysis: the first view, then a patch after every change. */
  | { type: 'start'; id: number; keptPending?: boolean }
  /** Which view kept from the last session the page shows (null: none). */
  | { type: 'shown'; id: number; kept: string | null }
  /** One source's figures and their topics. */
  | { type: 'detail'; id: number; sourceId: string }
  /** Full-text search over topics and articles. */
  | { type: 'search'; id: number; query: string }
  /** The whole analysis (for exports). */
  | { type: 'whole'; id: number }

/** What `prepare` finds out about a text. */
export interface Prepared { hash: string; guess: LangGuess; problem: TextProblem | null; title: string; length: number; published: PublishedGuess | null }

export type WorkerResponse =
  | ({ type: 'prepared'; id: number } & Prepared)
  | { type: 'started'; id: number }
  | { type: 'detail'; id: number; detail: SourceDetail | null }
  | { type: 'hits'; id: number; hits: SearchHits }
  | { type: 'whole'; id: number; analysis: Analysis | null }
  | { type: 'error'; id: number; message: string }

/** Anything the worker sends: an answer to a request, or news (the view, extraction progress). */
export type WorkerMessage = WorkerResponse | HostMessage

/** Answers one request. */
export async function dispatch(host: AnalysisHost, req: WorkerRequest, post: (m: WorkerResponse) => void): Promise<void> {
  try {
    switch (req.type) {
      case 'prepare': {
        const problem = checkText(req.text)
        if (problem) {
          post({ type: 'prepared', id: req.id, problem, hash: '', guess: { lang: null, detected: 'und' }, title: '', length: req.text.length, published: null })
          return
        }
        const guess = detectLanguage(req.text)
        const published = guessPublished(req.text, guess.lang, req.today)
        // A dateline alone on the first line is not the headline.
        post({ type: 'prepared', id: req.id, problem, hash: textHash(req.text), guess, title: guessTitle(withoutDateline(req.text, published)), length: req.text.length, published })
        return
      }
      case 'start': await host.start(req.keptPending ?? false); post({ type: 'started', id: req.id }); return
      case 'shown': await host.shown(req.kept); post({ type: 'started', id: req.id }); return
      case 'detail': post({ type: 'detail', id: req.id, detail: await host.detail(req.sourceId) }); return
      case 'search': post({ type: 'hits', id: req.id, hits: await host.find(req.query) }); return
      case 'whole': post({ type: 'whole', id: req.id, analysis: await host.whole() }); return
    }
  } catch (e) {
    post({ type: 'error', id: req.id, message: (e as Error).message || String(e) })
  }
}
