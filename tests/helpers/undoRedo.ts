import { expect } from 'vitest'
import type { Command } from '../../src/domain/commands'
import type { Project } from '../../src/domain/model'
import { createAppStore } from '../../src/store'

/**
 * Given a project, when the command runs, then `then` holds; undo gives back the project
 * exactly as it was; redo gives back exactly the edited one. Returns the edited project.
 */
export function executeUndoRedo(project: Project, command: Command, then: (after: Project) => void): Project {
  const store = createAppStore()
  store.getState().openProject(project)
  expect(store.getState().dispatch(command), store.getState().error ?? '').toBe(true)
  const after = store.getState().project!
  then(after)
  store.getState().undo()
  expect(store.getState().project).toEqual(project)
  store.getState().redo()
  expect(store.getState().project).toEqual(after)
  then(store.getState().project!)
  return after
}

export function refuses(project: Project, command: Command): string {
  const store = createAppStore()
  store.getState().openProject(project)
  expect(store.getState().dispatch(command)).toBe(false)
  expect(store.getState().project).toBe(project)
  return store.getState().error ?? ''
}
