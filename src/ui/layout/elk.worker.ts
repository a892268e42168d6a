/// <reference lib="webworker" />
// ELK runs here, off the main thread, and is only fetched the first time someone tidies up.
import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkNode } from 'elkjs/lib/elk-api'

const elk = new ELK()

export interface LayoutRequest {
  id: number
  graph: ElkNode
}
export type LayoutResponse = { id: number; layout: ElkNode } | { id: number; error: string }

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = async (e: MessageEvent<LayoutRequest>) => {
  const { id, graph } = e.data
  try {
    const layout = await elk.layout(graph)
    scope.postMessage({ id, layout } satisfies LayoutResponse)
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies LayoutResponse)
  }
}
