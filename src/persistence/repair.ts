// Two tabs can make edits that are each valid but clash when both are stored: one removes a step
// while the other connects a flow to it, one removes a role while the other gives it a step.
// Entity rows merge those edits; this pass then drops the references that point at nothing, so
// the merged project always opens. It changes nothing in a project that holds together.
import type { Project } from '../domain/model'

/** Returns the project with dangling references removed (the same object when there were none). */
export function repairReferences(p: Project): Project {
  const roles = new Set(p.roles.map((r) => r.id))
  const systems = new Set(p.systems.map((s) => s.id))
  const items = new Set(p.dataItems.map((d) => d.id))
  const stateIds = new Set(p.states.map((s) => s.id))
  let changed = false
  const states = p.states.map((s) => {
    const lanes = [...new Set(s.lanes.filter((r) => roles.has(r)))]
    let stateChanged = lanes.length !== s.lanes.length
    const steps = s.steps.map((st) => {
      let step = st
      if (step.roleId !== undefined && !roles.has(step.roleId)) {
        const { roleId: _gone, ...rest } = step
        step = rest
      }
      if (step.roleId !== undefined && !lanes.includes(step.roleId)) {
        lanes.push(step.roleId)
        stateChanged = true
      }
      if (step.systemIds.some((x) => !systems.has(x))) step = { ...step, systemIds: step.systemIds.filter((x) => systems.has(x)) }
      if (step.records.some((r) => !items.has(r.dataItemId) || (r.systemId !== undefined && !systems.has(r.systemId)))) {
        step = {
          ...step,
          records: step.records
            .filter((r) => items.has(r.dataItemId))
            .map((r) => (r.systemId !== undefined && !systems.has(r.systemId) ? { dataItemId: r.dataItemId, entry: r.entry } : r)),
        }
      }
      if (step !== st) stateChanged = true
      return step
    })
    const stepIds = new Set(steps.map((x) => x.id))
    const flows = s.flows.filter((f) => stepIds.has(f.from) && stepIds.has(f.to))
    if (flows.length !== s.flows.length) stateChanged = true
    const basedOnGone = s.basedOn !== undefined && !stateIds.has(s.basedOn)
    if (!stateChanged && !basedOnGone) return s
    changed = true
    const next = { ...s, lanes: stateChanged ? lanes : s.lanes, steps, flows }
    if (basedOnGone) delete next.basedOn
    return next
  })
  const stepState = new Map<string, string>()
  for (const s of states) for (const st of s.steps) stepState.set(st.id, s.id)
  let matchOverrides = p.matchOverrides
  if (matchOverrides?.some((o) => !stepState.has(o.beforeStepId) || !stepState.has(o.afterStepId))) {
    matchOverrides = matchOverrides.filter((o) => stepState.has(o.beforeStepId) && stepState.has(o.afterStepId))
    changed = true
  }
  let activityMaps = p.activityMaps
  const brokenLink = (m: NonNullable<Project['activityMaps']>[number]) => m.activities.some((a) => a.stepId !== null && stepState.get(a.stepId) !== m.stateId)
  if (activityMaps?.some((m) => !stateIds.has(m.stateId) || brokenLink(m))) {
    activityMaps = activityMaps
      .filter((m) => stateIds.has(m.stateId))
      .map((m) => (brokenLink(m) ? { ...m, activities: m.activities.filter((a) => a.stepId === null || stepState.get(a.stepId) === m.stateId) } : m))
    changed = true
  }
  // A sign-off of a state or role that another tab removed covers nothing any more.
  let signOffs = p.signOffs
  if (signOffs?.some((s) => !stateIds.has(s.stateId) || !roles.has(s.roleId))) {
    signOffs = signOffs.filter((s) => stateIds.has(s.stateId) && roles.has(s.roleId))
    changed = true
  }
  if (!changed) return p
  const out: Project = { ...p, states }
  if (matchOverrides) out.matchOverrides = matchOverrides
  if (activityMaps) out.activityMaps = activityMaps
  if (signOffs) out.signOffs = signOffs
  return out
}
