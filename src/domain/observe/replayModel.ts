// A state's map as the replay sees it: a graph whose token walks from a start step to an end
// step along the flows, choosing one way at each decision (flowstate has no parallel branches,
// so a map is a state machine and its Petri net has one token). A step is *visible* when at
// least one log activity is mapped to it; the other steps (a decision, a wait nobody records)
// are silent, passed through at no cost.
import type { WorkflowState } from '../model/types'

export interface ReplayModel {
  state: WorkflowState
  /** Steps in the state's order; index = position. */
  stepIds: string[]
  /** Outgoing flows as compressed lists: successors of step v are target[offset[v] .. offset[v+1]). */
  offset: Int32Array
  target: Int32Array
  /** Where a case may begin and end. */
  starts: Int32Array
  isEnd: Uint8Array
  /** Per activity, the steps it is mapped to (usually one). */
  stepsOf: Map<string, number[]>
  /** Per step, the activities mapped to it. */
  activitiesOf: string[][]
  visible: Uint8Array
}

/** `mapping`: activity name → step id of this state (activities left out are not in this state). */
export function replayModel(state: WorkflowState, mapping: ReadonlyMap<string, string>): ReplayModel {
  const stepIds = state.steps.map((s) => s.id)
  const index = new Map(stepIds.map((id, i) => [id, i]))
  const n = stepIds.length
  const flows: [number, number][] = []
  for (const f of state.flows) {
    const a = index.get(f.from)
    const b = index.get(f.to)
    if (a !== undefined && b !== undefined) flows.push([a, b])
  }
  const offset = new Int32Array(n + 1)
  const hasIncoming = new Uint8Array(n)
  for (const [a, b] of flows) {
    offset[a + 1]!++
    hasIncoming[b] = 1
  }
  for (let v = 0; v < n; v++) offset[v + 1]! += offset[v]!
  const target = new Int32Array(flows.length)
  const fill = offset.slice(0, n)
  for (const [a, b] of flows) target[fill[a]!++] = b

  // A map still being drawn may lack start or end events: steps with no way in or out stand in.
  const kinds = state.steps.map((s) => s.kind)
  const hasStart = kinds.includes('start')
  const hasEnd = kinds.includes('end')
  const starts: number[] = []
  const isEnd = new Uint8Array(n)
  for (let v = 0; v < n; v++) {
    if (hasStart ? kinds[v] === 'start' : !hasIncoming[v]) starts.push(v)
    if (hasEnd ? kinds[v] === 'end' : offset[v + 1] === offset[v]) isEnd[v] = 1
  }

  const stepsOf = new Map<string, number[]>()
  const activitiesOf: string[][] = stepIds.map(() => [])
  const visible = new Uint8Array(n)
  for (const [activity, stepId] of mapping) {
    const v = index.get(stepId)
    if (v === undefined) continue
    const list = stepsOf.get(activity)
    if (list) list.push(v)
    else stepsOf.set(activity, [v])
    activitiesOf[v]!.push(activity)
    visible[v] = 1
  }
  return { state, stepIds, offset, target, starts: Int32Array.from(starts), isEnd, stepsOf, activitiesOf, visible }
}
