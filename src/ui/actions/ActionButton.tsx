import type { ReactNode } from 'react'
import { useStore } from '../../store'
import { actionById } from './registry'
import { actionContext, runAction } from './run'
import { formatKeys } from './shortcuts'
import type { Surface } from './types'

/** A button for an action: its label is the accessible name, its shortcut is in the tooltip. */
export function ActionButton({
  id,
  stateId,
  surface = 'app',
  icon,
  title,
  pressed,
  className,
}: {
  id: string
  stateId?: string
  surface?: Surface
  icon?: ReactNode
  title?: string
  pressed?: boolean
  className?: string
}) {
  const action = actionById(id)
  const enabled = useStore(() => action.when(actionContext(surface, stateId)))
  const keys = action.shortcuts.find((s) => s.on.includes('app') || s.on.includes('canvas'))
  const tip = `${title ?? action.label}${keys ? ` (${formatKeys(keys.keys)})` : ''}`
  return (
    <button
      type="button"
      className={className ?? 'tool'}
      disabled={!enabled}
      title={tip}
      aria-pressed={pressed}
      onClick={() => runAction(id, surface, stateId)}
    >
      {icon && (
        <span className="tool-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <span className="tool-label">{action.label}</span>
    </button>
  )
}
