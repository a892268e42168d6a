import { useStore as useFlowStore } from '@xyflow/react'
import { memo, useState } from 'react'
import { LANE_HEADER_WIDTH, type LaneBand } from '../../domain/model'
import { useDraft } from '../panels/useDraft'
import { moveLane, renameRole } from './lanes'
import { usePane } from './paneContext'

/**
 * The lanes' names and tools, pinned to the left edge of the canvas: on a wide map scrolled to
 * the right, everyone still sees whose lane is whose. They follow the canvas's zoom and vertical
 * pan, and sit exactly over the lanes' header column when that is in view.
 */
export function LaneHeaders({ bands, laneCount }: { bands: readonly LaneBand[]; laneCount: number }) {
  const [tx, ty, zoom] = useFlowStore((s) => s.transform)
  return (
    <div className="lane-headers" style={{ transform: `translate(${Math.max(0, tx)}px, ${ty}px) scale(${zoom})` }}>
      {bands.map((b, i) => (
        <LaneHeader key={b.roleId ?? '-'} band={b} first={i === 0} last={b.roleId === null || i === laneCount - 1} />
      ))}
    </div>
  )
}

const LaneHeader = memo(function LaneHeader({ band, first, last }: { band: LaneBand; first: boolean; last: boolean }) {
  const { stateId, requestRemoveLane } = usePane()
  const [renaming, setRenaming] = useState(false)
  const { roleId, name } = band
  return (
    <div
      className="lane-head nodrag nopan"
      style={{ top: band.top, height: band.height, width: LANE_HEADER_WIDTH, '--role': band.color } as React.CSSProperties}
    >
      {renaming && roleId ? (
        <LaneNameInput roleId={roleId} name={name} done={() => setRenaming(false)} />
      ) : (
        <div className="lane-name" onDoubleClick={() => roleId && setRenaming(true)}>
          {name}
        </div>
      )}
      {roleId && !renaming && (
        <div className="lane-tools">
          <button type="button" aria-label={`Rename lane ${name}`} title="Rename" onClick={() => setRenaming(true)}>
            ✎
          </button>
          <button type="button" aria-label={`Move lane ${name} up`} title="Move up" disabled={first} onClick={() => moveLane(stateId, roleId, -1)}>
            ↑
          </button>
          <button type="button" aria-label={`Move lane ${name} down`} title="Move down" disabled={last} onClick={() => moveLane(stateId, roleId, 1)}>
            ↓
          </button>
          <button type="button" aria-label={`Remove lane ${name}`} title="Remove lane" onClick={() => requestRemoveLane(roleId)}>
            ✕
          </button>
        </div>
      )}
    </div>
  )
})

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
