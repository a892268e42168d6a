import { useId } from 'react'
import type { Step } from '../../domain/model'
import { addStepInLane } from '../actions/edits'
import { moveLane } from '../canvas/lanes'
import { usePane } from '../canvas/paneContext'
import { OutlineStep } from './OutlineStep'
import type { PainBadge } from '../review/usePainBadges'

export interface LaneGroup {
  roleId: string | null
  name: string
  color: string
  steps: Step[]
}

export function OutlineLane({
  stateId,
  group,
  order,
  total,
  first,
  last,
  pains,
}: {
  stateId: string
  group: LaneGroup
  order: ReadonlyMap<string, number>
  total: number
  first: boolean
  last: boolean
  pains: ReadonlyMap<string, PainBadge>
}) {
  const { requestRemoveLane } = usePane()
  const heading = useId()
  const { roleId, name } = group
  return (
    <section className="outline-lane" aria-labelledby={heading} style={{ '--role': group.color } as React.CSSProperties}>
      <header className="outline-lane-header">
        <h3 id={heading}>{name}</h3>
        {roleId && (
          <div className="outline-lane-tools">
            <button type="button" aria-label={`Move lane ${name} up`} disabled={first} onClick={() => moveLane(stateId, roleId, -1)}>
              ↑
            </button>
            <button type="button" aria-label={`Move lane ${name} down`} disabled={last} onClick={() => moveLane(stateId, roleId, 1)}>
              ↓
            </button>
            <button type="button" aria-label={`Remove lane ${name}`} onClick={() => requestRemoveLane(roleId)}>
              ✕
            </button>
          </div>
        )}
      </header>
      {group.steps.length > 0 && (
        <ol className="outline-steps">
          {group.steps.map((s) => (
            <OutlineStep key={s.id} stateId={stateId} step={s} ordinal={order.get(s.id) ?? 0} total={total} pain={pains.get(s.id)} />
          ))}
        </ol>
      )}
      <button type="button" className="outline-add" onClick={() => addStepInLane(stateId, roleId)}>
        + Add step to {name}
      </button>
    </section>
  )
}
