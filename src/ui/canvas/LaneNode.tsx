import type { Node, NodeProps } from '@xyflow/react'
import { memo, useState } from 'react'
import { LANE_HEADER_WIDTH } from '../../domain/model'
import { useDraft } from '../panels/useDraft'
import { moveLane, renameRole } from './lanes'
import { usePane } from './paneContext'

export type LaneNodeData = {
  roleId: string | null
  name: string
  color: string
  width: number
  height: number
  first: boolean
  last: boolean
  /** A dragged step would land in this lane. */
  dropTarget: boolean
}

/** A horizontal band behind the steps, with the role's name and lane controls in its header. */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<Node<LaneNodeData, 'lane'>>) {
  return (
    <div
      className={data.dropTarget ? 'lane-band is-drop-target' : 'lane-band'}
      style={{ width: data.width, height: data.height, '--role': data.color } as React.CSSProperties}
    >
      <LaneHeader data={data} />
    </div>
  )
})

function LaneHeader({ data }: { data: LaneNodeData }) {
  const { stateId, requestRemoveLane } = usePane()
  const [renaming, setRenaming] = useState(false)
  const { roleId } = data
  return (
    <div className="lane-head nodrag nopan" style={{ width: LANE_HEADER_WIDTH }}>
      {renaming && roleId ? (
        <LaneNameInput roleId={roleId} name={data.name} done={() => setRenaming(false)} />
      ) : (
        <div className="lane-name" onDoubleClick={() => roleId && setRenaming(true)}>
          {data.name}
        </div>
      )}
      {roleId && !renaming && (
        <div className="lane-tools">
          <button type="button" aria-label={`Rename lane ${data.name}`} title="Rename" onClick={() => setRenaming(true)}>
            ✎
          </button>
          <button type="button" aria-label={`Move lane ${data.name} up`} title="Move up" disabled={data.first} onClick={() => moveLane(stateId, roleId, -1)}>
            ↑
          </button>
          <button type="button" aria-label={`Move lane ${data.name} down`} title="Move down" disabled={data.last} onClick={() => moveLane(stateId, roleId, 1)}>
            ↓
          </button>
          <button type="button" aria-label={`Remove lane ${data.name}`} title="Remove lane" onClick={() => requestRemoveLane(roleId)}>
            ✕
          </button>
        </div>
      )}
    </div>
  )
}

function LaneNameInput({ roleId, name, done }: { roleId: string; name: string; done: () => void }) {
  const { draft, change, reset } = useDraft(name, (v) => renameRole(roleId, v), (v) => v.trim())
  return (
    <input
      className="lane-name-input"
      aria-label="Role name"
      autoFocus
      value={draft}
      onChange={(e) => change(e.target.value)}
      onFocus={(e) => e.target.select()}
      onKeyDown={(e) => {
        e.stopPropagation()
        if (e.key === 'Enter' || e.key === 'Escape') done()
      }}
      onBlur={() => {
        reset()
        done()
      }}
    />
  )
}
