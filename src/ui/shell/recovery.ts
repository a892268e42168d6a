// What the recovery screens need, kept apart from everything that may be broken: the store's open
// project, the pure serializer and a plain download. No React Flow, no lazily loaded code.
import { useStore } from '../../store'
import { downloadText } from '../project/download'
import { projectFile } from '../project/ExportButton'

/** The open project's name, or null when none is open (the recovery screen says so). */
export function openProjectName(): string | null {
  return useStore.getState().project?.name ?? null
}

/**
 * Downloads the open project as `<name>.flowstate.json`, with every edit made in this tab, saved or
 * not: the store holds them all. Returns the file name, or null when no project is open.
 */
export function exportOpenProject(): string | null {
  const project = useStore.getState().project
  if (!project) return null
  // Stamped with now: the file may hold edits newer than the last save.
  const { fileName, text } = projectFile(project, new Date().toISOString())
  downloadText(fileName, text, 'application/json;charset=utf-8')
  return fileName
}

/** What a thrown value says, for the small print under the plain words. */
export function technicalDetail(error: unknown): string {
  if (error instanceof Error) {
    // Chromium's stack starts with the message; Firefox's and Safari's do not.
    const head = `${error.name}: ${error.message}`
    return error.stack?.includes(error.message) ? error.stack : [head, error.stack].filter(Boolean).join('\n')
  }
  try {
    return String(error)
  } catch {
    return 'an error that cannot be shown as text'
  }
}

/**
 * True when part of the app's own code could not be downloaded (a lazily loaded chunk on a flaky
 * network), however the browser words it: Chromium "Failed to fetch dynamically imported module",
 * Firefox "error loading dynamically imported module", Safari "Importing a module script failed",
 * Vite's "Unable to preload CSS".
 */
export function isChunkLoadError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  return /dynamically imported module|importing a module script failed|unable to preload css|ChunkLoadError|Loading chunk [\w-]+ failed/i.test(text)
}

export function reloadPage(): void {
  window.location.reload()
}

/** Reloads at the project list: the way out when the open project itself keeps failing. */
export function reloadAtProjectList(): void {
  window.location.hash = '#/'
  window.location.reload()
}
