import { LIMITS, STEP_KINDS, VALUE_CLASSES, type Step, type StepKind, type ValueClass, type WorkflowState } from '../../domain/model'
import type { StepChanges } from '../../domain/commands'
import { useStore } from '../../store'
import { moveToLane, setKind } from '../actions/edits'
import { FlowsField } from './FlowsField'
import { MinutesField, SelectField, TextField } from './fields'
import { KIND_LABELS, VALUE_LABELS } from './kinds'
import { RecordsField } from './RecordsField'
import { SystemsField } from './SystemsField'
import { NONE } from './none'
import { StepComments } from '../review/StepComments'

const NO_LANE = '-'

/** Everything about one step, edited in place; each field commits as it changes. */
export function StepProperties({ state, step }: { state: WorkflowState; step: Step }) {
  const roles = useStore((s) => s.project?.roles ?? NONE)
  const dispatch = useStore((s) => s.dispatch)
  const update = (changes: StepChanges, coalesce?: string) =>
    dispatch({ type: 'step.update', stateId: state.id, stepId: step.id, changes }, coalesce ? { coalesce: `${coalesce}:${step.id}` } : {})
  const lanes = state.lanes.map((id) => ({ value: id, label: roles.find((r) => r.id === id)?.name ?? id }))
  const otherRoles = roles.filter((r) => !state.lanes.includes(r.id))

  return (
    <div className="properties" key={step.id}>
      <TextField label="Label" value={step.label} multiline maxLength={LIMITS.labelChars} commit={(label) => update({ label }, 'label')} />
      <div className="field-row">
        <SelectField<StepKind> label="Kind" value={step.kind} options={STEP_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} onChange={(k) => setKind(state.id, [step.id], k)} />
        <SelectField
          label="Role"
          value={step.roleId ?? NO_LANE}
          options={[...lanes, { value: NO_LANE, label: 'Without a lane' }]}
          onChange={(v) => moveToLane(state.id, step.id, v === NO_LANE ? null : v)}
        >
          {otherRoles.length > 0 && (
            <optgroup label="Add a lane for">
              {otherRoles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </optgroup>
          )}
        </SelectField>
      </div>
      <SystemsField stateId={state.id} step={step} />
      <RecordsField stateId={state.id} step={step} />
      <div className="field-row">
        <MinutesField label="Touch time" value={step.touchMinutes} commit={(touchMinutes) => update({ touchMinutes }, 'touch')} />
        <MinutesField label="Wait time" value={step.waitMinutes} commit={(waitMinutes) => update({ waitMinutes }, 'wait')} />
      </div>
      <SelectField<ValueClass | ''>
        label="Value"
        value={step.value ?? ''}
        options={[{ value: '', label: 'Not classified' }, ...VALUE_CLASSES.map((v) => ({ value: v, label: VALUE_LABELS[v] }))]}
        onChange={(v) => update({ value: v === '' ? undefined : v })}
      />
      <FlowsField state={state} step={step} />
      <TextField label="Notes" value={step.notes ?? ''} multiline maxLength={LIMITS.notesChars} commit={(notes) => update({ notes: notes === '' ? undefined : notes }, 'notes')} />
      <StepComments state={state} step={step} />
    </div>
  )
}
