// The page's side of the analysis worker: one promise per request, and a listener for the news it
// sends (the view and its patches, extraction progress). Where a Worker cannot start (jsdom, or a
// worker script refused), the same host runs on the page, loaded only then.
import type { Analysis } from '../../core/model'
import type { SourceDetail } from '../../core/incremental'
import type { SearchHits } from '../../core/search'
import type { HostMessage, HostOptions } from './host'
import type { Prepared, WorkerMessage, WorkerRequest, WorkerResponse } from './protocol'
import { analysisVersion } from './version'

type Request = WorkerRequest extends infer R ? R extends { id: number } ? Omit<R, 'id'> : never : never

export interface AnalysisClient {
  /**
   * Starts the analysis; `onNews` hears the view, its patches and extraction progress.
   * `keptPending`: the page will say with `shown` which view kept from the last session it shows.
   */
  start(onNews: (m: HostMessage) => void, keptPending?: boolean): Promise<void>
  /** The page shows the kept view of that time (null: none). */
  shown(at: string | null): Promise<void>
  /** today: the user's ISO day, so no publication date read from the text is in their future. */
  prepare(text: string, today: string): Promise<Prepared>
  detail(sourceId: string): Promise<SourceDetail | null>
  search(query: string): Promise<SearchHits>
  whole(): Promise<Analysis | null>
  /** Whether requests run in a Worker (false: on the page). */
  readonly inWorker: boolean
  terminate(): void
}

interface Pending { resolve: (m: WorkerResponse) => void; reject: (e: Error) => void }

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' })
  } catch {
    return null
  }
}

/** A host on the page, made on first use (its code loads only then). */
function pageHost(receive: (m: WorkerMessage) => void, options: HostOptions) {
  let made: Promise<(req: WorkerRequest) => Promise<void>> | null = null
  return (req: WorkerRequest) => {
    made ??= Promise.all([import('./host'), import('./protocol')]).then(([{ AnalysisHost }, { dispatch }]) => {
      const host = new AnalysisHost(receive, { version: analysisVersion(), ...options })
      return (r: WorkerRequest) => dispatch(host, r, receive)
    })
    return made.then((run) => run(req))
  }
}

/** A client of the worker; `useWorker: false` runs the host on the page (with `host` options: tests give their database). */
export function makeAnalysisClient(useWorker = true, host: HostOptions = {}): AnalysisClient {
  let worker = useWorker ? startWorker() : null
  let next = 1
  const pending = new Map<number, Pending>()
  let onNews: (m: HostMessage) => void = () => {}

  function receive(m: WorkerMessage) {
    if (m.type === 'view' || m.type === 'extraction' || m.type === 'stories') { onNews(m); return }
    const p = pending.get(m.id)
    if (!p) return
    pending.delete(m.id)
    if (m.type === 'error') p.reject(new Error(m.message))
    else p.resolve(m)
  }
  const onPage = pageHost(receive, host)

  const sent = new Map<number, WorkerRequest>()
  if (worker) {
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => { if ('id' in e.data) sent.delete(e.data.id); receive(e.data) }
    // A worker that fails to load (blocked script, old browser): run what was asked on the page instead.
    worker.onerror = (e) => {
      e.preventDefault?.()
      worker?.terminate()
      worker = null
      for (const [id, req] of sent) { sent.delete(id); void onPage(req) }
    }
  }

  function ask<T extends WorkerResponse>(req: Request): Promise<T> {
    const full = { ...req, id: next++ } as WorkerRequest
    return new Promise<T>((resolve, reject) => {
      pending.set(full.id, { resolve: (m) => resolve(m as T), reject })
      if (worker) { sent.set(full.id, full); worker.postMessage(full) }
      else void onPage(full)
    })
  }

  return {
    get inWorker() { return worker !== null },
    async start(listener, keptPending = false) { onNews = listener; await ask({ type: 'start', keptPending }) },
    async shown(kept) { await ask({ type: 'shown', kept }) },
    prepare: (text, today) => ask<Extract<WorkerResponse, { type: 'prepared' }>>({ type: 'prepare', text, today }),
    detail: async (sourceId) => (await ask<Extract<WorkerResponse, { type: 'detail' }>>({ type: 'detail', sourceId })).detail,
    search: async (query) => (await ask<Extract<WorkerResponse, { type: 'hits' }>>({ type: 'search', query })).hits,
    whole: async () => (await ask<Extract<WorkerResponse, { type: 'whole' }>>({ type: 'whole' })).analysis,
    terminate() {
      worker?.terminate()
      worker = null
      for (const p of pending.values()) p.reject(new Error('analysis stopped'))
      pending.clear()
    },
  }
}

let shared: AnalysisClient | null = null
/** The app's analysis client, made on first use. */
export function analysisClient(): AnalysisClient {
  shared ??= makeAnalysisClient()
  return shared
}
/** Replaces the app's client (tests give one per case). */
export function setAnalysisClient(c: AnalysisClient | null) { shared = c }
