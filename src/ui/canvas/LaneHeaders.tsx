import { Controls, useStore as useFlowStore } from '@xyflow/react'
import { memo, useMemo, useState } from 'react'
import { LANE_HEADER_WIDTH, type LaneBand } from '../../domain/model'
import { useDraft } from '../panels/useDraft'
import { canvasOf } from './canvasRegistry'
import { moveLane, renameRole } from './lanes'
import { usePane } from './paneContext'
import { laneNamesWidth } from './viewportFit'

/** Lane names stay at least this large on screen, and grow with the zoom up to the largest. */
const NAME_PX = { min: 12.5, drawn: 15, max: 18 }
/** Below this height on screen, a lane's tools open beside its name rather than under it. */
const COMPACT_PX = 64

interface Placed {
  band: LaneBand
  top: number
  height: number
}

/**
 * The lanes' names and tools, drawn in screen space over the canvas's left edge: on a wide map
 * scrolled to the right, everyone still sees whose lane is whose, and zoomed far out the names
 * keep a size that can be read from the back of the room. Each header follows its lane's top and
 * height; the column sits over the map's own header column when that is in view, and stays
 * pinned to the edge when the map is panned past it.
 */
export function LaneHeaders({ bands, ghostBands, laneCount }: { bands: readonly LaneBand[]; ghostBands: readonly LaneBand[]; laneCount: number }) {
  const [tx, ty, zoom] = useFlowStore((s) => s.transform)
  const width = laneNamesWidth(zoom, useFlowStore((s) => s.width))
  const paneHeight = useFlowStore((s) => s.height)
  const left = Math.max(0, tx + LANE_HEADER_WIDTH * zoom - width)
  // The names grow with the zoom, but no faster than their column: a column held to a quarter
  // of a narrow pane would otherwise break "Specimen" or "laboratory" in the middle of the word.
  // Nor wider than the longest word of a name allows ("administrator" in a side-by-side pane).
  const wordEm = useLongestWordEm(bands, ghostBands)
  const byWord = wordEm > 0 ? (width - NAME_PADDING_PX) / wordEm : Infinity
  const fontSize = Math.min(NAME_PX.max, Math.max(NAME_PX.min, Math.min(NAME_PX.drawn * Math.min(zoom, width / LANE_HEADER_WIDTH), byWord)))
  // Each header covers the part of its lane that is on screen, so a lane scrolled half out of
  // view still shows its name.
  const place = (band: LaneBand): Placed => {
    const top = Math.max(ty + band.top * zoom, 0)
    const bottom = Math.min(ty + (band.top + band.height) * zoom, paneHeight || Infinity)
    return { band, top, height: Math.max(0, bottom - top) }
  }
  return (
    <div className="lane-headers" style={{ left, width, fontSize }}>
      {bands.map((b, i) => (
        <LaneHeader key={b.roleId ?? '-'} {...place(b)} fontSize={fontSize} first={i === 0} last={b.roleId === null || i === laneCount - 1} />
      ))}
      {ghostBands.map((b) => (
        <GhostLaneHeader key={`ghost:${b.roleId ?? '-'}`} {...place(b)} fontSize={fontSize} />
      ))}
    </div>
  )
}

/** The header's left and right padding and its coloured edge, beside the name (see .lane-head). */
const NAME_PADDING_PX = 24

/**
 * How wide the longest word of the lanes' names is, in em of the name's font, measured in the
 * page's own font once per set of names; 0 where nothing is laid out (tests without a layout
 * engine), which leaves the size to the zoom.
 */
function useLongestWordEm(bands: readonly LaneBand[], ghostBands: readonly LaneBand[]): number {
  const names = [...bands, ...ghostBands].map((b) => b.name).join('\n')
  return useMemo(() => {
    const probe = document.createElement('span')
    probe.className = 'lane-name-probe'
    document.body.appendChild(probe)
    let most = 0
    for (const word of names.split(/\s+/)) {
      if (!word) continue
      probe.textContent = word
      most = Math.max(most, probe.getBoundingClientRect().width / 100)
    }
    probe.remove()
    return most
  }, [names])
}

/** The zoom buttons, just right of the lane names so they never cover one. Re-renders only when the zoom changes. */
export function ZoomControls() {
  const left = useFlowStore((s) => laneNamesWidth(s.transform[2], s.width))
  return <Controls showInteractive={false} showFitView={false} position="bottom-left" orientation="horizontal" style={{ marginLeft: left + 8 }} />
}

/** As many lines of the name as the lane's height on screen holds. */
const linesFor = (height: number, fontSize: number) => Math.max(1, Math.floor((height - 14) / (fontSize * 1.25)))
/** A lane too short for the name's size gets a smaller name, down to a floor; below that, only its colour. */
const nameSizeIn = (height: number, fontSize: number) => Math.min(fontSize, (height - 3) / 1.2)
const NAME_FLOOR_PX = 9

const LaneHeader = memo(function LaneHeader({ band, top, height, fontSize, first, last }: Placed & { fontSize: number; first: boolean; last: boolean }) {
  const { stateId, requestRemoveLane } = usePane()
  const [renaming, setRenaming] = useState(false)
  const { roleId, name } = band
  const compact = height < COMPACT_PX
  const lines = linesFor(height, fontSize)
  return (
    <div
      className={`lane-head nodrag nopan${compact ? ' is-compact' : ''}`}
      style={{ top, height, '--role': band.color, ...(height < 2 ? { visibility: 'hidden' } : {}) } as React.CSSProperties}
      title={name}
    >
      {renaming && roleId ? (
        <LaneNameInput roleId={roleId} name={name} done={() => setRenaming(false)} keysBack={() => requestAnimationFrame(() => canvasOf(stateId)?.focus())} />
      ) : (
        <div
          className={lines === 1 ? 'lane-name is-one-line' : 'lane-name'}
          style={{ WebkitLineClamp: lines, ...(compact ? { fontSize: nameSizeIn(height, fontSize) } : {}), ...(nameSizeIn(height, fontSize) < NAME_FLOOR_PX ? { visibility: 'hidden' } : {}) }}
          onDoubleClick={() => roleId && setRenaming(true)}
        >
          {name}
        </div>
      )}
      {roleId && !renaming && (
        // One tab stop per lane (its rename button); ← and → reach the others. Four stops per lane
        // put the next pane dozens of Tabs away.
        <div className="lane-tools" role="toolbar" aria-label={`Lane ${name}`} onKeyDown={moveAmongTools}>
          <button type="button" aria-label={`Rename lane ${name}`} title="Rename" onClick={() => setRenaming(true)}>
            ✎
          </button>
          <button type="button" tabIndex={-1} aria-label={`Move lane ${name} up`} title="Move up" disabled={first} onClick={() => moveLane(stateId, roleId, -1)}>
            ↑
          </button>
          <button type="button" tabIndex={-1} aria-label={`Move lane ${name} down`} title="Move down" disabled={last} onClick={() => moveLane(stateId, roleId, 1)}>
            ↓
          </button>
          <button type="button" tabIndex={-1} aria-label={`Remove lane ${name}`} title="Remove lane" onClick={() => requestRemoveLane(roleId)}>
            ✕
          </button>
        </div>
      )}
    </div>
  )
})

/** ← → Home End between a lane's enabled tools; the keys stop here, so the canvas does not also move its selection. */
function moveAmongTools(e: React.KeyboardEvent<HTMLDivElement>): void {
  const tools = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')]
  const at = tools.indexOf(document.activeElement as HTMLButtonElement)
  const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tools.length - 1 }[e.key]
  if (to === undefined || at < 0) return
  e.preventDefault()
  e.stopPropagation()
  tools[(to + tools.length) % tools.length]?.focus()
}

/** A role the compared "before" state has and this one does not: named, faint, with no tools. */
const GhostLaneHeader = memo(function GhostLaneHeader({ band, top, height, fontSize }: Placed & { fontSize: number }) {
  const lines = linesFor(height, fontSize)
  return (
    <div
      className={`lane-head is-ghost nodrag nopan${height < COMPACT_PX ? ' is-compact' : ''}`}
      style={{ top, height, '--role': band.color, ...(height < 2 ? { visibility: 'hidden' } : {}) } as React.CSSProperties} title={`${band.name}: no lane in this state (its removed steps are shown faintly)`}>
      <div
        className={lines <= 2 ? 'lane-name is-one-line' : 'lane-name'}
        style={{ WebkitLineClamp: lines - 1, ...(height < COMPACT_PX ? { fontSize: nameSizeIn(height, fontSize) } : {}), ...(nameSizeIn(height, fontSize) < NAME_FLOOR_PX ? { visibility: 'hidden' } : {}) }}
      >
        {band.name}
      </div>
      {lines > 1 && <div className="lane-gone">no longer in this state</div>}
    </div>
  )
})

/**
 * `keysBack`: Enter or Esc hands the keyboard back to the canvas, not to the page (the input goes
 * away), once the key is over, so the same Enter does not also add a step there.
 */
function LaneNameInput({ roleId, name, done, keysBack }: { roleId: string; name: string; done: () => void; keysBack: () => void }) {
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
        if (e.key === 'Enter' || e.key === 'Escape') {
          done()
          keysBack()
        }
      }}
      onBlur={() => {
        reset()
        done()
      }}
    />
  )
}
