// Tidy up: one state laid out left to right inside its lanes, as one undo step.
import type { ElkNode } from 'elkjs/lib/elk-api'
import { useStore } from '../../store'
import { canvasOf } from '../canvas/canvasRegistry'
import type { LayoutRequest, LayoutResponse } from './elk.worker'
import { centresOf, placeInLanes, toElkGraph } from './elkGraph'

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, { resolve(layout: ElkNode): void; reject(e: Error): void }>()

function layoutWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
      const pending = waiting.get(e.data.id)
      waiting.delete(e.data.id)
      if (!pending) return
      if ('error' in e.data) pending.reject(new Error(e.data.error))
      else pending.resolve(e.data.layout)
    }
  }
  return worker
}

function layout(graph: ElkNode): Promise<ElkNode> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    layoutWorker().postMessage({ id, graph } satisfies LayoutRequest)
  })
}

/** Lays out the state; edits made meanwhile are kept (steps added meanwhile stay where they are). */
export async function tidyUp(stateId: string): Promise<boolean> {
  const state = useStore.getState().project?.states.find((s) => s.id === stateId)
  if (!state || state.steps.length === 0) return false
  const result = await layout(toElkGraph(state))
  const now = useStore.getState().project?.states.find((s) => s.id === stateId)
  if (!now) return false
  const moves = placeInLanes(now, centresOf(result))
  const done = moves.length === 0 || useStore.getState().dispatchAll('Tidy up', [{ type: 'step.move', stateId, moves }])
  // The user asked to see the map in order: show all of it, as "Zoom to fit" does, once the
  // canvas has drawn the new places (before that it would fit the old ones).
  if (done) globalThis.requestAnimationFrame?.(() => canvasOf(stateId)?.fitView())
  return done
}
