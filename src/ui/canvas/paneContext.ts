import { createContext, useContext } from 'react'

/** What the views inside one state's pane share: the state, and the lane removal dialog. */
export interface PaneContextValue {
  stateId: string
  /** Removes a lane; when it holds steps, asks first where they go. */
  requestRemoveLane(roleId: string): void
}

export const PaneContext = createContext<PaneContextValue | null>(null)

export function usePane(): PaneContextValue {
  const pane = useContext(PaneContext)
  if (!pane) throw new Error('usePane outside a StatePane')
  return pane
}
