// What the page and the extraction worker say to each other, and the handler that answers.
// The same handler runs in the worker and, where no Worker can start (unit tests), in the page.
import type { Claim, Source } from '../../core/model'
import { extractClaims } from '../../core/extract'
import { checkText, detectLanguage, extractInPieces, guessTitle, textHash, type LangGuess, type TextProblem } from '../../core/workspace'

export type Extractable = Pick<Source, 'id' | 'text' | 'lang' | 'published' | 'window'>

export type WorkerRequest =
  /** Check, hash and guess the language of a text before the user saves it. */
  | { type: 'prepare'; id: number; text: string }
  /** Extract a source's figures, reporting progress piece by piece. */
  | { type: 'extract'; id: number; source: Extractable }

/** What `prepare` finds out about a text. */
export interface Prepared { hash: string; guess: LangGuess; problem: TextProblem | null; title: string; length: number }

export type WorkerResponse =
  | ({ type: 'prepared'; id: number } & Prepared)
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'extracted'; id: number; claims: Claim[]; ms: number }
  | { type: 'error'; id: number; message: string }

/** Answers one request; `yieldNow` lets the page breathe between pieces when this runs on it. */
export async function handle(req: WorkerRequest, post: (m: WorkerResponse) => void, yieldNow: () => Promise<void> = async () => {}): Promise<void> {
  try {
    if (req.type === 'prepare') {
      const problem = checkText(req.text)
      const ok = problem === null
      post({ type: 'prepared', id: req.id, problem, hash: ok ? textHash(req.text) : '', guess: ok ? detectLanguage(req.text) : { lang: null, detected: 'und' }, title: ok ? guessTitle(req.text) : '', length: req.text.length })
      return
    }
    const t0 = performance.now()
    const claims = await extractInPieces(req.source, extractClaims, async (done, total) => {
      post({ type: 'progress', id: req.id, done, total })
      await yieldNow()
    })
    post({ type: 'extracted', id: req.id, claims, ms: Math.round(performance.now() - t0) })
  } catch (e) {
    post({ type: 'error', id: req.id, message: (e as Error).message || String(e) })
  }
}
