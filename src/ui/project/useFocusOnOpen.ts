import { useEffect } from 'react'
import { useStore } from '../../store'
import { canvasOf } from '../canvas/canvasRegistry'

/**
 * A project just created or opened takes the keyboard in its working pane (the last one used,
 * else the first), so Enter starts the first step at once instead of after a dozen Tabs. Focus
 * that is already somewhere (a dialog the project opened with) is left where it is.
 */
export function useFocusOnOpen(projectId: string, paneIds: readonly string[]): void {
  useEffect(() => {
    const active = document.activeElement
    if (active && active !== document.body) return
    const { activeStateId } = useStore.getState()
    const stateId = activeStateId && paneIds.includes(activeStateId) ? activeStateId : paneIds[0]
    if (!stateId) return
    // The canvases registered in their own effects, which run before this one.
    canvasOf(stateId)?.focus()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the project changes: the panes shown later are the user's business
  }, [projectId])
}
