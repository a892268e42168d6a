// An alignment's moves, said in the map's words. A model move is a step the case skipped; a log
// move is an activity the map could not place there: done out of order (the same step is skipped
// elsewhere, or the map has it on another way), done again (rework), not in this state at all, or
// mapped to a step of an older state (reverting: still done the old way, or a step only the
// older state has). A case that goes round the map's own rework loop fits, and the loop is named
// too: exception volumes are what a manager wants to see.
import type { Alignment } from './align'
import type { ReplayModel } from './replayModel'

export type DeviationKind = 'skipped' | 'outOfOrder' | 'notInState' | 'rework' | 'reverting'
export const DEVIATION_KINDS: readonly DeviationKind[] = ['reverting', 'skipped', 'outOfOrder', 'rework', 'notInState']

export interface Deviation {
  kind: DeviationKind
  /** The step of this state it concerns (for reverting: this state's step of the same lineage, if any). */
  stepId?: string
  /** The log activity, for log moves. */
  activity?: string
  /** Reverting: the older state and its step that the activity is mapped to. */
  olderStateId?: string
  olderStepId?: string
  /** Rework: the map itself has this loop (the case still fits). */
  inMap?: boolean
}

/** Where an activity not in this state comes from: the nearest older state that maps it. */
export interface OlderMapping {
  stateId: string
  stepId: string
  lineage: string
}

export interface DeviationContext {
  model: ReplayModel
  /** Activity → its mapping in the nearest older state, for activities this state does not map. */
  older: ReadonlyMap<string, OlderMapping>
  /** Lineage → this state's step id. */
  stepOfLineage: ReadonlyMap<string, string>
}

export function nameDeviations(alignment: Alignment, trace: readonly string[], ctx: DeviationContext): Deviation[] {
  const { model } = ctx
  const out: Deviation[] = []
  const skipped = new Map<number, number>() // step → model moves not yet explained
  const synced = new Map<number, number>()
  for (const m of alignment.moves) {
    if (m.kind === 'model') skipped.set(m.step, (skipped.get(m.step) ?? 0) + 1)
    else if (m.kind === 'sync') synced.set(m.step, (synced.get(m.step) ?? 0) + 1)
  }
  const stepId = (v: number) => model.stepIds[v]!
  for (const m of alignment.moves) {
    if (m.kind !== 'log') continue
    const activity = trace[m.event]!
    const steps = model.stepsOf.get(activity)
    if (!steps) {
      const older = ctx.older.get(activity)
      if (older) {
        const here = ctx.stepOfLineage.get(older.lineage)
        out.push({ kind: 'reverting', activity, olderStateId: older.stateId, olderStepId: older.stepId, ...(here ? { stepId: here } : {}) })
        // Done the old way instead of the new: the new way's model move is that same deviation.
        const v = here === undefined ? -1 : model.stepIds.indexOf(here)
        if (v !== -1 && (skipped.get(v) ?? 0) > 0) skipped.set(v, skipped.get(v)! - 1)
      } else out.push({ kind: 'notInState', activity })
      continue
    }
    const owed = steps.find((v) => (skipped.get(v) ?? 0) > 0)
    if (owed !== undefined) {
      skipped.set(owed, skipped.get(owed)! - 1)
      out.push({ kind: 'outOfOrder', stepId: stepId(owed), activity })
    } else if (steps.some((v) => synced.has(v))) {
      out.push({ kind: 'rework', stepId: stepId(steps.find((v) => synced.has(v))!), activity })
    } else out.push({ kind: 'outOfOrder', stepId: stepId(steps[0]!), activity })
  }
  for (const [v, count] of skipped) for (let k = 0; k < count; k++) out.push({ kind: 'skipped', stepId: stepId(v) })
  // The map's own loops, gone round: every repeat of a step beyond its first, synchronously.
  for (const [v, count] of synced) for (let k = 1; k < count; k++) out.push({ kind: 'rework', stepId: stepId(v), inMap: true })
  return out
}
