import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyCommand, COMMAND_TYPES } from '../../src/domain/commands'
import { parseProject } from '../../src/domain/model'
import { loadProject } from '../helpers/fixtures'
import { SCRIPT } from './commandScript'
import { projectOf, replica, replicas, syncAll } from './helpers'

describe('a command through the doc', () => {
  it('the script uses every command type', () => {
    let p = loadProject()
    const used = new Set<string>()
    for (const make of SCRIPT) {
      const c = make(p)
      used.add(c.type)
      p = applyCommand(p, c).project
    }
    expect([...COMMAND_TYPES].filter((t) => !used.has(t))).toEqual([])
  })

  it('gives every replica what applyCommand gives, and undo and redo give back each side', () => {
    const start = loadProject()
    const [a, b] = replicas(start, 2)
    let expected = start
    for (const make of SCRIPT) {
      const command = make(expected)
      const before = expected
      expected = applyCommand(expected, command).project
      expect(a!.store.getState().dispatch(command), `${command.type}: ${a!.store.getState().error}`).toBe(true)
      syncAll([a!, b!])
      expect(projectOf(a!), command.type).toEqual(expected)
      expect(projectOf(b!), command.type).toEqual(expected)
      // A fresh replica that reads the whole doc sees the same.
      const fresh = replica(start.id)
      Y.applyUpdate(fresh.shared.doc, Y.encodeStateAsUpdate(a!.shared.doc))
      expect(fresh.shared.project, command.type).toEqual(expected)
      expect(parseProject(projectOf(b!)).ok, command.type).toBe(true)

      a!.store.getState().undo()
      syncAll([a!, b!])
      expect(projectOf(a!), `undo ${command.type}`).toEqual(before)
      expect(projectOf(b!), `undo ${command.type}`).toEqual(before)
      a!.store.getState().redo()
      syncAll([a!, b!])
      expect(projectOf(a!), `redo ${command.type}`).toEqual(expected)
      expect(projectOf(b!), `redo ${command.type}`).toEqual(expected)
    }
  })
})
