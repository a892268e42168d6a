// The canvases on screen, by state id, so actions invoked from the toolbar or the keyboard can
// reach the React Flow viewport of the right pane.
export interface CanvasHandle {
  fitView(): void
  /** Gives the canvas keyboard focus (after a dialog closes or the label editor ends). */
  focus(): void
}

const canvases = new Map<string, CanvasHandle>()

export function registerCanvas(stateId: string, handle: CanvasHandle): () => void {
  canvases.set(stateId, handle)
  return () => {
    if (canvases.get(stateId) === handle) canvases.delete(stateId)
  }
}

export function canvasOf(stateId: string | null): CanvasHandle | undefined {
  return stateId === null ? undefined : canvases.get(stateId)
}
