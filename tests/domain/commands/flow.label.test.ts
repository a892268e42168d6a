import { describe, expect, it } from 'vitest'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

const p = loadProject('editor/editor.two-states.flowstate.json')
const flowOf = (proj: typeof p, id: string) => proj.states[0]!.flows.find((f) => f.id === id)!

describe('flow.label', () => {
  it('given a decision branch without a name, when it is labelled, then the flow carries the label', () => {
    executeUndoRedo(p, { type: 'flow.label', stateId: 'st_cur', flowId: 'f_5', label: 'scanned' }, (after) => expect(flowOf(after, 'f_5').label).toBe('scanned'))
  })
  it('clears the label when it is emptied', () => {
    executeUndoRedo(p, { type: 'flow.label', stateId: 'st_cur', flowId: 'f_6', label: ' ' }, (after) => expect('label' in flowOf(after, 'f_6')).toBe(false))
  })
  it('refuses a flow that is not in the state', () => {
    expect(refuses(p, { type: 'flow.label', stateId: 'st_fut', flowId: 'f_6', label: 'yes' })).toBe('no flow "f_6" in Future state')
  })
})
