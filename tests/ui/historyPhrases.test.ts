import { describe, expect, it } from 'vitest'
import { COMMAND_TYPES } from '../../src/domain/commands'
import { describeEdit, PHRASES } from '../../src/ui/actions/historyActions'

describe('the words after Undo and Redo', () => {
  it('given every registered command, then each has a phrase in plain words, never its command name', () => {
    for (const type of COMMAND_TYPES) {
      expect(Object.hasOwn(PHRASES, type), `phrase for ${type}`).toBe(true)
      const phrase = describeEdit(type)
      expect(phrase, type).not.toContain('.')
      expect(phrase, type).toMatch(/^[a-z][a-z ]+$/)
    }
  })

  it('given the edits that were reported with raw names, then they read as people say them', () => {
    expect(describeEdit('match.link')).toBe('link as the same step')
    expect(describeEdit('match.unlink')).toBe('unlink steps')
    expect(describeEdit('state.derive')).toBe('derive state')
    expect(describeEdit('state.reorder')).toBe('move state')
  })

  it('given a grouped edit, then its own words are kept, file names as they are; an unknown command name reads "edit"', () => {
    expect(describeEdit('Paste steps')).toBe('paste steps')
    expect(describeEdit('Import Tray-Return.BPMN')).toBe('import Tray-Return.BPMN')
    expect(describeEdit('lane.recolor')).toBe('edit')
  })
})
