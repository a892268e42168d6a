import type { Project } from '../../domain/model'
import { useStore, type ComparePair } from '../../store'
import { canvasOf } from '../canvas/canvasRegistry'

/** The steps a change list item points at, on each side of the compared pair. */
export interface ChangeTarget {
  before?: readonly string[]
  after?: readonly string[]
}

/**
 * Selects the item's steps in every pane: the compared states by id, any other pane by lineage
 * (the same step in the transition state). Panes where the item has no step lose their selection,
 * so what is selected is only what was picked. Every pane then centres what it shows of the item,
 * at a readable zoom: its steps, or on the after side the ghost of a removed step.
 * The side where the item lives becomes the active pane, so its properties can be edited at once.
 */
export function selectInPanes(project: Project, panes: readonly string[], pair: ComparePair, target: ChangeTarget): void {
  const { select, setActiveState } = useStore.getState()
  const stateOf = (id: string) => project.states.find((s) => s.id === id)
  const lineages = new Set<string>()
  for (const [stateId, ids] of [[pair.before, target.before], [pair.after, target.after]] as const) {
    const state = stateOf(stateId)
    for (const id of ids ?? []) {
      const step = state?.steps.find((s) => s.id === id)
      if (step) lineages.add(step.lineage)
    }
  }
  const reveals: [string, string[]][] = []
  for (const stateId of panes) {
    let ids: string[]
    let shown: string[]
    if (stateId === pair.before) {
      ids = [...(target.before ?? [])]
      shown = ids
    } else if (stateId === pair.after) {
      ids = [...(target.after ?? [])]
      shown = ids.length > 0 ? ids : (target.before ?? []).map((id) => `ghost:${id}`)
    } else {
      ids = (stateOf(stateId)?.steps ?? []).filter((s) => lineages.has(s.lineage)).map((s) => s.id)
      shown = ids
    }
    select(stateId, ids)
    if (shown.length > 0) reveals.push([stateId, shown])
  }
  // After the panes are laid out again: selecting a step may have opened the properties panel.
  globalThis.requestAnimationFrame?.(() => reveals.forEach(([stateId, ids]) => canvasOf(stateId)?.reveal(ids)))
  const home = target.after?.length ? pair.after : target.before?.length ? pair.before : null
  if (home && panes.includes(home)) setActiveState(home)
}
