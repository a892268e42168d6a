// What the store knows of a shared project: an interface, so the store never loads Yjs itself.
import type { Project } from '../domain/model/types'

/** One local edit, as the store hands it over. */
export interface SharedEdit {
  /** The command's type or the group's words ("step.add", "Paste 3 steps"), for the Undo tooltip. */
  label: string
  /** Consecutive edits with the same key within COALESCE_MS are one undo step (typing a label). */
  coalesce?: string
  /** False for edits that must not become an undo step. */
  record: boolean
}

/** A shared project's document as the store drives it (implemented by SharedSession). */
export interface SharedDocument {
  /**
   * Why this edit may not go into the doc (a view link; a change to a record only the server
   * writes), or null. The store refuses the command with this sentence and changes nothing.
   */
  refuse(before: Project, after: Project): string | null
  /** Writes what one command (or group) changed into the doc, as one transaction of this person. */
  commit(before: Project, after: Project, edit: SharedEdit): void
  /** Takes back this person's last edit; the doc's change comes back through `showShared`. */
  undo(): void
  redo(): void
}
