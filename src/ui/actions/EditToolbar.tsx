/** Undo, redo and the other editing actions of the open project (filled in by the editor). */
export function EditToolbar() {
  return null
}
