// The analysis worker: text checks, extraction, the analysis and its cache, search, all off the
// page's thread, so the page stays responsive while a 5 MB paste is read and analysed.
import { AnalysisHost } from './host'
import { dispatch, type WorkerMessage, type WorkerRequest } from './protocol'
import { analysisVersion } from './version'

const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (m: WorkerMessage) => scope.postMessage(m)
const host = new AnalysisHost(post, { version: analysisVersion() })
scope.onmessage = (e: MessageEvent<WorkerRequest>) => { void dispatch(host, e.data, post) }
