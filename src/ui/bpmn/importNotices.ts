// Warnings of a BPMN file imported as a new project, kept until that project opens: the shell's
// Import stores the project and navigates to it, and the project view then shows what the
// import left out. Keyed by the new state's id, which storing the project never changes.
const pending = new Map<string, { fileName: string; warnings: string[] }>()

export function rememberImportWarnings(stateId: string, fileName: string, warnings: readonly string[]): void {
  if (warnings.length > 0) pending.set(stateId, { fileName, warnings: [...warnings] })
}

/** The warnings waiting for one of these states, removed as they are taken. */
export function takeImportWarnings(stateIds: readonly string[]): { fileName: string; warnings: string[] } | undefined {
  for (const id of stateIds) {
    const found = pending.get(id)
    if (found) {
      pending.delete(id)
      return found
    }
  }
  return undefined
}
