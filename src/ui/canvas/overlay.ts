import type { Step } from '../../domain/model'

/**
 * What another view lays over the canvas (the diff: added, changed, removed steps, new handoffs,
 * duplicate documentation). The canvas only draws it: classes, badges and ghost steps.
 */
export interface StepOverlay {
  status?: 'added' | 'changed' | 'removed'
  /** Extra class on the step's node, for styles the overlay brings itself. */
  className?: string
  badges?: readonly { text: string; title?: string; tone?: 'warning' | 'info' }[]
}

export interface FlowOverlay {
  status?: 'added' | 'removed'
  className?: string
  /** What the flow's flag says in full ("New handoff: OR nurse → SPD technician"): its tooltip and spoken name, and its text on hover or selection. */
  note?: string
  /** The flag's short form, always shown ("New handoff"): full notes of a dense map would cover one another and the steps. */
  marker?: string
}

export interface CanvasOverlay {
  steps?: ReadonlyMap<string, StepOverlay>
  flows?: ReadonlyMap<string, FlowOverlay>
  /** Steps of another state drawn faintly where they were (removed steps); never editable. */
  ghosts?: readonly Step[]
}
