// Lane geometry shared by the canvas, the SVG export and the BPMN export, so a state looks the
// same everywhere. A step's position is relative to its lane: x from the lane's content start,
// y from the lane's top. Lanes grow to fit their steps.
import type { Role, Step, StepKind, WorkflowState } from './types'

export const LANE_HEADER_WIDTH = 140
export const LANE_MIN_HEIGHT = 140
export const LANE_PADDING = 28

const SIZES: Record<StepKind, { width: number; height: number }> = {
  task: { width: 160, height: 64 },
  subprocess: { width: 160, height: 64 },
  decision: { width: 88, height: 88 },
  wait: { width: 64, height: 64 },
  start: { width: 48, height: 48 },
  end: { width: 48, height: 48 },
}

export function stepSize(kind: StepKind): { width: number; height: number } {
  return SIZES[kind]
}

export interface LaneBand {
  /** null: the band of steps without a role ("Unassigned"), shown only when such steps exist. */
  roleId: string | null
  name: string
  color: string
  top: number
  height: number
}

export const UNASSIGNED_COLOR = '#9aa0a6'

export function laneBands(state: WorkflowState, roles: readonly Role[]): LaneBand[] {
  const bottom = new Map<string | null, number>()
  for (const s of state.steps) {
    const key = s.roleId ?? null
    const b = s.position.y + SIZES[s.kind].height
    if (b > (bottom.get(key) ?? 0)) bottom.set(key, b)
  }
  const byId = new Map(roles.map((r) => [r.id, r]))
  const keys: (string | null)[] = [...state.lanes]
  if (bottom.has(null)) keys.push(null)
  let top = 0
  return keys.map((roleId) => {
    const role = roleId === null ? undefined : byId.get(roleId)
    const height = Math.max(LANE_MIN_HEIGHT, (bottom.get(roleId) ?? 0) + LANE_PADDING)
    const band: LaneBand = {
      roleId,
      name: roleId === null ? 'Unassigned' : (role?.name ?? roleId),
      color: role?.color ?? UNASSIGNED_COLOR,
      top,
      height,
    }
    top += height
    return band
  })
}

/** Where a step is drawn on the state's canvas. */
export function absolutePosition(step: Step, bands: readonly LaneBand[]): { x: number; y: number } {
  const band = bands.find((b) => b.roleId === (step.roleId ?? null))
  return { x: LANE_HEADER_WIDTH + step.position.x, y: (band?.top ?? 0) + step.position.y }
}

/** The lane under a canvas point and the position relative to it (for drops and double clicks). */
export function toLanePosition(
  point: { x: number; y: number },
  bands: readonly LaneBand[],
): { roleId: string | null; position: { x: number; y: number } } | null {
  if (bands.length === 0) return null
  const band = bands.find((b) => point.y >= b.top && point.y < b.top + b.height) ?? (point.y < 0 ? bands[0]! : bands[bands.length - 1]!)
  return {
    roleId: band.roleId,
    position: { x: Math.max(0, point.x - LANE_HEADER_WIDTH), y: Math.max(0, Math.min(point.y - band.top, band.height - 8)) },
  }
}
