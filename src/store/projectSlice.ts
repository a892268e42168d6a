import { applyPatches, type Patch } from 'immer'
import type { StateCreator } from 'zustand'
import { applyCommand, CommandError, type Command } from '../domain/commands'
import type { Project } from '../domain/model'
import type { SharedDocument } from '../sync/types'
import { pushEntry, type HistoryEntry } from './history'
import type { AppState } from './index'
import { append } from '../domain/arrays'

/** What persistence (and anything else that follows the document) hears after every change. */
export interface ProjectChange {
  before: Project
  after: Project
  patches: Patch[]
  /** 'remote' changes came from another tab (or, in a shared project, a colleague) and must not be saved back. */
  origin: 'command' | 'undo' | 'redo' | 'remote'
}

export interface DispatchOptions {
  /** 'skip' applies the edit without an undo step (remote echoes, migrations of view data). */
  history?: 'record' | 'skip'
  coalesce?: string
}

export interface ProjectSlice {
  project: Project | null
  past: HistoryEntry[]
  future: HistoryEntry[]
  /** The last refused command's message, for the status bar. */
  error: string | null
  openProject(project: Project | null): void
  dispatch(command: Command, options?: DispatchOptions): boolean
  /** Several commands as one undo step (paste, derive); all or nothing. */
  dispatchAll(label: string, commands: Command[], options?: DispatchOptions): boolean
  undo(): void
  redo(): void
  /** Replaces the document with a version another tab saved; history is cleared because its patches address the old arrays. */
  receiveRemote(project: Project): void
  clearError(): void
  /**
   * Shared projects: from now on commands are written into `doc` and undo and redo are the doc's
   * (personal) ones; null goes back to the store's own history. Opening a project detaches.
   */
  attachShared(doc: SharedDocument | null): void
  /** Shared projects: what the doc holds now (a colleague's edit, or my undo or redo), history kept. */
  showShared(project: Project, origin: 'remote' | 'undo' | 'redo'): void
  /** Shared projects: the labels of my undo and redo steps, oldest first (for the Undo and Redo tooltips). */
  setSharedHistory(undo: readonly string[], redo: readonly string[]): void
}

type Listener = (change: ProjectChange) => void

export function createProjectSlice(listeners: Set<Listener>): StateCreator<AppState, [['zustand/immer', never]], [], ProjectSlice> {
  const emit = (change: ProjectChange) => {
    for (const l of listeners) l(change)
  }
  // Outside the state: a session object, never drafted by immer or compared by selectors.
  let shared: SharedDocument | null = null
  return (set, get) => ({
    project: null,
    past: [],
    future: [],
    error: null,

    openProject(project) {
      shared = null
      set({ project, past: [], future: [], error: null })
    },

    dispatch(command, options = {}) {
      return get().dispatchAll(command.type, [command], options)
    },

    dispatchAll(label, commands, options: DispatchOptions = {}) {
      const before = get().project
      if (!before || commands.length === 0) return false
      let project = before
      const patches: Patch[] = []
      // Each command's inverse, undone last command first.
      const inverses: Patch[][] = []
      try {
        for (const c of commands) {
          const applied = applyCommand(project, c)
          project = applied.project
          append(patches, applied.patches)
          inverses.push(applied.inversePatches)
        }
      } catch (e) {
        if (e instanceof CommandError) {
          set({ error: e.message })
          return false
        }
        throw e
      }
      if (patches.length === 0) return true
      const inversePatches: Patch[] = []
      for (let i = inverses.length - 1; i >= 0; i--) append(inversePatches, inverses[i]!)
      const recorded = options.history !== 'skip'
      const refusal = shared?.refuse(before, project)
      if (refusal) {
        set({ error: refusal })
        return false
      }
      if (shared) {
        // The doc keeps the history: its undo manager calls setSharedHistory.
        shared.commit(before, project, { label, ...(options.coalesce !== undefined ? { coalesce: options.coalesce } : {}), record: recorded })
        set({ project, error: null })
        emit({ before, after: project, patches, origin: 'command' })
        return true
      }
      set((s) => ({
        project,
        past: recorded ? pushEntry(s.past, { label, patches, inversePatches, coalesceKey: options.coalesce, at: Date.now() }) : s.past,
        future: recorded ? [] : s.future,
        error: null,
      }))
      emit({ before, after: project, patches, origin: 'command' })
      return true
    },

    undo() {
      if (shared) return shared.undo()
      const { project: before, past, future } = get()
      const entry = past[past.length - 1]
      if (!before || !entry) return
      const after = applyPatches(before, entry.inversePatches)
      set({ project: after, past: past.slice(0, -1), future: [...future, entry], error: null })
      emit({ before, after, patches: entry.inversePatches, origin: 'undo' })
    },

    redo() {
      if (shared) return shared.redo()
      const { project: before, past, future } = get()
      const entry = future[future.length - 1]
      if (!before || !entry) return
      const after = applyPatches(before, entry.patches)
      set({ project: after, past: [...past, entry], future: future.slice(0, -1), error: null })
      emit({ before, after, patches: entry.patches, origin: 'redo' })
    },

    receiveRemote(project) {
      const before = get().project
      set({ project, past: [], future: [] })
      if (before) emit({ before, after: project, patches: [], origin: 'remote' })
    },

    clearError() {
      set({ error: null })
    },

    attachShared(doc) {
      shared = doc
      set({ past: [], future: [] })
    },

    showShared(project, origin) {
      const before = get().project
      if (before === project) return
      set({ project })
      if (before) emit({ before, after: project, patches: [], origin })
    },

    setSharedHistory(undo, redo) {
      const entry = (label: string): HistoryEntry => ({ label, patches: [], inversePatches: [], at: 0 })
      set({ past: undo.map(entry), future: redo.map(entry) })
    },
  })
}
