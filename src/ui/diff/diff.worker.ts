// Runs large diffs off the main thread, so typing in a 10,000-step map never waits for the overlay.
import { answer, type DiffRequest } from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = (event: MessageEvent<DiffRequest>) => scope.postMessage(answer(event.data))
