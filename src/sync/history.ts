// Personal undo: the doc's own Y.UndoManager, tracking only this person's edits, so Ctrl+Z takes
// back my last edit and never a colleague's. Each undo step carries its command's label (for the
// "Undo add step" tooltip); edits with the same coalesce key within COALESCE_MS join one step, as
// label typing does in a solo project.
import * as Y from 'yjs'
import { COALESCE_MS, HISTORY_LIMIT } from '../store/history'

const LABEL = 'label'

export class PersonalHistory {
  private readonly manager: Y.UndoManager
  private last: { coalesce: string | undefined; at: number } = { coalesce: undefined, at: 0 }
  private pendingLabel = ''

  constructor(scope: Y.Map<unknown>[], readonly origin: object) {
    this.manager = new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: COALESCE_MS })
    this.manager.on('stack-item-added', ({ stackItem, type }) => {
      if (type === 'undo' && !stackItem.meta.has(LABEL)) stackItem.meta.set(LABEL, this.pendingLabel)
      const stack = this.manager.undoStack
      if (stack.length > HISTORY_LIMIT) stack.splice(0, stack.length - HISTORY_LIMIT)
    })
  }

  /** The transaction origin of undo and redo (the manager), to tell them from other changes. */
  get undoOrigin(): object {
    return this.manager
  }

  /** Call before writing a local edit: starts a new undo step unless it continues the last one. */
  begin(label: string, coalesce: string | undefined, now = Date.now()): void {
    if (!coalesce || coalesce !== this.last.coalesce || now - this.last.at >= COALESCE_MS) this.manager.stopCapturing()
    this.last = { coalesce, at: now }
    this.pendingLabel = label
  }

  undo(): boolean {
    return this.move(() => this.manager.undo(), this.manager.redoStack)
  }

  redo(): boolean {
    return this.move(() => this.manager.redo(), this.manager.undoStack)
  }

  /** The labels of my undo and redo steps, oldest first. */
  labels(): { undo: string[]; redo: string[] } {
    const label = (s: { meta: Map<unknown, unknown> }) => String(s.meta.get(LABEL) ?? '')
    return { undo: this.manager.undoStack.map(label), redo: this.manager.redoStack.map(label) }
  }

  destroy(): void {
    this.manager.destroy()
  }

  /** Undo or redo, carrying the step's label over to the step it makes on the other stack. */
  private move(perform: () => { meta: Map<unknown, unknown> } | null, other: { meta: Map<unknown, unknown> }[]): boolean {
    this.last = { coalesce: undefined, at: 0 }
    const before = other.length
    const item = perform()
    if (!item) return false
    if (other.length > before) other[other.length - 1]!.meta.set(LABEL, item.meta.get(LABEL))
    return true
  }
}
