// The page's side of the extraction worker: one promise per request, progress by callback.
// Where a Worker cannot start (jsdom, or a worker script refused), requests run on the page,
// yielding between pieces.
import type { Claim } from '../../core/model'
import type { Extractable, Prepared, WorkerRequest, WorkerResponse } from './protocol'

// The in-page fallback loads the handler (extractor, language model) only when it is needed, so
// the page's own bundle does not carry what the worker already has.
const runHere = (req: WorkerRequest, post: (m: WorkerResponse) => void) => import('./protocol').then(({ handle }) => handle(req, post, pause))

export interface ExtractionClient {
  prepare(text: string): Promise<Prepared>
  extract(source: Extractable, onProgress?: (done: number, total: number) => void): Promise<{ claims: Claim[]; ms: number }>
  /** Whether requests run in a Worker (false: on the page). */
  readonly inWorker: boolean
  terminate(): void
}

interface Pending { resolve: (m: WorkerResponse) => void; reject: (e: Error) => void; onProgress?: (done: number, total: number) => void }

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'extraction' })
  } catch {
    return null
  }
}

export function makeExtractionClient(useWorker = true): ExtractionClient {
  let worker = useWorker ? startWorker() : null
  let next = 1
  const pending = new Map<number, Pending>()

  function receive(m: WorkerResponse) {
    const p = pending.get(m.id)
    if (!p) return
    if (m.type === 'progress') { p.onProgress?.(m.done, m.total); return }
    pending.delete(m.id)
    if (m.type === 'error') p.reject(new Error(m.message))
    else p.resolve(m)
  }

  const requests = new Map<number, WorkerRequest>()
  if (worker) {
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => { requests.delete(e.data.id); receive(e.data) }
    // A worker that fails to load (blocked script, old browser): run what was asked on the page instead.
    worker.onerror = (e) => {
      e.preventDefault?.()
      worker?.terminate()
      worker = null
      for (const [id, req] of requests) { requests.delete(id); void runHere(req, receive) }
    }
  }

  function send(req: WorkerRequest, p: Pending) {
    pending.set(req.id, p)
    if (worker) { requests.set(req.id, req); worker.postMessage(req) }
    else void runHere(req, receive)
  }

  return {
    get inWorker() { return worker !== null },
    prepare(text) {
      return new Promise((resolve, reject) => {
        send({ type: 'prepare', id: next++, text }, { resolve: (m) => resolve(m as Prepared), reject })
      })
    },
    extract(source, onProgress) {
      return new Promise((resolve, reject) => {
        send({ type: 'extract', id: next++, source }, { resolve: (m) => resolve(m as { claims: Claim[]; ms: number }), reject, onProgress })
      })
    },
    terminate() {
      worker?.terminate()
      worker = null
      for (const p of pending.values()) p.reject(new Error('extraction stopped'))
      pending.clear()
    },
  }
}

const pause = () => new Promise<void>((r) => setTimeout(r, 0))
