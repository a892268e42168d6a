// The app's way to ask for a diff. Small maps are diffed at once on the main thread (a few
// milliseconds); large ones in a Web Worker. The latest request wins: asking again answers every
// earlier, unfinished request with null, and while the worker is busy only the newest request
// waits for it, so a burst of edits costs one diff after the current one, not one per keystroke.
import type { DiffOptions, DiffProject, DiffResult, DiffSide } from '../../domain/diff'
import { answer, type DiffRequest, type DiffResponse } from './protocol'

/** Above this many steps on either side a diff goes to the worker. */
export const WORKER_THRESHOLD_STEPS = 2_000

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: DiffRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<DiffResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export interface DiffClient {
  /** The diff of `before` → `after`, or null when a newer request replaced this one. */
  request(before: DiffSide, after: DiffSide, options?: DiffOptions): Promise<DiffResult | null>
  dispose(): void
}

export interface DiffClientOptions {
  threshold?: number
  /** Creates the worker; by default the bundled diff.worker.ts. */
  createWorker?: () => WorkerLike
}

const defaultWorker = (): WorkerLike => new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike

interface Pending {
  request: DiffRequest
  resolve: (result: DiffResult | null) => void
  reject: (error: Error) => void
}

export function createDiffClient(config: DiffClientOptions = {}): DiffClient {
  const threshold = config.threshold ?? WORKER_THRESHOLD_STEPS
  const createWorker = config.createWorker ?? defaultWorker
  let worker: WorkerLike | null = null
  let workerBroken = false
  let nextId = 1
  let latest = 0
  let running: Pending | null = null
  let waiting: Pending | null = null

  // The worker could not start or failed: every request from now on runs on the main thread.
  const giveUpWorker = () => {
    workerBroken = true
    worker?.terminate()
    worker = null
    // Only the latest request still has someone waiting for it.
    const stranded = [running, waiting].find((p) => p?.request.id === latest)
    running = waiting = null
    if (stranded) settle(stranded, answer(stranded.request))
  }

  const ensureWorker = (): WorkerLike | null => {
    if (worker || workerBroken) return worker
    try {
      worker = createWorker()
    } catch {
      workerBroken = true
      return null
    }
    worker.onmessage = (event) => {
      const done = running
      running = null
      if (done && done.request.id === event.data.id) settle(done, event.data)
      if (waiting) send(waiting)
    }
    worker.onerror = () => giveUpWorker()
    return worker
  }

  const send = (p: Pending) => {
    waiting = null
    running = p
    worker!.postMessage(p.request)
  }

  const supersede = () => {
    if (waiting) waiting.resolve(null)
    waiting = null
    // The worker finishes the running diff anyway; its answer is dropped.
    if (running) running.resolve(null)
  }

  return {
    request(before, after, options) {
      const request: DiffRequest = { id: nextId++, ...slim(before, after) }
      if (options) request.options = options
      latest = request.id
      supersede()
      const large = Math.max(before.state.steps.length, after.state.steps.length) > threshold
      const w = large ? ensureWorker() : null
      if (!w) return settleNow(answer(request))
      return new Promise<DiffResult | null>((resolve, reject) => {
        const p: Pending = { request, resolve, reject }
        if (running) waiting = p
        else send(p)
      })
    },
    dispose() {
      supersede()
      running = waiting = null
      worker?.terminate()
      worker = null
    },
  }
}

/**
 * Only what the diff reads crosses to the worker: the two states and the catalogues, not the
 * project's other states. One project stays one object, so the worker still sees one catalogue.
 */
function slim(before: DiffSide, after: DiffSide): { before: DiffSide; after: DiffSide } {
  const cut = (p: DiffProject): DiffProject => {
    const out: DiffProject = { id: p.id, roles: p.roles, systems: p.systems, dataItems: p.dataItems }
    if (p.matchOverrides) out.matchOverrides = p.matchOverrides
    return out
  }
  const b = cut(before.project)
  const a = before.project === after.project ? b : cut(after.project)
  return { before: { project: b, state: before.state }, after: { project: a, state: after.state } }
}

function settle(p: Pending, response: DiffResponse): void {
  if (response.ok) p.resolve(response.result)
  else p.reject(new Error(response.error))
}

function settleNow(response: DiffResponse): Promise<DiffResult | null> {
  return response.ok ? Promise.resolve(response.result) : Promise.reject(new Error(response.error))
}
