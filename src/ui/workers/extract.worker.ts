// The extraction worker: text checks, hashing and figure extraction off the page's thread, so
// the page stays responsive while a 5 MB paste is read.
import { handle, type WorkerRequest } from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  void handle(e.data, (m) => scope.postMessage(m))
}
