import { useLayoutEffect, useMemo, useRef } from 'react'
import { UNASSIGNED_COLOR, type Step } from '../../domain/model'
import { useStore } from '../../store'
import { laneOrder } from '../canvas/placement'
import './outline.css'
import { OutlineLane, type LaneGroup } from './OutlineLane'
import { usePainBadges } from '../review/usePainBadges'
import { NONE } from '../panels/none'

const byPlace = (a: Step, b: Step) => a.position.x - b.position.x || a.position.y - b.position.y

/**
 * The state as an editable list, grouped by lane and ordered left to right: what a screen reader
 * user gets, and the fastest way to type a workflow. It edits through the same actions and
 * commands as the canvas.
 */
export function OutlineView({ stateId }: { stateId: string }) {
  const pains = usePainBadges()
  const state = useStore((s) => s.project?.states.find((x) => x.id === stateId))
  const roles = useStore((s) => s.project?.roles ?? NONE)
  const container = useRef<HTMLDivElement>(null)
  const lastFocused = useRef<string | null>(null)

  const { groups, order } = useMemo(() => {
    if (!state) return { groups: [] as LaneGroup[], order: new Map<string, number>() }
    const order = new Map([...state.steps].sort(byPlace).map((s, i) => [s.id, i + 1]))
    const groups = laneOrder(state).map((lane): LaneGroup => {
      const role = lane === null ? undefined : roles.find((r) => r.id === lane)
      return {
        roleId: lane,
        name: lane === null ? 'Without a lane' : (role?.name ?? lane),
        color: role?.color ?? UNASSIGNED_COLOR,
        steps: state.steps.filter((s) => (s.roleId ?? null) === lane).sort(byPlace),
      }
    })
    return { groups, order }
  }, [state, roles])

  // A step moved to another lane is a new row there: keep the keyboard on it.
  useLayoutEffect(() => {
    const active = document.activeElement
    if (lastFocused.current && (!active || active === document.body)) {
      container.current?.querySelector<HTMLInputElement>(`input[data-step-id="${lastFocused.current}"]`)?.focus()
    }
  })

  if (!state) return null
  return (
    <div
      ref={container}
      className="outline"
      onFocusCapture={(e) => {
        const id = (e.target as HTMLElement).dataset.stepId
        if (id) lastFocused.current = id
      }}
    >
      <p className="outline-help">
        <kbd>Enter</kbd> next step · <kbd>Alt+↓</kbd>/<kbd>Alt+↑</kbd> next/previous lane · <kbd>Alt+1</kbd>…<kbd>6</kbd> kind · <kbd>↑</kbd>/<kbd>↓</kbd> move between steps
      </p>
      {groups.length === 0 && <p className="outline-empty">No lanes yet. Add a lane for each role, team or department.</p>}
      {groups.map((g, i) => (
        <OutlineLane key={g.roleId ?? '-'} stateId={stateId} group={g} order={order} pains={pains} total={state.steps.length} first={i === 0} last={g.roleId === null || i === state.lanes.length - 1} />
      ))}
    </div>
  )
}
