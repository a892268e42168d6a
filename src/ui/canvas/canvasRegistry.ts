// The canvases on screen, by state id, so actions invoked from the toolbar or the keyboard can
// reach the React Flow viewport of the right pane.
export interface CanvasHandle {
  /** "Zoom to fit": the whole map, kept whole as the pane changes size. */
  fitView(): void
  /** Back to the first view (the lanes fill the pane's height), e.g. after the panes changed shape. */
  refit(): void
  /** Centres these nodes (steps, or ghosts as `ghost:<id>`) at a readable zoom. */
  reveal(nodeIds: readonly string[]): void
  /** Brings these nodes into view if they are not, moving the view just far enough, at the same zoom. */
  show(nodeIds: readonly string[]): void
  /** The pane is about to change size (maximise, restore): a view the user chose keeps its middle. */
  holdCentre(): void
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
