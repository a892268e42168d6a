import { useEffect, useRef, useState } from 'react'
import { useStore } from '../../store'
import { Dialog } from '../actions/Dialog'
import { NONE } from '../panels/none'

type Choice = { kind: 'move'; roleId: string } | { kind: 'unassign' } | { kind: 'delete' }

/** Removing a lane that holds steps: asks where they go (another lane, no lane, or away). */
export function RemoveLaneDialog({ stateId, roleId, onClose }: { stateId: string; roleId: string; onClose(): void }) {
  const state = useStore((s) => s.project?.states.find((x) => x.id === stateId))
  const roles = useStore((s) => s.project?.roles ?? NONE)
  const name = (id: string) => roles.find((r) => r.id === id)?.name ?? id
  const others = (state?.lanes ?? []).filter((id) => id !== roleId)
  const steps = (state?.steps ?? []).filter((s) => s.roleId === roleId)
  const [choice, setChoice] = useState<Choice>(others[0] ? { kind: 'move', roleId: others[0] } : { kind: 'unassign' })
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])

  const confirm = () => {
    const { dispatch, dispatchAll } = useStore.getState()
    if (choice.kind === 'move') dispatch({ type: 'lane.remove', stateId, roleId, moveStepsTo: choice.roleId })
    else if (choice.kind === 'unassign') dispatch({ type: 'lane.remove', stateId, roleId, moveStepsTo: null })
    else
      dispatchAll('Remove lane', [
        { type: 'step.remove', stateId, stepIds: steps.map((s) => s.id) },
        { type: 'lane.remove', stateId, roleId },
      ])
    onClose()
  }
  const is = (c: Choice) => JSON.stringify(c) === JSON.stringify(choice)
  const option = (c: Choice, label: string, i: number) => (
    <label key={label} className="choice">
      <input ref={i === 0 ? first : undefined} type="radio" name="rehome" checked={is(c)} onChange={() => setChoice(c)} />
      {label}
    </label>
  )

  return (
    <Dialog title={`Remove the lane “${name(roleId)}”`} onClose={onClose}>
      <p>
        It holds {steps.length} step{steps.length === 1 ? '' : 's'}. Where should {steps.length === 1 ? 'it' : 'they'} go?
      </p>
      <fieldset className="choices">
        <legend className="visually-hidden">Where the steps go</legend>
        {[
          ...others.map((id, i) => option({ kind: 'move', roleId: id }, `Move to ${name(id)}`, i)),
          option({ kind: 'unassign' }, 'Keep them, without a lane', others.length),
          option({ kind: 'delete' }, `Delete the step${steps.length === 1 ? '' : 's'}`, others.length + 1),
        ]}
      </fieldset>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={confirm}>
          Remove lane
        </button>
      </div>
    </Dialog>
  )
}
